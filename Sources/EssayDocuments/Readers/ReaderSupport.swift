import EssayCore
import EssayText

/// Builds `Document.analysisText`: every unit starts as non-prose and readers
/// mark what is prose, what is markup inside prose, and where blocks are.
package struct AnalysisTextBuilder {
    package enum Mark: UInt8 {
        case nonProse = 0
        case prose = 1
        case markup = 2
    }

    package let source: [UInt16]
    private(set) var marks: [Mark]
    package var blocks: [Block] = []
    package var headings: [Heading] = []
    package var excluded: [ExcludedRegion] = []
    package var comments: [Comment] = []

    package init(_ source: [UInt16]) {
        self.source = source
        self.marks = Array(repeating: .nonProse, count: source.count)
    }

    package mutating func mark(_ range: Range<Int>, _ mark: Mark) {
        let low = max(0, range.lowerBound)
        let high = min(source.count, range.upperBound)
        guard low < high else { return }
        for i in low..<high { marks[i] = mark }
    }

    /// Marks a range as prose, trims it to its first and last non-space
    /// character, and records the block. Returns the trimmed range.
    @discardableResult
    package mutating func addBlock(_ kind: Block.Kind, _ range: Range<Int>, heading: Heading? = nil) -> Range<Int>? {
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
    package func trimmedProse(_ range: Range<Int>) -> Range<Int>? {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, marks[low] != .prose || isSpace(source[low]) { low += 1 }
        while high > low, marks[high - 1] != .prose || isSpace(source[high - 1]) { high -= 1 }
        return low < high ? low..<high : nil
    }

    package func finish(path: String, format: DocumentFormat, source text: SourceText) -> Document {
        // Line breaks inside a block become spaces, between blocks they stay;
        // everything else follows its mark.
        var out = [UInt16](repeating: 0x20, count: source.count)
        // Where the line breaks are (few): the blocks' own become spaces below.
        var breaks: [Int] = []
        for i in source.indices {
            let u = source[i]
            if u == 0x0A || u == 0x0D || u == 0x2028 || u == 0x2029 {
                out[i] = 0x0A
                breaks.append(i)
                continue
            }
            switch marks[i] {
            case .prose: out[i] = u
            case .markup: out[i] = Document.wordJoiner
            default: break
            }
        }
        for block in blocks {
            // The first break in the block, by halving; then each up to its end.
            var low = 0
            var high = breaks.count
            while low < high {
                let mid = (low + high) / 2
                if breaks[mid] < block.range.lowerBound { low = mid + 1 } else { high = mid }
            }
            while low < breaks.count, breaks[low] < block.range.upperBound {
                out[breaks[low]] = 0x20
                low += 1
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



