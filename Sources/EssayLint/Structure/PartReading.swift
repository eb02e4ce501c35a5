import Foundation

/// A document read as one part of a credential: its prose lines (with their
/// heading rank, list marker and "Label:"), word stems for phrase evidence,
/// sections named by headings, counted items with their fields, and dates.
/// Everything here works on the analysis text, so markup never matches and
/// every range is exact in the source.
struct PartText: Sendable {
    struct Line: Sendable {
        /// The prose of the line (UTF-16 offsets), trimmed.
        var range: Range<Int>
        /// Its text without markup characters.
        var text: String
        /// Heading rank (1–6 ATX or setext, 7 bold line, 8 plain line) when the line is a heading.
        var headingRank: Int?
        /// The line opens a list item ("- ", "1.", "•", "a)", "☐").
        var listItem: Bool
        /// The list item is numbered ("3.", "3)").
        var numbered: Bool
        /// A row of a pipe table ("| Ms. Ortiz | Librarian | Female |"), as cells.
        var cells: [String]?
        /// The lower-cased words before a colon that opens the line ("contact", "benefit to our school").
        var label: String?
        /// Whether anything follows that label on the line.
        var labelOnly: Bool
        /// Indices into `words` of the words on the line.
        var words: Range<Int>
    }

    let document: Document
    let lines: [Line]
    /// Stem hash of each ICU word, and the word itself.
    let stems: [UInt64]
    let words: [Word]

    init(document: Document, analysis: TextAnalysis) {
        self.document = document
        self.words = analysis.words
        let source = document.source.utf16
        let text = document.analysisText
        // Stems hashed straight from the UTF-16 units for ASCII words (almost
        // all); other words go through the Unicode-aware normalisation.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        stems = analysis.words.map { w in
            bytes.removeAll(keepingCapacity: true)
            var ascii = true
            for k in Int(w.start)..<Int(w.end) {
                let u = source[k]
                if u >= 0x80 { if u == 0x2019 || u == 0x2018 { bytes.append(0x27); continue }; ascii = false; break }
                let b = UInt8(u)
                bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b == 0x60 ? 0x27 : b)
            }
            if !ascii { bytes = Array(Terms.normalize(document.source.string(w.range)).utf8) }
            Terms.stem(bytes: &bytes)
            return PartText.hash(bytes)
        }
        var lines: [Line] = []
        let starts = document.source.lineStarts
        for block in document.blocks {
            // Split the block at line breaks in the source.
            var pieceStart = block.range.lowerBound
            var k = block.range.lowerBound
            func emit(_ range: Range<Int>) {
                var lo = range.lowerBound
                var hi = range.upperBound
                func blank(_ u: UInt16) -> Bool { u == 0x20 || u == 0x09 || u == 0x2060 || u == 0x0A || u == 0x0D || u == 0xA0 }
                while lo < hi, blank(text[lo]) { lo += 1 }
                while hi > lo, blank(text[hi - 1]) { hi -= 1 }
                guard lo < hi else { return }
                let clean = SourceText.string(text[lo..<hi].filter { $0 != 0x2060 })
                // The list marker is outside the prose in Markdown and inside it in plain text.
                let lineNumber = document.source.lineIndex(of: lo)
                let prefixUnits = source[starts[lineNumber]..<lo]
                let prefix = prefixUnits.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? "" : SourceText.string(prefixUnits)
                let listItem = PartText.isListMarker(prefix) || PartText.startsWithListMarker(clean)
                let numbered = listItem && (PartText.isNumberMarker(prefix) || PartText.startsWithNumberMarker(clean))
                let cells = PartText.tableCells(clean)
                let heading = block.kind == .heading && range.lowerBound == block.range.lowerBound
                    ? block.headingIndex.map { document.headings[$0].rank } : nil
                let hasColon = text[lo..<hi].contains { $0 == 0x3A || $0 == 0xFF1A }
                let (label, labelOnly) = hasColon ? PartText.label(of: PartText.strippingMarker(clean)) : (nil, false)
                let wordRange = analysis.wordIndices(in: lo..<hi)
                lines.append(Line(range: lo..<hi, text: clean, headingRank: heading, listItem: listItem, numbered: numbered,
                                  cells: cells, label: cells == nil ? label : nil, labelOnly: cells == nil && labelOnly, words: wordRange))
            }
            while k < block.range.upperBound {
                if source[k] == 0x0A {
                    emit(pieceStart..<k)
                    pieceStart = k + 1
                }
                k += 1
            }
            emit(pieceStart..<block.range.upperBound)
        }
        self.lines = lines
    }

    static func isListMarker(_ prefix: String) -> Bool {
        let p = prefix.trimming(" \t>")
        guard !p.isEmpty else { return false }
        if ["-", "*", "+", "•", "●", "▪", "◦", "‣", "☐", "□", "o"].contains(p) { return true }
        let body = p.dropLast()
        return (p.hasSuffix(".") || p.hasSuffix(")")) && !body.isEmpty && body.allSatisfy { $0.isNumber }
    }

    static func isNumberMarker(_ prefix: String) -> Bool {
        let p = prefix.trimming(" \t>")
        let body = p.dropLast()
        return (p.hasSuffix(".") || p.hasSuffix(")")) && !body.isEmpty && body.allSatisfy { $0.isNumber }
    }

    static func startsWithNumberMarker(_ text: String) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first, first.count <= 4 else { return false }
        let body = first.dropLast()
        return (first.hasSuffix(".") || first.hasSuffix(")")) && !body.isEmpty && body.allSatisfy { $0.isNumber }
    }

    /// "| a | b |" -> ["a", "b"]; a separator row ("|---|:--|") -> [].
    static func tableCells(_ text: String) -> [String]? {
        guard text.hasPrefix("|"), text.dropFirst().contains("|") else { return nil }
        var cells = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimming(" \t") }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        if cells.allSatisfy({ $0.allSatisfy { "-:= ".contains($0) } }) { return [] }
        return cells
    }

    static func startsWithListMarker(_ text: String) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first else { return false }
        let token = String(first)
        if ["-", "*", "•", "●", "▪", "◦", "‣", "☐", "□", "–"].contains(token) { return true }
        let body = token.dropLast()
        guard token.hasSuffix(".") || token.hasSuffix(")"), !body.isEmpty, body.count <= 3 else { return false }
        return body.allSatisfy(\.isNumber) || (body.count == 1 && body.allSatisfy(\.isLetter) && text.count > 3)
    }

    static func strippingMarker(_ text: String) -> Substring {
        var s = Substring(text)
        if startsWithListMarker(text), let space = s.firstIndex(of: " ") { s = s[s.index(after: space)...] }
        return s.drop { $0 == " " || $0 == "*" || $0 == "_" }
    }

    /// "Contact: 555-0100" -> ("contact", false); "Goals:" -> ("goals", true).
    static func label(of text: Substring) -> (String?, Bool) {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return (nil, false) }
        let head = text[..<colon].trimming(" *_")
        guard let first = head.unicodeScalars.first, first.properties.isAlphabetic else { return (nil, false) }
        let wordCount = head.split(separator: " ").count
        guard wordCount >= 1, wordCount <= 6, head.count <= 60 else { return (nil, false) }
        // "6:30" and URLs are no labels.
        let after = text[text.index(after: colon)...]
        if after.hasPrefix("//") { return (nil, false) }
        let rest = after.trimming(" *_")
        return (Terms.normalize(Substring(head)), rest.isEmpty)
    }

    static func hash<S: StringProtocol>(_ s: S) -> UInt64 { hash(Array(s.utf8)) }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    // MARK: phrases

    /// Phrases already compiled: profiles repeat the same few thousand.
    private static let compiledLock = NSLock()
    nonisolated(unsafe) private static var compiledPhrases: [String: [UInt64]] = [:]

    /// A phrase as stem hashes: split like ICU words (letters, digits, apostrophes).
    static func compile(_ phrase: String) -> [UInt64] {
        compiledLock.lock()
        if let known = compiledPhrases[phrase] { compiledLock.unlock(); return known }
        compiledLock.unlock()
        let stems = compileUncached(phrase)
        compiledLock.lock()
        compiledPhrases[phrase] = stems
        compiledLock.unlock()
        return stems
    }

    /// Evidence groups compiled once.
    static func compile(_ groups: EvidenceGroups) -> [[[UInt64]]] {
        groups.map { $0.map { compile($0) }.filter { !$0.isEmpty } }
    }

    private static func compileUncached(_ phrase: String) -> [UInt64] {
        // ASCII (almost every phrase): bytes straight to stems.
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt64] = []
            var word: [UInt8] = []
            func flushBytes() {
                if !word.isEmpty { Terms.stem(bytes: &word); out.append(hash(word)); word.removeAll(keepingCapacity: true) }
            }
            for b in phrase.utf8 {
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 { word.append(b) }
                else if b >= 0x41 && b <= 0x5A { word.append(b | 0x20) }
                else if b == 0x60 { word.append(0x27) }
                else { flushBytes() }
            }
            flushBytes()
            return out
        }
        var out: [UInt64] = []
        var current = ""
        func flush() {
            if !current.isEmpty { out.append(hash(Terms.stem(Terms.normalize(Substring(current))))) }
            current = ""
        }
        for ch in phrase {
            if ch.isLetter || ch.isNumber || ch == "'" || ch == "’" { current.append(ch) } else { flush() }
        }
        flush()
        return out
    }

    /// The first word index where the phrase starts within `range`.
    func find(_ phrase: [UInt64], in range: Range<Int>) -> Int? {
        guard let head = phrase.first, range.count >= phrase.count else { return nil }
        var i = range.lowerBound
        while i + phrase.count <= range.upperBound {
            if stems[i] == head {
                var ok = true
                for k in 1..<phrase.count where stems[i + k] != phrase[k] { ok = false; break }
                if ok { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether every group has a phrase in the range; the first match.
    func shows(_ groups: EvidenceGroups, in range: Range<Int>) -> (shown: Bool, at: Int?) {
        var first: Int?
        for group in groups {
            var hit: Int?
            for phrase in group {
                if let i = find(PartText.compile(phrase), in: range) { hit = min(hit ?? i, i) }
            }
            guard let h = hit else { return (false, nil) }
            first = min(first ?? h, h)
        }
        return (!groups.isEmpty, first)
    }

    /// Whether every compiled group has a phrase in the range, using an index
    /// of the range's stems (one pass over the range, then a lookup per phrase).
    func shows(compiled groups: [[[UInt64]]], in range: Range<Int>) -> Bool {
        guard !groups.isEmpty, !range.isEmpty else { return false }
        var positions: [UInt64: [Int]] = [:]
        for i in range { positions[stems[i], default: []].append(i) }
        for group in groups {
            let hit = group.contains { phrase in
                guard let starts = positions[phrase[0]] else { return false }
                return starts.contains { s in
                    s + phrase.count <= range.upperBound && (1..<phrase.count).allSatisfy { stems[s + $0] == phrase[$0] }
                }
            }
            if !hit { return false }
        }
        return true
    }

    /// Word indices covered by a run of lines.
    func words(of lineRange: Range<Int>) -> Range<Int> {
        guard !lineRange.isEmpty else { return 0..<0 }
        return lines[lineRange.lowerBound].words.lowerBound..<lines[lineRange.upperBound - 1].words.upperBound
    }

    /// UTF-16 range covered by a run of lines.
    func span(of lineRange: Range<Int>) -> Range<Int> {
        guard !lineRange.isEmpty else { return 0..<0 }
        return lines[lineRange.lowerBound].range.lowerBound..<lines[lineRange.upperBound - 1].range.upperBound
    }

    func lineMatches(_ line: Line, any phrases: [String]) -> Bool {
        phrases.contains { find(PartText.compile($0), in: line.words) != nil }
    }

    /// Lines that open with a label and a number ("Slide 4", "Photo #3").
    func labelledLines(_ labels: [String]) -> Int {
        let compiled = labels.map(PartText.compile).filter { !$0.isEmpty }
        return lines.filter { line in
            let w = line.words.lowerBound
            return compiled.contains { p in
                w + p.count < line.words.upperBound && find(p, in: w..<(w + p.count)) == w && words[w + p.count].isNumber
            }
        }.count
    }

    /// An answer option under a survey item: a short line ("Strongly agree",
    /// "Yes"), a line of options split by slashes, or a checkbox line.
    func isOption(_ i: Int) -> Bool {
        let line = lines[i]
        if line.text.contains("?") || line.numbered || line.headingRank.map({ $0 < 7 }) == true { return false }
        if line.text.hasPrefix("☐") || line.text.hasPrefix("□") || line.text.hasPrefix("○") || line.text.hasPrefix("( )") { return true }
        if line.text.split(separator: "/").count >= 3 { return true }
        return line.words.count <= 6 && !line.text.hasSuffix(".")
    }

    /// The questions answered under their own numbers ("1.", "Q2:",
    /// "Question 3"), when the response numbers at least two of them in order.
    func numberedAnswers(upTo count: Int) -> Set<Int>? {
        // Labels ("Question 2", "Q2:") say it outright; bare numbers ("2.")
        // only when each opens a paragraph-length answer, not a short list.
        func scan(labels: Bool) -> Set<Int>? {
            var found: [Int] = []
            for (i, line) in lines.enumerated() {
                let t = PartText.strippingMarker(line.text).lowercased()
                var number: Int?
                if labels {
                    for prefix in ["question ", "question #", "q"] where number == nil && t.hasPrefix(prefix) {
                        let rest = t.dropFirst(prefix.count).prefix { $0.isNumber }
                        if !rest.isEmpty, let n = Int(rest) { number = n }
                    }
                } else if line.numbered, let first = line.text.split(separator: " ").first {
                    number = Int(first.dropLast())
                }
                guard let n = number, (1...count).contains(n), !found.contains(n) else { continue }
                var end = i + 1
                while end < lines.count, !lines[end].numbered, lines[end].headingRank == nil { end += 1 }
                if !labels, words(of: i..<end).count < 25 { continue }
                found.append(n)
            }
            guard found.count >= 2, found == found.sorted() else { return nil }
            return Set(found)
        }
        return scan(labels: true) ?? scan(labels: false)
    }

    // MARK: sections

    /// The lines under the first heading (or label-only line) naming one of
    /// the words, up to the next heading of the same or a higher rank.
    func section(_ names: [String]) -> (heading: Int, body: Range<Int>)? {
        for (i, line) in lines.enumerated() where line.headingRank != nil || line.labelOnly {
            guard lineMatches(line, any: names) else { continue }
            let rank = line.headingRank ?? 9
            var end = i + 1
            while end < lines.count {
                let l = lines[end]
                if let r = l.headingRank, r <= rank || line.labelOnly { break }
                if line.labelOnly, l.labelOnly { break }
                end += 1
            }
            return (i, (i + 1)..<end)
        }
        return nil
    }
}

// MARK: - Items

struct PartItem: Sendable {
    /// Lines of the item, the first naming it.
    var lines: Range<Int>
    /// The item's name as written, and where it stands.
    var name: String
    var nameRange: Range<Int>
    /// For a table row, the header's cells.
    var header: [String]? = nil
}

extension PartText {
    /// Headings that never open an item.
    static let notItems: Set<String> = [
        "introduction", "overview", "summary", "analysis", "conclusion", "reflection", "notes", "references", "resources",
        "purpose", "goals", "timeline", "description", "tasks", "task list", "next steps", "directions", "instructions",
    ]

    /// The items of a part, by the first strategy that finds at least two.
    func items(_ spec: ItemSpec, titles phrases: [String] = []) -> (items: [PartItem], region: Range<Int>, heading: Int?) {
        let titles = phrases.map(PartText.compile).filter { !$0.isEmpty }
        var region = 0..<lines.count
        var heading: Int?
        if let names = spec.section, let s = section(names) {
            region = s.body
            heading = s.heading
        }
        let indices = Array(region)
        var starts: [Int] = []
        // 1. Labelled: "Asset 2", "Photo #3:", "Slide 4 –".
        if let labels = spec.labels {
            let compiled = labels.map(PartText.compile)
            starts = indices.filter { i in
                let line = lines[i]
                guard line.words.count >= 2 else { return false }
                let w = line.words.lowerBound
                for phrase in compiled {
                    guard w + phrase.count < line.words.upperBound, find(phrase, in: w..<(w + phrase.count)) == w else { continue }
                    if words[w + phrase.count].isNumber { return true }
                }
                return false
            }
        }
        // 2. Survey questions: lines that ask something.
        if starts.count < 2, spec.questions == true {
            let prompts = (spec.prompts ?? []).map(PartText.compile)
            starts = indices.filter { i in
                let line = lines[i]
                guard line.words.count >= 3 else { return false }
                if line.text.contains("?") { return line.words.count <= 60 }
                if line.numbered, line.label == nil { return true }
                // A statement rated on the options below it ("I feel welcome at school.").
                if line.text.hasSuffix("."), !isOption(i), i + 1 < lines.count, region.contains(i + 1), isOption(i + 1),
                   line.headingRank == nil, line.label == nil, line.words.count <= 30 { return true }
                let w = line.words.lowerBound
                return line.listItem && prompts.contains { p in find(p, in: w..<min(line.words.upperBound, w + p.count)) == w }
            }
            return (starts.map { PartItem(lines: $0..<($0 + 1), name: lines[$0].text, nameRange: lines[$0].range) }, region, heading)
        }
        // 3. Rows of a table (the header row names the columns).
        if starts.count < 2 {
            let rows = indices.filter { lines[$0].cells.map { !$0.isEmpty } ?? false }
            let body = rows.count >= 2 && rows.count > 1 && (rows[0] + 1 < lines.count && lines[rows[0] + 1].cells == []) ? Array(rows.dropFirst()) : rows
            if body.count >= 1, rows.count >= 2 {
                let header = body.first == rows.first ? nil : lines[rows[0]].cells
                let items = body.map { i in
                    PartItem(lines: i..<(i + 1), name: lines[i].cells?.first ?? lines[i].text, nameRange: lines[i].range, header: header)
                }
                return (items, region, heading)
            }
        }
        // 4. Headings of the most frequent rank under the region.
        if starts.count < 2 {
            var byRank: [Int: [Int]] = [:]
            for i in indices {
                guard let r = lines[i].headingRank, lines[i].label == nil || lines[i].labelOnly else { continue }
                if titles.contains(where: { find($0, in: lines[i].words) != nil }) { continue }
                let name = Terms.normalize(Substring(PartText.strippingMarker(lines[i].text))).trimming(" :")
                if PartText.notItems.contains(name) || (spec.section.map { lineMatches(lines[i], any: $0) } ?? false) { continue }
                byRank[r, default: []].append(i)
            }
            if let best = byRank.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }), best.value.count >= 2 {
                starts = best.value
            }
        }
        // 5. List items.
        if starts.count < 2 {
            starts = indices.filter { lines[$0].listItem && lines[$0].label == nil }
            if starts.count < 2 { starts = indices.filter { lines[$0].listItem } }
        }
        // 6. Lines that start with a date (photo captions).
        if starts.count < 2 {
            starts = indices.filter { i in
                guard let d = DateScanner.dates(in: lines[i].text).first else { return false }
                return d.offset <= 2
            }
        }
        guard !starts.isEmpty else { return ([], region, heading) }
        var items: [PartItem] = []
        for (k, s) in starts.enumerated() {
            var end = k + 1 < starts.count ? starts[k + 1] : region.upperBound
            // An item ends at a heading of its rank or higher that opens no item.
            let rank = lines[s].headingRank ?? 9
            var j = s + 1
            while j < end {
                // Label lines that look like headings ("Contact info: …") stay in the item.
                if let r = lines[j].headingRank, r <= rank, lines[j].label == nil || lines[j].labelOnly { end = j; break }
                j += 1
            }
            let line = lines[s]
            items.append(PartItem(lines: s..<end, name: PartText.itemName(line.text), nameRange: line.range))
        }
        return (items, region, heading)
    }

    /// "Asset 2: Riverside Public Library – a branch library" -> "Riverside Public Library".
    static func itemName(_ text: String) -> String {
        var s = strippingMarker(text)
        if let colon = s.firstIndex(of: ":") {
            let head = s[..<colon]
            let rest = s[s.index(after: colon)...].trimming(" *_")
            // "Asset 2: Name" keeps the name; "Name: description" keeps the name.
            if head.split(separator: " ").count <= 2, head.contains(where: \.isNumber), !rest.isEmpty {
                s = Substring(rest)
            } else {
                s = head
            }
        }
        for separator in [" – ", " — ", " - ", " (", ", ", ". "] {
            if let r = s.range(of: separator) { s = s[..<r.lowerBound] }
        }
        let words = s.split(separator: " ")
        return words.prefix(10).joined(separator: " ").trimming(" *_:")
    }

    /// Whether lines show an element: a label or heading naming it, a
    /// pattern, evidence phrases, or (for a field) prose of its own.
    func shows(_ element: ElementSpec, in lineRange: Range<Int>, otherLabels: [String] = [], nameLine: Int? = nil, header: [String]? = nil) -> Bool {
        let source = document.source.utf16
        // A table row: the column the field's label names, filled in.
        if let header, let labels = element.labels, lineRange.count == 1, let cells = lines[lineRange.lowerBound].cells {
            let compiled = labels.map(PartText.compile)
            for (k, title) in header.enumerated() {
                let words = PartText.compile(title)
                guard compiled.contains(where: { p in words.count >= p.count && (0...(words.count - p.count)).contains { Array(words[$0..<($0 + p.count)]) == p } }) else { continue }
                return k < cells.count && cells[k].contains { $0.isLetter || $0.isNumber }
            }
        }
        if let labels = element.labels {
            let compiled = labels.map(PartText.compile)
            for i in lineRange {
                let line = lines[i]
                if let label = line.label, compiled.contains(where: { p in
                    let lw = PartText.compile(label)
                    return lw.count >= p.count && (0...(lw.count - p.count)).contains { Array(lw[$0..<($0 + p.count)]) == p }
                }) { return true }
                if line.headingRank != nil, i != nameLine, lineMatches(line, any: labels) { return true }
                // An inline label: "… Contact: 555-0100".
                for label in labels where line.text.lowercased().contains(label.lowercased() + ":") { return true }
            }
        }
        if let patterns = element.patterns, !lineRange.isEmpty {
            let text = Array(source[span(of: lineRange)])
            let string = SourceText.string(text)
            for p in patterns {
                switch p {
                case "email": if !IdentifyingInfoRule.emails(text).isEmpty { return true }
                case "phone": if !IdentifyingInfoRule.phones(text).isEmpty { return true }
                case "url": if !IdentifyingInfoRule.urls(text).isEmpty { return true }
                case "address": if PartText.hasStreetAddress(string) { return true }
                case "date": if !DateScanner.dates(in: string).isEmpty { return true }
                case "weeks": if !DateScanner.weekNumbers(in: string).isEmpty { return true }
                case "last-segment", "middle-segment":
                    // A one-line item in segments: "Name – description – contact – benefit".
                    let line = lines[nameLine ?? lineRange.lowerBound]
                    var segments = [Substring(line.text)]
                    for separator in [" – ", " — ", " | ", " - "] {
                        segments = segments.flatMap { $0.components(separatedBy: separator).map { Substring($0) } }
                    }
                    guard segments.count >= 3 else { continue }
                    let contact = segments.firstIndex { seg in
                        let u = Array(seg.utf16)
                        return !IdentifyingInfoRule.emails(u).isEmpty || !IdentifyingInfoRule.phones(u).isEmpty || !IdentifyingInfoRule.urls(u).isEmpty
                    }
                    let words = { (k: Int) in segments[k].split(separator: " ").count }
                    if p == "last-segment", contact != segments.count - 1, words(segments.count - 1) >= 4 { return true }
                    if p == "middle-segment", (1..<(contact ?? segments.count - 1)).contains(where: { $0 != contact && words($0) >= 3 }) { return true }
                case "figures":
                    // A number in the prose (not a list number, not a year): "41 families", "68%".
                    let namers = ["part", "question", "artifact", "slide", "photo", "week", "q", "step", "grade", "section"].map { PartText.hash($0) }
                    for i in lineRange where lines[i].headingRank == nil {
                        let line = lines[i]
                        let first = line.numbered ? line.words.lowerBound + 1 : line.words.lowerBound
                        for w in first..<line.words.upperBound where words[w].isNumber {
                            if w > first, namers.contains(stems[w - 1]) { continue }
                            let n = Int(document.source.string(words[w].range).filter(\.isNumber)) ?? 0
                            if !(1900...2100).contains(n) { return true }
                        }
                    }
                case "quote":
                    // Someone's words quoted: three or more words in quotation marks.
                    for i in lineRange {
                        let t = lines[i].text
                        for (open, close) in [("“", "”"), ("\"", "\"")] {
                            var rest = Substring(t)
                            while let o = rest.range(of: open), let c = rest[o.upperBound...].range(of: close) {
                                if rest[o.upperBound..<c.lowerBound].split(separator: " ").count >= 3 { return true }
                                rest = rest[c.upperBound...]
                            }
                        }
                    }
                case "owners":
                    // Task lines that end with who does them: "Order pizza - Program coordinator".
                    let owned = lineRange.filter { i in
                        let t = lines[i].text
                        guard lines[i].listItem || lines[i].cells != nil else { return false }
                        for separator in [" - ", " – ", " — ", ": "] {
                            if let r = t.range(of: separator, options: .backwards), t.distance(from: t.startIndex, to: r.lowerBound) > 3 {
                                let tail = t[r.upperBound...].split(separator: " ")
                                if (1...5).contains(tail.count), tail.first?.first?.isUppercase == true { return true }
                            }
                        }
                        return false
                    }
                    if owned.count >= 2 { return true }
                default: continue
                }
            }
        }
        if let groups = element.evidence, shows(groups, in: words(of: lineRange)).shown { return true }
        if element.prose == true {
            let others = otherLabels.map(PartText.compile)
            for i in lineRange {
                let line = lines[i]
                var count = line.words.count
                if i == nameLine {
                    // Prose after the name on the same line ("Library – a branch that …").
                    count -= PartText.compile(PartText.itemName(line.text)).count + 2
                }
                if let label = line.label {
                    let lw = PartText.compile(label)
                    if others.contains(where: { p in lw.count >= p.count && (0...(lw.count - p.count)).contains { Array(lw[$0..<($0 + p.count)]) == p } }) { continue }
                }
                if count >= 6 { return true }
            }
        }
        return false
    }

    static func hasStreetAddress(_ s: String) -> Bool {
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
        for (i, t) in tokens.enumerated() where t.count <= 5 && t.allSatisfy(\.isNumber) {
            for j in (i + 1)..<min(tokens.count, i + 5) {
                let w = tokens[j].lowercased().trimming(".")
                if IdentifyingInfoRule.streetWords.contains(w) { return j > i + 1 }
            }
        }
        return false
    }
}

// MARK: - Dates

/// Dates and week numbers written the ways applicants write them:
/// "March 3, 2025", "Mar. 3", "3 March", "3/3/2025", "3/3", "2025-03-03",
/// "Week 4".
enum DateScanner {
    struct Found: Sendable {
        /// Days since 1 March of year 0 (only differences matter).
        var day: Int
        /// Word position of the date on the line (0 = first word).
        var offset: Int
        var text: String
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Every form below has a digit beside '/' or '-' ("3/3", "2025-03-03")
    /// or a month name as a whole word: a byte scan rules a line out without
    /// tokenizing it.
    static func mayHoldDate(_ text: String) -> Bool {
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
                if runLength >= 3, runLength <= 9, monthHashes.contains(run) { return true }
                run = 0xcbf2_9ce4_8422_2325
                runLength = byte >= 0x80 ? 100 : 0   // a word with other letters is no month name
            }
            previous = byte
        }
        return runLength >= 3 && runLength <= 9 && monthHashes.contains(run)
    }

    /// Month names as `PartText.hash` makes them (FNV-1a over the bytes), the
    /// hash `mayHoldDate` builds as it reads a run of letters.
    static let monthHashes: Set<UInt64> = Set(months.keys.map { PartText.hash($0) })

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    static func dates(in text: String, defaultYear: Int = 2025) -> [Found] {
        // Every form has a digit.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        guard mayHoldDate(text) else { return [] }
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
    static func weekNumbers(in text: String) -> [Int] {
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
