import Foundation
import XCTest
@testable import EssayLint

/// Every command line goes through swift-argument-parser: the command lines
/// a gate runs (options before or after the files, `--option=value`,
/// repeats) and the ones it rejects (bad values, unknown options, no file),
/// each with its exact status, standard output and standard error. Long
/// outputs are in Tests/Fixtures/cli (recorded from the binary before the
/// one parser replaced the two; `ESSAYLINT_RECORD_CLI=1` rewrites them).
extension CLITests {
    /// Where a case's standard output is: inline, or a file in Tests/Fixtures/cli.
    enum Output {
        case text(String)
        case file(String)
    }

    struct CommandCase {
        var arguments: [String]
        var status: Int32
        var stdout: Output
        var stderr: String
        var stdin: String? = nil
    }

    static let lintUsage = "Usage: essaylint lint [<options>] [<files> ...]\n  See 'essaylint lint --help' for more information.\n"

    static var commandLines: [CommandCase] {
        let usage = lintUsage
        let formatHelp = "Help:  --format <format>  Output format: text (for people), json (for programs), sarif (SARIF 2.1.0, for code-scanning tools) or github (GitHub Actions annotations).\n"
        let sizeHelp = "Help:  --max-file-size <max-file-size>  Refuse files larger than this many bytes (default: the configuration's, else 16 MiB).\n"
        let tooLarge = "the file is 55 bytes, over the limit of 10 (--max-file-size or maxFileSize in .essaylint.yml)"
        let unknownProfile = "unknown profile 'no-such-profile' (known: community-partnerships, family-well-being)"
        return [
            CommandCase(arguments: ["draft.md"], status: 1, stdout: .file("draft.text.out"), stderr: ""),
            CommandCase(arguments: ["lint", "draft.md"], status: 1, stdout: .file("draft.text.out"), stderr: ""),
            CommandCase(arguments: ["--format", "json", "draft.md"], status: 1, stdout: .file("draft.json.out"), stderr: ""),
            CommandCase(arguments: ["--format=json", "--fail-on=never", "draft.md"], status: 0, stdout: .file("draft.json.out"), stderr: ""),
            CommandCase(arguments: ["draft.md", "--format", "json", "--fail-on", "suggestion"], status: 1, stdout: .file("draft.json.out"), stderr: ""),
            CommandCase(arguments: ["--profile", "family-well-being", "--part", "part1", "a.md"], status: 1,
                        stdout: .file("a.family-well-being-part1.text.out"), stderr: ""),
            CommandCase(arguments: ["--part=part3", "a.md"], status: 1, stdout: .file("a.part3.text.out"), stderr: ""),
            CommandCase(arguments: ["--word-convention", "icu", "--no-config", "a.md"], status: 1, stdout: .file("a.icu.text.out"), stderr: ""),
            CommandCase(arguments: ["--max-file-size", "10", "a.md"], status: 2,
                        stdout: .text("a.md: error: \(tooLarge)\n\n1 file: 0 errors, 0 warnings, 0 suggestions\n"),
                        stderr: "essaylint: a.md: \(tooLarge)\n"),
            CommandCase(arguments: ["--include", "*.md", "--exclude", "b.*", "--include", "*.txt", "."], status: 1,
                        stdout: .file("folder.text.out"), stderr: ""),
            CommandCase(arguments: ["--color", "always", "a.md"], status: 1, stdout: .file("a.color.text.out"), stderr: ""),
            CommandCase(arguments: ["--color", "never", "--format", "text", "a.md", "draft.md"], status: 1, stdout: .file("a-and-draft.text.out"), stderr: ""),
            CommandCase(arguments: ["-", "--stdin-filename", "draft.md"], status: 1, stdout: .file("stdin.text.out"), stderr: "",
                        stdin: "## Knowledge of Self\n\nOur partners share their goals.\n"),
            CommandCase(arguments: ["--profile", "no-such-profile", "a.md"], status: 2,
                        stdout: .text("a.md: error: \(unknownProfile)\n\n1 file: 0 errors, 0 warnings, 0 suggestions\n"),
                        stderr: "essaylint: a.md: \(unknownProfile)\n"),
            CommandCase(arguments: ["--config", "missing.yml", "a.md"], status: 2, stdout: .text(""),
                        stderr: "essaylint: missing.yml: cannot read the configuration file\n"),
            CommandCase(arguments: ["--format", "xml", "a.md"], status: 2, stdout: .text(""),
                        stderr: "Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'json', 'sarif' or 'github'.\n" + formatHelp + usage),
            CommandCase(arguments: ["--fail-on", "warning", "--fail-on", "never", "a.md"], status: 0, stdout: .file("a.text.out"), stderr: ""),
            CommandCase(arguments: ["--bogus", "a.md"], status: 2, stdout: .text(""), stderr: "Error: Unknown option '--bogus'\n" + usage),
            CommandCase(arguments: ["-h"], status: 0, stdout: .file("help.out"), stderr: ""),
            CommandCase(arguments: ["--format"], status: 2, stdout: .text(""),
                        stderr: "Error: Missing value for '--format <format>'\n" + formatHelp + usage),
            CommandCase(arguments: ["--max-file-size", "ten", "a.md"], status: 2, stdout: .text(""),
                        stderr: "Error: The value 'ten' is invalid for '--max-file-size <max-file-size>'\n" + sizeHelp + usage),
            CommandCase(arguments: ["--no-config=yes", "a.md"], status: 2, stdout: .text(""),
                        stderr: "Error: The option '--no-config' does not take any value, but 'yes' was specified.\n" + usage),
            CommandCase(arguments: ["--", "a.md"], status: 1, stdout: .file("a.text.out"), stderr: ""),
            CommandCase(arguments: [], status: 2, stdout: .text(""),
                        stderr: "Error: name at least one file to lint, or '-' for standard input\nUsage: essaylint <subcommand>\n  See 'essaylint --help' for more information.\n"),
            CommandCase(arguments: ["rules"], status: 0, stdout: .file("rules.out"), stderr: ""),
            CommandCase(arguments: ["--version"], status: 0, stdout: .text("0.1.0\n"), stderr: ""),
        ]
    }

    /// A folder with the bundled draft (as draft.md), a short essay and a
    /// text file, the working folder of every case (paths in the output are
    /// relative to it).
    func commandLineFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: example, toPath: folder.appendingPathComponent("draft.md").path)
        try Data("## Knowledge of Self\n\nWe listed the needs of families.\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        try Data("Plain notes.\n".utf8).write(to: folder.appendingPathComponent("b.txt"))
        return folder
    }

    func testCommandLinesUnderTheOneParser() throws {
        let folder = try commandLineFolder()
        let expected = Support.fixtures.appendingPathComponent("cli")
        let record = ProcessInfo.processInfo.environment["ESSAYLINT_RECORD_CLI"] != nil
        for line in CLITests.commandLines {
            // COLUMNS: help is wrapped to the terminal's width.
            let r = try run(line.arguments, stdin: line.stdin, environment: ["COLUMNS": "80"], cwd: folder)
            let name = "essaylint \(line.arguments.joined(separator: " "))"
            XCTAssertEqual(r.status, line.status, name + "\n" + r.stderr)
            XCTAssertEqual(r.stderr, line.stderr, name)
            switch line.stdout {
            case .text(let text):
                XCTAssertEqual(r.stdout, text, name)
            case .file(let file):
                let url = expected.appendingPathComponent(file)
                if record { try Data(r.stdout.utf8).write(to: url) }
                XCTAssertEqual(r.stdout, try String(contentsOf: url, encoding: .utf8), name + " (standard output against Tests/Fixtures/cli/\(file))")
            }
        }
    }

    /// Usage errors exit 2 (ArgumentParser's own status for them is 64),
    /// also for a subcommand's.
    func testUsageErrorsOfSubcommandsExitTwo() throws {
        let r = try run(["rules", "--format", "html"], environment: ["COLUMNS": "80"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, """
            Error: The value 'html' is invalid for '--format <format>'. Please provide one of 'text' and 'markdown'.
            Help:  --format <format>  Output format: text, or markdown (the table in the README's Rules section).
            Usage: essaylint rules [--format <format>]
              See 'essaylint rules --help' for more information.

            """)
        let explain = try run(["explain"], environment: ["COLUMNS": "80"])
        XCTAssertEqual(explain.status, 2)
        XCTAssertEqual(explain.stderr, "Error: Missing expected argument '<rule>'\nHelp:  <rule>  A rule id, as `essaylint rules` lists them.\nUsage: essaylint explain <rule>\n  See 'essaylint explain --help' for more information.\n")
    }
}

extension CLITests {
    /// The README's rules table is `essaylint rules --format markdown`, to
    /// the byte; regenerate it between the markers when a rule changes.
    func testReadmeRulesTableIsTheGeneratedOne() throws {
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "<!-- rules:start -->\n"), "README.md has no rules:start marker")
        let end = try XCTUnwrap(readme.range(of: "<!-- rules:end -->", range: start.upperBound..<readme.endIndex), "no rules:end marker")
        let r = try run(["rules", "--format", "markdown"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.stderr, "")
        XCTAssertEqual(String(readme[start.upperBound..<end.lowerBound]), r.stdout,
                       "README.md's rules table differs from `essaylint rules --format markdown`")
        let rows = r.stdout.split(separator: "\n")
        XCTAssertEqual(rows.count, 2 + Linter.ruleIDs.count)
        XCTAssertEqual(rows[2], "| `missing-heading` | error | Every competency area needs its own sub-heading; reports each competency no heading maps to, by its official title. |")
    }
}

final class RulesTableTests: XCTestCase {
    func testCellsAreEscapedAndOnOneLine() {
        let rule = Linter.RuleInfo(id: "a-rule", name: "A rule", defaultSeverity: .warning, summary: "Either this | or that,\nand more.",
                                   rationale: "", triggering: [], nonTriggering: [])
        XCTAssertEqual(Linter.rulesTable([rule]), "| rule | default severity | what it reports |\n|---|---|---|\n| `a-rule` | warning | Either this \\| or that, and more. |\n")
    }
}
