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

/// Inputs built to break a reader: none may crash or hang.
final class HostileInputTests: XCTestCase {
    func testDeeplyNestedQuotesAndLists() throws {
        let quote = String(repeating: ">", count: 50_000) + " The needs of families.\n"
        let report = try Support.lint(quote)
        XCTAssertEqual(report.findings.filter { $0.rule == "deficit-language" && !$0.isDocumentLevel }.map(\.match), ["needs"])
        let list = (0..<500).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined()
        XCTAssertEqual(try Support.lint(list).stats?.words, 1000)
        let emphasis = String(repeating: "*", count: 20_000) + "deep" + String(repeating: "*", count: 20_000) + "\n"
        XCTAssertEqual(try Support.lint(emphasis).stats?.words, 1)
    }

    func testOneVeryLongLine() throws {
        let line = String(repeating: "word ", count: 200_000) + "\n"
        XCTAssertEqual(try Support.lint(line).stats?.words, 200_000)
        XCTAssertEqual(try Support.lint(line, format: .text).stats?.words, 200_000)
    }

    /// A name between commas after the subject, then a clause that asks who the subject is: deciding one word's tag
    /// once came back to the same word and recursed until the stack overflowed (a blind-set essay crashed the CLI).
    func testAWordWhoseTagComesBackToItselfIsDecided() throws {
        let report = try Support.lint("When the pastor, Tom, heard me call the parish poor, he laughed.\n", format: .text)
        XCTAssertEqual(report.findings.filter { $0.rule == "deficit-language" && !$0.isDocumentLevel }.map(\.match), ["poor"])
    }

    func testUnclosedConstructs() throws {
        for text in ["---\ntitle: never closed\n", "```\ncode never closed\n", "<!-- comment never closed\n", "[link](", "**bold", "\u{0}\u{1}"] {
            _ = try Support.lint(text)
            _ = try Support.lint(text, format: .text)
        }
    }
}
