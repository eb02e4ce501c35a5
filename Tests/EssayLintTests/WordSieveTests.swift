import Foundation
import XCTest
@testable import EssayCore
@testable import EssayText
@testable import EssayDocuments
@testable import EssayProfiles
@testable import EssayStructure
@testable import EssayLanguage
@testable import EssayRules
@testable import EssayLint

/// The word-level scans' fast paths against their plain readings: the
/// identifying census against a unit walk, and the one-pass word sieve
/// against each scan's own pass.
final class WordSieveTests: XCTestCase {
    /// What identifying-info's census counts in a block: an '@' after an
    /// address character, "://" or "www.", digits, and digits in runs that
    /// follow no letter.
    func testIdentifyingCensus() {
        func census(_ text: String) -> String {
            let units = Array(text.utf16)
            let c = IdentifyingPatterns.census(units, 0..<units.count)
            return "\(c.at) \(c.digits) \(c.free) \(c.web)"
        }
        XCTAssertEqual(census("Write to a.b@school.org today"), "true 0 0 false")
        XCTAssertEqual(census("an @ alone, @PERSON1 and x@"), "true 1 0 false")
        XCTAssertEqual(census("Call (555) 201-3344 or room B12"), "false 12 10 false")
        XCTAssertEqual(census("see https://example.org or www.example.org"), "false 0 0 true")
        XCTAssertEqual(census("plain prose with nothing in it"), "false 0 0 false")
    }

    /// The word sieve finds, in one pass, what each word-level scan's own
    /// pass finds: checked on every Markdown and text fixture and on rule
    /// examples (wiring: which text each scan reads, the first word).
    func testWordSieveFindsWhatEachScanFinds() throws {
        var texts: [(String, DocumentFormat)] = []
        let files = FileManager.default.enumerator(at: Support.fixtures, includingPropertiesForKeys: nil)!
        for case let url as URL in files where ["md", "txt"].contains(url.pathExtension) {
            texts.append((try String(contentsOf: url, encoding: .utf8), url.pathExtension == "md" ? .markdown : .text))
        }
        for rule in RuleRegistry.all {
            for example in rule.description.triggering + rule.description.nonTriggering { texts.append((example.stripped.text, example.format)) }
        }
        XCTAssertGreaterThan(texts.count, 100)
        let compiled = CompiledLexicon(Support.linter.resources.lexicon("deficit-language")!)
        let institutions = Support.linter.resources.identifying.institutionShapes
        let cues = Support.linter.resources.artifactReferences
        var counts = (0, 0, 0, 0, 0)
        for (text, format) in texts {
            let document = MarkdownOrText.read(text, format: format, path: format == .markdown ? "x.md" : "x.txt")
            let analysis = TextAnalysis(document: document)
            let words = analysis.words
            let sieve = WordSieve(source: document.source.utf16, analysisText: document.analysisText, words: words, lexicon: compiled,
                                  institutions: institutions, needles: cues.needleSet, references: true)
            XCTAssertEqual(sieve.patternStarts, IdentifyingPatterns.patternStarts(document.source.utf16, words, institutions: institutions))
            XCTAssertEqual(sieve.years, CitationScanner.years(document.analysisText, words: words))
            XCTAssertEqual(ArtifactScanner.scan(document.analysisText, hits: sieve.needleHits, cues: cues),
                           ArtifactScanner.scan(document.analysisText, words: words, cues: cues))
            let names = words.indices.filter { $0 > 0 && IdentifyingPatterns.mayBeName(document.source.utf16, words[$0]) }
            XCTAssertEqual(sieve.nameCandidates, names)
            let context = ScanContext(document: document, analysis: analysis, structure: EssayStructure(unmapped: document, analysis: analysis, convention: .wordProcessor), exceptions: [])
            let own = DeficitScan(lexicon: compiled.lexicon, compiled: compiled, context: context)
            let given = DeficitScan(lexicon: compiled.lexicon, compiled: compiled, context: context, candidates: sieve.lexiconCandidates)
            XCTAssertEqual(own.occurrences.map(\.range), given.occurrences.map(\.range))
            XCTAssertEqual(own.assetCount, given.assetCount)
            counts.0 += sieve.patternStarts.count; counts.1 += sieve.years.count; counts.2 += sieve.needleHits.count
            counts.3 += sieve.nameCandidates.count; counts.4 += own.occurrences.count
        }
        // Each list is exercised.
        XCTAssertTrue(counts.0 > 0 && counts.1 > 0 && counts.2 > 0 && counts.3 > 0 && counts.4 > 0, "\(counts)")
    }
}
