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
