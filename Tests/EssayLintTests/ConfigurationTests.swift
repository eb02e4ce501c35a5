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

final class ConfigurationTests: XCTestCase {
    func write(_ text: String, name: String = ".essaylint.yml", in folder: URL? = nil) throws -> URL {
        let dir = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testSettingsAndOverrides() throws {
        let url = try write("""
        profile: community-partnerships
        failOn: warning
        wordConvention: icu
        rules:
          deficit-language: error
          section-length: off
        overrides:
          - files: ["drafts/*.md"]
            failOn: never
            rules: {word-count: suggestion}
        """)
        let config = try Configuration.load(url.path)
        XCTAssertEqual(config.settings.failOn, "warning")
        XCTAssertEqual(config.settings.wordConvention, .icu)
        XCTAssertEqual(config.settings.rules["deficit-language"], .some(.error))
        XCTAssertEqual(config.settings.rules["section-length"], .some(nil))
        let draft = config.settings(for: config.directory + "/drafts/one.md")
        XCTAssertEqual(draft.failOn, "never")
        XCTAssertEqual(draft.rules["word-count"], .some(.suggestion))
        XCTAssertEqual(draft.rules["deficit-language"], .some(.error))
        XCTAssertFalse(config.settings(for: config.directory + "/final/one.md").rules.keys.contains("word-count"))
    }

    func testErrorsNameFileLineAndColumn() throws {
        let cases: [(String, String)] = [
            ("profile: x\nrules:\n  deficit-languag: error\n", ":3:3: rules: unknown rule 'deficit-languag'"),
            ("profile: x\ncolour: red\n", ":2:1: unknown key 'colour'"),
            ("rules:\n  word-count: loud\n", ":2:15: rules.word-count: 'loud' is not one of"),
            ("failOn: sometimes\n", ":1:9: failOn: 'sometimes' is not one of"),
            ("overrides:\n  - rules: {}\n", ":2:5: overrides[0]: needs 'files'"),
        ]
        for (text, expected) in cases {
            let url = try write(text)
            XCTAssertThrowsError(try Configuration.load(url.path), text) { error in
                let message = "\(error)"
                XCTAssertTrue(message.hasPrefix(url.path), message)
                XCTAssertTrue(message.contains(expected), "\(message) does not contain \(expected)")
            }
        }
    }

    func testGlobs() {
        XCTAssertTrue(Configuration.glob("*.md", matches: "a/b/essay.md"))
        XCTAssertFalse(Configuration.glob("*.md", matches: "essay.txt"))
        XCTAssertTrue(Configuration.glob("drafts/*.md", matches: "drafts/x.md"))
        XCTAssertFalse(Configuration.glob("drafts/*.md", matches: "drafts/sub/x.md"))
        XCTAssertTrue(Configuration.glob("drafts/**/*.md", matches: "drafts/sub/x.md"))
        XCTAssertTrue(Configuration.glob("drafts/**/*.md", matches: "drafts/x.md"))
        XCTAssertTrue(Configuration.glob("part?.txt", matches: "part1.txt"))
    }

    func testFoundFromTheFileFolderUpward() throws {
        let url = try write("failOn: never\n")
        let nested = url.deletingLastPathComponent().appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        XCTAssertEqual(Configuration.find(from: nested.path).map { URL(fileURLWithPath: $0).standardizedFileURL.path },
                       url.standardizedFileURL.path)
    }

    func testSeverityOverridesAndOffInTheLinter() throws {
        let document = MarkdownOrText.read("The needs of families.\n", format: .text, path: "x")
        var options = LintOptions()
        options.severities = ["deficit-language": Severity?.some(.error), "missing-heading": Severity?.none]
        let report = try Support.linter.lint(document, options: options)
        XCTAssertEqual(report.findings.filter { $0.rule == "deficit-language" }.map(\.severity), [.error])
        XCTAssertTrue(report.findings.filter { $0.rule == "missing-heading" }.isEmpty)
        options.wordConvention = .icu
        let icu = try Support.linter.lint(MarkdownOrText.read("An asset-based plan.\n", format: .text, path: "x"), options: options)
        XCTAssertEqual(icu.stats?.words, 4)
        XCTAssertEqual(icu.stats?.wordConvention, .icu)
    }
}
