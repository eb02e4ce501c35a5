import Foundation
import XCTest
@testable import EssayCore
@testable import EssayReport
@testable import EssayLint

/// The façade's `Workspace`, as a language server or a web server would use
/// it: settings per file from the nearest configuration and the front end's
/// overrides, the input checks on bytes and text in memory, reading files
/// that are not regular, and folders.
final class WorkspaceTests: XCTestCase {
    func folder(_ files: [String: String] = [:]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-ws-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static let configuration = """
        profile: family-well-being
        part: part3
        failOn: warning
        wordConvention: icu
        maxFileSize: 5000
        rules:
          long-sentence: off
        overrides:
          - files: ["drafts/*.md"]
            failOn: never
        """

    func testSettingsComeFromTheNearestConfigurationUnderTheOverrides() throws {
        let root = try folder([".essaylint.yml": WorkspaceTests.configuration, "drafts/x.md": "x"])
        let workspace = try Workspace()
        // The file need not exist: its folder's configuration applies.
        let s = try workspace.settings(for: root + "/unsaved.md").get()
        XCTAssertEqual(s.options.profile, "family-well-being")
        XCTAssertEqual(s.options.part, "part3")
        XCTAssertEqual(s.options.wordConvention, .icu)
        XCTAssertEqual(s.options.severities, ["long-sentence": Severity?.none])
        XCTAssertEqual(s.failOn, .warning)
        XCTAssertEqual(s.maxFileSize, 5000)
        XCTAssertEqual(try workspace.settings(for: root + "/drafts/x.md").get().failOn, .never)
        let over = try workspace.settings(for: root + "/drafts/x.md", overrides: Overrides(
            profile: "community-partnerships", part: "essay", wordConvention: .wordProcessor, failOn: .suggestion, maxFileSize: 10)).get()
        XCTAssertEqual([over.options.profile, over.options.part], ["community-partnerships", "essay"])
        XCTAssertEqual(over.options.wordConvention, .wordProcessor)
        XCTAssertEqual(over.failOn, .suggestion)
        XCTAssertEqual(over.maxFileSize, 10)
        XCTAssertEqual(over.options.severities, ["long-sentence": Severity?.none], "the configuration's rule severities stay")
        // No configuration: detection, error, 16 MiB.
        for none in [try Workspace(useConfiguration: false), Workspace.embeddedOnly()] {
            let d = try none.settings(for: root + "/unsaved.md").get()
            XCTAssertNil(d.options.profile)
            XCTAssertNil(d.options.part)
            XCTAssertEqual(d.options.wordConvention, .wordProcessor)
            XCTAssertEqual(d.options.severities, [:])
            XCTAssertEqual(d.failOn, .error)
            XCTAssertEqual(d.maxFileSize, 16_777_216)
        }
        // A named file applies to every path.
        let named = try Workspace(configFile: root + "/.essaylint.yml")
        XCTAssertEqual(try named.settings(for: "/elsewhere/essay.md").get().options.part, "part3")
    }

    func testSettingsErrorsSayWhy() throws {
        let root = try folder([".essaylint.yml": "rules:\n  nope: error\n"])
        let workspace = try Workspace()
        guard case .failure(let error) = workspace.settings(for: root + "/essay.md") else { return XCTFail("a broken configuration") }
        XCTAssertEqual(error.description, "configuration: \(root)/.essaylint.yml:2:3: rules: unknown rule 'nope' (`essaylint rules` lists them)")
        guard case .failure(let unknown) = Workspace.embeddedOnly().settings(for: "essay.md", overrides: Overrides(profile: "nope")) else {
            return XCTFail("an unknown profile")
        }
        XCTAssertEqual(unknown.description, "unknown profile 'nope' (known: community-partnerships, family-well-being)")
        XCTAssertThrowsError(try Workspace(configFile: root + "/missing.yml")) { error in
            XCTAssertEqual("\(error)", "\(root)/missing.yml: cannot read the configuration file")
        }
    }

    /// Uploads and editor text pass the same checks as files.
    func testBytesAndTextInMemoryAreCheckedAsFilesAre() throws {
        let workspace = Workspace.embeddedOnly()
        var settings = try workspace.settings(for: "upload.md").get()
        settings.maxFileSize = 40
        func message(_ bytes: [UInt8], _ format: DocumentFormat = .markdown) -> String? {
            workspace.lint(bytes: bytes, displayPath: "upload", format: format, settings: settings).error
        }
        XCTAssertEqual(message([]), "the file is empty")
        XCTAssertEqual(message(Array(" \t\r\n".utf8)), "the file holds only whitespace")
        XCTAssertEqual(message([0x41, 0x00, 0x42]), "a binary file, not text")
        XCTAssertEqual(message(Array(repeating: 0x41, count: 41)),
                       "the input is 41 bytes, over the limit of 40 (--max-file-size or maxFileSize in .essaylint.yml)")
        XCTAssertEqual(message([], .docx), "the file is empty")
        XCTAssertEqual(message(Array("not a zip".utf8), .docx)?.contains("ZIP"), true, "a Word document is checked by its reader")
        XCTAssertNil(message(Array("Our partners share goals.\n".utf8)))
        // Text in memory is linted as its UTF-8 bytes, as the linter itself does.
        settings.maxFileSize = Configuration.defaultMaxFileSize
        let text = "## Knowledge of the Self\n\nWe listed the needs of families.\n"
        let fromText = workspace.lint(text: text, displayPath: "doc.md", format: .markdown, settings: settings)
        let direct = settings.linter.lint(bytes: Array(text.utf8), path: "doc.md", format: .markdown, options: settings.options)
        XCTAssertEqual(JSONReporter().fileJSON(fromText), JSONReporter().fileJSON(direct))
        XCTAssertEqual(fromText.findings.filter { $0.rule == "deficit-language" }.map(\.match), ["needs"])
    }

    func testFilesThatCannotBeReadSayWhy() throws {
        let root = try folder(["essay.md": "Our partners share goals.\n", "big.md": String(repeating: "word ", count: 20)])
        XCTAssertEqual(mkfifo(root + "/pipe.md", 0o600), 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/loop.md", withDestinationPath: "loop.md")
        let workspace = Workspace.embeddedOnly()
        var settings = try workspace.settings(for: root + "/essay.md").get()
        settings.maxFileSize = 50
        func message(_ name: String) -> String? { workspace.lint(path: root + "/" + name, settings: settings).error }
        XCTAssertNil(message("essay.md"))
        XCTAssertEqual(workspace.lint(path: root + "/essay.md", displayPath: "shown.md", settings: settings).path, "shown.md")
        XCTAssertEqual(message("pipe.md"), "a named pipe (FIFO), not a file")
        XCTAssertEqual(message("loop.md"), "a symbolic link loop (to loop.md: following it never reaches a file)")
        XCTAssertEqual(message("missing.md"), "no such file")
        XCTAssertEqual(message(""), "is a folder, not a file")
        XCTAssertEqual(message("big.md"), "the file is 100 bytes, over the limit of 50 (--max-file-size or maxFileSize in .essaylint.yml)")
        XCTAssertEqual(InputChecks.read(path: "/dev/null", limit: 10), .failure(.notAFile(.characterDevice)))
        XCTAssertEqual(InputChecks.read(path: root + "/essay.md", limit: 100), .success(Array("Our partners share goals.\n".utf8)))
    }

    /// Many threads asking for settings at once share one configuration and
    /// one linter per set of lexicon folders, and each gets its own folder's.
    func testSettingsFromManyThreads() throws {
        let a = try folder([".essaylint.yml": "failOn: warning\n"])
        let b = try folder([".essaylint.yml": "failOn: never\n"])
        let workspace = try Workspace()
        let levels = IndexedResults<FailLevel?>(count: 64).run(threads: 8) { i in
            (try? workspace.settings(for: (i % 2 == 0 ? a : b) + "/essay\(i).md").get())?.failOn
        }
        XCTAssertEqual(levels, (0..<64).map { $0 % 2 == 0 ? .warning : .never })
    }

    func testFoldersAreExpandedInPathOrder() throws {
        let root = try folder(["b/two.md": "x", "a.txt": "x", "notes.pdf": "x", ".hidden/h.md": "x", "node_modules/n.md": "x", "c.html": "x"])
        XCTAssertEqual(Workspace.files(in: root).map { $0.replacingOccurrences(of: root + "/", with: "") }, ["a.txt", "b/two.md", "c.html"])
        XCTAssertEqual(Workspace.files(in: root, include: ["*.md", "*.txt"], exclude: ["a.*"]), [root + "/b/two.md"])
        XCTAssertEqual(Workspace.paths(expanding: ["-", root + "/b", "missing.md"]), ["-", root + "/b/two.md", "missing.md"])
    }
}
