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
    /// identifying-info's census skips eight units at a time when none can
    /// matter; it must count what a unit-by-unit walk counts, wherever in a
    /// run of eight the '@', "://", "www." or digits fall.
    func testIdentifyingCensusMatchesAUnitWalk() {
        func walk(_ src: [UInt16], _ range: Range<Int>) -> (Bool, Int, Int, Bool) {
            var at = false, digits = 0, freeDigits = 0, web = false
            var prev: UInt16 = 0x20
            var free = false
            for k in range {
                let u = src[k]
                if u >= 0x30 && u <= 0x39 {
                    digits += 1
                    if !(prev >= 0x30 && prev <= 0x39) { let p = prev | 0x20; free = !(p >= 0x61 && p <= 0x7A) }
                    if free { freeDigits += 1 }
                } else if u == 0x40 {
                    if k > range.lowerBound, IdentifyingPatterns.isAlnum(prev) || prev == 0x5F || prev == 0x2D || prev == 0x2B { at = true }
                } else if u == 0x2F, k > 0, src[k - 1] == 0x3A {
                    web = true
                } else if u == 0x2E, k >= 3, src[k - 1] | 0x20 == 0x77, src[k - 2] | 0x20 == 0x77, src[k - 3] | 0x20 == 0x77 {
                    web = true
                }
                prev = u
            }
            return (at, digits, freeDigits, web)
        }
        let pieces = ["word", " ", "x@", "@", "a@b.org", "(555) 201-3344", "12", "PERSON1", "://", "http", "www.", "WWW", ".", "/", ":",
                      "é", "😀", "-", "_", "+", "?", "=", "A", "z9", "9z"]
        var generator = SeededGenerator(fixed: 0x4345_4e53_5553)
        for round in 0..<600 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let units = Array(text.utf16)
            let lower = units.isEmpty ? 0 : Int.random(in: 0...units.count, using: &generator)
            let upper = Int.random(in: lower...max(lower, units.count), using: &generator)
            let got = units.withUnsafeBufferPointer { IdentifyingPatterns.census($0, lower..<upper) }
            let want = walk(units, lower..<upper)
            XCTAssertTrue(got.at == want.0 && got.digits == want.1 && got.free == want.2 && got.web == want.3,
                          "\(generator.label), round \(round): \(text.debugDescription) [\(lower)..<\(upper)]: \(got) against \(want)")
        }
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
            let names = document.source.utf16.withUnsafeBufferPointer { u in
                words.indices.filter { $0 > 0 && IdentifyingPatterns.mayBeName(u, words[$0]) }
            }
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
