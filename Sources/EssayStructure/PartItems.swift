import EssayCore
import EssayText

// MARK: - Items

package struct PartItem: Sendable {
    /// Lines of the item, the first naming it.
    package var lines: Range<Int>
    /// The item's name as written, and where it stands.
    package var name: String
    package var nameRange: Range<Int>
    /// For a table row, the header's cells.
    package var header: [String]? = nil
}

extension PartText {
    /// Headings that never open an item.
    package static let notItems: Set<String> = [
        "introduction", "overview", "summary", "analysis", "conclusion", "reflection", "notes", "references", "resources",
        "purpose", "goals", "timeline", "description", "tasks", "task list", "next steps", "directions", "instructions",
    ]

    /// The items of a part, by the first strategy that finds at least two.
    package func items(_ spec: ItemSpec, titles phrases: [String] = []) -> (items: [PartItem], region: Range<Int>, heading: Int?) {
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
                    PartItem(lines: i..<(i + 1), name: lines[i].cells.flatMap(PartText.rowName) ?? lines[i].text, nameRange: lines[i].range, header: header)
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

    /// A table row's name: its first cell that is more than a number or mark ("| 1 | Library | …" -> "Library").
    package static func rowName(_ cells: [String]) -> String? {
        cells.first { cell in cell.contains { $0.isLetter } } ?? cells.first
    }

    /// "Asset 2: Riverside Public Library – a branch library" -> "Riverside Public Library".
    package static func itemName(_ text: String) -> String {
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
    /// `streetWords`: the words that end a street address (`IdentifyingInformation`).
    package func shows(_ element: ElementSpec, in lineRange: Range<Int>, streetWords: Set<String>, otherLabels: [String] = [], nameLine: Int? = nil, header: [String]? = nil) -> Bool {
        let source = document.source.utf16
        // A table row: the column the field's label names, filled in.
        if let header, let labels = element.labels, lineRange.count == 1, let cells = lines[lineRange.lowerBound].cells {
            let compiled = labels.map(PartText.compile)
            for (k, title) in header.enumerated() {
                let words = PartText.stems(of: title)
                guard compiled.contains(where: { p in words.count >= p.count && (0...(words.count - p.count)).contains { Array(words[$0..<($0 + p.count)]) == p } }) else { continue }
                return k < cells.count && cells[k].contains { $0.isLetter || $0.isNumber }
            }
        }
        if let labels = element.labels {
            let compiled = labels.map(PartText.compile)
            for i in lineRange {
                let line = lines[i]
                if let label = line.label, compiled.contains(where: { p in
                    let lw = PartText.stems(of: label)
                    return lw.count >= p.count && (0...(lw.count - p.count)).contains { Array(lw[$0..<($0 + p.count)]) == p }
                }) { return true }
                if line.headingRank != nil, i != nameLine, lineMatches(line, any: labels) { return true }
                // A title line that starts with the label and opens a list or table
                // ("TASK LIST (task / person responsible / due)", then "1. Reserve the room / …").
                if i != nameLine, i + 1 < lines.count, lines[i + 1].listItem || lines[i + 1].cells != nil || lines[i + 1].numbered,
                   line.words.count <= 12, !line.text.hasSuffix("."),
                   compiled.contains(where: { p in find(p, in: line.words.lowerBound..<min(line.words.upperBound, line.words.lowerBound + p.count)) == line.words.lowerBound }) {
                    return true
                }
                // An inline label: "… Contact: 555-0100".
                for label in labels where line.text.lowercased().contains(label.lowercased() + ":") { return true }
            }
        }
        if let patterns = element.patterns, !lineRange.isEmpty {
            let text = Array(source[span(of: lineRange)])
            let string = SourceText.string(text)
            for p in patterns {
                switch p {
                case "email": if !IdentifyingPatterns.emails(text).isEmpty { return true }
                case "phone": if !IdentifyingPatterns.phones(text).isEmpty { return true }
                case "url": if !IdentifyingPatterns.urls(text).isEmpty { return true }
                case "address": if PartText.hasStreetAddress(string, streetWords: streetWords) { return true }
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
                        return !IdentifyingPatterns.emails(u).isEmpty || !IdentifyingPatterns.phones(u).isEmpty || !IdentifyingPatterns.urls(u).isEmpty
                    }
                    let words = { (k: Int) in segments[k].split(separator: " ").count }
                    if p == "last-segment", contact != segments.count - 1, words(segments.count - 1) >= 4 { return true }
                    if p == "middle-segment", (1..<(contact ?? segments.count - 1)).contains(where: { $0 != contact && words($0) >= 3 }) { return true }
                case "figures":
                    // A number in the prose (not a list number, not a year): "41 families", "68%".
                    let namers = ["part", "question", "artifact", "slide", "photo", "week", "q", "step", "grade", "section"].map { Terms.hash($0) }
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
                    // A table whose header names who is responsible, filled in on its rows.
                    let ownerWords = ["responsible", "person", "who", "lead", "owner", "owners", "assigned", "point person"].map(PartText.compile)
                    var header: [String]?
                    var filled = 0
                    for i in lineRange {
                        guard let cells = lines[i].cells else { header = nil; continue }
                        guard !cells.isEmpty else { continue }
                        guard let h = header else { header = cells; continue }
                        if let k = h.firstIndex(where: { title in
                            let w = PartText.stems(of: title)
                            return ownerWords.contains { p in w.count >= p.count && (0...(w.count - p.count)).contains { Array(w[$0..<($0 + p.count)]) == p } }
                        }), k < cells.count, cells[k].contains(where: \.isLetter) { filled += 1 }
                    }
                    if filled >= 2 { return true }
                    // Task lines in " / " segments, the owner after the task: "Reserve the room / Librarian / Sept. 25".
                    let slashed = lineRange.filter { i in
                        let segments = lines[i].text.components(separatedBy: " / ")
                        guard lines[i].listItem || lines[i].numbered, segments.count >= 3 else { return false }
                        let owner = segments[1].split(separator: " ")
                        return (1...6).contains(owner.count) && owner.first?.first?.isLetter == true
                    }
                    if slashed.count >= 2 { return true }
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
                    count -= PartText.stems(of: PartText.itemName(line.text)).count + 2
                }
                if let label = line.label {
                    let lw = PartText.stems(of: label)
                    if others.contains(where: { p in lw.count >= p.count && (0...(lw.count - p.count)).contains { Array(lw[$0..<($0 + p.count)]) == p } }) { continue }
                }
                if count >= 6 { return true }
            }
        }
        return false
    }

    /// A number, then a street word within a few words ("412 Maple Avenue").
    package static func hasStreetAddress(_ s: String, streetWords: Set<String>) -> Bool {
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
        for (i, t) in tokens.enumerated() where t.count <= 5 && t.allSatisfy(\.isNumber) {
            for j in (i + 1)..<min(tokens.count, i + 5) {
                let w = tokens[j].lowercased().trimming(".")
                if streetWords.contains(w) { return j > i + 1 }
            }
        }
        return false
    }
}

extension PartText {
    /// The figure a sentence with one of the spec's cues states, and where
    /// its number stands: for a percentage, "60%" or "60 percent", else "9 of
    /// 15" worked out; for a count, the number right before a counted word
    /// ("15 families") with a cue before it or a few words after. Years are no figures.
    package func figure(_ spec: FigureSpec, sentences: [Range<Int>]) -> (value: Double, range: Range<Int>)? {
        let cues = spec.cues.map(PartText.compile).filter { !$0.isEmpty }
        let counted = Set((spec.counts ?? []).flatMap(PartText.compile))
        let source = document.source
        let of = Set(["of", "out"].map { Terms.hash($0) })
        func number(_ i: Int) -> Double? {
            guard words[i].isNumber else { return nil }
            let digits = source.string(words[i].range).filter { $0.isNumber || $0 == "." }
            guard let n = Double(digits) else { return nil }
            return (1900...2100).contains(n) && digits.count == 4 ? nil : n
        }
        func after(_ i: Int) -> String {
            let end = Int(words[i].end)
            return source.string(end..<min(source.utf16.count, end + 9)).lowercased()
        }
        for sentence in sentences {
            let range = analysis(sentence)
            guard cues.contains(where: { find($0, in: range) != nil }) else { continue }
            if spec.percent == true {
                for i in range where number(i) != nil {
                    let rest = after(i)
                    if rest.hasPrefix("%") || rest.hasPrefix(" %") || rest.hasPrefix(" percent") { return (number(i)!, words[i].range) }
                }
                // "9 of 15", "9 out of 15".
                for i in range where number(i) != nil {
                    var j = i + 1
                    while j < range.upperBound, of.contains(stems[j]) { j += 1 }
                    if j > i + 1, j < range.upperBound, let whole = number(j), whole > 0, number(i)! <= whole {
                        return ((number(i)! / whole * 100).rounded(), Int(words[i].start)..<Int(words[j].end))
                    }
                }
            } else {
                // The count after a cue or a few words before one ("sent to 15 families", "15 families received it").
                for i in range where number(i) != nil && !after(i).hasPrefix("%") {
                    let near = range.lowerBound..<min(range.upperBound, i + 8)
                    if i + 1 < range.upperBound, counted.contains(stems[i + 1]), cues.contains(where: { find($0, in: near) != nil }) {
                        return (number(i)!, words[i].range)
                    }
                }
            }
        }
        return nil
    }

    /// The word indices of a sentence's range.
    private func analysis(_ sentence: Range<Int>) -> Range<Int> {
        var lo = 0, hi = words.count
        while lo < hi { let mid = (lo + hi) / 2; if Int(words[mid].start) < sentence.lowerBound { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < words.count, Int(words[end].start) < sentence.upperBound { end += 1 }
        return lo..<end
    }
}
