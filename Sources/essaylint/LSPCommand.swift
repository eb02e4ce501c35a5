import ArgumentParser
import EssayLint
import EssayLSP
import Foundation

/// `essaylint lsp`: the language server over standard input and output.
/// Each document is configured as a file linted from the command line is
/// (its folder's `.essaylint.yml`, under these options).
struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17) on standard input and output, for editors.",
        discussion: "Exit status: 0 after the client's shutdown and exit, 1 when the input ends or exit comes without shutdown, 2 for a usage or configuration error.")

    @Flag(help: "Talk over standard input and output (the only transport; accepted because clients pass it).")
    var stdio = false

    @Option(help: "The credential profile for every document (default: each document's configuration's, else detected).")
    var profile: String?

    @Option(help: "The part of the credential for every document (default: the configuration's, else detected).")
    var part: String?

    @Option(name: .customLong("word-convention"), help: "How words are counted: word-processor or icu.")
    var wordConvention: WordConvention?

    @Option(help: "A configuration file to use instead of each document's nearest .essaylint.yml.")
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .essaylint.yml files.")
    var noConfig = false

    @Option(name: .customLong("lexicons"), help: "An extra folder of lexicons and profiles (profiles under profiles/); its files take precedence.")
    var lexicons: [String] = []

    func run() throws {
        let workspace: Workspace
        do {
            workspace = try Workspace(configFile: config, useConfiguration: !noConfig, lexiconFolders: lexicons)
        } catch {
            writeError("\(error)")
            throw ExitCode(Exit.trouble)
        }
        let overrides = Overrides(profile: profile, part: part, wordConvention: wordConvention)
        throw ExitCode(LanguageServer.serveStandardIO(workspace: workspace, overrides: overrides, version: essaylintVersion))
    }
}
