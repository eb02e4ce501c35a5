import Foundation
import EssayCore
import EssayText

/// What a heading's wording says: its number, its stems and how well it
/// names each competency.
extension HeadingMapper {
    // MARK: heading wording

    package struct HeadingFacts: Sendable {
        package var number: Int?
        package var titleScores: [Double]
        package var nonCompetency: Bool
    }

    /// What a heading's wording says, remembered by a digest of the wording
    /// (not the wording: the facts hold numbers and a flag only): a language
    /// server re-lints the same headings on every edit, and a folder's
    /// essays repeat theirs.
    package func facts(_ heading: Heading) -> HeadingFacts {
        let key = TextDigest(heading.text)
        factsLock.lock()
        let known = factsMemo[key]
        factsLock.unlock()
        if let known { return known }
        var text = Terms.normalize(heading.text)
        let number = HeadingMapper.extractNumber(&text, count: criteria.count)
        let stems = Terms.contentWords(text).map(Terms.stem)
        let scores = cues.map { HeadingMapper.score(stems, $0) }
        let nonComp = !stems.isEmpty && stems.contains { nonCompetency.contains($0) } && (scores.max() ?? 0) < HeadingMapper.anchorScore
        let facts = HeadingFacts(number: number, titleScores: scores, nonCompetency: nonComp)
        factsLock.lock()
        if factsMemo.count >= HeadingMapper.factsMemoLimit { factsMemo.removeAll(keepingCapacity: true) }
        factsMemo[key] = facts
        factsLock.unlock()
        return facts
    }

    /// How like each competency's vocabulary a section's words are,
    /// remembered by a digest of the section's text (its source and
    /// analysis units: the words are a function of them), as the wording is.
    func similarities(_ analysis: TextAnalysis, _ document: Document, _ range: Range<Int>) -> [Double] {
        let key = TextDigest([document.source.utf16[range], document.analysisText[range]])
        contentLock.lock()
        let known = contentMemo[key]
        contentLock.unlock()
        if let known { return known }
        let computed = vocabulary.similarities(analysis: analysis, document: document, range: range)
        contentLock.lock()
        if contentMemo.count >= HeadingMapper.factsMemoLimit { contentMemo.removeAll(keepingCapacity: true) }
        contentMemo[key] = computed
        contentLock.unlock()
        return computed
    }

    /// Sum of the weights of the cues found in the heading; each heading word
    /// counts once, for the heaviest cue that uses it.
    package static func score(_ words: [String], _ cues: [Cue]) -> Double {
        let stems = words.map(Terms.scalars)
        var used = [Bool](repeating: false, count: stems.count)
        var total = 0.0
        for cue in cues {  // longest phrases first
            guard cue.words.count <= stems.count else { continue }
            var matchedAt: Int?
            for start in 0...(stems.count - cue.words.count) {
                var ok = true
                for k in 0..<cue.words.count where used[start + k] || !Terms.similar(stems[start + k], cue.words[k]) {
                    ok = false
                    break
                }
                if ok { matchedAt = start; break }
            }
            if let s = matchedAt {
                for k in 0..<cue.words.count { used[s + k] = true }
                total += cue.weight
            }
        }
        return total
    }

    package static let numberWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                              "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9]

    /// Takes a leading "Competency 4:", "C4", "4.", "IV." (or a trailing
    /// "(Competency 4)") off the heading and returns the number.
    /// Words that label a heading's number ("Competency 4", "Area 2").
    static let numberLabels: Set<String> = ["competency", "competence", "area", "section", "part", "criterion", "key", "#"]

    package static func extractNumber(_ text: inout String, count: Int) -> Int? {
        let labels = numberLabels
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty else { return nil }
        func value(_ token: Substring) -> Int? {
            let core = token.trimming(".:)(-–—#")
            if let n = Int(core), n >= 1, n <= count { return n }
            if core.count == 2, core.first == "c", let n = Int(core.dropFirst()), n >= 1, n <= count { return n }
            if let n = numberWords[core], n <= count { return n }
            return nil
        }
        var i = 0
        var found: Int?
        while i < min(words.count, 3) {
            let core = words[i].trimming(".:)(-–—#")
            if labels.contains(core) { i += 1; continue }
            if let n = value(words[i]) {
                // A bare roman numeral or number word counts only with a label or punctuation.
                let isDigit = Int(core) != nil || core.hasPrefix("c")
                if isDigit || i > 0 || words[i].count > core.count { found = n; i += 1 }
            }
            break
        }
        if let n = found {
            text = words[i...].joined(separator: " ").trimming(" :.-–—")
            return n
        }
        // "... (Competency 4)" at the end.
        if words.count >= 2, labels.contains(words[words.count - 2].trimming("(")), let n = value(words[words.count - 1]) {
            text = words[..<(words.count - 2)].joined(separator: " ")
            return n
        }
        return nil
    }
}

extension ContentVocabulary {
    /// Cosine similarity of a range's words with each competency.
    package func similarities(analysis: TextAnalysis, document: Document, range: Range<Int>) -> [Double] {
        var tf: [String: Double] = [:]
        for index in analysis.wordIndices(in: range) {
            let word = analysis.words[index]
            let text = Terms.normalize(document.source.string(word.range))
            guard !Terms.stopwords.contains(text), text.count > 2 else { continue }
            tf[Terms.stem(text), default: 0] += 1
        }
        // Summed in the terms' order, not the dictionary's: the same section
        // gives the same similarities, to the last bit, in every run.
        let terms = tf.sorted { $0.key < $1.key }
        var sectionNorm = 0.0
        for (_, c) in terms { let v = 1 + log(c); sectionNorm += v * v }
        sectionNorm = sectionNorm.squareRoot()
        guard sectionNorm > 0 else { return [Double](repeating: 0, count: weights.count) }
        return weights.indices.map { j in
            var dot = 0.0
            for (term, count) in terms { if let w = weights[j][term] { dot += (1 + log(count)) * w } }
            return norms[j] > 0 ? dot / (norms[j] * sectionNorm) : 0
        }
    }
}
