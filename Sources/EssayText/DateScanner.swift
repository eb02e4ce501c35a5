import Foundation
import EssayCore

// MARK: - Dates

/// Dates and week numbers written the ways applicants write them:
/// "March 3, 2025", "Mar. 3", "3 March", "3/3/2025", "3/3", "2025-03-03",
/// "Week 4".
package enum DateScanner {
    package struct Found: Sendable {
        /// Days since 1 March of year 0 (only differences matter).
        package var day: Int
        /// Word position of the date on the line (0 = first word).
        package var offset: Int
        package var text: String
    }

    package static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Every form below has a digit, and a digit beside '/' or '-' ("3/3",
    /// "2025-03-03") or a month name as a whole word: a byte scan rules a
    /// line out without tokenizing it.
    package static func mayHoldDate(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var previous: UInt8 = 0x20
        var run: UInt64 = 0xcbf2_9ce4_8422_2325   // hash of the current ASCII letter run
        var runLength = 0
        for byte in text.utf8 {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit, previous == 0x2F || previous == 0x2D { return true }
            if (byte == 0x2F || byte == 0x2D), previous >= 0x30 && previous <= 0x39 { return true }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower >= 0x61 && lower <= 0x7A {
                run = (run ^ UInt64(lower)) &* 0x100_0000_01b3
                runLength += 1
            } else {
                if runLength >= 3, runLength <= 9, isMonth(run) { return true }
                run = 0xcbf2_9ce4_8422_2325
                runLength = byte >= 0x80 ? 100 : 0   // a word with other letters is no month name
            }
            previous = byte
        }
        return runLength >= 3 && runLength <= 9 && isMonth(run)
    }

    /// Two bits per month name's hash (its low and its high six bits) rule
    /// most words out before the set is asked: the set's hashing of every
    /// word of three to nine letters was most of this scan's time (`perf
    /// record`, the ASAP folder).
    private static func isMonth(_ hash: UInt64) -> Bool {
        lowBits & (1 << (hash & 63)) != 0 && highBits & (1 << (hash >> 58)) != 0 && monthHashes.contains(hash)
    }

    private static let lowBits: UInt64 = monthHashes.reduce(0) { $0 | 1 << ($1 & 63) }
    private static let highBits: UInt64 = monthHashes.reduce(0) { $0 | 1 << ($1 >> 58) }

    /// Month names as `Terms.hash` makes them (FNV-1a over the bytes), the
    /// hash `mayHoldDate` builds as it reads a run of letters.
    package static let monthHashes: Set<UInt64> = Set(months.keys.map { Terms.hash($0) })

    /// The latest four-digit number from 1900 to 2099 standing alone in a text.
    package static func latestYear(in text: String) -> Int? {
        var latest: Int?
        var digits = 0, value = 0, letterBefore = false, previous: UInt8 = 0x20
        for byte in text.utf8 + [0x20] {
            if byte >= 0x30 && byte <= 0x39 {
                if digits == 0 { letterBefore = (previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A }
                digits += 1
                value = value &* 10 &+ Int(byte - 0x30)
            } else {
                let letterAfter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                if digits == 4, value >= 1900, value <= 2099, !letterBefore, !letterAfter { latest = max(latest ?? value, value) }
                digits = 0
                value = 0
            }
            previous = byte
        }
        return latest
    }

    package static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// The dates written in a text. A date written without its year ("March
    /// 3") takes `defaultYear`, else the latest year written in the same text
    /// ("March 3" beside "April 30, 2026" is in 2026), else the current year.
    package static func dates(in text: String, defaultYear given: Int? = nil) -> [Found] {
        guard mayHoldDate(text) else { return [] }
        let defaultYear = given ?? latestYear(in: text) ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        // Tokens: runs of letters or digits, with the separators kept.
        var tokens: [(String, Bool)] = []   // (text, isWord)
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else {
                if !current.isEmpty { tokens.append((current, true)); current = "" }
                tokens.append((String(ch), false))
            }
        }
        if !current.isEmpty { tokens.append((current, true)) }
        let words = tokens.enumerated().filter { $0.element.1 }.map { (index: $0.offset, text: $0.element.0) }
        func number(_ s: String) -> Int? {
            var digits = s
            for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) && digits.count > 2 { digits.removeLast(2) }
            return Int(digits)
        }
        func separatorBetween(_ a: Int, _ b: Int) -> String {
            tokens[(words[a].index + 1)..<words[b].index].map(\.0).joined()
        }
        var out: [Found] = []
        var i = 0
        while i < words.count {
            let w = words[i].text.lowercased()
            // Month name, day, optional year.
            if let m = months[w], i + 1 < words.count, let d = number(words[i + 1].text), (1...31).contains(d),
               separatorBetween(i, i + 1).trimming(" .").isEmpty, w != "may" || words[i].text.first == "M" {
                var year = defaultYear
                var used = 2
                if i + 2 < words.count, let y = Int(words[i + 2].text), (1990...2100).contains(y),
                   separatorBetween(i + 1, i + 2).trimming(" ,").isEmpty { year = y; used = 3 }
                out.append(Found(day: dayNumber(year: year, month: m, day: d), offset: i, text: words[i..<(i + used)].map(\.text).joined(separator: " ")))
                // A range within the month: "Oct 21–23" ends on the 23rd.
                if used == 2, i + 2 < words.count, let end = number(words[i + 2].text), end > d, end <= 31, words[i + 2].text.count <= 2,
                   ["-", "–", "—"].contains(separatorBetween(i + 1, i + 2).trimming(" ")) {
                    out.append(Found(day: dayNumber(year: year, month: m, day: end), offset: i + 2, text: words[i].text + " " + words[i + 2].text))
                    used = 3
                }
                i += used
                continue
            }
            // Day, month name.
            if let d = number(words[i].text), (1...31).contains(d), i + 1 < words.count {
                var j = i + 1
                if words[j].text.lowercased() == "of", j + 1 < words.count { j += 1 }
                if let m = months[words[j].text.lowercased()], words[j].text.first?.isUppercase == true,
                   separatorBetween(i, j).trimming(" .").replacingOccurrences(of: "of", with: "").trimming(" ").isEmpty {
                    var year = defaultYear
                    var used = j - i + 1
                    if j + 1 < words.count, let y = Int(words[j + 1].text), (1990...2100).contains(y) { year = y; used += 1 }
                    out.append(Found(day: dayNumber(year: year, month: m, day: d), offset: i, text: words[i..<(i + used)].map(\.text).joined(separator: " ")))
                    i += used
                    continue
                }
            }
            // 2025-03-03.
            if let y = Int(words[i].text), words[i].text.count == 4, (1990...2100).contains(y), i + 2 < words.count,
               separatorBetween(i, i + 1) == "-", separatorBetween(i + 1, i + 2) == "-",
               let m = Int(words[i + 1].text), let d = Int(words[i + 2].text), (1...12).contains(m), (1...31).contains(d) {
                out.append(Found(day: dayNumber(year: y, month: m, day: d), offset: i, text: "\(y)-\(m)-\(d)"))
                i += 3
                continue
            }
            // 3/3/2025 and 3/3 (month first).
            if let m = Int(words[i].text), (1...12).contains(m), words[i].text.count <= 2, i + 1 < words.count,
               separatorBetween(i, i + 1) == "/", let d = Int(words[i + 1].text), words[i + 1].text.count <= 2, (1...31).contains(d) {
                var year = defaultYear
                var used = 2
                if i + 2 < words.count, separatorBetween(i + 1, i + 2) == "/", let y = Int(words[i + 2].text) {
                    year = y < 100 ? 2000 + y : y
                    used = 3
                }
                out.append(Found(day: dayNumber(year: year, month: m, day: d), offset: i, text: words[i..<(i + used)].map(\.text).joined(separator: "/")))
                i += used
                continue
            }
            i += 1
        }
        return out
    }

    /// "Week 3", "Weeks 5-6", "week 8": the numbers.
    package static func weekNumbers(in text: String) -> [Int] {
        var out: [Int] = []
        let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        var i = 0
        while i + 1 < words.count {
            let w = words[i].lowercased()
            if w == "week" || w == "weeks", let n = Int(words[i + 1]), (1...52).contains(n) {
                out.append(n)
                if w == "weeks", i + 2 < words.count, let m = Int(words[i + 2]), m > n, m <= 52 { out.append(m); i += 1 }
                i += 2
                continue
            }
            i += 1
        }
        return out
    }
}
