import Foundation
import PackagePlugin

/// Embeds the data under `Lexicons/` into the library at build time, so that a
/// copied `essaylint` binary lints with the bundled data wherever it runs.
/// Editing a file is enough: the build notices the changed input and embeds it
/// again.
///
/// - EssayProfiles: every YAML file (profiles, lexicons, word lists) outside
///   `Lexicons/language/`, converted to JSON.
/// - EssayLanguage: the language data of `Lexicons/language/` as sorted lines
///   of text (the WordNet tables as they are; the hand-written YAML files
///   turned into sorted lines by the tool), looked up by halving at run time:
///   nothing is parsed when essaylint starts.
@main
struct EmbedLexiconsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexicons = context.package.directoryURL.appending(path: "Lexicons")
        let language = target.name == "EssayLanguage"
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: lexicons, includingPropertiesForKeys: nil) {
            for case let url as URL in walker {
                let inLanguage = url.path.hasPrefix(lexicons.path + "/language/")
                if language {
                    if inLanguage, ["yml", "yaml", "tsv"].contains(url.pathExtension) { inputs.append(url) }
                } else if !inLanguage, ["yml", "yaml"].contains(url.pathExtension) {
                    inputs.append(url)
                }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: language ? "EmbeddedLanguageData.swift" : "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: language ? "Embedding \(inputs.count) language data files" : "Embedding \(inputs.count) lexicon files",
                executable: try context.tool(named: "EmbedLexicons").url,
                arguments: (language ? ["--language"] : []) + [lexicons.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
