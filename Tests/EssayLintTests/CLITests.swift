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

/// The built `essaylint` binary end to end: output, the JSON contract, exit
/// codes, bad input, and a copy of the binary alone in another folder.
final class CLITests: XCTestCase {
    var binary: URL { Support.productsDirectory().appendingPathComponent("essaylint") }
    var example: String { Support.packageRoot.appendingPathComponent("docs/examples/community-partnerships-draft.md").path }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// Runs the binary; one that has not finished after `timeout` seconds
    /// is killed (its status is then 9), so a test that would hang fails.
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], executable: URL? = nil, cwd: URL? = nil,
             timeout: TimeInterval = 300) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let cwd { process.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("essaylint binary not built at \(binary.path)") }
    }

    func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testJSONShapeIsExactlyTheContract() throws {
        let r = try run(["--format", "json", "--fail-on", "never", example])
        XCTAssertEqual(r.status, 0, r.stderr)
        let root = try json(r.stdout)
        XCTAssertEqual(Set(root.keys), ["schemaVersion", "tool", "files", "summary"])
        XCTAssertEqual(root["schemaVersion"] as? Int, 1)
        XCTAssertEqual(Set((root["tool"] as! [String: Any]).keys), ["name", "version"])
        XCTAssertEqual(Set((root["summary"] as! [String: Any]).keys), ["files", "errors", "warnings", "suggestions"])
        let file = (root["files"] as! [[String: Any]])[0]
        // The issue's keys, plus the additive `suppressed`, `detection`, `items` and `references`.
        XCTAssertEqual(Set(file.keys), ["path", "profile", "part", "stats", "findings", "rubric", "requirements", "error", "suppressed", "detection", "items", "references"])
        XCTAssertTrue(file["error"] is NSNull)
        XCTAssertTrue((file["detection"] as? String)?.hasPrefix("detected community-partnerships/essay from ") == true, "\(file["detection"] ?? "")")
        XCTAssertEqual(file["profile"] as? String, "community-partnerships")
        XCTAssertEqual(file["part"] as? String, "essay")
        let stats = file["stats"] as! [String: Any]
        XCTAssertEqual(Set(stats.keys), ["words", "wordConvention", "icuWords", "sentences", "paragraphs", "wordRange", "assetTerms", "deficitTerms", "sections", "noteWords"])  // noteWords: additive
        XCTAssertEqual(stats["wordConvention"] as? String, "word-processor")
        XCTAssertEqual(stats["wordRange"] as? [String: Int], ["min": 1000, "max": 1500])
        for section in stats["sections"] as! [[String: Any]] {
            XCTAssertEqual(Set(section.keys), ["heading", "line", "criterion", "words", "readingEase", "grade"])
        }
        let findings = file["findings"] as! [[String: Any]]
        XCTAssertFalse(findings.isEmpty)
        for f in findings {
            let expected: Set<String> = ["rule", "severity", "message", "line", "column", "endLine", "endColumn", "offset", "length", "suggestions", "rubric"]
            // `match` for findings at a place; `why` (additive) where a rule reads meaning (deficit-language), and
            // `suggestionsReplace` (additive, false) where its suggestions are wordings to build from.
            XCTAssertTrue([expected, expected.union(["match"]), expected.union(["match", "why"]), expected.union(["match", "why", "suggestionsReplace"])]
                .contains(Set(f.keys)), "\(f.keys)")
            if let replace = f["suggestionsReplace"] { XCTAssertEqual(replace as? Bool, false) }
            if f["rule"] as? String == "deficit-language", f["match"] != nil { XCTAssertNotNil(f["why"] as? String, "a deficit finding says why") }
            XCTAssertTrue(["error", "warning", "suggestion"].contains(f["severity"] as! String))
            for t in f["rubric"] as! [[String: Any]] { XCTAssertEqual(Set(t.keys), ["criterion", "ceiling", "descriptor"]) }
        }
        for r in file["rubric"] as! [[String: Any]] {
            // The issue's keys, plus the additive `elements`, `estimate` and `evidence`.
            XCTAssertEqual(Set(r.keys), ["criterion", "title", "risk", "ceiling", "findings", "words", "elements", "estimate", "evidence"])
            for e in r["evidence"] as! [[String: Any]] {
                XCTAssertEqual(Set(e.keys), ["id", "level", "words", "shown", "evidence"])
                if let at = e["evidence"] as? [String: Any] {
                    XCTAssertEqual(Set(at.keys), ["line", "column", "endLine", "endColumn", "match"])
                    XCTAssertEqual(e["shown"] as? Bool, true)
                } else {
                    XCTAssertEqual(e["shown"] as? Bool, false)
                }
            }
            XCTAssertTrue(["none", "low", "medium", "high"].contains(r["risk"] as! String))
        }
        for r in file["requirements"] as! [[String: Any]] { XCTAssertEqual(Set(r.keys), ["id", "met", "detail"]) }
    }

    func testMatchOffsetsPointIntoTheFileBytes() throws {
        let bytes = Array("\u{FEFF}Caf\u{E9} 🎉 “quoted”.\r\nThe needs of families came first.\r\n".utf8)
        let path = try temp("draft.txt", bytes)
        let r = try run(["--format", "json", "--fail-on", "never", path])
        let f = ((try json(r.stdout)["files"] as! [[String: Any]])[0]["findings"] as! [[String: Any]]).first { $0["rule"] as? String == "deficit-language" && $0["match"] != nil }!
        XCTAssertEqual(f["match"] as? String, "needs")
        XCTAssertEqual(f["line"] as? Int, 2)
        XCTAssertEqual(f["column"] as? Int, 5)
        XCTAssertEqual(f["endColumn"] as? Int, 10)
        let offset = f["offset"] as! Int, length = f["length"] as! Int
        XCTAssertEqual(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self), "needs")
    }

    func testTextOutputAndExitCodes() throws {
        let r = try run([example])
        XCTAssertEqual(r.status, 1, "the bundled draft has error-level findings")
        XCTAssertTrue(r.stdout.contains("community-partnerships-draft.md:"), r.stdout)
        XCTAssertFalse(r.stdout.contains("\u{1B}["), "no colour when not a terminal")
        XCTAssertTrue(r.stdout.contains("criterion  risk"))
        XCTAssertEqual(try run(["--fail-on", "never", example]).status, 0)
        let colour = try run(["--color", "always", example])
        XCTAssertTrue(colour.stdout.contains("\u{1B}["))
        let noColour = try run(["--color", "auto", example], environment: ["NO_COLOR": "1"])
        XCTAssertFalse(noColour.stdout.contains("\u{1B}["))
    }

    func testFailOnLevels() throws {
        let path = try temp("short.md", Array("## Knowledge of the Self\n\nWe listed the needs of families.\n".utf8))
        XCTAssertEqual(try run(["--fail-on", "error", path]).status, 1)   // missing headings, word count
        // Clean: it also cites the literature and points to an artifact (else two suggestions).
        let clean = try temp("clean.md", Array((ExampleEssay.markdown(words: 115, insert: [0: "As Bringle et al. (2009) argue, partners grow closer (see Artifact 1)."]) + "\n").utf8))
        XCTAssertEqual(try run(["--fail-on", "error", clean]).status, 0)
        // Filler shows no rubric element: suggestions only.
        XCTAssertEqual(try run(["--fail-on", "warning", clean]).status, 0)
        XCTAssertEqual(try run(["--fail-on", "suggestion", clean]).status, 1)
        let oneWarning = try temp("warn.md", Array((ExampleEssay.markdown(words: 115, replacing: [0: "The needs of families. " + ExampleEssay.filler(110)]) + "\n").utf8))
        XCTAssertEqual(try run(["--fail-on", "error", oneWarning]).status, 0)
        XCTAssertEqual(try run(["--fail-on", "warning", oneWarning]).status, 1)
        XCTAssertEqual(try run(["--fail-on", "never", oneWarning]).status, 0)
    }

    func testStandardInputWithFilename() throws {
        let r = try run(["--format", "json", "--fail-on", "never", "--stdin-filename", "draft.md", "-"], stdin: "## Resolving Conflicts\n\nThe **problems** began.\n")
        let file = (try json(r.stdout)["files"] as! [[String: Any]])[0]
        XCTAssertEqual(file["path"] as? String, "draft.md")
        let stats = file["stats"] as! [String: Any]
        XCTAssertEqual(stats["words"] as? Int, 5)
        let sections = stats["sections"] as! [[String: Any]]
        XCTAssertEqual(sections.first?["criterion"] as? String, "C7")
    }

    func testBadInputIsReportedAndOthersStillLinted() throws {
        let good = try temp("good.md", Array("## Resolving Conflicts\n\nWe talked.\n".utf8))
        let invalid = try temp("bad.txt", Array("fine ".utf8) + [0xFF, 0xFE, 0x00, 0x41])
        let empty = try temp("empty.md", [])
        let r = try run(["--format", "json", good, "/no/such/file.md", invalid, empty])
        XCTAssertEqual(r.status, 2)
        let files = try json(r.stdout)["files"] as! [[String: Any]]
        XCTAssertEqual(files.count, 4)
        XCTAssertTrue(files[0]["error"] is NSNull)
        XCTAssertEqual((files[1]["error"] as? [String: String])?["message"], "no such file")
        XCTAssertNotNil(files[2]["error"] as? [String: String])
        XCTAssertEqual((files[3]["error"] as? [String: String])?["message"], "the file is empty")
        XCTAssertTrue(r.stderr.contains("/no/such/file.md: no such file"), r.stderr)
        XCTAssertTrue(r.stderr.contains("bad.txt"), r.stderr)
        let invalidUTF8 = try temp("latin1.txt", Array("caf".utf8) + [0xE9, 0x20, 0x61])
        let single = try run([invalidUTF8])
        XCTAssertEqual(single.status, 2)
        XCTAssertTrue(single.stderr.contains("invalid UTF-8 at byte offset 3"), single.stderr)
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run(["--format", "yaml", example]).status, 2)
        XCTAssertEqual(try run([]).status, 2)
        XCTAssertEqual(try run(["--profile", "nope", example]).status, 2)
        XCTAssertEqual(try run(["--help"]).status, 0)
    }

    func testRulesAndExplain() throws {
        let rules = try run(["rules"])
        XCTAssertEqual(rules.status, 0)
        for id in RuleRegistry.ids { XCTAssertTrue(rules.stdout.contains(id), id) }
        let explain = try run(["explain", "deficit-language"])
        XCTAssertEqual(explain.status, 0)
        XCTAssertTrue(explain.stdout.contains("C4"), explain.stdout)
        XCTAssertEqual(try run(["explain", "no-such-rule"]).status, 2)
    }

    /// The binary carries its lexicons: a copy alone in an empty folder, run
    /// from elsewhere, lints the same.
    func testCopiedBinaryIsSelfContained() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("essaylint")
        try FileManager.default.copyItem(at: binary, to: copy)
        let original = try run(["--format", "json", "--fail-on", "never", example])
        let copied = try run(["--format", "json", "--fail-on", "never", example], executable: copy, cwd: FileManager.default.temporaryDirectory)
        XCTAssertEqual(copied.status, 0, copied.stderr)
        XCTAssertEqual(copied.stdout, original.stdout)
    }

    /// `essaylint explain-finding FILE` lists every deficit-language
    /// candidate with its decision and why.
    func testExplainFindingListsEveryCandidate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("e.md")
        try Data("## Connecting Campus and Community Assets\n\nWe listed the needs of the families. The issue with the projector was a cable.\n".utf8).write(to: file)
        let r = try run(["explain-finding", "--no-config", "--profile", "community-partnerships", "--part", "essay", file.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            \(file.path):3:15: flagged “needs” (need): frames ‘families’ (a group of people) by lack: of-complement
            \(file.path):3:42: not flagged “issue” (issue): about ‘projector’ (a thing), not people: with-complement

            """)
        let missing = try run(["explain-finding", folder.appendingPathComponent("absent.md").path])
        XCTAssertEqual(missing.status, 2)
    }
}

extension CLITests {
    func testConfigurationIsFoundAndFlagsOverrideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-cfg-\(UUID().uuidString)")
        let sub = folder.appendingPathComponent("drafts")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "failOn: never\nrules:\n  deficit-language: error\n".write(to: folder.appendingPathComponent(".essaylint.yml"), atomically: true, encoding: .utf8)
        let essay = sub.appendingPathComponent("draft.md")
        try "The needs of families.\n".write(to: essay, atomically: true, encoding: .utf8)
        let r = try run(["--format", "json", essay.path])
        XCTAssertEqual(r.status, 0, "failOn: never from the configuration")
        let findings = ((try json(r.stdout)["files"] as! [[String: Any]])[0]["findings"] as! [[String: Any]])
        XCTAssertEqual(findings.first { $0["rule"] as? String == "deficit-language" }?["severity"] as? String, "error")
        XCTAssertEqual(try run(["--fail-on", "error", essay.path]).status, 1, "the flag overrides the file")
        XCTAssertEqual(try run(["--no-config", "--fail-on", "warning", essay.path]).status, 1)
        let broken = folder.appendingPathComponent("broken.yml")
        try "rules:\n  nope: error\n".write(to: broken, atomically: true, encoding: .utf8)
        let bad = try run(["--config", broken.path, essay.path])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("broken.yml:2:3"), bad.stderr)
    }

    func testInitWritesAStarterThatLoads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertEqual(try run(["init"], cwd: folder).status, 0)
        XCTAssertNoThrow(try Configuration.load(folder.appendingPathComponent(".essaylint.yml").path))
        XCTAssertEqual(try run(["init"], cwd: folder).status, 2, "does not overwrite without --force")
        XCTAssertEqual(try run(["init", "--force"], cwd: folder).status, 0)
        let profiles = try run(["profiles"])
        XCTAssertTrue(profiles.stdout.contains("community-partnerships"))
        XCTAssertTrue(profiles.stdout.contains("essay"))
    }
}

extension CLITests {
    /// The same files give the same report in every run. Each process hashes
    /// with its own seed, so anything that follows a dictionary's or a set's
    /// order (once: the order of a competency's heading keywords, which
    /// decided which cue took a heading word) shows up as runs that differ.
    func testSameInputSameReportInEveryRun() throws {
        let folders = ["essays", "fwb"].map { Support.fixtures.appendingPathComponent($0).path }
        var outputs = Set<String>()
        for _ in 0..<6 {
            let r = try run(["--format", "json", "--fail-on", "never"] + folders, environment: ["SWIFT_DETERMINISTIC_HASHING": ""])
            XCTAssertEqual(r.status, 0, r.stderr)
            outputs.insert(r.stdout)
        }
        XCTAssertEqual(outputs.count, 1, "reports differ between runs of the same files")
    }

    func testFolderIsLintedInAStableOrderWithGlobs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b/.hidden"), withIntermediateDirectories: true)
        for (name, text) in [("b/two.md", "## Resolving Conflicts\n\nWe talked.\n"), ("a.txt", "The needs of families.\n"),
                             ("b/.hidden/skip.md", "hidden\n"), ("notes.pdf", "x"), ("c.md", "")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let r = try run(["--format", "json", folder.path])
        XCTAssertEqual(r.status, 2, "c.md is empty")
        let files = try json(r.stdout)["files"] as! [[String: Any]]
        XCTAssertEqual(files.map { ($0["path"] as! String).replacingOccurrences(of: folder.path + "/", with: "") }, ["a.txt", "b/two.md", "c.md"])
        XCTAssertEqual((files[2]["error"] as? [String: String])?["message"], "the file is empty")
        let only = try run(["--format", "json", "--include", "*.md", "--exclude", "c.md", "--fail-on", "never", folder.path])
        XCTAssertEqual(only.status, 0)
        XCTAssertEqual((try json(only.stdout)["files"] as! [[String: Any]]).count, 1)
    }

    /// Family Well-Being documents: the part is detected and said, a missing
    /// count fails the gate, and an action plan linted with its asset map
    /// checks its community partner against the map's assets.
    func testFamilyWellBeingPartsDetectedAndGated() throws {
        let folder = Support.fixtures.appendingPathComponent("fwb").path
        let r = try run(["--format", "json", folder + "/asset-map-complete.md", folder + "/needs-assessment-short.txt"])
        XCTAssertEqual(r.status, 1, r.stderr)
        let files = try json(r.stdout)["files"] as! [[String: Any]]
        XCTAssertEqual(files.map { $0["part"] as? String }, ["asset-map", "needs-assessment"])
        let requirements = files[1]["requirements"] as! [[String: Any]]
        XCTAssertEqual(requirements.first { $0["id"] as? String == "questions" }?["met"] as? Bool, false)
        XCTAssertEqual((files[0]["items"] as? [String])?.count, 6)
        // A part named without its profile is the profile's that has it; nothing is detected.
        let named = try json(try run(["--format", "json", "--fail-on", "never", "--part", "asset-map", folder + "/part1-complete.md"]).stdout)["files"] as! [[String: Any]]
        XCTAssertEqual([named[0]["profile"] as? String, named[0]["part"] as? String], ["family-well-being", "asset-map"])
        XCTAssertTrue(named[0]["detection"] is NSNull)

        let text = try run(["--no-config", folder + "/action-plan-gaps.txt", folder + "/asset-map-gaps.txt"])
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stdout.contains("detected family-well-being/action-plan"), text.stdout)
        XCTAssertTrue(text.stdout.contains("no stakeholder is named on the asset map"), text.stdout)
    }

    /// A folder with a Word document and a broken one: the good one is
    /// linted, the broken one says why, the JSON stays valid, exit 2.
    func testFolderWithWordDocuments() throws {
        let good = try temp("essay.docx", try DocxTests.docx(["word/document.xml": DocxTests.document(DocxTests.body), "word/styles.xml": DocxTests.styles]))
        let folder = (good as NSString).deletingLastPathComponent
        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: folder + "/broken.docx"))
        let r = try run(["--format", "json", "--profile", "community-partnerships", folder])
        XCTAssertEqual(r.status, 2)
        let files = try json(r.stdout)["files"] as! [[String: Any]]
        XCTAssertEqual(files.map { ($0["path"] as! NSString).lastPathComponent }, ["broken.docx", "essay.docx"])
        XCTAssertTrue(((files[0]["error"] as? [String: Any])?["message"] as? String)?.contains("ZIP") == true)
        XCTAssertEqual((files[1]["stats"] as? [String: Any])?["words"] as? Int, 35)
        XCTAssertTrue(r.stderr.contains("broken.docx"))
    }

    /// A file over the size limit is refused with the sizes; the limit is a flag or a configuration key.
    func testFileSizeLimit() throws {
        let path = try temp("big.md", Array(("## Knowledge of the Self\n\n" + ExampleEssay.filler(200) + "\n").utf8))
        let r = try run(["--format", "json", "--max-file-size", "100", path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("over the limit of 100"), r.stderr)
        let files = try json(r.stdout)["files"] as! [[String: Any]]
        XCTAssertTrue(((files[0]["error"] as? [String: Any])?["message"] as? String)?.contains("bytes, over the limit") == true)
        let folder = (path as NSString).deletingLastPathComponent
        try "maxFileSize: 100\n".write(toFile: folder + "/.essaylint.yml", atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["--fail-on", "never", path]).status, 2)
        XCTAssertEqual(try run(["--fail-on", "never", "--max-file-size", "100000", path]).status, 0)
    }

    /// A broken symbolic link in a folder is reported by name and reason; the other files are linted.
    func testBrokenSymbolicLinkInAFolder() throws {
        let good = try temp("essay.md", Array(("## Knowledge of the Self\n\n" + ExampleEssay.filler(50) + "\n").utf8))
        let folder = (good as NSString).deletingLastPathComponent
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.md", withDestinationPath: folder + "/missing-target.md")
        let r = try run(["--format", "json", "--fail-on", "never", folder])
        XCTAssertEqual(r.status, 2)
        let files = try json(r.stdout)["files"] as! [[String: Any]]
        XCTAssertEqual(files.count, 2)
        let broken = try XCTUnwrap(files.first { ($0["path"] as! String).hasSuffix("gone.md") })
        XCTAssertTrue(((broken["error"] as? [String: Any])?["message"] as? String)?.contains("broken symbolic link") == true)
        XCTAssertTrue(r.stderr.contains("gone.md: a broken symbolic link"), r.stderr)
    }
}
