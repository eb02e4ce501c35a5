import CEssayICU
import EssayCore

/// A word as ICU's UAX #29 word breaks found it, in UTF-16 offsets.
public struct Word: Sendable, Hashable {
    public var start: Int32
    public var end: Int32
    /// ICU rule status: 100..<200 number, 200..<300 letters, 300..<400 kana, 400..<500 ideographs.
    public var status: Int32
    public var range: Range<Int> { Int(start)..<Int(end) }
    public var isNumber: Bool { status < Int32(CEICU_WORD_NUMBER_LIMIT) }

    package init(start: Int32, end: Int32, status: Int32) {
        self.start = start
        self.end = end
        self.status = status
    }
}

/// Everything computed once per document from the analysis text: words,
/// sentences, paragraphs and the word-processor count. Rules never
/// re-tokenize.
public struct TextAnalysis: Sendable {
    /// ICU words (letters, numbers, kana, ideographs), in order.
    public let words: [Word]
    /// Sentences containing at least one word, as UTF-16 ranges.
    public let sentences: [Range<Int>]
    /// Word-processor tokens: start offset of each counted token, in order.
    public let wordProcessorTokens: [Range<Int>]
    /// Paragraph blocks that hold at least one word.
    public let paragraphCount: Int

    public init(document: Document) {
        self.init(document.analysisText, blocks: document.blocks)
    }

    /// An analysis text (and its blocks, for the paragraph count).
    package init(_ text: [UInt16], blocks: [Block] = []) {
        let words = TextAnalysis.icuWords(text)
        // U+202F (narrow no-break space) separates words for a word processor
        // but joins them for UAX #29 (ExtendNumLet): a text with one is read
        // unit by unit.
        self.init(words: words, sentences: TextAnalysis.icuSentences(text, words: words),
                  wordProcessorTokens: TextAnalysis.wordProcessorTokens(text), blocks: blocks)
    }

    /// The pieces of an open document, each analysed on its own, by their
    /// digests (see `ChunkMemo`), with offsets from the piece's start.
    package typealias Memo = ChunkMemo<TextDigest, TextAnalysis>

    /// `memo` and `chunks`: the pieces an edit left alone are taken from the
    /// last lint of the same open document. A piece starts at a line start
    /// of the analysis text, where a word and a sentence always break (UAX
    /// #29 breaks after a line break), so its words and sentences are those
    /// of the whole text.
    package init(document: Document, memo: Memo?, chunks: DocumentChunks?) {
        guard let memo, let chunks else {
            self.init(document: document)
            return
        }
        memo.begin()
        let text = document.analysisText
        var words: [Word] = []
        var sentences: [Range<Int>] = []
        var tokens: [Range<Int>] = []
        for (c, range) in chunks.ranges.enumerated() {
            let part: TextAnalysis
            if let known = memo.value(chunks.digests[c]) {
                part = known
            } else {
                part = TextAnalysis(Array(text[range]))
                memo.remember(chunks.digests[c], part)
            }
            let base = range.lowerBound
            words += part.words.map { Word(start: $0.start + Int32(base), end: $0.end + Int32(base), status: $0.status) }
            sentences += part.sentences.map { $0.shifted(by: base) }
            tokens += part.wordProcessorTokens.map { $0.shifted(by: base) }
        }
        self.init(words: words, sentences: sentences, wordProcessorTokens: tokens, blocks: document.blocks)
    }

    private init(words: [Word], sentences: [Range<Int>], wordProcessorTokens: [Range<Int>], blocks: [Block]) {
        self.words = words
        self.sentences = sentences
        self.wordProcessorTokens = wordProcessorTokens
        var paragraphs = 0
        var w = 0
        for block in blocks where block.kind == .paragraph {
            while w < words.count, Int(words[w].end) <= block.range.lowerBound { w += 1 }
            if w < words.count, Int(words[w].start) < block.range.upperBound { paragraphs += 1 }
        }
        paragraphCount = paragraphs
    }

    /// Words whose start lies in a range, under a convention.
    public func count(in range: Range<Int>, _ convention: WordConvention) -> Int {
        switch convention {
        case .wordProcessor: return wordProcessorCount(in: range)
        case .icu: return wordIndices(in: range).count
        }
    }

    /// All words under a convention.
    public func total(_ convention: WordConvention) -> Int {
        convention == .wordProcessor ? wordProcessorTokens.count : words.count
    }

    /// The number of word-processor words whose start lies in a range.
    public func wordProcessorCount(in range: Range<Int>) -> Int {
        TextAnalysis.count(of: wordProcessorTokens, in: range)
    }

    /// The sentence holding an offset (sentences are sorted and disjoint).
    public func sentence(containing offset: Int) -> Range<Int>? {
        let k = firstSentence(endingAfter: offset)
        return k < sentences.count && sentences[k].contains(offset) ? sentences[k] : nil
    }

    /// The last sentence that ends at or before an offset: the one before a sentence that starts there (sentences are
    /// trimmed to their words, so the offset just before a sentence is usually in no sentence at all).
    public func sentence(endingBefore offset: Int) -> Range<Int>? {
        let k = firstSentence(endingAfter: offset)
        return k > 0 ? sentences[k - 1] : nil
    }

    /// The index of the first sentence that ends after an offset (binary search; `sentences.count` when none does).
    private func firstSentence(endingAfter offset: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Indices of ICU words that start inside a range.
    public func wordIndices(in range: Range<Int>) -> Range<Int> {
        TextAnalysis.indices(of: words, in: range) { Int($0.start) }
    }

    package static func count(of tokens: [Range<Int>], in range: Range<Int>) -> Int {
        indices(of: tokens, in: range) { $0.lowerBound }.count
    }

    /// The indices of the sorted elements whose start lies in a range.
    package static func indices<T>(of items: [T], in range: Range<Int>, start: (T) -> Int) -> Range<Int> {
        func firstIndex(atOrAfter offset: Int) -> Int {
            var low = 0
            var high = items.count
            while low < high {
                let mid = (low + high) / 2
                if start(items[mid]) < offset { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let low = firstIndex(atOrAfter: range.lowerBound)
        return low..<max(low, firstIndex(atOrAfter: range.upperBound))
    }

    // MARK: ICU

    package static func icuWords(_ text: [UInt16]) -> [Word] {
        guard !text.isEmpty else { return [] }
        // Every word takes at least one unit and a break after it.
        let capacity = text.count / 2 + 1
        var segments = [Int32](repeating: 0, count: capacity * 3)
        var error: Int32 = 0
        let n = max(0, min(Int(ceicu_words(text, Int32(text.count), &segments, Int32(capacity), &error)), capacity))
        var words: [Word] = []
        words.reserveCapacity(n)
        for i in 0..<n {
            var w = Word(start: segments[3 * i], end: segments[3 * i + 1], status: segments[3 * i + 2])
            // Markup masked as word joiners may cling to a word's edges.
            while w.start < w.end, text[Int(w.start)] == Document.wordJoiner { w.start += 1 }
            while w.end > w.start, text[Int(w.end) - 1] == Document.wordJoiner { w.end -= 1 }
            words.append(w)
        }
        return words
    }

    package static func icuSentences(_ text: [UInt16], words: [Word]) -> [Range<Int>] {
        guard !text.isEmpty, !words.isEmpty else { return [] }
        let capacity = text.count + 1
        var ends = [Int32](repeating: 0, count: min(capacity, words.count * 2 + 64))
        var error: Int32 = 0
        var n = ceicu_sentences(text, Int32(text.count), &ends, Int32(ends.count), &error)
        if Int(n) > ends.count {
            ends = [Int32](repeating: 0, count: Int(n))
            n = ceicu_sentences(text, Int32(text.count), &ends, Int32(ends.count), &error)
        }
        guard n > 0 else { return [] }
        var sentences: [Range<Int>] = []
        var start = 0
        var w = 0
        for i in 0..<Int(n) {
            let end = Int(ends[i])
            // Keep sentences that contain a word; trim them to their words.
            var firstWord: Int?
            var lastEnd = start
            while w < words.count, Int(words[w].start) < end {
                if firstWord == nil { firstWord = Int(words[w].start) }
                lastEnd = Int(words[w].end)
                w += 1
            }
            if let f = firstWord {
                // Extend to the closing punctuation that ICU kept in the sentence.
                var e = lastEnd
                while e < end, !isSpace(text[e]) { e += 1 }
                var s = f
                while s > start, !isSpace(text[s - 1]) { s -= 1 }
                sentences.append(s..<e)
            }
            start = end
        }
        return sentences
    }

    // MARK: word-processor convention

    @inline(__always)
    package static func isSeparator(_ u: UInt16) -> Bool {
        switch u {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x85:
            return true
        case 0x2000...0x200A:
            return true
        case 0x2013, 0x2014, 0x2015:  // en dash, em dash, horizontal bar
            return true
        default:
            return false
        }
    }

    /// ASCII classes: 1 separator, 2 letter or digit, 3 hyphen, 0 other.
    package static let asciiClass: [UInt8] = (0..<128).map { u -> UInt8 in
        switch u {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return 2
        case 0x2D: return 3
        default: return 0
        }
    }

    /// The word-processor count of a text.
    package static func wordProcessorCount(_ text: String) -> Int { wordProcessorTokens(Array(text.utf16)).count }

    package static func wordProcessorTokens(_ text: [UInt16]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        tokens.reserveCapacity(text.count / 6 + 1)
        let t = text
        let n = t.count
        var i = 0
        func separator(_ u: UInt16) -> Bool { u < 0x80 ? asciiClass[Int(u)] == 1 : isSeparator(u) }
        func dash(_ i: Int) -> Bool { t[i] == 0x2D && i + 1 < n && t[i + 1] == 0x2D }
            while i < n {
                // Skip separators (and runs of two or more hyphens, which act as a dash).
                while i < n {
                    let u = t[i]
                    if separator(u) { i += 1; continue }
                    if u == 0x2D, i + 1 < n, t[i + 1] == 0x2D {
                        while i < n, t[i] == 0x2D { i += 1 }
                        continue
                    }
                    break
                }
                guard i < n else { break }
                // Markup (word joiners) neither separates nor starts a token.
                var start = -1
                var end = i
                var hasWordCharacter = false
                while i < n {
                    let u = t[i]
                    if u < 0x80 {
                        let c = asciiClass[Int(u)]
                        if c == 1 || (c == 3 && dash(i)) { break }
                        if start < 0 { start = i }
                        // Then the plain ASCII run that follows, in one tight loop
                        // (a hyphen or anything outside ASCII goes back to the
                        // general case).
                        var word = c == 2
                        var j = i + 1
                        while j < n {
                            let v = t[j]
                            guard v < 0x80 else { break }
                            let d = asciiClass[Int(v)]
                            if d == 1 || d == 3 { break }
                            if d == 2 { word = true }
                            j += 1
                        }
                        if word { hasWordCharacter = true }
                        end = j
                        i = j
                        continue
                    } else {
                        if isSeparator(u) { break }
                        if u != Document.wordJoiner {
                            if start < 0 { start = i }
                            end = i + 1
                            if !hasWordCharacter { hasWordCharacter = isWordCharacter(text, i) }
                        }
                    }
                    i += 1
                }
                if hasWordCharacter { tokens.append(start..<end) }
            }
        return tokens
    }

    /// Is the unit at `i` (or the scalar it starts) a letter or a digit?
    @inline(__always)
    package static func isWordCharacter(_ text: [UInt16], _ i: Int) -> Bool {
        let u = text[i]
        if u < 0x80 {
            return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A)
        }
        if u == Document.wordJoiner { return false }
        var value = UInt32(u)
        if u >= 0xD800 && u < 0xDC00, i + 1 < text.count {
            let low = text[i + 1]
            guard low >= 0xDC00 && low < 0xE000 else { return false }
            value = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        } else if u >= 0xDC00 && u < 0xE000 {
            return false
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
