import EssayCore

/// The shapes of identifying information that other layers read too: the
/// character patterns of contacts (emails, URLs, phones), and the word shapes
/// a name or a pattern may start with. The word lists (institution and street
/// words, words that are never names, …) are data: `IdentifyingInformation`.
public enum IdentifyingPatterns {
    /// What a block holds that a contact pattern needs: an '@' after an
    /// address character, "://" or "www." (`web`), and its digits, with those
    /// in runs that follow no letter (`free`). Only '.', '/', digits and '@'
    /// (U+002E to U+0040) matter.
    package static func census(_ src: [UInt16], _ range: Range<Int>) -> (at: Bool, digits: Int, free: Int, web: Bool) {
        var at = false, digits = 0, freeDigits = 0, web = false
        let lower = range.lowerBound
        var free = false
        for k in range {
            let u = src[k]
            guard u &- 0x2E <= 0x12 else { continue }
            // The unit before, as if a space stood before the block.
            let prev: UInt16 = k > lower ? src[k - 1] : 0x20
            if u >= 0x30 && u <= 0x39 {
                digits += 1
                if !(prev >= 0x30 && prev <= 0x39) {
                    let p = prev | 0x20
                    free = !(p >= 0x61 && p <= 0x7A)
                }
                if free { freeDigits += 1 }
            } else if u == 0x40 {
                if k > lower, isAlnum(prev) || prev == 0x5F || prev == 0x2D || prev == 0x2B { at = true }
            } else if u == 0x2F, k > 0, src[k - 1] == 0x3A {
                web = true
            } else if u == 0x2E, k >= 3, src[k - 1] | 0x20 == 0x77, src[k - 2] | 0x20 == 0x77, src[k - 3] | 0x20 == 0x77 {
                web = true
            }
        }
        return (at, digits, freeDigits, web)
    }

    // MARK: character patterns

    package static func isAlnum(_ u: UInt16) -> Bool { (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }

    package static func emails(_ t: [UInt16]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for (i, u) in t.enumerated() where u == 0x40 {  // @
            var s = i
            while s > 0, isAlnum(t[s - 1]) || t[s - 1] == 0x2E || t[s - 1] == 0x5F || t[s - 1] == 0x2D || t[s - 1] == 0x2B { s -= 1 }
            var e = i + 1
            var dots = 0
            while e < t.count, isAlnum(t[e]) || t[e] == 0x2E || t[e] == 0x2D { if t[e] == 0x2E { dots += 1 }; e += 1 }
            while e > i + 1, t[e - 1] == 0x2E { e -= 1; dots -= 1 }
            while s < i, t[s] == 0x2E { s += 1 }
            // The last label (the top-level domain) is two or more letters.
            var tld = 0
            var k = e - 1
            while k > i, t[k] != 0x2E { tld = (t[k] >= 0x41 && t[k] <= 0x5A) || (t[k] >= 0x61 && t[k] <= 0x7A) ? tld + 1 : -100; k -= 1 }
            // An anonymisation token after the '@' ("@NUM1", "@DATE2", as in "DATE1@NUM1.and") is no address.
            var caps = i + 1
            while caps < e, t[caps] >= 0x41 && t[caps] <= 0x5A { caps += 1 }
            let token = caps > i + 1 && caps < e && t[caps] >= 0x30 && t[caps] <= 0x39
            if s < i, t[i - 1] != 0x2E, dots >= 1, tld >= 2, !token { out.append(s..<e) }
        }
        return out
    }

    package static func urls(_ t: [UInt16]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let prefixes = ["http://", "https://", "www."].map { Array($0.utf16) }
        func starts(_ i: Int, _ p: [UInt16]) -> Bool {
            guard i + p.count <= t.count else { return false }
            for k in 0..<p.count {
                var u = t[i + k]
                if u >= 0x41 && u <= 0x5A { u |= 0x20 }
                if u != p[k] { return false }
            }
            return true
        }
        var i = 0
        while i < t.count {
            let u = t[i] | 0x20
            if u == 0x68 || u == 0x77, i == 0 || !isAlnum(t[i - 1]), prefixes.contains(where: { starts(i, $0) }) {
                var e = i
                while e < t.count, !isSpace(t[e]), ![0x29, 0x5D, 0x3E, 0x22, 0x201D].contains(t[e]) { e += 1 }
                while e > i, [0x2E, 0x2C, 0x3B, 0x3A].contains(t[e - 1]) { e -= 1 }
                out.append(i..<e)
                i = e
            } else {
                i += 1
            }
        }
        return out
    }

    /// 3-3-4 digit groups, optionally in parentheses and behind +1.
    package static func phones(_ t: [UInt16]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        func digit(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i] >= 0x30 && t[i] <= 0x39 }
        var i = 0
        while i < t.count {
            guard digit(i) || t[i] == 0x28 || t[i] == 0x2B, !digit(i - 1) else { i += 1; continue }
            var j = i
            if t[j] == 0x2B { j += 1; while digit(j) { j += 1 }; if j < t.count, t[j] == 0x20 || t[j] == 0x2D { j += 1 } }
            // The digit groups' lengths (no array: this runs at every digit).
            var groups = 0
            var lengths = (0, 0, 0)
            var k = j
            var paren = false
            if k < t.count, t[k] == 0x28 { paren = true; k += 1 }
            while groups < 3 {
                let start = k
                while digit(k) { k += 1 }
                let n = k - start
                guard n > 0 else { break }
                switch groups {
                case 0: lengths.0 = n
                case 1: lengths.1 = n
                default: lengths.2 = n
                }
                groups += 1
                if paren, groups == 1 { guard k < t.count, t[k] == 0x29 else { break }; k += 1; if k < t.count, t[k] == 0x20 { k += 1 }; continue }
                if groups < 3 {
                    guard k < t.count, t[k] == 0x2D || t[k] == 0x2E || t[k] == 0x20 || t[k] == 0x2011, digit(k + 1) else { break }
                    k += 1
                }
            }
            if groups == 3, lengths == (3, 3, 4), !digit(k) {
                out.append(i..<k)
                i = k
            } else {
                i += 1
            }
        }
        return out
    }

    /// The words that may start a pattern: "my", numbers, and capitalised
    /// words shaped like an institution word (length, first and last letter:
    /// `institutions`, from `IdentifyingInformation.institutionShapes`).
    package static func patternStarts(_ units: [UInt16], _ words: [Word], institutions: WordShapes) -> [Int] {
        words.indices.filter { mayStartPattern(units, words[$0], institutions: institutions) }
    }

    package static func mayStartPattern(_ u: [UInt16], _ w: Word, institutions: WordShapes) -> Bool {
        let s = Int(w.start), length = Int(w.end) - s
        guard length > 0 else { return false }
        let first = u[s]
        if w.isNumber { return true }
        if length == 2 { return (first == 0x6D || first == 0x4D) && u[s + 1] | 0x20 == 0x79 }
        guard first >= 0x41 && first <= 0x5A else { return false }
        return institutions.contains(length, first, u[s + length - 1])
    }

    /// The shape of a single-word name: capitalised (ASCII or Latin-1), three
    /// or more units, not all capitals, not a number (personNames reads on).
    package static func mayBeName(_ u: [UInt16], _ w: Word) -> Bool {
        let s = Int(w.start)
        guard !w.isNumber, Int(w.end) - s >= 3 else { return false }
        let first = u[s], second = u[s + 1]
        return (first >= 0x41 && first <= 0x5A || (first >= 0xC0 && first <= 0xDE)) && !(second >= 0x41 && second <= 0x5A)
    }

}
