import Foundation
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

/// The word-processor convention: whitespace-separated tokens with a letter or
/// digit; em and en dashes and runs of two or more hyphens also separate;
/// hyphenated words, contractions and "1,200" count once; Markdown syntax,
/// front matter, code and HTML comments are not counted; headings are.
final class WordCountTests: XCTestCase {
    /// Counts in messages are written as the credential writes them (1,000).
    func testCountsAreWrittenWithThousandsSeparators() {
        let cases: [(Int, String)] = [(0, "0"), (7, "7"), (-7, "-7"), (999, "999"), (1000, "1,000"), (-1000, "-1,000"), (1500, "1,500"),
                                      (999_999, "999,999"), (1_234_567, "1,234,567"), (Int.max, "9,223,372,036,854,775,807"),
                                      (Int.min, "-9,223,372,036,854,775,808")]
        for (n, text) in cases { XCTAssertEqual(format(n), text) }
    }

    func count(_ text: String, _ format: DocumentFormat = .text) -> Int {
        let document = MarkdownOrText.read(text, format: format, path: "t")
        return TextAnalysis(document: document).wordProcessorTokens.count
    }

    func testConvention() {
        XCTAssertEqual(count("asset-based work, don’t stop"), 4)
        XCTAssertEqual(count("We served 1,200 meals in 2023."), 6)
        XCTAssertEqual(count("one—two – three -- four---five"), 5)
        XCTAssertEqual(count("a lone - hyphen and … ellipsis ! 🎉"), 5)  // "-", "…", "!", emoji have no letter or digit
        XCTAssertEqual(count("José Nguyễn Zoë"), 3)
        XCTAssertEqual(count("and/or e.g. U.S."), 3)
        XCTAssertEqual(count("tab\tseparated\nlines\r\nand\u{00A0}nbsp"), 5)
        XCTAssertEqual(count(""), 0)
    }

    func testMarkdownSyntaxIsNotCounted() {
        XCTAssertEqual(count("## Knowledge of the Self\n\nSome **bold** and _it_ text.\n", .markdown), 9)
        XCTAssertEqual(count("Setext title\n===\n\n- one item\n- [a link](http://example.com/a-b) here\n> quoted line\n", .markdown), 9)
        XCTAssertEqual(count("---\ntitle: x y z\n---\n\nfour words are here\n\n```\nnot counted\n```\n\n<!-- nor this -->\n", .markdown), 4)
        XCTAssertEqual(count("word**s** in one\n", .markdown), 3)
    }

    /// The `cases` of a file in ../shared/corpus/wordcount/ (skipped when absent).
    func cases(_ file: String) throws -> [[String: Any]] {
        guard let shared = Support.shared else { throw XCTSkip("../shared is not present") }
        let url = shared.appendingPathComponent("corpus/wordcount/" + file)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw XCTSkip("\(file) is absent") }
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(root["cases"] as? [[String: Any]])
    }

    /// Cases from textstat's test-suite that use this convention
    /// (punctuation removed, contractions and hyphenated words kept whole).
    func testTextstatCases() throws {
        var checked = 0
        for c in try cases("textstat/count_words_cases.json") {
            guard c["rm_punctuation"] as? Bool == true, c["split_contractions"] as? Bool == false,
                  c["split_hyphens"] as? Bool == false else { continue }
            let text = c["text"] as! String
            XCTAssertEqual(count(text), c["expected_words"] as! Int, "textstat: \(text.prefix(60))")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 3)
    }

    /// WordPress's cases on plain text (the HTML, entity and shortcode cases
    /// are for an HTML reader; the emoji case counts a symbol as a word,
    /// which this convention does not).
    func testWordPressCases() throws {
        var checked = 0
        for c in try cases("wordpress_wordcount/cases.json") {
            let text = c["string"] as! String
            if text.contains("<") || text.contains("&") || text.contains("[") { continue }
            if !text.isEmpty, !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) { continue }
            XCTAssertEqual(count(text), c["words"] as! Int, "WordPress: \(c["message"] ?? text)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 4)
    }

    func testICUCountIsReportedBeside() throws {
        let report = try Support.lint("An asset-based plan, don’t you think?\n")
        XCTAssertEqual(report.stats?.words, 6)
        XCTAssertEqual(report.stats?.icuWords, 7)  // ICU splits asset-based
        XCTAssertEqual(report.stats?.sentences, 1)
    }

}
