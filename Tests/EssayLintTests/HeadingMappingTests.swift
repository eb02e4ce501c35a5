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

/// Heading recognition and mapping on headings as applicants write them.
final class HeadingMappingTests: XCTestCase {
    func mapping(_ text: String, _ format: DocumentFormat = .markdown) throws -> [(String, String?)] {
        let report = try Support.lint(text, format: format)
        return report.stats!.sections.map { ($0.heading, $0.criterion) }
    }

    func criteria(_ text: String, _ format: DocumentFormat = .markdown) throws -> [String?] {
        try mapping(text, format).map(\.1)
    }

    func essay(_ headings: [String], style: (String) -> String = { "## " + $0 }, body: Int = 90) -> String {
        headings.map { style($0) + "\n\n" + ExampleEssay.filler(body) + "\n\n" }.joined()
    }

    func testOfficialTitlesMapInOrder() throws {
        XCTAssertEqual(try criteria(essay(ExampleEssay.titles)), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }

    func testMisspelledAndNumberedTitles() throws {
        let headings = ["Competency 1: Knowlege of Self", "2. Knowing the Comunity", "Inititating and Maintaning Partnerships",
                        "Conecting Campus and Community Asets", "Comunicating Accross Roles", "Involving Partners in Refelction and Assesment",
                        "Resolvng Conflicts", "Authentc Relationships", "Power Relatoins"]
        XCTAssertEqual(try criteria(essay(headings)), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }

    func testBoldLinesAndRunInBoldHeadings() throws {
        let bold = essay(ExampleEssay.titles, style: { "**\($0)**" })
        XCTAssertEqual(try criteria(bold), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
        let runIn = ExampleEssay.titles.map { "**\($0)**\n" + ExampleEssay.filler(60) + "\n\n" }.joined()
        XCTAssertEqual(try criteria(runIn), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }

    func testPlainTextHeadings() throws {
        let headings = ["1. Knowledge of Self", "Competency 2: Knowledge of the Community", "Initiating and Maintaining Partnerships",
                        "Competency 4: Connecting Campus and Community Assets", "Communicating Across Roles and Boundaries",
                        "Reflection and Assessment with Partners", "Resolving Conflicts:", "Participating in the Life of the Community",
                        "Power Relations"]
        let text = "My Community Partnership Essay\n\n" + essay(headings, style: { $0 })
        XCTAssertEqual(try criteria(text, .text), [nil, "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }

    func testOutOfOrderHeadingsKeepTheirCompetencies() throws {
        var headings = ExampleEssay.titles
        headings.swapAt(5, 6)
        let report = try Support.lint(essay(headings))
        XCTAssertEqual(report.stats!.sections.map(\.criterion), ["C1", "C2", "C3", "C4", "C5", "C7", "C6", "C8", "C9"])
        let order = report.findings.filter { $0.rule == "heading-order" }
        XCTAssertEqual(order.count, 1)
    }

    func testLooselyRelatedTitlesMapByContentAndOrder() throws {
        var headings = ExampleEssay.titles
        headings[0] = "Where I Stand"
        headings[3] = "Assets on Both Sides"
        let selfText = "My identity as a first-generation college graduate and my status as faculty shape how residents see me; the similarities and differences in our experience shape the dynamics of collaboration and my role in the partnership. "
        let body = ExampleEssay.markdown(headings, replacing: [0: selfText + ExampleEssay.filler(50)])
        let report = try Support.lint(body)
        XCTAssertEqual(report.stats!.sections.map(\.criterion), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
        let unclear = report.findings.filter { $0.rule == "unclear-heading" }.map(\.match)
        XCTAssertEqual(unclear, ["Where I Stand"], "“Assets on Both Sides” names the area; “Where I Stand” does not")
    }

    func testTitleAndReferencesAreNotForcedOntoCompetencies() throws {
        let text = "# Partnering for Voices and Power in Eastgate\n\n" + essay(ExampleEssay.titles) + "## References\n\nBringle, R. G. (2009).\n"
        let got = try criteria(text)
        XCTAssertEqual(got.first!, nil)
        XCTAssertEqual(got.last!, nil)
        XCTAssertEqual(Array(got.dropFirst().dropLast()), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }

    func testSubHeadingInsideASectionIsAbsorbed() throws {
        var text = essay(Array(ExampleEssay.titles.prefix(6)))
        text += "### Before, during and after\n\n" + ExampleEssay.filler(40) + "\n\n"
        text += essay(Array(ExampleEssay.titles.suffix(3)))
        let report = try Support.lint(text)
        XCTAssertEqual(report.stats!.sections.map(\.criterion), ["C1", "C2", "C3", "C4", "C5", "C6", nil, "C7", "C8", "C9"])
        // The C6 section counts the sub-heading's body but not its heading words.
        let c6 = report.rubric.first { $0.criterion == "C6" }!
        XCTAssertEqual(c6.words, 130)
    }

    func testMissingCompetencyIsReportedWhereItBelongs() throws {
        var headings: [String?] = ExampleEssay.titles
        headings[4] = nil
        let text = ExampleEssay.markdown(headings)
        let report = try Support.lint(text)
        let missing = report.findings.filter { $0.rule == "missing-heading" }
        XCTAssertEqual(missing.count, 1)
        XCTAssertEqual(missing[0].criterion, "C5")
        // Anchored at the heading that follows (Competency 6's).
        let c6 = report.stats!.sections.first { $0.criterion == "C6" }!
        XCTAssertEqual(report.source!.location(of: missing[0].range.lowerBound).line, c6.line)
        XCTAssertTrue(missing[0].message.contains("Communicating across roles and boundaries"))
    }

    func testDuplicateHeading() throws {
        let text = essay(ExampleEssay.titles + ["Resolving Conflicts, Continued"])
        let report = try Support.lint(text)
        XCTAssertEqual(report.stats!.sections.map(\.criterion).last!, "C7")
        XCTAssertEqual(report.findings.filter { $0.rule == "duplicate-heading" }.map(\.match), ["Resolving Conflicts, Continued"])
        XCTAssertEqual(report.findings.filter { $0.rule == "missing-heading" }.count, 0)
    }

    func testWrongNumberFollowsTheWording() throws {
        var headings = ExampleEssay.titles.enumerated().map { "Competency \($0.offset + 1): \($0.element)" }
        headings[6] = "Competency 6: Resolving Conflicts"
        headings[5] = "Involving Partners in Reflection and Assessment"
        XCTAssertEqual(try criteria(essay(headings)), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }

    func testNumberOnlyHeadings() throws {
        let headings = (1...9).map { "Competency \($0)" }
        let report = try Support.lint(essay(headings))
        XCTAssertEqual(report.stats!.sections.map(\.criterion), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
        XCTAssertTrue(report.findings.filter { $0.rule == "unclear-heading" }.isEmpty)
    }

    func testLoneNumberedListItemIsAHeading() throws {
        let text = ExampleEssay.titles.enumerated().map { "\($0.offset + 1). \($0.element)\n\n" + ExampleEssay.filler(60) + "\n\n" }.joined()
        XCTAssertEqual(try criteria(text), ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"])
    }

    func testSentencesAreNotHeadings() throws {
        let text = "This is a sentence.\n\nThe project grew over time and\nkept going for years.\n\n- a bullet item\n- another one\n"
        XCTAssertTrue(try mapping(text).isEmpty)
        XCTAssertTrue(try mapping(text, .text).isEmpty)
    }
}

extension HeadingMappingTests {
    /// A heading in a competency's place whose section says nothing of it is
    /// not forced onto it: the competency is reported missing.
    func testUnrelatedHeadingInAGapIsNotForced() throws {
        var headings: [String?] = ExampleEssay.titles
        headings[3] = "A Brief Interlude"
        let text = ExampleEssay.markdown(headings, replacing: [3: "The weather in March was unusually cold, and the parking lot was repaved twice, which delayed our printing order by a week."])
        let report = try Support.lint(text)
        XCTAssertEqual(report.stats!.sections.map(\.criterion), ["C1", "C2", "C3", nil, "C5", "C6", "C7", "C8", "C9"])
        XCTAssertEqual(report.findings.filter { $0.rule == "missing-heading" }.compactMap(\.criterion), ["C4"])
    }
}

extension HeadingMappingTests {
    /// Google Docs exports: capitals, and titles with a full stop.
    func testCapitalsAndFullStopHeadings() throws {
        let text = "My Essay\n\nKNOWLEDGE OF SELF\n\n" + ExampleEssay.filler(30) + "\n\nResolving Conflicts.\n\n" + ExampleEssay.filler(30) + "\n\nWe talked it through.\n"
        XCTAssertEqual(try criteria(text, .text), [nil, "C1", "C7"])
    }
}
