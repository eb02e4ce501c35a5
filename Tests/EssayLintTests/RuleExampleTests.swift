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

/// Every rule's own examples are its tests, one test per rule so that a
/// failure names the rule: each «marked» span must be found exactly, nothing
/// else of that rule may be found, the non-triggering examples find nothing,
/// and the same spans must come out after multibyte text is put in front
/// (offsets after emoji, accents and curly quotes) and with CRLF line endings
/// behind a byte order mark.
final class RuleExampleTests: XCTestCase {
    /// Put before an example: prose, so every range moves by its length.
    static let prefix = "Émigré 🎉 café “quoted” naïve—text.\n\n"
    /// Put before an example with findings about the whole document (a word
    /// count, a missing heading): a comment, which moves every range without
    /// adding a word, a paragraph or a heading.
    static let commentPrefix = "<!-- Émigré 🎉 café “quoted” naïve—text. -->\n\n"

    /// The test of each rule, by id. A rule added to `RuleRegistry.all`
    /// needs its line here and its method below.
    static var tests: [(id: String, test: (RuleExampleTests) -> () throws -> Void)] { [
        (MissingHeadingRule.id, testMissingHeading),
        (UnclearHeadingRule.id, testUnclearHeading),
        (DuplicateHeadingRule.id, testDuplicateHeading),
        (HeadingOrderRule.id, testHeadingOrder),
        (WordCountRule.id, testWordCount),
        (SectionLengthRule.id, testSectionLength),
        (DeficitLanguageRule.id, testDeficitLanguage),
        (IdentifyingInfoRule.id, testIdentifyingInfo),
        (MissingQuestionRule.id, testMissingQuestion),
        (MissingElementRule.id, testMissingElement),
        (ItemCountRule.id, testItemCount),
        (TimeSpanRule.id, testTimeSpan),
        (ThinEvidenceRule.id, testThinEvidence),
        (FigureThresholdRule.id, testFigureThreshold),
        (RubricEvidenceRule.id, testRubricEvidence),
        (CitationRule.id, testCitation),
        (ArtifactReferenceRule.id, testArtifactReference),
        (LongSentenceRule.id, testLongSentence),
        (ReadabilityRule.id, testReadability),
        (DirectiveRule.id, testDirective),
    ] }

    func testEveryRuleHasItsTest() {
        XCTAssertEqual(Self.tests.map(\.id), RuleRegistry.ids, "one test per registered rule, in the registry's order")
        XCTAssertEqual(Set(RuleRegistry.ids).count, RuleRegistry.all.count, "rule ids are unique")
    }

    func testMissingHeading() throws { try checkExamples(of: MissingHeadingRule.self) }
    func testUnclearHeading() throws { try checkExamples(of: UnclearHeadingRule.self) }
    func testDuplicateHeading() throws { try checkExamples(of: DuplicateHeadingRule.self) }
    func testHeadingOrder() throws { try checkExamples(of: HeadingOrderRule.self) }
    func testWordCount() throws { try checkExamples(of: WordCountRule.self) }
    func testSectionLength() throws { try checkExamples(of: SectionLengthRule.self) }
    func testDeficitLanguage() throws { try checkExamples(of: DeficitLanguageRule.self) }
    func testIdentifyingInfo() throws { try checkExamples(of: IdentifyingInfoRule.self) }
    func testMissingQuestion() throws { try checkExamples(of: MissingQuestionRule.self) }
    func testMissingElement() throws { try checkExamples(of: MissingElementRule.self) }
    func testItemCount() throws { try checkExamples(of: ItemCountRule.self) }
    func testTimeSpan() throws { try checkExamples(of: TimeSpanRule.self) }
    func testThinEvidence() throws { try checkExamples(of: ThinEvidenceRule.self) }
    func testFigureThreshold() throws { try checkExamples(of: FigureThresholdRule.self) }
    func testRubricEvidence() throws { try checkExamples(of: RubricEvidenceRule.self) }
    func testCitation() throws { try checkExamples(of: CitationRule.self) }
    func testArtifactReference() throws { try checkExamples(of: ArtifactReferenceRule.self) }
    func testLongSentence() throws { try checkExamples(of: LongSentenceRule.self) }
    func testReadability() throws { try checkExamples(of: ReadabilityRule.self) }
    func testDirective() throws { try checkExamples(of: DirectiveRule.self) }

    /// Each part check kind is reported by exactly one rule, so that no unmet
    /// check of a part goes unreported (or is reported twice).
    func testEveryPartCheckKindHasOneRule() {
        for kind in PartCheckKind.allCases {
            let rules = RuleRegistry.all.filter { type(of: $0).description.partChecks.contains(kind) }.map { type(of: $0).id }
            XCTAssertEqual(rules.count, 1, "\(kind) is reported by \(rules)")
        }
    }

    // MARK: the checks

    /// Everything one rule's description promises.
    func checkExamples<R: Rule>(of rule: R.Type, file: StaticString = #filePath, line: UInt = #line) throws {
        let d = R.description
        XCTAssertEqual(d.id, R.id, file: file, line: line)
        XCTAssertEqual(d.defaultSeverity, R.defaultSeverity, file: file, line: line)
        XCTAssertFalse(d.summary.isEmpty, "\(d.id) has no summary", file: file, line: line)
        XCTAssertFalse(d.rationale.isEmpty, "\(d.id) has no rationale", file: file, line: line)
        XCTAssertFalse(d.triggering.isEmpty, "\(d.id) has no triggering example", file: file, line: line)
        XCTAssertFalse(d.nonTriggering.isEmpty, "\(d.id) has no non-triggering example", file: file, line: line)
        for (n, example) in d.triggering.enumerated() {
            try checkTriggering(d.id, n, example, file: file, line: line)
            try checkAfterMultibyteText(d.id, n, example, file: file, line: line)
            try checkWithCRLFAndByteOrderMark(d.id, n, example, file: file, line: line)
        }
        for (n, example) in d.nonTriggering.enumerated() {
            let (text, _) = example.stripped
            let found = try Support.lint(example, text).findings.filter { $0.rule == d.id }
            XCTAssertTrue(found.isEmpty, "\(d.id) non-triggering example \(n) found: \(found.map { $0.match ?? $0.message })",
                          file: file, line: line)
        }
    }

    /// The marked spans, exactly, and the expected number of findings about
    /// the whole document; nothing else of the rule.
    func checkTriggering(_ id: String, _ n: Int, _ example: RuleExample, file: StaticString, line: UInt) throws {
        let (text, expected) = example.stripped
        let report = try Support.lint(example, text)
        let found = report.findings.filter { $0.rule == id }
        XCTAssertFalse(found.isEmpty, "\(id) triggering example \(n) found nothing", file: file, line: line)
        XCTAssertEqual(found.filter { !$0.isDocumentLevel }.map(\.range), expected, "\(id) triggering example \(n): ranges", file: file, line: line)
        XCTAssertEqual(found.filter(\.isDocumentLevel).count, example.documentFindings,
                       "\(id) triggering example \(n): findings about the whole document", file: file, line: line)
        for f in found where !f.isDocumentLevel {
            XCTAssertEqual(f.match, report.source!.string(f.range), "\(id) example \(n): the match is the source text", file: file, line: line)
        }
    }

    /// With multibyte text in front, every range moves by its UTF-16 length
    /// (a finding at the very start stays there), and the reported line,
    /// column and byte offset match an independent count.
    func checkAfterMultibyteText(_ id: String, _ n: Int, _ example: RuleExample, file: StaticString, line: UInt) throws {
        let (text, expected) = example.stripped
        let prefix = example.documentFindings == 0 ? Self.prefix : Self.commentPrefix
        let shift = prefix.utf16.count
        func moved(_ r: Range<Int>) -> Range<Int> { (r.lowerBound + shift)..<(r.upperBound + shift) }
        let plain = try Support.lint(example, text).findings.filter { $0.rule == id && $0.isDocumentLevel }.map(\.range)
        let full = prefix + text
        let report = try Support.lint(example, full)
        let found = report.findings.filter { $0.rule == id }
        XCTAssertEqual(found.filter { !$0.isDocumentLevel }.map(\.range), expected.map(moved),
                       "\(id) example \(n) after multibyte text", file: file, line: line)
        XCTAssertEqual(found.filter(\.isDocumentLevel).map(\.range), plain.map { $0 == 0..<0 ? $0 : moved($0) },
                       "\(id) example \(n) after multibyte text: findings about the whole document", file: file, line: line)
        for f in found {
            let range = report.source!.range(f.range)
            let start = Support.expectedLocation(full, utf16Offset: f.range.lowerBound)
            let end = Support.expectedLocation(full, utf16Offset: f.range.upperBound)
            XCTAssertEqual([range.start.line, range.start.column, range.start.byteOffset], [start.line, start.column, start.byte],
                           "\(id) example \(n) after multibyte text: start", file: file, line: line)
            XCTAssertEqual([range.end.line, range.end.column, range.end.byteOffset], [end.line, end.column, end.byte],
                           "\(id) example \(n) after multibyte text: end", file: file, line: line)
        }
    }

    /// The example as CRLF bytes behind a UTF-8 byte order mark: lines and
    /// columns do not change; byte offsets grow by the BOM and one per line.
    func checkWithCRLFAndByteOrderMark(_ id: String, _ n: Int, _ example: RuleExample, file: StaticString, line: UInt) throws {
        let (text, _) = example.stripped
        let lf = try Support.lint(example, text).findings.filter { $0.rule == id }
        let crlf = Array("\u{FEFF}".utf8) + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let report = Support.linter.lint(bytes: crlf, path: "example", format: example.format,
                                         options: LintOptions(profile: example.profile ?? Linter.defaultProfile, part: example.part))
        XCTAssertNil(report.error, file: file, line: line)
        let found = report.findings.filter { $0.rule == id }
        XCTAssertEqual(found.count, lf.count, "\(id) example \(n) with CRLF and BOM", file: file, line: line)
        let lfSource = SourceText(string: text)
        for (a, b) in zip(lf, found) {
            let x = lfSource.range(a.range)
            let y = report.source!.range(b.range)
            XCTAssertEqual([x.start.line, x.start.column, x.end.line, x.end.column], [y.start.line, y.start.column, y.end.line, y.end.column],
                           "\(id) example \(n) with CRLF and BOM: lines and columns", file: file, line: line)
            if a.range != 0..<0 {
                XCTAssertEqual(y.start.byteOffset, x.start.byteOffset + 3 + (x.start.line - 1),
                               "\(id) example \(n) with CRLF and BOM: byte offset", file: file, line: line)
            }
            XCTAssertEqual(b.match, a.match, file: file, line: line)
        }
    }
}
