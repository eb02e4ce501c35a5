/// Small, deterministic helpers for comparing words: lower-casing with
/// apostrophes folded, a light suffix stemmer, and a bounded edit distance for
/// misspellings. They work on words ICU already found; they never split text.
enum Terms {
    /// Lower case, curly apostrophes folded to `'`.
    static func normalize(_ word: Substring) -> String {
        var out = ""
        out.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            switch scalar {
            case "’", "‘", "ʼ", "`": out.unicodeScalars.append("'")
            default: out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    static func normalize(_ word: String) -> String { normalize(Substring(word)) }

    /// Strips common English inflections so "communities", "community";
    /// "resolving", "resolve"; "listening", "listen" meet.
    static func stem(_ word: String) -> String {
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        if w.hasSuffix("'") { w.removeLast() }
        func strip(_ suffix: String, min: Int = 3, add: String = "") -> Bool {
            guard w.hasSuffix(suffix), w.count - suffix.count >= min else { return false }
            w.removeLast(suffix.count)
            w += add
            return true
        }
        if strip("ies", add: "y") {
        } else if strip("sses", add: "ss") {
        } else if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") {
        } else if strip("s") {}
        if strip("ations", min: 3) || strip("ation", min: 3) {
        } else if strip("ions", min: 4) || strip("ion", min: 4) {
        } else if strip("ings", min: 3) || strip("ing", min: 3) {
        } else if strip("ed", min: 4) {
        } else if strip("ment", min: 4) {
        } else if strip("ly", min: 4) {}
        if w.count > 4, w.hasSuffix("e") { w.removeLast() }
        if w.hasSuffix("y"), w.count > 4 { w.removeLast(); w += "i" }
        return w
    }

    /// Optimal string alignment distance, giving up past `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            previous2 = previous
            previous = current
        }
        return previous[y.count]
    }

    /// The misspellings tolerated for a word of this length.
    static func tolerance(_ length: Int) -> Int {
        length >= 9 ? 2 : length >= 5 ? 1 : 0
    }

    /// Do two stems match, allowing for misspelling?
    static func similar(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let t = tolerance(min(a.count, b.count))
        guard t > 0 else { return false }
        return distance(a, b, limit: t) <= t
    }

    static let stopwords: Set<String> = [
        "a", "about", "above", "across", "after", "again", "all", "also", "am", "among", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "during", "each", "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "might",
        "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
        "our", "ours", "out", "over", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "within", "would", "you", "your", "yours", "e.g", "eg", "may", "must", "way", "ways", "well", "what's", "it's",
        "i'm", "we're", "they're", "don't", "didn't", "able", "ability", "including", "include", "includes",
    ]

    /// Content words of a text: split on anything that is not a letter, digit,
    /// apostrophe or hyphen; hyphenated compounds give their parts too.
    static func contentWords(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let word = current.trimming("-'")
            current = ""
            guard !word.isEmpty else { return }
            let parts = word.split(separator: "-").map(String.init)
            for part in (parts.count > 1 ? parts + [] : [word]) where !stopwords.contains(part) && part.count > 1 {
                out.append(part)
            }
        }
        for ch in normalize(text) {
            if ch.isLetter || ch.isNumber || ch == "'" || ch == "-" { current.append(ch) } else { flush() }
        }
        flush()
        return out
    }
}
