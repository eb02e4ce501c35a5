import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

extension LintContext {
    package func criterion(_ id: String) -> Criterion? { profile.criterion(id) }

    package func heading(_ index: Int) -> Heading { document.headings[index] }
}

/// Builds example essays for rule descriptions: a heading per competency with
/// enough neutral prose under each.
package enum ExampleEssay {
    package static let titles = [
        "Knowledge of the Self", "Knowledge of the Community", "Initiating and Maintaining Effective Partnerships",
        "Connecting Campus and Community Assets", "Communicating Across Roles and Boundaries",
        "Involving Partners in Reflection and Assessment", "Resolving Conflicts",
        "Developing Authentic Relationships in the Life of the Community", "Reflecting on Power Relations",
    ]

    /// A paragraph of `words` words.
    package static func filler(_ words: Int) -> String {
        let base = ["We", "met", "every", "week", "at", "the", "library", "branch", "and", "planned", "the", "next",
                    "session", "together", "with", "residents", "who", "shared", "what", "they", "hoped", "to", "build."]
        return (0..<words).map { base[$0 % base.count] }.joined(separator: " ")
    }

    /// One sentence of `words` words.
    package static func sentence(words: Int) -> String {
        let base = ["we", "met", "every", "week", "at", "the", "library", "branch", "and", "planned", "the", "next",
                    "session", "together", "with", "residents", "who", "shared", "what", "they", "hoped", "to", "build"]
        let body = (0..<words).map { base[$0 % base.count] }.joined(separator: " ")
        return "W" + body.dropFirst() + "."
    }

    /// The nine sections of `words` words, with a sentence added at the end of some.
    package static func markdown(words: Int, insert: [Int: String]) -> String {
        markdown(titles, words: words, replacing: insert.mapValues { filler(words) + " " + $0 })
    }

    /// A Markdown essay with the given headings (nil leaves a competency out),
    /// each followed by `words` words.
    package static func markdown(_ headings: [String?] = titles, words: Int = 90, replacing: [Int: String] = [:]) -> String {
        var out = ""
        for (i, h) in headings.enumerated() {
            guard let h = h else { continue }
            out += "## \(h)\n\n" + (replacing[i] ?? filler(words)) + "\n\n"
        }
        return out
    }
}
