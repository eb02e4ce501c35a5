import EssayCore

/// Decides whether a single line of text reads as a heading: short, no
/// closing punctuation, starting with a capital or a number.
package enum HeadingHeuristics {
    /// A heading may quote a rubric title in full ("Knowledge of self –
    /// awareness of how personal and professional identities may shape …").
    package static let maxCharacters = 160
    package static let maxWords = 22

    /// Words that stay lower case in a title.
    package static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
        "vs", "via", "nor", "so", "yet", "per", "across", "among", "between", "within", "through", "about", "beyond", "over",
    ]

    package struct LineShape {
        package var words: [Substring]
        package var endsWithClosingPunctuation: Bool
        package var startsLikeTitle: Bool
        package var numbered: Bool
        package var titleCaseRatio: Double
        package var isBullet: Bool
    }

    package static func shape(_ line: String) -> LineShape? {
        let trimmed = line.trimming(" \t")
        // At most `maxCharacters` characters: counted no further than that
        // (a paragraph's first line can be long).
        guard !trimmed.isEmpty, trimmed.dropFirst(maxCharacters).isEmpty else { return nil }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty, words.count <= maxWords else { return nil }
        guard trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        let last = trimmed.unicodeScalars.last!
        let closing: Set<Unicode.Scalar> = [".", ",", ";", "!", "?", "…"]
        var endsClosing = closing.contains(last)
        // A closing quote or bracket after a full stop still closes a sentence.
        if !endsClosing, ["\"", "”", "’", ")"].contains(last) {
            let scalars = Array(trimmed.unicodeScalars)
            if scalars.count >= 2, closing.contains(scalars[scalars.count - 2]) { endsClosing = true }
        }
        let first = trimmed.unicodeScalars.first!
        let isBullet = ["-", "*", "•", "–", "—", "+", "·", "▪", "◦"].contains(first) && words.count > 1 && words[0].count == 1
        let numbered = startsNumbered(words)
        var startsLikeTitle = numbered
        if !startsLikeTitle {
            for scalar in trimmed.unicodeScalars {
                if scalar.properties.isAlphabetic { startsLikeTitle = scalar.properties.isUppercase; break }
                if scalar.properties.numericType != nil { startsLikeTitle = true; break }
                if ["\"", "“", "'", "‘", "(", "["].contains(scalar) { continue }
                break
            }
        }
        var considered = 0
        var capitalised = 0
        for word in words {
            let lower = word.lowercased()
            guard let firstLetter = word.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { continue }
            if smallWords.contains(lower) { continue }
            considered += 1
            if firstLetter.properties.isUppercase { capitalised += 1 }
        }
        let ratio = considered == 0 ? 0 : Double(capitalised) / Double(considered)
        return LineShape(words: words, endsWithClosingPunctuation: endsClosing, startsLikeTitle: startsLikeTitle,
                         numbered: numbered, titleCaseRatio: ratio, isBullet: isBullet)
    }

    package static func startsNumbered(_ words: [Substring]) -> Bool {
        guard let first = words.first else { return false }
        let lower = first.lowercased()
        if ["competency", "area", "part", "section", "criterion"].contains(lower.trimming(":.")) { return true }
        let core = first.trimming(".):-–")
        if !core.isEmpty, core.allSatisfy({ $0.isNumber }) { return true }
        let roman: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
        if roman.contains(core.lowercased()), first.count > core.count { return true }
        if core.count == 2, core.first == "C" || core.first == "c", core.last!.isNumber { return true }
        return false
    }

    /// A line that stands alone (blank lines or block edges around it).
    package static func isStandaloneHeading(_ line: String) -> Bool {
        guard let s = shape(line), s.startsLikeTitle, !s.isBullet, !isMetadata(line) else { return false }
        if !s.endsWithClosingPunctuation { return true }
        // "Resolving Conflicts." — a short title-cased line with a full stop.
        return titledWithFullStop(line, s)
    }

    /// "Applicant ID: CP-2291", "Date: March 3, 2024": a label and a value
    /// with digits, not a title ("Competency 4: Connecting Assets" is one).
    package static func isMetadata(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon].split(separator: " ")
        let value = line[line.index(after: colon)...].split(separator: " ")
        return label.count <= 3 && !value.isEmpty && value.count <= 4 && value.contains { $0.contains(where: \.isNumber) }
            && !label.contains { ["competency", "part", "section", "area", "criterion"].contains($0.lowercased()) }
    }

    /// A short line in title case (or capitals) ending in one full stop.
    package static func titledWithFullStop(_ line: String, _ s: LineShape) -> Bool {
        let trimmed = line.trimming(" \t")
        guard trimmed.hasSuffix("."), !trimmed.hasSuffix(".."), s.words.count <= 8, s.titleCaseRatio >= 0.75 else { return false }
        let inner = trimmed.dropLast()
        return !inner.contains(where: { ".!?;".contains($0) })
    }

    /// A line directly followed by more text: it must look like a title.
    package static func isLeadingHeading(_ line: String) -> Bool {
        guard let s = shape(line), !isMetadata(line) else { return false }
        guard !s.endsWithClosingPunctuation, s.startsLikeTitle, !s.isBullet, s.words.count <= 12 else { return false }
        return s.numbered || s.titleCaseRatio >= 0.6
    }
}
