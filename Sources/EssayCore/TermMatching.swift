import Foundation

/// Small, deterministic helpers for comparing words: lower-casing with
/// apostrophes folded, a light suffix stemmer, and a bounded edit distance for
/// misspellings. They work on words ICU already found; they never split text.
package enum Terms {
    /// FNV-1a over a string's UTF-8 bytes (month names, phrase stems).
    package static func hash<S: StringProtocol>(_ s: S) -> UInt64 { hash(bytes: s.utf8) }

    package static func hash(_ bytes: [UInt8]) -> UInt64 { hash(bytes: bytes) }

    package static func hash<B: Sequence<UInt8>>(bytes: B) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Lower case, curly apostrophes folded to `'`.
    package static func normalize(_ word: Substring) -> String {
        // Fast path: ASCII only.
        var ascii = true
        for b in word.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return String(decoding: word.utf8.map(foldASCII), as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(foldASCII(UInt8(v)))
            } else if v == 0x2019 || v == 0x2018 || v == 0x02BC {
                bytes.append(0x27)
            } else if scalar.properties.changesWhenLowercased {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    package static func normalize(_ word: String) -> String { normalize(Substring(word)) }

    /// A word's bytes as `normalize` writes them, read straight from its
    /// UTF-16 units when they are ASCII (almost every word; curly apostrophes
    /// included), else through `normalize`: no String is made for most words.
    package static func normalizedBytes(_ units: ArraySlice<UInt16>, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        for u in units {
            if u >= 0x80 {
                if u == 0x2019 || u == 0x2018 { bytes.append(0x27); continue }
                bytes = Array(normalize(SourceText.string(units)).utf8)
                return
            }
            bytes.append(foldASCII(UInt8(u)))
        }
    }

    /// An ASCII byte as `normalize` writes it: lower case, ` as '.
    @inline(__always)
    package static func foldASCII(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b == 0x60 ? 0x27 : b }

    /// Strips common English inflections so "communities", "community";
    /// "resolving", "resolve"; "listening", "listen" meet.
    package static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        stem(bytes: &w)
        return String(decoding: w, as: UTF8.self)
    }

    /// The stem of a lower-cased word's UTF-8 bytes, in place.
    package static func stem(bytes w: inout [UInt8]) {
        let a = UInt8(ascii: "a"), d = UInt8(ascii: "d"), e = UInt8(ascii: "e"), g = UInt8(ascii: "g"), i = UInt8(ascii: "i"),
            l = UInt8(ascii: "l"), m = UInt8(ascii: "m"), n = UInt8(ascii: "n"), o = UInt8(ascii: "o"), s = UInt8(ascii: "s"),
            t = UInt8(ascii: "t"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), q = UInt8(ascii: "'")
        // The byte `k` places from the end (1 is the last), or 0 past the start.
        func end(_ k: Int) -> UInt8 { w.count >= k ? w[w.count - k] : 0 }
        func drop(_ k: Int, min: Int) -> Bool {
            guard w.count - k >= min else { return false }
            w.removeLast(k)
            return true
        }
        // A possessive's ending; then a plural's: -ies to -y, -sses to -ss,
        // -ss, -us and -is kept, else -s (each leaving a stem of 3 or more).
        // The byte tests below spell the suffixes backwards from the end.
        if end(1) == s, end(2) == q { w.removeLast(2) }
        if end(1) == q { w.removeLast() }
        if end(1) == s {
            if end(2) == e, end(3) == i, w.count - 3 >= 3 {
                w.removeLast(3); w.append(y)
            } else if end(2) == e, end(3) == s, end(4) == s, w.count - 4 >= 3 {
                w.removeLast(2)
            } else if end(2) == s || end(2) == u || end(2) == i {
            } else if w.count - 1 >= 3 {
                w.removeLast()
            }
        }
        // One ending more: -ation(s), -ion(s), -ing(s), -ed, -ment, -ly, as
        // long as the stem left is long enough. Most words end in none of
        // the letters these end in and skip the step.
        switch end(1) {
        case s, n, g, d, t, y:
            let ation = end(5) == a && end(4) == t && end(3) == i && end(2) == o && end(1) == n
            let ations = end(1) == s && end(6) == a && end(5) == t && end(4) == i && end(3) == o && end(2) == n
            let ion = end(3) == i && end(2) == o && end(1) == n
            let ions = end(1) == s && end(4) == i && end(3) == o && end(2) == n
            let ing = end(3) == i && end(2) == n && end(1) == g
            let ings = end(1) == s && end(4) == i && end(3) == n && end(2) == g
            if (ations && drop(6, min: 3)) || (ation && drop(5, min: 3)) {
            } else if (ions && drop(4, min: 4)) || (ion && drop(3, min: 4)) {
            } else if (ings && drop(4, min: 3)) || (ing && drop(3, min: 3)) {
            } else if end(2) == e && end(1) == d && drop(2, min: 4) {
            } else if end(4) == m && end(3) == e && end(2) == n && end(1) == t && drop(4, min: 4) {
            } else if end(2) == l && end(1) == y && drop(2, min: 4) {}
        default: break
        }
        if w.count > 4, w.last == e { w.removeLast() }
        if w.count > 4, w.last == y { w.removeLast(); w.append(i) }
    }

    /// Each word of a phrase, split as ICU splits words (runs of letters,
    /// digits and apostrophes), lower-cased and stemmed, as UTF-8 bytes: the
    /// words of a profile's phrases, stemmed at build time for the embedded
    /// profiles (`StemmedWordings`) and at run time for others; a phrase's
    /// stem hashes are the hashes of these.
    package static func forEachStem(of phrase: String, _ body: (inout [UInt8]) -> Void) {
        var word: [UInt8] = []
        // ASCII (almost every phrase): bytes straight to stems.
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            func flush() {
                if !word.isEmpty { stem(bytes: &word); body(&word); word.removeAll(keepingCapacity: true) }
            }
            for b in phrase.utf8 {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 { word.append(b) }
                else if b >= 0x41 && b <= 0x5A { word.append(b | 0x20) }
                else if b == 0x60 { word.append(0x27) }
                else { flush() }
            }
            flush()
            return
        }
        var current = ""
        func flush() {
            if !current.isEmpty { word = Array(stem(normalize(Substring(current))).utf8); body(&word) }
            current = ""
        }
        for ch in phrase {
            if ch.isLetter || ch.isNumber || ch == "'" || ch == "’" { current.append(ch) } else { flush() }
        }
        flush()
    }

    /// Optimal string alignment distance, giving up past `limit`.
    package static func distance(_ a: String, _ b: String, limit: Int) -> Int {
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

    /// A word as scalar values, for comparing many times without allocating.
    package static func scalars(_ word: String) -> [UInt32] { word.unicodeScalars.map(\.value) }

    /// Do two stems match, allowing for misspelling? Equal, or within the tolerance of the
    /// shorter word's length (optimal string alignment distance).
    package static func similar(_ x: [UInt32], _ y: [UInt32]) -> Bool {
        if x == y { return true }
        let t = tolerance(min(x.count, y.count))
        guard t > 0, abs(x.count - y.count) <= t else { return false }
        let width = y.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0..<width)
        var current = [Int](repeating: 0, count: width)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1..<width {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { value = min(value, previous2[j - 2] + 1) }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > t { return false }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[width - 1] <= t
    }

    /// The misspellings tolerated for a word of this length.
    package static func tolerance(_ length: Int) -> Int {
        length >= 9 ? 2 : length >= 5 ? 1 : 0
    }


    package static let stopwords: Set<String> = [
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
    package static func contentWords(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        func emit(_ bytes: ArraySlice<UInt8>) {
            guard bytes.count > 1 else { return }
            let word = String(decoding: bytes, as: UTF8.self)
            if !stopwords.contains(word) { out.append(word) }
        }
        func flush() {
            guard !current.isEmpty else { return }
            var low = 0
            var high = current.count
            while low < high, current[low] == 0x2D || current[low] == 0x27 { low += 1 }
            while high > low, current[high - 1] == 0x2D || current[high - 1] == 0x27 { high -= 1 }
            let word = current[low..<high]
            if word.contains(0x2D) {
                for part in word.split(separator: 0x2D) { emit(part) }
            } else {
                emit(word)
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in normalize(text).unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 || b == 0x2D || (b >= 0x41 && b <= 0x5A) {
                    current.append(b)
                } else {
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: String(scalar).utf8)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    // MARK: content vocabulary (the library's heading mapper and the build tool share these)

    /// A criterion's term counts by stem: each content word of its texts
    /// once, each word of its heading keywords three times the keyword's
    /// weight. Keywords are taken in phrase order, so sums never depend on a
    /// dictionary's order.
    package static func termCounts(texts: [String], keywords: [String: Double]) -> [String: Double] {
        var tf: [String: Double] = [:]
        for word in contentWords(texts.joined(separator: " ")) { tf[stem(word), default: 0] += 1 }
        for (phrase, weight) in keywords.sorted(by: { $0.key < $1.key }) {
            for word in contentWords(phrase) { tf[stem(word), default: 0] += 3 * weight }
        }
        return tf
    }

    /// tf-idf over a set of count vectors: (1 + log tf) · idf with
    /// idf = log(1 + n / df) − log 2, terms with no positive idf dropped,
    /// and each vector's norm.
    package static func tfidf(_ counts: [[String: Double]]) -> (weights: [[String: Double]], norms: [Double]) {
        var documentFrequency: [String: Int] = [:]
        for tf in counts { for key in tf.keys { documentFrequency[key, default: 0] += 1 } }
        let total = Double(counts.count)
        var weights: [[String: Double]] = []
        var norms: [Double] = []
        for tf in counts {
            var w: [String: Double] = [:]
            var norm = 0.0
            for (term, count) in tf.sorted(by: { $0.key < $1.key }) {
                let idf = log(1 + total / Double(documentFrequency[term] ?? 1)) - log(2)
                guard idf > 0 else { continue }
                let value = (1 + log(count)) * idf
                w[term] = value
                norm += value * value
            }
            weights.append(w)
            norms.append(norm.squareRoot())
        }
        return (weights, norms)
    }
}

extension StringProtocol {
    /// Without the leading and trailing scalars that `set` holds: Foundation's
    /// `trimmingCharacters(in: CharacterSet(charactersIn: set))` without
    /// building a character set, which cost more than the lines it trimmed.
    package func trimming(_ set: String) -> String {
        let scalars = unicodeScalars
        let drop = set.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, drop.contains(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard drop.contains(scalars[last]) else { break }
            end = last
        }
        return String(self[start..<end])
    }
}
