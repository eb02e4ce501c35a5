import ArgumentParser
import EssayLint
import Foundation

let essaylintVersion = "0.1.0"

struct EssayLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "essaylint",
        abstract: "Lint a micro-credential application essay before you submit it.",
        discussion: "Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage, input or configuration error.",
        version: essaylintVersion,
        subcommands: [Lint.self, Rules.self, Explain.self, ExplainFinding.self, Profiles.self, Init.self, Serve.self, LSP.self],
        defaultSubcommand: Lint.self
    )
}

/// Exit statuses of the gate.
enum Exit {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let trouble: Int32 = 2
}

func writeError(_ message: String) {
    FileHandle.standardError.write(Data(("essaylint: " + message + "\n").utf8))
}

Timing.mark("start")
Linter.startLoading()
do {
    var command = try EssayLintCommand.parseAsRoot(Array(CommandLine.arguments.dropFirst()))
    try command.run()
} catch let exitCode as ExitCode {
    // The gate's own statuses, without asking ArgumentParser.
    exit(exitCode.rawValue)
} catch {
    // Help, the version and completion scripts are printed and exit 0.
    if EssayLintCommand.exitCode(for: error) == .success { EssayLintCommand.exit(withError: error) }
    // ArgumentParser exits 64 on usage errors; the gate's contract is 2.
    let message = EssayLintCommand.fullMessage(for: error)
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(Exit.trouble)
}
