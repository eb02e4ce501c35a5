/// A document cut at the start of each block's first line (every offset
/// in exactly one piece), with a digest of each piece's text as written and
/// as analysed: what a memo of one open document compares to tell the
/// paragraphs an edit left alone. A piece starts only where the analysis
/// text has a line break before it, where words and sentences always break,
/// so the words and sentences in it are a function of its own text.
package struct DocumentChunks: Sendable {
    package let ranges: [Range<Int>]
    package let digests: [TextDigest]

    package init(_ document: Document) {
        let count = document.source.count
        let text = document.analysisText
        var starts: Set<Int> = [0]
        for block in document.blocks where block.range.lowerBound < count {
            let line = document.source.lineStarts[document.source.lineIndex(of: block.range.lowerBound)]
            if line > 0, line <= text.count, text[line - 1] == 0x0A || text[line - 1] == 0x0D { starts.insert(line) }
        }
        let sorted = starts.filter { $0 < count }.sorted()
        let ranges = sorted.isEmpty ? [0..<count]
            : sorted.indices.map { k in sorted[k]..<(k + 1 < sorted.count ? sorted[k + 1] : count) }
        self.ranges = ranges
        let source = document.source.utf16
        digests = ranges.map { TextDigest([source[$0], text[$0]]) }
    }

    /// A digest of a range's text as written and as analysed (and of the
    /// labels), as fit for a memo's key as a digest of the text itself:
    /// made of the digests of the pieces it holds whole and of its partial
    /// ends, so a section is not digested again unit by unit (the digests
    /// of readability's, the rubric evidence's and the heading mapping's
    /// ranges were 5% of a language server's re-lint under callgrind).
    package func digest(_ range: Range<Int>, in document: Document, labels: [String] = []) -> TextDigest {
        let source = document.source.utf16
        let text = document.analysisText
        // The first piece that ends after the range starts.
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var parts: [TextDigest] = []
        var k = low
        while k < ranges.count, ranges[k].lowerBound < range.upperBound {
            let piece = ranges[k]
            if piece.lowerBound >= range.lowerBound, piece.upperBound <= range.upperBound {
                parts.append(digests[k])
            } else {
                let r = piece.clamped(to: range)
                parts.append(TextDigest([source[r], text[r]]))
            }
            k += 1
        }
        return TextDigest(combining: parts, labels: labels)
    }

    /// For each piece, the index of its first word (words in order, by
    /// start offset), then the number of words.
    package func wordBounds(starts: [Int]) -> [Int] {
        var bounds: [Int] = []
        bounds.reserveCapacity(ranges.count + 1)
        var w = 0
        for range in ranges {
            while w < starts.count, starts[w] < range.lowerBound { w += 1 }
            bounds.append(w)
        }
        bounds.append(starts.count)
        return bounds
    }
}

/// A memo of one open document's pieces: what this lint used and what the
/// last one used; the rest is dropped, so it never holds more than two
/// lints' worth. Not for text that must not be kept past a request: it
/// lives as long as the document is open in an editor.
package final class ChunkMemo<Key: Hashable, Value>: @unchecked Sendable {
    // Inlinable, so that each user's dictionary of its own key is specialised.
    @usableFromInline var current: [Key: Value] = [:]
    @usableFromInline var last: [Key: Value] = [:]
    /// Pieces this lint computed again (tests).
    @usableFromInline package internal(set) var misses = 0

    package init() {}

    /// What the values were computed with (a compiled profile, a lexicon):
    /// another one, after a configuration change, starts the memo again.
    /// Held, not only named, so that no new object can take its address.
    @usableFromInline var owner: AnyObject?

    /// Starts a lint: what the last one did not use is dropped. `reset`
    /// drops everything (the settings the values depend on changed), and so
    /// does an `owner` other than the last lint's.
    @inlinable
    package func begin(reset: Bool = false, owner: AnyObject? = nil) {
        last = reset || owner !== self.owner ? [:] : current
        self.owner = owner
        // Room for as many as the last lint used: grown from empty, the
        // table was rehashed at each doubling on every lint.
        current = Dictionary(minimumCapacity: last.count)
        misses = 0
    }

    @inlinable
    package func value(_ key: Key) -> Value? {
        guard let value = current[key] ?? last[key] else { misses += 1; return nil }
        current[key] = value
        return value
    }

    @inlinable
    package func remember(_ key: Key, _ value: Value) { current[key] = value }

    /// Entries this lint used or made (tests).
    package var count: Int { current.count }
}

extension Range where Bound == Int {
    /// The range moved by `offset` units: from a piece's own offsets to the
    /// document's and back.
    package func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}
