import Foundation
import Yams

// Lexicons/language as sorted lines of text, for EssayLanguage's `SortedLines`:
// each table is `key TAB value` lines sorted bytewise (a key is lower case,
// apostrophes straight), looked up by halving. The WordNet tables are
// embedded as they are (their licence header kept); the hand-written YAML
// files are checked here and turned into tables, so that a run parses
// nothing:
//
//   noun-overrides.yml  -> nounOverrides   `word TAB class`, and
//                          wordnetClasses  `wordnet category TAB class`
//   function-words.yml  -> functionWords   `word TAB class,class,...` (a
//                          contraction: `contraction,never-name` and its parts)
//   construction-words.yml -> constructionWords `word TAB list,list,...`
//   fixed-phrases.yml   -> fixedPhrases    `words TAB kind TAB terms TAB reason`,
//                          every alternative of each pattern written out (kind:
//                          a compound's kind, or `idiom`)

/// The downstream noun classes (Lexicons/language/noun-overrides.yml).
let nounClasses: Set<String> = ["person", "group", "place", "organisation", "thing", "event", "document", "abstract"]

func fail(_ file: String, _ message: String) -> Never {
    FileHandle.standardError.write(Data("\(file): error: \(message)\n".utf8))
    exit(1)
}

func loadYAML(_ file: String) -> [String: Any] {
    do {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let resolver = try Resolver.default.replacing(.bool, with: "^(?:true|True|TRUE|false|False|FALSE)$")
        guard let value = try Yams.load(yaml: text, resolver) as? [String: Any] else { fail(file, "expected a map at the top level") }
        return value
    } catch {
        fail(file, "\(error)")
    }
}

/// Lower case, curly apostrophes straight.
func key(_ s: String) -> String {
    s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
}

/// Lines sorted bytewise by their key and value; a key met twice keeps its first line.
func table(_ rows: [(String, String)], header: String) -> String {
    var seen: Set<String> = []
    var unique: [(String, String)] = []
    for row in rows where !seen.contains(row.0) {
        seen.insert(row.0)
        unique.append(row)
    }
    let lines = unique.map { $0.0 + "\t" + $0.1 }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    return header + lines.joined(separator: "\n") + "\n"
}

/// A pattern of fixed-phrases.yml with every alternative written out:
/// "(needs|need) (assessment|assessments)" -> four phrases.
func expand(_ pattern: String, file: String) -> [String] {
    var parts: [[String]] = []
    var i = pattern.startIndex
    while i < pattern.endIndex {
        let c = pattern[i]
        if c == " " { i = pattern.index(after: i); continue }
        if c == "(" {
            guard let close = pattern[i...].firstIndex(of: ")") else { fail(file, "unclosed group in '\(pattern)'") }
            let inside = pattern[pattern.index(after: i)..<close]
            parts.append(inside.split(separator: "|", omittingEmptySubsequences: false).map { String($0) })
            i = pattern.index(after: close)
        } else {
            let end = pattern[i...].firstIndex(of: " ") ?? pattern.endIndex
            parts.append([String(pattern[i..<end])])
            i = end
        }
    }
    var out = [""]
    for alternatives in parts {
        out = out.flatMap { prefix in alternatives.map { alt in alt.isEmpty ? prefix : (prefix.isEmpty ? alt : prefix + " " + alt) } }
    }
    return out.map(key).filter { !$0.isEmpty }
}

func embedLanguage(output: String, files: [String]) {
    var tables: [(String, String)] = []
    for file in files.sorted() {
        let name = URL(fileURLWithPath: file).lastPathComponent
        switch name {
        case "noun-categories.tsv", "word-classes.tsv", "noun-exceptions.tsv", "verb-exceptions.tsv", "lack-labels.tsv",
             "provision-verbs.tsv", "community-places.tsv", "language-names.tsv":
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { fail(file, "cannot read the file") }
            // Check the order the lookups rely on.
            var previous: [UInt8] = []
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let k = Array(line.split(separator: "\t", omittingEmptySubsequences: false)[0].utf8)
                if !previous.isEmpty, !previous.lexicographicallyPrecedes(k) { fail(file, "lines not sorted bytewise at '\(line)'") }
                previous = k
            }
            let identifier = ["noun-categories.tsv": "nounCategories", "word-classes.tsv": "wordClasses",
                              "noun-exceptions.tsv": "nounExceptions", "verb-exceptions.tsv": "verbExceptions",
                              "lack-labels.tsv": "lackLabels", "provision-verbs.tsv": "provisionVerbs",
                              "community-places.tsv": "communityPlaces", "language-names.tsv": "languageNames"][name]!
            tables.append((identifier, text))
        case "noun-overrides.yml":
            let yaml = loadYAML(file)
            var rows: [(String, String)] = []
            for entry in yaml["overrides"] as? [[String: Any]] ?? [] {
                guard let word = entry["word"] as? String, let category = entry["category"] as? String else { fail(file, "an override needs word and category") }
                guard nounClasses.contains(category) else { fail(file, "unknown class '\(category)' for '\(word)'") }
                rows.append((key(word), category))
            }
            for (group, entries) in yaml["groups"] as? [String: Any] ?? [:] {
                guard nounClasses.contains(group), let words = (entries as? [String: Any])?["words"] as? [String] else {
                    fail(file, "groups.\(group): a known class with a list of words")
                }
                for word in words { rows.append((key(word), group)) }
            }
            // A word listed twice must agree.
            var seen: [String: String] = [:]
            for (word, category) in rows {
                if let other = seen[word], other != category { fail(file, "'\(word)' is listed as \(other) and \(category)") }
                seen[word] = category
            }
            let header = "# Lexicons/language/noun-overrides.yml as sorted lines (word TAB class); essaylint's own data.\n"
            tables.append(("nounOverrides", table(rows, header: header)))
            var wordnet: [(String, String)] = []
            for (category, target) in yaml["wordnet"] as? [String: String] ?? [:] {
                guard nounClasses.contains(target) else { fail(file, "wordnet.\(category): unknown class '\(target)'") }
                wordnet.append((category, target))
            }
            tables.append(("wordnetClasses", table(wordnet, header: "# WordNet category TAB class (noun-overrides.yml).\n")))
        case "function-words.yml":
            let yaml = loadYAML(file)
            var classes: [String: [String]] = [:]
            var order: [String] = []
            for (name, value) in yaml.sorted(by: { $0.key < $1.key }) {
                guard let words = value as? [String] else { continue }
                for word in words.map(key) {
                    if classes[word] == nil { order.append(word) }
                    classes[word, default: []].append(name == "mayBeNames" ? "may-be-name" : name)
                }
            }
            for entry in yaml["contractions"] as? [[String: Any]] ?? [] {
                guard let forms = entry["forms"] as? [String], let parts = entry["class"] as? String else { fail(file, "a contraction needs forms and class") }
                let never = (entry["neverName"] as? String) == "yes"
                for form in Set(forms.map(key)) {
                    if classes[form] == nil { order.append(form) }
                    classes[form, default: []] += ["contraction", "contraction:" + parts] + (never ? ["never-name"] : [])
                }
            }
            let rows = order.map { ($0, classes[$0]!.joined(separator: ",")) }
            tables.append(("functionWords", table(rows, header: "# Lexicons/language/function-words.yml as sorted lines (word TAB classes); essaylint's own data.\n")))
        case "construction-words.yml":
            let yaml = loadYAML(file)
            var lists: [String: [String]] = [:]
            var order: [String] = []
            for (name, value) in yaml.sorted(by: { $0.key < $1.key }) {
                guard let words = value as? [String], !words.isEmpty else { fail(file, "\(name): a list of words") }
                for word in words.map(key) {
                    if lists[word] == nil { order.append(word) }
                    if lists[word]?.contains(name) != true { lists[word, default: []].append(name) }
                }
            }
            let rows = order.map { ($0, lists[$0]!.joined(separator: ",")) }
            tables.append(("constructionWords", table(rows, header: "# Lexicons/language/construction-words.yml as sorted lines (word TAB lists); essaylint's own data.\n")))
        case "fixed-phrases.yml":
            let yaml = loadYAML(file)
            var rows: [(String, String)] = []
            for (section, kindOf) in [("compounds", { (e: [String: Any]) in e["kind"] as? String }), ("idioms", { (_: [String: Any]) in "idiom" })] {
                for entry in yaml[section] as? [[String: Any]] ?? [] {
                    guard let pattern = entry["pattern"] as? String, let term = entry["term"] as? String,
                          let reason = entry["reason"] as? String, let kind = kindOf(entry) else {
                        fail(file, "\(section): an entry needs pattern, term, reason (and a compound its kind)")
                    }
                    let clean = reason.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                    for phrase in expand(pattern, file: file) { rows.append((phrase, kind + "\t" + term + "\t" + clean)) }
                }
            }
            tables.append(("fixedPhrases", table(rows, header: "# Lexicons/language/fixed-phrases.yml, each pattern written out (words TAB kind TAB terms TAB reason); essaylint's own data.\n")))
        default:
            break
        }
    }
    var source = "// Generated by EmbedLexicons --language from Lexicons/language. Do not edit.\n\n"
    source += "enum EmbeddedLanguageData {\n"
    for (identifier, text) in tables.sorted(by: { $0.0 < $1.0 }) {
        // A multi-line raw literal: the text as it is, lines and tabs included.
        var hashes = "#"
        while text.contains("\"\"\"" + hashes) { hashes += "#" }
        source += "    static let \(identifier): String = \(hashes)\"\"\"\n\(text)\(text.hasSuffix("\n") ? "" : "\n")\"\"\"\(hashes)\n"
    }
    source += "}\n"
    let existing = try? String(contentsOfFile: output, encoding: .utf8)
    if existing != source {
        do { try source.write(toFile: output, atomically: true, encoding: .utf8) } catch { fail(output, "\(error)") }
    }
}
