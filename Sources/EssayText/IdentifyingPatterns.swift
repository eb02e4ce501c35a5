import EssayCore

/// The shapes of identifying information that other layers read too: the
/// character patterns of contacts (emails, URLs, phones), institution and
/// street words, and the word shapes a name or a pattern may start with.
public enum IdentifyingPatterns {
    package static let institutionWords: Set<String> = ["university", "college", "school", "schools", "district", "academy", "institute", "elementary", "seminary", "polytechnic"]
    package static let institutionUnits: Set<[UInt16]> = Set(institutionWords.map { Array($0.utf16) })
    /// Length (6 to 11), first and last letter of each institution word, as
    /// bits: one test per capitalised word, no hashing.
    package static let institutionShapes: [Bool] = {
        var bits = [Bool](repeating: false, count: 6 * 26 * 26)
        for w in institutionWords {
            let u = Array(w.utf16)
            if let k = shapeKey(u.count, u[0], u[u.count - 1]) { bits[k] = true }
        }
        return bits
    }()

    @inline(__always)
    package static func shapeKey(_ length: Int, _ first: UInt16, _ last: UInt16) -> Int? {
        let f = Int(first | 0x20) - 0x61, l = Int(last | 0x20) - 0x61
        guard length >= 6, length <= 11, f >= 0, f < 26, l >= 0, l < 26 else { return nil }
        return ((length - 6) * 26 + f) * 26 + l
    }
    /// Words that make a name generic ("the High School", "Community College").
    package static let genericWords: Set<String> = ["high", "middle", "elementary", "public", "community", "state", "charter", "primary", "secondary",
                                            "junior", "senior", "the", "a", "an", "our", "my", "their", "this", "that", "school", "schools",
                                            "district", "unified", "independent", "county", "city", "area", "local", "regional", "technical",
                                            "graduate", "summer", "sunday", "title", "magnet", "private", "catholic", "christian", "online", "i"]
    package static let connectors: Set<String> = ["of", "for", "and", "de", "la"]
    /// A name after one of these is generic ("the University", "our High School").
    package static let determiners: Set<String> = ["the", "a", "an", "our", "my", "their", "this", "that", "his", "her", "its", "your", "each", "every"]
    package static let streetWords: Set<String> = ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
                                           "court", "ct", "way", "place", "pl", "terrace", "parkway", "pkwy", "highway", "hwy", "circle"]

    /// Capitalised words that are never names (the document never writes them in lower case either).
    package static let capitalisedCommon: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "english", "spanish", "french", "arabic", "somali", "hmong", "vietnamese", "mandarin", "chinese", "korean", "dari", "pashto",
        "ukrainian", "russian", "portuguese", "haitian", "creole", "tagalog", "swahili", "amharic", "karen", "nepali", "urdu", "hindi",
        "latino", "latina", "latinx", "latine", "hispanic", "black", "white", "asian", "african", "american", "native", "indigenous",
        "mexican", "caucasian", "god", "christmas", "thanksgiving", "easter", "ramadan", "eid", "halloween", "zoom", "google",
        "facebook", "whatsapp", "instagram", "medicaid", "medicare", "covid", "ok", "okay", "mr", "mrs", "ms", "dr",
        // Holidays and observances.
        "tet", "tết", "diwali", "hanukkah", "kwanzaa", "passover", "juneteenth", "navidad", "posadas", "posada", "nowruz", "lunar",
        "quinceañera", "quinceanera", "día", "dia",
        // Demonyms and faiths.
        "filipino", "filipina", "guatemalan", "salvadoran", "honduran", "dominican", "cuban", "jamaican", "nigerian", "ethiopian",
        "eritrean", "kenyan", "congolese", "afghan", "syrian", "iraqi", "yemeni", "burmese", "cambodian", "laotian", "thai",
        "japanese", "indian", "pakistani", "bangladeshi", "polish", "italian", "irish", "german", "european", "canadian",
        "puerto", "rican", "bosnian", "sudanese", "liberian", "ghanaian", "colombian", "venezuelan", "peruvian", "ecuadorian",
        "brazilian", "chilean", "arab", "persian", "turkish", "greek", "navajo", "ojibwe", "lakota", "cherokee", "hopi", "apache",
        "methodist", "catholic", "baptist", "lutheran", "muslim", "jewish", "christian", "buddhist", "hindu", "sikh", "mennonite",
        "amish", "quaker", "presbyterian", "episcopal", "pentecostal", "mormon",
        // Month abbreviations, countries, titles and degrees.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "somalia", "mexico", "guatemala", "honduras", "salvador", "haiti", "afghanistan", "syria", "iraq", "ukraine", "vietnam",
        "china", "india", "pakistan", "nigeria", "ethiopia", "kenya", "congo", "burma", "myanmar", "cambodia", "laos",
        "philippines", "korea", "japan", "cuba", "venezuela", "colombia", "peru", "ecuador", "brazil", "canada", "yemen",
        "sudan", "eritrea", "liberia", "ghana", "nepal", "bhutan", "bangladesh", "iran", "turkey", "russia", "poland", "africa",
        "asia", "europe", "america", "texas", "california",
        "master", "bachelor", "doctor", "professor", "principal", "superintendent", "coach", "officer", "director", "miss", "sir",
    ]
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
            if s < i, t[i - 1] != 0x2E, dots >= 1, tld >= 2 { out.append(s..<e) }
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
    /// words shaped like an institution word (length, first and last letter).
    /// The rule reads the sieve's list; this pass of its own is what the
    /// tests compare the sieve with.
    package static func patternStarts(_ units: [UInt16], _ words: [Word]) -> [Int] {
        words.indices.filter { mayStartPattern(units, words[$0]) }
    }

    package static func mayStartPattern(_ u: [UInt16], _ w: Word) -> Bool {
        let s = Int(w.start), length = Int(w.end) - s
        guard length > 0 else { return false }
        let first = u[s]
        if w.isNumber { return true }
        if length == 2 { return (first == 0x6D || first == 0x4D) && u[s + 1] | 0x20 == 0x79 }
        guard first >= 0x41 && first <= 0x5A, let key = shapeKey(length, first, u[s + length - 1]) else { return false }
        return institutionShapes[key]
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
