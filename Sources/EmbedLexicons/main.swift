import Foundation
import Yams
import EssayCore

// Build-time tool: EmbedLexicons LEXICON_ROOT OUTPUT.swift FILE.yml...
// Parses each YAML file (a syntax error fails the build, naming file, line and
// column) and writes a Swift source holding each file's content as JSON.
// With --language first: Lexicons/language's files as sorted lines of text
// (LanguageTables.swift).

var arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "--language" {
    arguments.remove(at: 1)
    guard arguments.count >= 3 else {
        FileHandle.standardError.write(Data("usage: EmbedLexicons --language LEXICON_ROOT OUTPUT FILE...\n".utf8))
        exit(2)
    }
    embedLanguage(output: arguments[2], files: Array(arguments.dropFirst(3)))
    exit(0)
}
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: EmbedLexicons LEXICON_ROOT OUTPUT FILE...\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
let output = arguments[2]

func json(_ value: Any?) -> Any {
    switch value {
    case nil: return NSNull()
    case let dictionary as [String: Any]: return dictionary.mapValues { json($0) }
    case let dictionary as [AnyHashable: Any]:
        var out: [String: Any] = [:]
        for (key, item) in dictionary { out["\(key)"] = json(item) }
        return out
    case let array as [Any]: return array.map { json($0) }
    case let array as [Any?]: return array.map { json($0) }
    case let date as Date: return ISO8601DateFormatter().string(from: date)
    case let data as Data: return data.base64EncodedString()
    case let value?: return value
    }
}

/// Each criterion's content vocabulary (tf-idf weights of stems, and each
/// vector's norm), as `ContentVocabulary.init(criteria:)` computes it at run
/// time from the same fields with the same `Terms` (TermMatching.swift is
/// shared with the library). Computed here it costs a run nothing;
/// ResourceTests checks that both agree.
func vocabulary(_ criteria: [[String: Any]]) -> [String: Any] {
    let counts = criteria.map { c in
        let levels = (c["levels"] as? [[String: Any]] ?? []).map { $0["descriptor"] as? String ?? "" }
        let texts = [c["title"] as? String ?? "", c["rubricTitle"] as? String ?? "", c["description"] as? String ?? ""]
            + (c["guidingQuestions"] as? [String] ?? []) + levels
        let keywords = ((c["heading"] as? [String: Any])?["keywords"] as? [String: Any] ?? [:])
            .mapValues { ($0 as? NSNumber)?.doubleValue ?? 0 }
        return Terms.termCounts(texts: texts, keywords: keywords)
    }
    let (weights, norms) = Terms.tfidf(counts)
    return ["weights": weights, "norms": norms]
}

/// A profile the build cannot embed as it stands, and why.
struct EmbedError: Error, CustomStringConvertible {
    var description: String
}

var entries: [(String, String)] = []
for path in arguments.dropFirst(3).sorted() {
    let full = URL(fileURLWithPath: path).standardizedFileURL.path
    var relative = full
    if full.hasPrefix(root + "/") { relative = String(full.dropFirst(root.count + 1)) }
    do {
        let text = try String(contentsOfFile: full, encoding: .utf8)
        // YAML 1.2 booleans only: "no", "on", "yes" and "off" stay words, as
        // they do when essaylint decodes a YAML file at run time.
        let resolver = try Resolver.default.replacing(.bool, with: "^(?:true|True|TRUE|false|False|FALSE)$")
        let value = try Yams.load(yaml: text, resolver)
        let data = try JSONSerialization.data(withJSONObject: json(value), options: [.sortedKeys, .fragmentsAllowed])
        entries.append((relative, String(decoding: data, as: UTF8.self)))
        // A lexicon's id, so that a run decodes only the lexicons it uses.
        if !relative.hasPrefix("profiles/"), let lexicon = json(value) as? [String: Any], let id = lexicon["id"] as? String {
            let idData = try JSONSerialization.data(withJSONObject: ["id": id], options: [.sortedKeys])
            entries.append((relative + "#lexicon", String(decoding: idData, as: UTF8.self)))
        }
        // A profile's index: what choosing a part needs, so that a run decodes
        // only the profiles it uses.
        if relative.hasPrefix("profiles/"), let profile = json(value) as? [String: Any] {
            let parts = (profile["parts"] as? [[String: Any]] ?? []).map { part in
                part.filter { ["id", "title", "detect", "headingPerCriterion", "wordRange"].contains($0.key) }
            }
            var index: [String: Any] = ["file": relative, "parts": parts]
            index["id"] = profile["id"]
            index["name"] = profile["name"]
            let indexData = try JSONSerialization.data(withJSONObject: index, options: [.sortedKeys])
            entries.append((relative + "#index", String(decoding: indexData, as: UTF8.self)))
            if let criteria = profile["criteria"] as? [[String: Any]] {
                let vocabularyData = try JSONSerialization.data(withJSONObject: vocabulary(criteria), options: [.sortedKeys])
                entries.append((relative + "#vocabulary", String(decoding: vocabularyData, as: UTF8.self)))
                // The evidence phrases stemmed (StemmedWordings), and the profile
                // without them, which is what a run decodes.
                let full = try JSONSerialization.data(withJSONObject: profile, options: [.sortedKeys])
                let decoded = try JSONDecoder().decode(CredentialProfile.self, from: full)
                // A concept's or a count's name is kept as written: it must not hold the separator.
                for element in decoded.criteria.flatMap({ $0.elements ?? [] }) {
                    for phrase in element.allWordings.joined().joined() where (phrase.hasPrefix("@") || phrase.hasPrefix("#")) && phrase.contains("|") {
                        throw EmbedError(description: "element \(element.id): the evidence phrase '\(phrase)' holds a '|'")
                    }
                }
                let stemmed = StemmedWordings(decoded)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                entries.append((relative + "#stemmed", String(decoding: try encoder.encode(stemmed), as: UTF8.self)))
                var light = profile
                light["concepts"] = nil
                light["criteria"] = criteria.map { criterion in
                    var c = criterion
                    if let elements = c["elements"] as? [[String: Any]] {
                        c["elements"] = elements.map { $0.filter { $0.key != "evidence" && $0.key != "wordings" } }
                    }
                    return c
                }
                let lightData = try JSONSerialization.data(withJSONObject: light, options: [.sortedKeys])
                entries.append((relative + "#light", String(decoding: lightData, as: UTF8.self)))
            }
        }
    } catch let error as YamlError {
        FileHandle.standardError.write(Data("\(full): error: \(error)\n".utf8))
        exit(1)
    } catch {
        FileHandle.standardError.write(Data("\(full): error: \(error)\n".utf8))
        exit(1)
    }
}

func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) { hashes += "#" }
    return hashes + "\"" + text + "\"" + hashes
}

var source = "// Generated by EmbedLexicons from Lexicons/*.yml. Do not edit.\n\n"
source += "enum EmbeddedLexicons {\n    /// Path relative to Lexicons/, and the file's content as JSON.\n"
source += "    static let files: [(path: String, json: String)] = [\n"
for (path, body) in entries {
    source += "        (\(literal(path)), \(literal(body))),\n"
}
source += "    ]\n}\n"

let existing = try? String(contentsOfFile: output, encoding: .utf8)
if existing != source {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
}
