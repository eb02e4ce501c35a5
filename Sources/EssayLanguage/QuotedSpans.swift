import EssayCore
import EssayText

extension DeficitScan {
    /// Spans inside quotation marks, within one block.
    package static func quotedRanges(_ text: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var openDouble: Int?
        var openSingle: Int?
        func boundary(_ i: Int) -> Bool { i < 0 || i >= text.count || isSpace(text[i]) || [0x28, 0x5B, 0x2014, 0x2013].contains(text[i]) }
        func letter(_ i: Int) -> Bool {
            guard i >= 0, i < text.count else { return false }
            let u = text[i]
            return (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || u >= 0xC0 && u != 0x2019 && u != 0x201D && u != 0x2060
        }
        let n = text.count
        var i = 0
        while i < n {
            defer { i += 1 }
            switch text[i] {
            case 0x0A:
                openDouble = nil; openSingle = nil
            case 0x201C:
                openDouble = i
            case 0x201D:
                if let o = openDouble { ranges.append(o..<(i + 1)); openDouble = nil }
            case 0x22:
                if let o = openDouble, !boundary(i - 1) || boundary(i + 1) { ranges.append(o..<(i + 1)); openDouble = nil }
                else if boundary(i - 1) { openDouble = i }
            case 0x2018:
                if boundary(i - 1) { openSingle = i }
            case 0x2019, 0x27:
                if let o = openSingle, !letter(i + 1) { ranges.append(o..<(i + 1)); openSingle = nil }
                else if text[i] == 0x27, boundary(i - 1), letter(i + 1) { openSingle = i }
            default:
                break
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        // Merge nested spans.
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}
