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

/// Inline directives silence findings by rule and place, and the report
/// counts what they silenced. (The deficit terms frame families: a term that
/// frames no one is not flagged to begin with.)
final class SuppressionTests: XCTestCase {
    func deficits(_ text: String, _ format: DocumentFormat = .markdown) throws -> (matches: [String], suppressed: Int) {
        let report = try Support.lint(text, format: format)
        return (report.findings.filter { $0.rule == "deficit-language" && !$0.isDocumentLevel }.map { $0.match! }, report.suppressed)
    }

    func testDisableAndEnableARange() throws {
        let text = "The families' needs came first.\n\n<!-- essaylint-disable deficit-language -->\n\nThe families' problems came next.\n\n<!-- essaylint-enable deficit-language -->\n\nThe families' issues came last.\n"
        let r = try deficits(text)
        XCTAssertEqual(r.matches, ["needs", "issues"])
        XCTAssertEqual(r.suppressed, 1)
    }

    func testDisableNextLineSkipsBlankLines() throws {
        let text = "<!-- essaylint-disable-next-line deficit-language -->\n\nThe families' needs came first, and their problems.\nThe families' issues came last.\n"
        let r = try deficits(text)
        XCTAssertEqual(r.matches, ["issues"])
        XCTAssertEqual(r.suppressed, 2)
    }

    func testNoRuleIdMeansEveryRule() throws {
        let text = "<!-- essaylint-disable -->\nThe needs came first.\n"
        let report = try Support.lint(text)
        XCTAssertTrue(report.findings.isEmpty, "\(report.findings.map(\.rule))")
        XCTAssertGreaterThan(report.suppressed, 9)  // 9 missing headings, the word count, the deficit term
    }

    func testOtherRulesStillReport() throws {
        let text = "<!-- essaylint-disable deficit-language -->\nThe needs came first.\n"
        let report = try Support.lint(text)
        XCTAssertEqual(report.findings.filter { $0.rule == "missing-heading" }.count, 9)
        XCTAssertEqual(report.findings.filter { $0.rule == "deficit-language" }.count, 0)
    }

    func testPlainTextDirectiveLines() throws {
        let text = "The families' needs came first.\n\n# essaylint-disable-next-line deficit-language\nThe families' problems came next.\n\nessaylint-disable deficit-language\nThe families' issues came last.\n"
        let r = try deficits(text, .text)
        XCTAssertEqual(r.matches, ["needs"])
        XCTAssertEqual(r.suppressed, 2)
        // Directive lines are not prose: they are not counted.
        XCTAssertEqual(try Support.lint(text, format: .text).stats?.words, 15)
    }

    func testInlineCommentInsideAParagraph() throws {
        let text = "The families' needs <!-- essaylint-disable deficit-language --> and their problems.\n"
        XCTAssertEqual(try deficits(text).matches, ["needs"])
    }
}
