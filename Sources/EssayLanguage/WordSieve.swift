import EssayCore
import EssayText
import EssayStructure

/// The words each word-level scan starts from, found in one pass over the
/// document's ICU words. Most words interest no scan; a pass per scan read
/// every word five times over, one pass reads it once. Each test is the
/// scan's own (`CompiledLexicon.candidateKey`, `ArtifactScanner.startsWithNeedle`,
/// `CitationScanner.isYear`, `IdentifyingPatterns.mayStartPattern` and
/// `mayBeName`), so a scan reads what its own pass would have found (the
/// tests compare the two).
package struct WordSieve: Sendable {
    /// Words that may be a lexicon term's first word or an asset word, with their hash (source units).
    package var lexiconCandidates: [(index: Int, key: UInt64)] = []
    /// Start offsets of the words that begin with an artifact needle (analysis text).
    package var needleHits: [Int] = []
    /// Start offsets of the four-digit years (analysis text).
    package var years: [Int] = []
    /// Words that may start an identifying pattern (source units).
    package var patternStarts: [Int] = []
    /// Words shaped like a single-word name, the first word excepted (source units).
    package var nameCandidates: [Int] = []

    /// `lexicon`: the part's compiled lexicon (none: no lexicon candidates).
    /// `institutions`: the shapes of the institution words (`IdentifyingInformation`).
    /// `needles`: the artifact references' needles (`ArtifactReferenceCues`).
    /// `references`: whether to look for needles and years.
    package init(source: [UInt16], analysisText: [UInt16], words: [Word], lexicon: CompiledLexicon?, institutions: WordShapes,
                 needles: NeedleSet, references: Bool) {
        for i in words.indices {
            let w = words[i]
            if let lexicon, let key = lexicon.candidateKey(source, w) { lexiconCandidates.append((i, key)) }
            if IdentifyingPatterns.mayStartPattern(source, w, institutions: institutions) { patternStarts.append(i) }
            if i > 0, IdentifyingPatterns.mayBeName(source, w) { nameCandidates.append(i) }
            if references {
                if ArtifactScanner.startsWithNeedle(analysisText, w, needles: needles) { needleHits.append(Int(w.start)) }
                if CitationScanner.isYear(analysisText, w) { years.append(Int(w.start)) }
            }
        }
    }
}
