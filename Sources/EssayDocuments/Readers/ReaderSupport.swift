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
        marks.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[low..<high]).update(repeating: mark) }
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



