import XCTest
@testable import EssayCore
@testable import EssayText
@testable import EssayDocuments
@testable import EssayProfiles
@testable import EssayStructure
@testable import EssayLanguage
@testable import EssayRules
@testable import EssayRubric
@testable import EssayReport
@testable import EssayLint

/// Every rule's own examples are its tests: each «marked» span must be found
/// exactly, nothing else of that rule may be found, and the same must hold
/// after multibyte text is put in front (offsets after emoji, accents and
/// curly quotes) and with CRLF line endings behind a byte order mark.
final class RuleExampleTests: XCTestCase {
    static let prefix = "Émigré 🎉 café “quoted” naïve—text.\n\n"

    func testEveryRuleHasExamples() {
        for rule in RuleRegistry.all {
            let d = type(of: rule).description
            XCTAssertFalse(d.triggering.isEmpty, "\(d.id) has no triggering example")
            XCTAssertFalse(d.nonTriggering.isEmpty, "\(d.id) has no non-triggering example")
            XCTAssertFalse(d.summary.isEmpty)
            XCTAssertEqual(d.id, type(of: rule).id)
            XCTAssertEqual(d.defaultSeverity, type(of: rule).defaultSeverity)
            XCTAssertFalse(d.rationale.isEmpty)
        }
        XCTAssertEqual(Set(RuleRegistry.ids).count, RuleRegistry.all.count, "rule ids are unique")
    }

    func testTriggeringExamples() throws {
        for rule in RuleRegistry.all {
            let d = type(of: rule).description
            for (n, example) in d.triggering.enumerated() {
                let (text, expected) = example.stripped
                let report = try Support.lint(example, text)
                let found = report.findings.filter { $0.rule == d.id }
                let marked = found.filter { !$0.isDocumentLevel }.map(\.range)
                XCTAssertEqual(marked, expected, "\(d.id) triggering example \(n): ranges")
                XCTAssertEqual(found.filter(\.isDocumentLevel).count, example.documentFindings, "\(d.id) triggering example \(n): document findings")
                for f in found where !f.isDocumentLevel {
                    XCTAssertEqual(f.match, report.source!.string(f.range), "\(d.id): match is the source text")
                }
                XCTAssertFalse(found.isEmpty, "\(d.id) triggering example \(n) found nothing")
            }
        }
    }

    func testNonTriggeringExamples() throws {
        for rule in RuleRegistry.all {
            let d = type(of: rule).description
            for (n, example) in d.nonTriggering.enumerated() {
                let (text, _) = example.stripped
                let report = try Support.lint(example, text)
                let found = report.findings.filter { $0.rule == d.id }
                XCTAssertTrue(found.isEmpty, "\(d.id) non-triggering example \(n) found: \(found.map { $0.match ?? $0.message })")
            }
        }
    }

    /// Multibyte text in front shifts every range by its UTF-16 length, and
    /// the reported line, column and byte offset match an independent count.
    func testPositionsAfterMultibyteText() throws {
        let shift = RuleExampleTests.prefix.utf16.count
        for rule in RuleRegistry.all {
            let d = type(of: rule).description
            for (n, example) in d.triggering.enumerated() where example.documentFindings == 0 {
                let (text, expected) = example.stripped
                let full = RuleExampleTests.prefix + text
                let report = try Support.lint(example, full)
                let found = report.findings.filter { $0.rule == d.id && !$0.isDocumentLevel }
                XCTAssertEqual(found.map(\.range), expected.map { ($0.lowerBound + shift)..<($0.upperBound + shift) },
                               "\(d.id) example \(n) after multibyte prefix")
                for f in found {
                    let range = report.source!.range(f.range)
                    let start = Support.expectedLocation(full, utf16Offset: f.range.lowerBound)
                    let end = Support.expectedLocation(full, utf16Offset: f.range.upperBound)
                    XCTAssertEqual([range.start.line, range.start.column, range.start.byteOffset], [start.line, start.column, start.byte])
                    XCTAssertEqual([range.end.line, range.end.column, range.end.byteOffset], [end.line, end.column, end.byte])
                }
            }
        }
    }

    /// The same examples as CRLF bytes behind a UTF-8 byte order mark: lines
    /// and columns do not change; byte offsets grow by the BOM and one per line.
    func testPositionsWithCRLFAndByteOrderMark() throws {
        for rule in RuleRegistry.all {
            let d = type(of: rule).description
            for (n, example) in d.triggering.enumerated() where example.documentFindings == 0 {
                let (text, _) = example.stripped
                let lf = try Support.lint(example, text).findings.filter { $0.rule == d.id && !$0.isDocumentLevel }
                let crlf = Array("\u{FEFF}".utf8) + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
                let report = Support.linter.lint(bytes: crlf, path: "example", format: example.format,
                                                 options: LintOptions(profile: example.profile ?? Linter.defaultProfile, part: example.part))
                XCTAssertNil(report.error)
                let found = report.findings.filter { $0.rule == d.id && !$0.isDocumentLevel }
                XCTAssertEqual(found.count, lf.count, "\(d.id) example \(n) with CRLF and BOM")
                let lfSource = SourceText(string: text)
                for (a, b) in zip(lf, found) {
                    let x = lfSource.range(a.range)
                    let y = report.source!.range(b.range)
                    XCTAssertEqual([x.start.line, x.start.column, x.end.line, x.end.column], [y.start.line, y.start.column, y.end.line, y.end.column])
                    XCTAssertEqual(y.start.byteOffset, x.start.byteOffset + 3 + (x.start.line - 1))
                    XCTAssertEqual(b.match, a.match)
                }
            }
        }
    }

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
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let units = Array(text.utf16)
            let lower = units.isEmpty ? 0 : Int.random(in: 0...units.count, using: &generator)
            let upper = Int.random(in: lower...max(lower, units.count), using: &generator)
            let got = units.withUnsafeBufferPointer { IdentifyingPatterns.census($0, lower..<upper) }
            let want = walk(units, lower..<upper)
            XCTAssertTrue(got.at == want.0 && got.digits == want.1 && got.free == want.2 && got.web == want.3,
                          "\(text.debugDescription) [\(lower)..<\(upper)]: \(got) against \(want)")
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
        var counts = (0, 0, 0, 0, 0)
        for (text, format) in texts {
            let document = MarkdownOrText.read(text, format: format, path: format == .markdown ? "x.md" : "x.txt")
            let analysis = TextAnalysis(document: document)
            let words = analysis.words
            let sieve = WordSieve(source: document.source.utf16, analysisText: document.analysisText, words: words, lexicon: compiled,
                                  institutions: institutions, references: true)
            XCTAssertEqual(sieve.patternStarts, IdentifyingPatterns.patternStarts(document.source.utf16, words, institutions: institutions))
            XCTAssertEqual(sieve.years, CitationScanner.years(document.analysisText, words: words))
            XCTAssertEqual(ArtifactScanner.scan(document.analysisText, hits: sieve.needleHits), ArtifactScanner.scan(document.analysisText, words: words))
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
