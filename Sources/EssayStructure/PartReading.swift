import Foundation
import EssayCore
import EssayText

/// A document read as one part of a credential: its prose lines (with their
/// heading rank, list marker and "Label:"), word stems for phrase evidence,
/// sections named by headings, counted items with their fields, and dates.
/// Everything here works on the analysis text, so markup never matches and
/// every range is exact in the source.
package struct PartText: Sendable {
    /// A line packed small (48 bytes; a file of millions of short
    /// lines holds one per line): offsets as `Int32`, as `Word` keeps them,
    /// and the rare table cells and label behind one reference.
    package struct Line: Sendable {
        private var lo, hi, wordLo, wordHi: Int32
        /// Its text without markup characters.
        package var text: String
        private var extra: Extra?
        private var rank: Int8
        /// The line opens a list item ("- ", "1.", "•", "a)", "☐").
        package var listItem: Bool
        /// The list item is numbered ("3.", "3)").
        package var numbered: Bool
        /// Whether anything follows that label on the line.
        package var labelOnly: Bool

        private final class Extra: Sendable {
            let cells: [String]?
            let label: String?
            init(cells: [String]?, label: String?) { self.cells = cells; self.label = label }
        }

        init(range: Range<Int>, text: String, headingRank: Int?, listItem: Bool, numbered: Bool, cells: [String]?,
             label: String?, labelOnly: Bool, words: Range<Int>) {
            lo = Int32(range.lowerBound); hi = Int32(range.upperBound)
            wordLo = Int32(words.lowerBound); wordHi = Int32(words.upperBound)
            self.text = text
            extra = cells == nil && label == nil ? nil : Extra(cells: cells, label: label)
            rank = headingRank.map { Int8($0) } ?? -1
            self.listItem = listItem
            self.numbered = numbered
            self.labelOnly = labelOnly
        }

        /// The prose of the line (UTF-16 offsets), trimmed.
        package var range: Range<Int> { Int(lo)..<Int(hi) }
        /// Indices into `words` of the words on the line.
        package var words: Range<Int> { Int(wordLo)..<Int(wordHi) }
        /// Heading rank (1–6 ATX or setext, 7 bold line, 8 plain line) when the line is a heading.
        package var headingRank: Int? { rank < 0 ? nil : Int(rank) }
        /// A row of a pipe table ("| Ms. Ortiz | Librarian | Female |"), as cells.
        package var cells: [String]? { extra?.cells }
        /// The lower-cased words before a colon that opens the line ("contact", "benefit to our school").
        package var label: String? { extra?.label }
    }

    package let document: Document
    /// The prose lines, read the first time they are asked for: a
    /// Community Partnerships essay of a known part needs only the stems.
    package var lines: [Line] { linesBox.value }
    private let linesBox: LinesBox
    /// Stem hash of each ICU word, and the word itself.
    package let stems: [UInt64]
    package let words: [Word]

    /// The stems of an open document's pieces, by their digests (see `ChunkMemo`).
    package typealias Memo = ChunkMemo<TextDigest, [UInt64]>

    /// `memo` and `chunks`: the stems of the pieces an edit left alone are
    /// taken from the last lint of the same open document.
    package init(document: Document, analysis: TextAnalysis, memo: Memo? = nil, chunks: DocumentChunks? = nil) {
        self.document = document
        self.words = analysis.words
        let source = document.source.utf16
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        func stem(_ w: Word) -> UInt64 {
            Terms.normalizedBytes(source[w.range], into: &bytes)
            Terms.stem(bytes: &bytes)
            return Terms.hash(bytes)
        }
        let words = analysis.words
        if let memo, let chunks {
            memo.begin()
            let bounds = chunks.wordBounds(starts: words.map { Int($0.start) })
            var all: [UInt64] = []
            all.reserveCapacity(words.count)
            for c in chunks.ranges.indices {
                let key = chunks.digests[c]
                if let known = memo.value(key) {
                    all += known
                } else {
                    let made = words[bounds[c]..<bounds[c + 1]].map(stem)
                    memo.remember(key, made)
                    all += made
                }
            }
            stems = all
        } else {
            stems = words.map(stem)
        }
        linesBox = LinesBox { PartText.readLines(document: document, analysis: analysis) }
    }

    /// Made once, on first use, from any thread.
    private final class LinesBox: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [Line]?
        private let make: () -> [Line]
        init(_ make: @escaping () -> [Line]) { self.make = make }
        var value: [Line] {
            lock.lock(); defer { lock.unlock() }
            if let made { return made }
            let lines = make()
            made = lines
            return lines
        }
    }

    /// The document's blocks cut at line breaks, each piece with its markers, label and words.
    private static func readLines(document: Document, analysis: TextAnalysis) -> [Line] {
        let source = document.source.utf16
        let text = document.analysisText
        var lines: [Line] = []
        let starts = document.source.lineStarts
        // Each piece is a block cut at the source's line breaks: at most one per
        // line and block. Reserved at once, so a file of many short lines does
        // not hold an old and a doubled array together at its peak.
        lines.reserveCapacity(starts.count + document.blocks.count)
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
        return lines
    }

    package static func isListMarker(_ prefix: String) -> Bool {
        let p = prefix.trimming(" \t>")
        guard !p.isEmpty else { return false }
        if ["-", "*", "+", "•", "●", "▪", "◦", "‣", "☐", "□", "o"].contains(p) { return true }
        let body = p.dropLast()
        return (p.hasSuffix(".") || p.hasSuffix(")")) && !body.isEmpty && body.allSatisfy { $0.isNumber }
    }

    package static func isNumberMarker(_ prefix: String) -> Bool {
        let p = prefix.trimming(" \t>")
        let body = p.dropLast()
        return (p.hasSuffix(".") || p.hasSuffix(")")) && !body.isEmpty && body.allSatisfy { $0.isNumber }
    }

    package static func startsWithNumberMarker(_ text: String) -> Bool {
        guard let first = text.split(separator: " ", maxSplits: 1).first, first.count <= 4 else { return false }
        let body = first.dropLast()
        return (first.hasSuffix(".") || first.hasSuffix(")")) && !body.isEmpty && body.allSatisfy { $0.isNumber }
    }

    /// "| a | b |" -> ["a", "b"]; a separator row ("|---|:--|") -> [].
    package static func tableCells(_ text: String) -> [String]? {
        guard text.hasPrefix("|"), text.dropFirst().contains("|") else { return nil }
        var cells = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimming(" \t") }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        if cells.allSatisfy({ $0.allSatisfy { "-:= ".contains($0) } }) { return [] }
        return cells
    }

    package static func startsWithListMarker(_ text: String) -> Bool {
        let token = text.drop { $0 == " " }.prefix { $0 != " " }
        guard let first = token.first else { return false }
        if token.count == 1, listSymbols.contains(first) { return true }
        let body = token.dropLast()
        guard token.hasSuffix(".") || token.hasSuffix(")"), !body.isEmpty, body.count <= 3 else { return false }
        return body.allSatisfy(\.isNumber) || (body.count == 1 && body.allSatisfy(\.isLetter) && text.count > 3)
    }

    private static let listSymbols: Set<Character> = ["-", "*", "•", "●", "▪", "◦", "‣", "☐", "□", "–"]

    package static func strippingMarker(_ text: String) -> Substring {
        var s = Substring(text)
        if startsWithListMarker(text), let space = s.firstIndex(of: " ") { s = s[s.index(after: space)...] }
        return s.drop { $0 == " " || $0 == "*" || $0 == "_" }
    }

    /// "Contact: 555-0100" -> ("contact", false); "Goals:" -> ("goals", true).
    package static func label(of text: Substring) -> (String?, Bool) {
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

    // MARK: phrases

    /// Phrases already compiled: profiles repeat the same few thousand.
    private static let compiledLock = NSLock()
    nonisolated(unsafe) private static var compiledPhrases: [String: [UInt64]] = [:]

    /// Words of the document (an asset's name, a table's header, a label) as
    /// stem hashes, like `compile` but never remembered: a long-running
    /// server must not keep an applicant's words, nor grow with them.
    package static func stems(of documentText: String) -> [UInt64] { compileUncached(documentText) }

    /// A phrase of the profiles as stem hashes: split like ICU words (letters,
    /// digits, apostrophes); remembered, so only for the profiles' own words.
    package static func compile(_ phrase: String) -> [UInt64] {
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
    package static func compile(_ groups: EvidenceGroups) -> [[[UInt64]]] {
        groups.map { $0.map { compile($0) }.filter { !$0.isEmpty } }
    }

    private static func compileUncached(_ phrase: String) -> [UInt64] {
        var out: [UInt64] = []
        Terms.forEachStem(of: phrase) { out.append(Terms.hash($0)) }
        return out
    }

    /// The first word index where the phrase starts within `range`.
    package func find(_ phrase: [UInt64], in range: Range<Int>) -> Int? {
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
    package func shows(_ groups: EvidenceGroups, in range: Range<Int>) -> (shown: Bool, at: Int?) {
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
    package func shows(compiled groups: [[[UInt64]]], in range: Range<Int>) -> Bool {
        guard !groups.isEmpty, !range.isEmpty else { return false }
        let index = stemIndex(of: range, firsts: Set(groups.joined().compactMap(\.first)))
        return groups.allSatisfy { group in group.contains { index.contains($0) } }
    }

    /// Where each stem of a range stands: one pass over the range, then a
    /// lookup per phrase however many phrases are looked for.
    package struct StemIndex {
        let stems: [UInt64]
        let range: Range<Int>
        let positions: [UInt64: [Int]]

        /// Whether the phrase (stem hashes, not empty) stands in the range.
        package func contains(_ phrase: [UInt64]) -> Bool {
            (positions[phrase[0]] ?? []).contains { s in
                s + phrase.count <= range.upperBound && (1..<phrase.count).allSatisfy { stems[s + $0] == phrase[$0] }
            }
        }
    }

    /// `firsts`: the first stems of the phrases that will be looked for; only
    /// where those stand is kept (a long text of one word holds no list of
    /// every place it stands).
    package func stemIndex(of range: Range<Int>, firsts: Set<UInt64>) -> StemIndex {
        var positions: [UInt64: [Int]] = [:]
        for i in range where firsts.contains(stems[i]) { positions[stems[i], default: []].append(i) }
        return StemIndex(stems: stems, range: range, positions: positions)
    }

    /// Word indices covered by a run of lines.
    package func words(of lineRange: Range<Int>) -> Range<Int> {
        guard !lineRange.isEmpty else { return 0..<0 }
        return lines[lineRange.lowerBound].words.lowerBound..<lines[lineRange.upperBound - 1].words.upperBound
    }

    /// UTF-16 range covered by a run of lines.
    package func span(of lineRange: Range<Int>) -> Range<Int> {
        guard !lineRange.isEmpty else { return 0..<0 }
        return lines[lineRange.lowerBound].range.lowerBound..<lines[lineRange.upperBound - 1].range.upperBound
    }

    package func lineMatches(_ line: Line, any phrases: [String]) -> Bool {
        phrases.contains { find(PartText.compile($0), in: line.words) != nil }
    }

    /// Lines that open with a label and a number ("Slide 4", "Photo #3").
    package func labelledLines(_ labels: [String]) -> Int {
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
    package func isOption(_ i: Int) -> Bool {
        let line = lines[i]
        if line.text.contains("?") || line.numbered || line.headingRank.map({ $0 < 7 }) == true { return false }
        if line.text.hasPrefix("☐") || line.text.hasPrefix("□") || line.text.hasPrefix("○") || line.text.hasPrefix("( )") { return true }
        if line.text.split(separator: "/").count >= 3 { return true }
        return line.words.count <= 6 && !line.text.hasSuffix(".")
    }

    /// The questions answered under their own numbers ("1.", "Q2:",
    /// "Question 3"), when the response numbers at least two of them in order.
    package func numberedAnswers(upTo count: Int) -> Set<Int>? {
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
    package func section(_ names: [String]) -> (heading: Int, body: Range<Int>)? {
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


