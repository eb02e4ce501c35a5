/// Builds `Document.analysisText`: every unit starts as non-prose and readers
/// mark what is prose, what is markup inside prose, and where blocks are.
struct AnalysisTextBuilder {
    enum Mark: UInt8 {
        case nonProse = 0
        case prose = 1
        case markup = 2
    }

    let source: [UInt16]
    private(set) var marks: [Mark]
    var blocks: [Block] = []
    var headings: [Heading] = []
    var excluded: [ExcludedRegion] = []
    var comments: [Comment] = []

    init(_ source: [UInt16]) {
        self.source = source
        self.marks = Array(repeating: .nonProse, count: source.count)
    }

    mutating func mark(_ range: Range<Int>, _ mark: Mark) {
        let low = max(0, range.lowerBound)
        let high = min(source.count, range.upperBound)
        guard low < high else { return }
        marks.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[low..<high]).update(repeating: mark) }
    }

    /// Marks a range as prose, trims it to its first and last non-space
    /// character, and records the block. Returns the trimmed range.
    @discardableResult
    mutating func addBlock(_ kind: Block.Kind, _ range: Range<Int>, heading: Heading? = nil) -> Range<Int>? {
        guard let trimmed = trimmedProse(range) else { return nil }
        var headingIndex: Int?
        if var h = heading {
            h.range = trimmed
            headingIndex = headings.count
            headings.append(h)
        }
        blocks.append(Block(kind: kind, range: trimmed, headingIndex: headingIndex))
        return trimmed
    }

    /// The range from the first to the last prose, non-space unit.
    func trimmedProse(_ range: Range<Int>) -> Range<Int>? {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, marks[low] != .prose || isSpace(source[low]) { low += 1 }
        while high > low, marks[high - 1] != .prose || isSpace(source[high - 1]) { high -= 1 }
        return low < high ? low..<high : nil
    }

    func finish(path: String, format: DocumentFormat, source text: SourceText) -> Document {
        // Line breaks inside a block become spaces, between blocks they stay;
        // everything else follows its mark.
        var out = [UInt16](repeating: 0x20, count: source.count)
        // Where the line breaks are (few): the blocks' own become spaces below.
        var breaks: [Int] = []
        source.withUnsafeBufferPointer { src in
            marks.withUnsafeBufferPointer { mk in
                out.withUnsafeMutableBufferPointer { dst in
                    @inline(__always) func one(_ i: Int) {
                        let u = src[i]
                        let m = mk[i]
                        // Chosen without a branch on the mark (prose, markup, other).
                        var v: UInt16 = m == .prose ? u : m == .markup ? Document.wordJoiner : 0x20
                        if u == 0x0A || u == 0x0D || u == 0x2028 || u == 0x2029 {
                            v = 0x0A
                            breaks.append(i)
                        }
                        dst[i] = v
                    }
                    // Eight units at once; one by one where a line break is among them.
                    var i = 0
                    if let s = src.baseAddress, let m = mk.baseAddress, let d = dst.baseAddress {
                        // The marks' bytes as stored (an enum's stored tag, not its raw value).
                        let prose = SIMD8<UInt16>(repeating: UInt16(unsafeBitCast(Mark.prose, to: UInt8.self)))
                        let markup = SIMD8<UInt16>(repeating: UInt16(unsafeBitCast(Mark.markup, to: UInt8.self)))
                        let space = SIMD8<UInt16>(repeating: 0x20), joiner = SIMD8<UInt16>(repeating: Document.wordJoiner)
                        // Vectors made once: a scalar operand is widened on every use.
                        let lf = SIMD8<UInt16>(repeating: 0x0A), cr = SIMD8<UInt16>(repeating: 0x0D)
                        let ls = SIMD8<UInt16>(repeating: 0x2028), ps = SIMD8<UInt16>(repeating: 0x2029)
                        while i + 8 <= src.count {
                            let u = UnsafeRawPointer(s + i).loadUnaligned(as: SIMD8<UInt16>.self)
                            let lineBreak = (u .== lf) .| (u .== cr) .| (u .== ls) .| (u .== ps)
                            if any(lineBreak) {
                                for k in i..<(i + 8) { one(k) }
                            } else {
                                let marks = SIMD8<UInt16>(truncatingIfNeeded: UnsafeRawPointer(m + i).loadUnaligned(as: SIMD8<UInt8>.self))
                                var v = space
                                v.replace(with: joiner, where: marks .== markup)
                                v.replace(with: u, where: marks .== prose)
                                UnsafeMutableRawPointer(d + i).storeBytes(of: v, as: SIMD8<UInt16>.self)
                            }
                            i += 8
                        }
                    }
                    while i < src.count { one(i); i += 1 }
                    for block in blocks {
                        var low = 0
                        var high = breaks.count
                        while low < high {
                            let mid = (low + high) / 2
                            if breaks[mid] < block.range.lowerBound { low = mid + 1 } else { high = mid }
                        }
                        while low < breaks.count, breaks[low] < block.range.upperBound {
                            dst[breaks[low]] = 0x20
                            low += 1
                        }
                    }
                }
            }
        }
        var sortedBlocks = blocks
        sortedBlocks.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Keep heading indices in document order too.
        var headingOrder: [Int] = []
        for block in sortedBlocks { if let h = block.headingIndex { headingOrder.append(h) } }
        var remap = [Int: Int]()
        for (newIndex, old) in headingOrder.enumerated() { remap[old] = newIndex }
        let sortedHeadings = headingOrder.map { headings[$0] }
        for i in sortedBlocks.indices { if let h = sortedBlocks[i].headingIndex { sortedBlocks[i].headingIndex = remap[h] } }
        return Document(path: path, format: format, source: text, analysisText: out, blocks: sortedBlocks,
                        headings: sortedHeadings, excluded: excluded.sorted { $0.range.lowerBound < $1.range.lowerBound },
                        comments: comments)
    }
}

@inline(__always)
func isSpace(_ u: UInt16) -> Bool {
    u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0B || u == 0x0C || u == 0xA0 || u == 0x2060
        || u == 0xFEFF || u == 0x3000 || u == 0x2028 || u == 0x2029 || (u >= 0x2000 && u <= 0x200B) || u == 0x202F || u == 0x205F
}

/// Decides whether a single line of text reads as a heading: short, no
/// closing punctuation, starting with a capital or a number.
enum HeadingHeuristics {
    /// A heading may quote a rubric title in full ("Knowledge of self –
    /// awareness of how personal and professional identities may shape …").
    static let maxCharacters = 160
    static let maxWords = 22

    /// Words that stay lower case in a title.
    static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
        "vs", "via", "nor", "so", "yet", "per", "across", "among", "between", "within", "through", "about", "beyond", "over",
    ]

    struct LineShape {
        var words: [Substring]
        var endsWithClosingPunctuation: Bool
        var startsLikeTitle: Bool
        var numbered: Bool
        var titleCaseRatio: Double
        var isBullet: Bool
    }

    static func shape(_ line: String) -> LineShape? {
        let trimmed = line.trimming(" \t")
        guard !trimmed.isEmpty, trimmed.count <= maxCharacters else { return nil }
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

    static func startsNumbered(_ words: [Substring]) -> Bool {
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
    static func isStandaloneHeading(_ line: String) -> Bool {
        guard let s = shape(line), s.startsLikeTitle, !s.isBullet, !isMetadata(line) else { return false }
        if !s.endsWithClosingPunctuation { return true }
        // "Resolving Conflicts." — a short title-cased line with a full stop.
        return titledWithFullStop(line, s)
    }

    /// "Applicant ID: CP-2291", "Date: March 3, 2024": a label and a value
    /// with digits, not a title ("Competency 4: Connecting Assets" is one).
    static func isMetadata(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon].split(separator: " ")
        let value = line[line.index(after: colon)...].split(separator: " ")
        return label.count <= 3 && !value.isEmpty && value.count <= 4 && value.contains { $0.contains(where: \.isNumber) }
            && !label.contains { ["competency", "part", "section", "area", "criterion"].contains($0.lowercased()) }
    }

    /// A short line in title case (or capitals) ending in one full stop.
    static func titledWithFullStop(_ line: String, _ s: LineShape) -> Bool {
        let trimmed = line.trimming(" \t")
        guard trimmed.hasSuffix("."), !trimmed.hasSuffix(".."), s.words.count <= 8, s.titleCaseRatio >= 0.75 else { return false }
        let inner = trimmed.dropLast()
        return !inner.contains(where: { ".!?;".contains($0) })
    }

    /// A line directly followed by more text: it must look like a title.
    static func isLeadingHeading(_ line: String) -> Bool {
        guard let s = shape(line), !isMetadata(line) else { return false }
        guard !s.endsWithClosingPunctuation, s.startsLikeTitle, !s.isBullet, s.words.count <= 12 else { return false }
        return s.numbered || s.titleCaseRatio >= 0.6
    }
}

extension StringProtocol {
    /// Without the leading and trailing scalars that `set` holds: Foundation's
    /// `trimmingCharacters(in: CharacterSet(charactersIn: set))` without
    /// building a character set, which cost more than the lines it trimmed.
    func trimming(_ set: String) -> String {
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
