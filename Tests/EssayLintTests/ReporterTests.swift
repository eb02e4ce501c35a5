@testable import EssayCore
@testable import EssayReport
@testable import EssayLint
import Foundation
import XCTest

/// The reporters against saved output (Tests/Fixtures/golden/README.md).
final class ReporterTests: XCTestCase {
    static let files = ["docs/examples/community-partnerships-draft.md", "Tests/Fixtures/fwb/asset-map-complete.md",
                        "Tests/Fixtures/golden/empty.txt"]

    /// The run's reports as the command line makes them: each document's
    /// profile and part detected, the empty file refused.
    func reports() throws -> Report {
        let root = Support.packageRoot
        var reports: [FileReport] = []
        for path in Self.files {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(path)))
            if bytes.isEmpty { reports.append(.failed(path, "the file is empty")); continue }
            reports.append(Support.linter.lint(bytes: bytes, path: path, format: DocumentFormat.forPath(path),
                                               options: LintOptions(profile: nil)))
        }
        return Report(files: reports)
    }

    func golden(_ name: String) throws -> String {
        try String(contentsOf: Support.packageRoot.appendingPathComponent("Tests/Fixtures/golden/" + name), encoding: .utf8)
    }

    func testJSONMatchesTheContract() throws {
        XCTAssertEqual(JSONReporter().render(try reports(), version: "0.1.0"), try golden("run.json"))
    }

    func testTextMatchesTheSavedOutput() throws {
        XCTAssertEqual(TextReporter(color: false).render(try reports(), version: "0.1.0"), try golden("run.txt"))
    }

    /// Strings the writer must escape, and numbers it must write, read back
    /// by Foundation's JSON parser as the same values.
    func testWriterEscapesWhatJSONRequires() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t return \r bell \u{07} nul \u{00} sep \u{2028}\u{2029} é 😀 end"
        var w = JSONWriter()
        w.beginObject()
        w.key(tricky); w.string(tricky)
        w.key("n"); w.beginArray(); w.int(0); w.int(-42); w.int(Int.max); w.double(0.5); w.double(.nan); w.bool(true); w.null(); w.endArray()
        w.endObject()
        let text = String(decoding: w.bytes, as: UTF8.self)
        XCTAssertTrue(text.contains(#"\u0007"#) && text.contains(#"\u0000"#) && text.contains(#"\u2028\u2029"#), text)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
        XCTAssertEqual(object[tricky] as? String, tricky)
        let numbers = try XCTUnwrap(object["n"] as? [Any])
        XCTAssertEqual(numbers.count, 7)
        XCTAssertEqual(numbers[0] as? Int, 0)
        XCTAssertEqual(numbers[1] as? Int, -42)
        XCTAssertEqual(numbers[2] as? Int, Int.max)
        XCTAssertEqual(numbers[3] as? Double, 0.5)
        XCTAssertTrue(numbers[4] is NSNull)
        XCTAssertEqual(numbers[5] as? Bool, true)
        XCTAssertTrue(numbers[6] is NSNull)
    }
}

final class IntegrationFormatTests: XCTestCase {
    func report() throws -> FileReport {
        try Support.lint("# Knowledge of the Self\n\nWe listed the needs of families, 100% of them: a “deficit” view.\n", path: "drafts/essay, v2.md")
    }

    func testGitHubCommandsAreEscaped() throws {
        let r = try report()
        let out = String(decoding: GitHubReporter().file(r, index: 0), as: UTF8.self)
        let deficit = try XCTUnwrap(out.split(separator: "\n").first { $0.contains("title=deficit-language") })
        XCTAssertTrue(deficit.hasPrefix("::warning file=drafts/essay%2C v2.md,line=3,col=15,endLine=3,endColumn=20,title=deficit-language::"), String(deficit))
        XCTAssertEqual(GitHubReporter.message("100% done\r\nnext"), "100%25 done%0D%0Anext")
        XCTAssertEqual(GitHubReporter.property("a:b,c%"), "a%3Ab%2Cc%25")
        let failed = String(decoding: GitHubReporter().file(.failed("x.md", "the file is empty"), index: 1), as: UTF8.self)
        XCTAssertEqual(failed, "::error file=x.md,title=essaylint::the file is empty\n")
    }

    func testSARIFHasOneResultPerFindingWithFixes() throws {
        let r = try report()
        let rules = Linter.rules.map { SARIFReporter.Rule(id: $0.id, name: $0.name, summary: $0.summary, rationale: $0.rationale,
                                                          defaultSeverity: $0.defaultSeverity) }
        let text = SARIFReporter(rules: rules, base: "/work").render(Report(files: [r, .failed("/work/y.md", "the file is empty")]), version: "9.9")
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((root["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual((driver["rules"] as? [Any])?.count, Linter.rules.count)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, r.findings.count)
        let deficit = try XCTUnwrap(results.first { $0["ruleId"] as? String == "deficit-language" })
        XCTAssertEqual(deficit["level"] as? String, "warning")
        let region = try XCTUnwrap(((deficit["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int])
        XCTAssertEqual(region, ["startLine": 3, "startColumn": 15, "endLine": 3, "endColumn": 20])
        let fixes = try XCTUnwrap(deficit["fixes"] as? [[String: Any]])
        XCTAssertFalse(fixes.isEmpty)
        let notifications = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]])
        XCTAssertEqual(notifications.count, 1)
        XCTAssertEqual(((notifications[0]["message"] as? [String: Any])?["text"] as? String), "the file is empty")
    }

    /// A word's suggestions replace it; a picture's are wordings to build from: no fix in SARIF, and the JSON says so.
    func testAPicturesSuggestionsAreNoReplacements() throws {
        let text = "For most lenders the neighbourhood is a leaky bucket, and the needs of these families are many.\n"
        let r = Support.linter.lint(bytes: Array(text.utf8), path: "/work/p.md", format: .markdown,
                                    options: LintOptions(profile: "community-partnerships", part: "essay"))
        let deficits = r.findings.filter { $0.rule == "deficit-language" && $0.match != nil }
        XCTAssertEqual(deficits.map(\.match), ["leaky bucket", "needs"])
        XCTAssertEqual(deficits.map(\.suggestionsReplace), [false, true])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReporter().render(Report(files: [r]), version: "9.9").utf8)) as? [String: Any])
        let found = try XCTUnwrap(((json["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])?.filter { $0["match"] != nil && $0["rule"] as? String == "deficit-language" })
        XCTAssertEqual(found.map { $0["suggestionsReplace"] as? Bool }, [false, nil])
        let rules = Linter.rules.map { SARIFReporter.Rule(id: $0.id, name: $0.name, summary: $0.summary, rationale: $0.rationale,
                                                          defaultSeverity: $0.defaultSeverity) }
        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(SARIFReporter(rules: rules, base: "/work").render(Report(files: [r]), version: "9.9").utf8)) as? [String: Any])
        let results = try XCTUnwrap(((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.filter { $0["ruleId"] as? String == "deficit-language" })
        XCTAssertEqual(results.map { ($0["fixes"] as? [Any])?.count ?? 0 }, [0, 4])
    }
}
