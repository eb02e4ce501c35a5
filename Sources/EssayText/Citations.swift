import Foundation
import EssayCore

/// Author-year citations and references to uploaded artifacts, found in the
/// analysis text (markup masked), with exact ranges.
///
/// Citation forms: parenthetical "(Bringle, Clayton, & Price, 2009)",
/// "(Hamerlinck and Plaut 2014)", "(Eddy, 2010, p. 12)", several in one pair
/// of parentheses separated by ";"; narrative "Bringle et al. (2009)",
/// "Hamerlinck & Plaut (2014)"; and bare "Eddy 2010", which is accepted only
/// for an author the credential's references name (so "Room 2010" is not one).
package struct Citation: Sendable, Equatable {
    /// The cited surnames as written ("Bringle"; "Hamerlinck", "Plaut").
    package var authors: [String]
    package var etAl: Bool
    package var year: Int
    package var range: Range<Int>
}

package enum CitationScanner {
    package static let connectors: Set<String> = ["and", "&"]

    /// A capitalised surname token: "Bringle", "McKnight", "O'Neil", "García".
    package static func isSurname(_ s: Substring) -> Bool {
        guard let first = s.first, first.isUppercase, s.count >= 2 else { return false }
        return s.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" } && s.dropFirst().contains { $0.isLowercase }
    }

    package static func year(_ s: Substring) -> Int? {
        var digits = s
        if let last = digits.last, last.isLetter, digits.count == 5 { digits = digits.dropLast() }  // 2009a
        guard digits.count == 4, digits.allSatisfy(\.isNumber), let y = Int(digits), (1900...2035).contains(y) else { return nil }
        return y
    }

    /// Tokens of a text with their UTF-16 ranges: words (letters, digits,
    /// apostrophes, hyphens) and single punctuation characters.
    package static func tokens(_ units: [UInt16]) -> [(text: Substring, range: Range<Int>)] { tokens(units, in: 0..<units.count) }

    package static func tokens(_ units: [UInt16], in window: Range<Int>) -> [(text: Substring, range: Range<Int>)] {
        let string = SourceText.string(units[window])
        var out: [(Substring, Range<Int>)] = []
        var offset = window.lowerBound
        var start: String.Index?
        var startOffset = 0
        for index in string.indices {
            let ch = string[index]
            let width = ch.utf16.count
            if ch.isLetter || ch.isNumber || ((ch == "'" || ch == "’" || ch == "-") && start != nil) {
                if start == nil { start = index; startOffset = offset }
            } else {
                if let s = start { out.append((string[s..<index], startOffset..<offset)); start = nil }
                if !ch.isWhitespace && ch != "\u{2060}" { out.append((string[index...index], offset..<(offset + width))) }
            }
            offset += width
        }
        if let s = start { out.append((string[s...], startOffset..<offset)) }
        return out
    }

    /// Author lists: "Bringle, Clayton, & Price", "Bringle et al.", "Hamerlinck and Plaut".
    /// Returns the authors, et al., and the index after the list.
    package static func authorList(_ t: [(text: Substring, range: Range<Int>)], from i: Int) -> (authors: [String], etAl: Bool, next: Int)? {
        guard i < t.count, isSurname(t[i].text) else { return nil }
        var authors = [String(t[i].text)]
        var k = i + 1
        while k < t.count {
            if k + 2 < t.count, t[k].text == "et", t[k + 1].text == "al" {
                k += 2
                if k < t.count, t[k].text == "." { k += 1 }
                return (authors, true, k)
            }
            if connectors.contains(String(t[k].text)), k + 1 < t.count, isSurname(t[k + 1].text) {
                authors.append(String(t[k + 1].text)); k += 2; continue
            }
            if t[k].text == ",", k + 1 < t.count {
                if connectors.contains(String(t[k + 1].text)), k + 2 < t.count, isSurname(t[k + 2].text) {
                    authors.append(String(t[k + 2].text)); k += 3; continue
                }
                if isSurname(t[k + 1].text), k + 2 < t.count, t[k + 2].text == "," || connectors.contains(String(t[k + 2].text)) || t[k + 2].text == "." {
                    authors.append(String(t[k + 1].text)); k += 2; continue
                }
            }
            break
        }
        return (authors, false, k)
    }

    /// Windows of text around what a reference needs (a year, a keyword),
    /// merged; only they are tokenised, so text without them costs one pass.
    package static func windows(_ units: [UInt16], around hits: [Int], before: Int, after: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for h in hits {
            var lo = max(0, h - before)
            var hi = min(units.count, h + after)
            // Start and end at a space so no word is cut.
            while lo > 0, units[lo - 1] != 0x20, units[lo - 1] != 0x0A, h - lo < before + 40 { lo -= 1 }
            while hi < units.count, units[hi] != 0x20, units[hi] != 0x0A, hi - h < after + 40 { hi += 1 }
            if let last = out.last, last.upperBound >= lo {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, hi)
            } else {
                out.append(lo..<hi)
            }
        }
        return out
    }

    /// Offsets of four-digit years (1900–2035).
    /// Whether `r` overlaps a range already found. Windows come in order and
    /// are at most a few hundred units wide, so only the last few ranges can
    /// (a long document has thousands: checking all was quadratic).
    package static func overlapsRecent(_ found: [Range<Int>], _ r: Range<Int>) -> Bool {
        for k in found.indices.reversed() {
            if found[k].overlaps(r) { return true }
            if found[k].upperBound < r.lowerBound - 2_000 { return false }
        }
        return false
    }

    /// Where a year (1900 to 2035) starts: a number word whose first run of
    /// digits has four ("2009", "2009a", "1990s").
    package static func years(_ units: [UInt16], words: [Word]) -> [Int] {
        words.filter { isYear(units, $0) }.map { Int($0.start) }
    }

    /// A word of four digits, 1900 to 2035, at its start.
    package static func isYear(_ u: [UInt16], _ w: Word) -> Bool {
        guard w.isNumber || (u[Int(w.start)] >= 0x30 && u[Int(w.start)] <= 0x39) else { return false }
        var j = Int(w.start)
        var value = 0
        while j < Int(w.end), u[j] >= 0x30 && u[j] <= 0x39 { value = value &* 10 &+ Int(u[j] - 0x30); j += 1 }
        return j - Int(w.start) == 4 && (1900...2035).contains(value)
    }

    /// The citations of an open document's windows, by a digest of each
    /// window's text, with ranges relative to the window's start (see
    /// `ChunkMemo`).
    package typealias Memo = ChunkMemo<TextDigest, [Citation]>

    /// Citations around the given years (their start offsets). `memo`: the
    /// windows an edit left alone are read as the last lint of the same open
    /// document read them; `profile`: what the known authors come from
    /// (another one starts the memo again).
    package static func scan(_ units: [UInt16], years: [Int], knownAuthors: Set<String>,
                             memo: Memo? = nil, profile: AnyObject? = nil) -> [Citation] {
        var out: [Citation] = []
        var ranges: [Range<Int>] = []
        memo?.begin(owner: profile)
        let windows = windows(units, around: years, before: 160, after: 40)
        let moved = { (c: Citation, offset: Int) -> Citation in
            var shifted = c
            shifted.range = c.range.shifted(by: offset)
            return shifted
        }
        for found in WindowScan.scan(units, windows, memo: memo, moving: moved, { scan(tokens(units, in: $0), knownAuthors: knownAuthors) }) {
            for c in found where !overlapsRecent(ranges, c.range) {
                out.append(c)
                ranges.append(c.range)
            }
        }
        return out
    }

    package static func scan(_ t: [(text: Substring, range: Range<Int>)], knownAuthors: Set<String>) -> [Citation] {
        var out: [Citation] = []
        var i = 0
        while i < t.count {
            // Parenthetical: "(" list [","] year [, p. N] { ";" list [","] year } ")".
            if t[i].text == "(" {
                var k = i + 1
                var found: [Citation] = []
                while let (authors, etAl, next) = authorList(t, from: k) {
                    var j = next
                    if j < t.count, t[j].text == "," { j += 1 }
                    guard j < t.count, let y = year(t[j].text) else { break }
                    found.append(Citation(authors: authors, etAl: etAl, year: y, range: t[k].range.lowerBound..<t[j].range.upperBound))
                    j += 1
                    // ", p. 12" or ", pp. 3-4"
                    while j < t.count, t[j].text != ";", t[j].text != ")", j - next < 8 { j += 1 }
                    if j < t.count, t[j].text == ";" { k = j + 1; continue }
                    k = j
                    break
                }
                if !found.isEmpty, k < t.count, t[k].text == ")" {
                    if found.count == 1 { found[0].range = t[i].range.lowerBound..<t[k].range.upperBound }
                    out += found
                    i = k + 1
                    continue
                }
            }
            // Narrative "Bringle et al. (2009)" and bare "Eddy 2010".
            if let (authors, etAl, next) = authorList(t, from: i) {
                if next + 2 < t.count, t[next].text == "(", let y = year(t[next + 1].text), t[next + 2].text == ")" || t[next + 2].text == "," {
                    var end = next + 2
                    while end < t.count, t[end].text != ")", end - next < 8 { end += 1 }
                    out.append(Citation(authors: authors, etAl: etAl, year: y, range: t[i].range.lowerBound..<t[min(end, t.count - 1)].range.upperBound))
                    i = end + 1
                    continue
                }
                var j = next
                if j < t.count, t[j].text == "," { j += 1 }
                if j < t.count, let y = year(t[j].text), authors.contains(where: { knownAuthors.contains($0.lowercased()) || nearKnown($0, knownAuthors) }) {
                    out.append(Citation(authors: authors, etAl: etAl, year: y, range: t[i].range.lowerBound..<t[j].range.upperBound))
                    i = j + 1
                    continue
                }
                i = max(i + 1, next)
                continue
            }
            i += 1
        }
        return out
    }

    /// A surname within the misspelling tolerance of a known author ("Brindle" for Bringle).
    package static func nearKnown(_ name: String, _ known: Set<String>) -> Bool { closest(name, known) != nil }

    package static func closest(_ name: String, _ known: Set<String>) -> String? {
        let lower = name.lowercased()
        guard !known.contains(lower), lower.count >= 4 else { return nil }
        let x = Terms.scalars(lower)
        for k in known.sorted() where Terms.similar(x, Terms.scalars(k)) && k.first == lower.first { return k }
        return nil
    }
}

/// Windows of a text scanned one at a time. With a memo (an open
/// document's), each window's finds are remembered by the window's text,
/// with offsets from its start: the windows an edit left alone are not
/// scanned again. A scan must depend on the window's text only (and on what
/// the memo's owner stands for).
package enum WindowScan {
    package static func scan<Found>(_ units: [UInt16], _ windows: [Range<Int>], memo: ChunkMemo<TextDigest, [Found]>?,
                                    moving: (Found, Int) -> Found, _ scan: (Range<Int>) -> [Found]) -> [[Found]] {
        windows.map { window in
            guard let memo else { return scan(window) }
            let key = TextDigest([units[window]])
            if let known = memo.value(key) { return known.map { moving($0, window.lowerBound) } }
            let found = scan(window)
            memo.remember(key, found.map { moving($0, -window.lowerBound) })
            return found
        }
    }
}

/// References to artifacts uploaded with the essay: "Artifact 2", "artifact
/// #3", "Appendix A", "Exhibit C", "the attached workshop outline", "the
/// presentation I uploaded". The words are data (`ArtifactReferenceCues`).
package enum ArtifactScanner {
    /// The references of an open document's windows, by a digest of each
    /// window's text, relative to the window's start (see `ChunkMemo`).
    package typealias Memo = ChunkMemo<TextDigest, [Range<Int>]>

    /// Artifact references around the words that start with a needle (ICU's
    /// words: one test per word, not per character). `memo`: the windows an
    /// edit left alone are read as the last lint of the same open document
    /// read them; `owner`: what the cues come from (another one starts the
    /// memo again).
    package static func scan(_ units: [UInt16], words: [Word], cues: ArtifactReferenceCues,
                             memo: Memo? = nil, owner: AnyObject? = nil) -> [Range<Int>] {
        let needles = cues.needleSet
        memo?.begin(owner: owner)
        return scan(units, hits: words.filter { startsWithNeedle(units, $0, needles: needles) }.map { Int($0.start) }, cues: cues,
                    memo: memo)
    }

    /// Does the word start with a needle (case folded)? Most words are ruled
    /// out by their length and first two letters.
    package static func startsWithNeedle(_ u: [UInt16], _ w: Word, needles: NeedleSet) -> Bool {
        let s = Int(w.start)
        let n = Int(w.end) - s
        guard n >= needles.minLength, s + n <= u.count else { return false }
        let a = u[s] | 0x20
        // The first two letters of some needle ("ar", "ap", "ex", "at", …).
        let first = Int(a) &- 0x61
        guard first >= 0, first < 26 else { return false }
        let pairs = needles.firstPairs[first]
        guard pairs != 0 else { return false }
        let b = Int(u[s + 1] | 0x20) &- 0x61
        guard b >= 0, b < 26, pairs & (1 << b) != 0 else { return false }
        for needle in needles.units where needle.count <= n && needle[0] == a {
            var k = 1
            while k < needle.count, u[s + k] | 0x20 == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// Artifact references around the words that start with a needle (their start offsets).
    package static func scan(_ units: [UInt16], hits: [Int], cues: ArtifactReferenceCues, memo: Memo? = nil) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let windows = CitationScanner.windows(units, around: hits, before: 20, after: 80)
        for found in WindowScan.scan(units, windows, memo: memo, moving: { $0.shifted(by: $1) },
                                     { scan(CitationScanner.tokens(units, in: $0), cues: cues) }) {
            for r in found where !CitationScanner.overlapsRecent(out, r) { out.append(r) }
        }
        return out
    }

    package static func scan(_ t: [(text: Substring, range: Range<Int>)], cues: ArtifactReferenceCues) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < t.count {
            let w = t[i].text.lowercased()
            // "Artifact 2", "artifact #3", "Appendix A", "Exhibit C".
            if cues.labelSet.contains(w), i + 1 < t.count {
                var j = i + 1
                if t[j].text == "#", j + 1 < t.count { j += 1 }
                let next = t[j].text
                let isMark = next.allSatisfy(\.isNumber) || (next.count == 1 && next.first!.isUppercase) || ["i", "ii", "iii", "iv", "v", "vi"].contains(next.lowercased()) && next.first!.isUppercase
                if isMark, !cues.numberedOnlySet.contains(w) || t[i].text.first!.isUppercase || t[j - 1].text == "#" || next.allSatisfy(\.isNumber) {
                    out.append(t[i].range.lowerBound..<t[j].range.upperBound)
                    i = j + 1
                    continue
                }
            }
            // "the attached workshop outline", "the annotated presentation I uploaded".
            if cues.attachedSet.contains(w), !cues.afterTheOnlySet.contains(w) || (i > 0 && t[i - 1].text.lowercased() == "the") {
                for j in (i + 1)..<min(t.count, i + 4) where cues.thingSet.contains(t[j].text.lowercased()) {
                    // "the attached workshop outline": through the last thing-word.
                    var e = j
                    while e + 1 < t.count, cues.thingSet.contains(t[e + 1].text.lowercased()) { e += 1 }
                    out.append(t[i].range.lowerBound..<t[e].range.upperBound)
                    i = e
                    break
                }
            } else if cues.thingSet.contains(w), i + 2 < t.count, cues.uploaderSet.contains(t[i + 1].text.lowercased()),
                      cues.uploadVerbSet.contains(t[i + 2].text.lowercased()) {
                out.append(t[i].range.lowerBound..<t[i + 2].range.upperBound)
                i += 2
            }
            i += 1
        }
        return out
    }
}

/// Syllables, for readability: vowel groups (a, e, i, o, u, y), less a
/// silent final "e" (but not "-le"), and less one for "-es"/"-ed" endings
/// that add no syllable; at least one per word. A documented heuristic, close
/// to the counts of textstat's fallback and of most readability calculators.
package enum Syllables {
    /// ASCII words straight from their UTF-16 units; others through `count(_:)`.
    package static let vowels = Set("aeiouyàáâäèéêëìíîïòóôöùúûü".unicodeScalars.map(\.value))
    package static let keepEnding = Set("tdsxzcg".unicodeScalars.map(\.value))

    /// From UTF-16 units (ASCII letters straight, others through the scalars).
    package static func count(units: ArraySlice<UInt16>) -> Int {
        guard units.allSatisfy({ $0 < 0x80 }) else { return count(SourceText.string(units)) }
        return count(letters: units.compactMap { u in
            (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) ? UInt32(u | 0x20) : nil
        })
    }

    package static func count(_ word: String) -> Int {
        count(letters: word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }.map(\.value))
    }

    /// The rule, on a word's lower-case letters.
    package static func count(letters w: [UInt32]) -> Int {
        guard !w.isEmpty else { return 0 }
        func vowel(_ c: UInt32) -> Bool {
            // The ASCII vowels without a lookup: this runs for every letter of a section.
            switch c {
            case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
            case 0..<0x80: return false
            default: return vowels.contains(c)
            }
        }
        var groups = 0
        var previous = false
        for c in w {
            let v = vowel(c)
            if v && !previous { groups += 1 }
            previous = v
        }
        let n = w.count
        let e: UInt32 = 0x65, l: UInt32 = 0x6C, s: UInt32 = 0x73, d: UInt32 = 0x64
        if n > 2, w[n - 1] == e, !vowel(w[n - 2]), !(w[n - 2] == l && n > 3 && !vowel(w[n - 3])) { groups -= 1 }
        if n > 3, w[n - 1] == s || w[n - 1] == d, w[n - 2] == e, !keepEnding.contains(w[n - 3]), !vowel(w[n - 3]) { groups -= 1 }
        return max(1, groups)
    }
}
