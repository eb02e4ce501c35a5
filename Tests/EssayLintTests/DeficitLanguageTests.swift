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

/// Deficit language in context: each sentence lists exactly what must be
/// flagged (in «»), so look-alikes beside real terms are checked too.
final class DeficitLanguageTests: XCTestCase {
    func flagged(_ marked: String) throws -> (found: [String], expected: [String]) {
        let example = RuleExample(marked)
        let (text, ranges) = example.stripped
        let report = try Support.lint(text)
        let found = report.findings.filter { $0.rule == "deficit-language" && !$0.isDocumentLevel }
        let source = SourceText(string: text)
        XCTAssertEqual(found.map(\.range), ranges, marked)
        return (found.map { $0.match! }, ranges.map { source.string($0) })
    }

    func testContexts() throws {
        let cases = [
            "The neighborhood’s «needs» were clear, but the project needs volunteers.",
            "Everyone needs a say; «needs» that families named came first.",
            "What needs to change is my own habit, not their «needs».",
            "We ran a needs assessment, not a needs-based program.",
            "Rather than focusing on needs, we asked about hopes.",
            "The city issues permits, and the «issues» facing residents are real.",
            "She challenges us, and she challenged my thinking in challenging conversations.",
            // The applicant's own challenge is not a framing of others; the residents' is.
            "Our biggest challenge was trust; the «challenges» facing residents came up.",
            "The program was at risk of losing funding, unlike «at-risk» teens.",
            "Students «at risk» joined us.",
            "I lacked confidence and we had a lack of time on my part.",
            "Families who «lack» transportation still came; many families were «lacking» access to the bus.",
            "The broken printer and a broken promise, unlike the «broken» homes of the old report.",
            "Poor attendance and poor planning on my side, not «poor» families.",
            "I felt vulnerable; we were vulnerable with each other; the most «vulnerable» residents came.",
            "The district calls them at-risk, a term we never use.",
            "Instead of a deficit lens, we took a deficit-based approach apart.",
            "«Struggling» readers from a «struggling» district and their «struggles» with the bus.",
            "We worked in an «inner city» school with «needy» and «less fortunate» families.",
            // A problem that frames no person, group or place is not flagged (issue 14).
            "We practised problem-solving and problem framing appeared once; the «problems» of the block did not.",
            "Closing the «achievement gap» became closing the opportunity gap.",
            "Many «underserved» and «disadvantaged» families and «underprivileged» youth.",
            "We served «high-needs» students and families in «need» of housing; the clinic needs volunteers.",
            "Low-income, marginalized and underrepresented students are named as they name themselves.",
        ]
        for c in cases {
            let (found, expected) = try flagged(c)
            XCTAssertEqual(found, expected, c)
        }
    }

    func testChallengesAreExpectedOnlyInCompetency9() throws {
        var headings: [String?] = ExampleEssay.titles
        headings[3] = ExampleEssay.titles[3]
        let text = ExampleEssay.markdown(headings, replacing: [
            3: "The «challenges» of the block shaped our plan. " + ExampleEssay.filler(80),
            8: "The challenges we faced came from our schedule, the problems we named were our own, and the «challenges» of the block were named for us. " + ExampleEssay.filler(80),
        ])
        _ = try flagged(text)
    }

    func testAssetAndDeficitCounts() throws {
        let report = try Support.lint("Our goals and aspirations built on the community’s strengths and assets, not its problems.\n")
        XCTAssertEqual(report.stats?.assetTerms, 4)
        XCTAssertEqual(report.stats?.deficitTerms, 1)
    }

    func testRelianceThreatensCeilingZero() throws {
        let text = "The needs, problems, issues and challenges of at-risk, underserved and disadvantaged families.\n"
        let report = try Support.lint(text)
        let reliance = report.findings.filter { $0.rule == "deficit-language" && $0.isDocumentLevel }
        XCTAssertEqual(reliance.count, 1)
        XCTAssertEqual(reliance[0].rubric.first?.ceiling, 0)
        XCTAssertEqual(report.rubric.first { $0.criterion == "C4" }?.risk, .high)
        let term = report.findings.first { $0.rule == "deficit-language" && !$0.isDocumentLevel }!
        XCTAssertEqual(term.rubric, [RubricThreat(criterion: "C4", ceiling: 1, descriptor: "able to speak of their own partnership(s) in asset-based terms but with some deficit-based understandings still present")])
    }

    /// Quoted spans: curly and straight marks, apostrophes inside words
    /// left alone, no span across a line break.
    func testQuotedSpans() {
        func spans(_ text: String) -> [String] {
            let units = Array(text.utf16)
            return DeficitScan.quotedRanges(units).map { SourceText.string(units[$0]) }
        }
        XCTAssertEqual(spans("She said “we know our block” and left."), ["“we know our block”"])
        XCTAssertEqual(spans("He called it \"the needs list\" twice."), ["\"the needs list\""])
        XCTAssertEqual(spans("It's the families' ‘own words’ we kept."), ["‘own words’"])
        XCTAssertEqual(spans("The 'hard to reach' label (we dropped it)."), ["'hard to reach'"])
        XCTAssertEqual(spans("An “open quote\nthat never closes”."), [])
        XCTAssertEqual(spans("Nested “outer ‘inner’ words” here."), ["“outer ‘inner’ words”"])
    }
}
