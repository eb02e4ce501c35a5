/// The decoded text of one input, kept as UTF-16 (ICU's unit), with the tables
/// that map an offset back to the source's own positions: 1-based line,
/// 1-based column in Unicode scalars, and UTF-8 byte offset in the original
/// bytes (a byte order mark counts in the byte offset, not in the column).
public struct SourceText: Sendable {
    /// The text without its byte order mark, as UTF-16 code units.
    public let utf16: [UInt16]
    /// How many bytes the original input spent on a byte order mark.
    public let bomBytes: Int
    /// UTF-16 offset at which each line starts.
    public let lineStarts: [Int]
    /// The encoding the bytes were read as.
    public let encoding: String

    public var count: Int { utf16.count }

    /// Decodes UTF-8 (with or without a byte order mark) or UTF-16 with a byte
    /// order mark. Throws `InputError` for bytes that are not text.
    public init(bytes: [UInt8]) throws(InputError) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            guard bytes.count % 2 == 0 else {
                throw InputError.invalidEncoding("UTF-16 text with an odd number of bytes (\(bytes.count))")
            }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                let unit = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                units.append(unit)
                i += 2
            }
            if let bad = SourceText.firstUnpairedSurrogate(units) {
                throw InputError.invalidEncoding("invalid UTF-16 (unpaired surrogate) at byte offset \(2 + bad * 2)")
            }
            self.init(units: units, bomBytes: 2, bytesPerUnit: 2, encoding: little ? "UTF-16LE" : "UTF-16BE")
            return
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // One pass: validate, decode to UTF-16 and note where lines start.
        // The checks are the Unicode standard's well-formed byte sequences
        // (table 3-7): no overlong forms, no surrogates, nothing past
        // U+10FFFF; a sequence cut short is an error at its first byte. (The
        // standard library's decoder, one scalar at a time through an
        // iterator, was 7% of the instructions of a language server's
        // re-lint under callgrind.)
        var starts = [0]
        var failure: Int?
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count - start)
        let n = bytes.count
        var i = start
        var pendingCR = false     // a CR whose line ends unless LF follows
        decoding: while i < n {
            let b0 = bytes[i]
            var scalar = UInt32(b0)
            var width = 1
            if b0 >= 0x80 {
                func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
                    guard i + k < n, bytes[i + k] >= low, bytes[i + k] <= high else { return nil }
                    return UInt32(bytes[i + k] & 0x3F)
                }
                switch b0 {
                case 0xC2...0xDF:
                    guard let c1 = continuation(1) else { failure = i; break decoding }
                    scalar = UInt32(b0 & 0x1F) << 6 | c1
                    width = 2
                case 0xE0...0xEF:
                    guard let c1 = continuation(1, b0 == 0xE0 ? 0xA0 : 0x80, b0 == 0xED ? 0x9F : 0xBF),
                          let c2 = continuation(2) else { failure = i; break decoding }
                    scalar = UInt32(b0 & 0x0F) << 12 | c1 << 6 | c2
                    width = 3
                case 0xF0...0xF4:
                    guard let c1 = continuation(1, b0 == 0xF0 ? 0x90 : 0x80, b0 == 0xF4 ? 0x8F : 0xBF),
                          let c2 = continuation(2), let c3 = continuation(3) else { failure = i; break decoding }
                    scalar = UInt32(b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
                    width = 4
                default:
                    failure = i
                    break decoding
                }
            }
            if pendingCR, scalar != 0x0A { starts.append(units.count) }
            pendingCR = scalar == 0x0D
            i += width
            if scalar >= 0x10000 {
                units.append(UInt16(0xD800 + ((scalar - 0x10000) >> 10)))
                units.append(UInt16(0xDC00 + ((scalar - 0x10000) & 0x3FF)))
            } else {
                units.append(UInt16(scalar))
            }
            if scalar == 0x0A { starts.append(units.count) }
        }
        if failure == nil, pendingCR { starts.append(units.count) }
        if let bad = failure { throw InputError.invalidEncoding("invalid UTF-8 at byte offset \(bad)") }
        self.init(utf16: units, bomBytes: start, lineStarts: starts, encoding: "UTF-8", bytesPerUnit: 0)
    }

    private init(utf16: [UInt16], bomBytes: Int, lineStarts: [Int], encoding: String, bytesPerUnit: Int) {
        self.utf16 = utf16
        self.bomBytes = bomBytes
        self.lineStarts = lineStarts
        self.encoding = encoding
        self.bytesPerUnit = bytesPerUnit
        checkpoints = SourceText.checkpoints(utf16, bomBytes: bomBytes, bytesPerUnit: bytesPerUnit)
    }

    /// Text that is already decoded (standard input, tests).
    public init(string: String) {
        self.init(units: Array(string.utf16), bomBytes: 0, bytesPerUnit: 0, encoding: "UTF-8")
    }

    /// Text that is already decoded, as UTF-16 code units (an editor's
    /// document as its edits leave it); its byte offsets count UTF-8.
    public init(utf16 units: [UInt16]) {
        self.init(units: units, bomBytes: 0, bytesPerUnit: 0, encoding: "UTF-8")
    }

    /// `bytesPerUnit` is 2 for UTF-16 input, 0 for UTF-8 (bytes per scalar vary).
    private init(units: [UInt16], bomBytes: Int, bytesPerUnit: Int, encoding: String) {
        self.utf16 = units
        self.bomBytes = bomBytes
        self.encoding = encoding
        var starts = [0]
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            i += 1
            if u == 0x0A || (u == 0x0D && (i >= n || units[i] != 0x0A)) { starts.append(i) }
        }
        self.lineStarts = starts
        self.bytesPerUnit = bytesPerUnit
        checkpoints = SourceText.checkpoints(units, bomBytes: bomBytes, bytesPerUnit: bytesPerUnit)
    }

    private let bytesPerUnit: Int

    /// Every `checkpointStride` units: the byte offset there, then the number
    /// of scalars before it. A location walks from the checkpoint before it,
    /// not from its line's start: an essay pasted as one line (the ASAP
    /// essays) put a walk of half a line behind every finding's position, 6%
    /// of the instructions of `lint --format json` over 200 of them.
    private let checkpoints: [Int]
    private static let checkpointStride = 64

    private static func checkpoints(_ units: [UInt16], bomBytes: Int, bytesPerUnit: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity((units.count / checkpointStride + 1) * 2)
        var byte = bomBytes
        var scalars = 0
        var i = 0
        while true {
            if i % checkpointStride == 0 { out.append(byte); out.append(scalars) }
            guard i < units.count else { break }
            let (width, scalar) = step(units[i], bytesPerUnit: bytesPerUnit)
            byte += width
            scalars += scalar
            i += 1
        }
        return out
    }

    /// The UTF-8 (or UTF-16) bytes of one unit, and whether it starts a scalar
    /// (a low surrogate does not).
    private static func step(_ u: UInt16, bytesPerUnit: Int) -> (Int, Int) {
        let lowSurrogate = u >= 0xDC00 && u < 0xE000
        if bytesPerUnit == 2 { return (2, lowSurrogate ? 0 : 1) }
        if u < 0x80 { return (1, 1) }
        if u < 0x800 { return (2, 1) }
        if u >= 0xD800 && u < 0xE000 { return (2, lowSurrogate ? 0 : 1) }
        return (3, 1)
    }

    /// Original-input byte offset at which each line starts (from the checkpoints).
    public var lineStartBytes: [Int] { lineStarts.map { bytesAndScalars(at: $0).byte } }

    /// The byte offset of a UTF-16 offset and the number of scalars before it.
    private func bytesAndScalars(at offset: Int) -> (byte: Int, scalars: Int) {
        let c = offset / SourceText.checkpointStride
        var byte = checkpoints[2 * c]
        var scalars = checkpoints[2 * c + 1]
        var i = c * SourceText.checkpointStride
        while i < offset {
            let (width, scalar) = SourceText.step(utf16[i], bytesPerUnit: bytesPerUnit)
            byte += width
            scalars += scalar
            i += 1
        }
        return (byte, scalars)
    }

    /// The 0-based line index holding a UTF-16 offset.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Line, column and byte offset of a UTF-16 offset (clamped to the text).
    public func location(of rawOffset: Int) -> SourceLocation {
        let offset = max(0, min(rawOffset, utf16.count))
        let line = lineIndex(of: offset)
        let at = bytesAndScalars(at: offset)
        let lineStart = bytesAndScalars(at: lineStarts[line])
        return SourceLocation(line: line + 1, column: at.scalars - lineStart.scalars + 1, byteOffset: at.byte, utf16Offset: offset)
    }

    public func range(_ range: Range<Int>) -> SourceRange {
        SourceRange(start: location(of: range.lowerBound), end: location(of: range.upperBound))
    }

    public func string(_ range: Range<Int>) -> String {
        let low = max(0, min(range.lowerBound, utf16.count))
        let high = max(low, min(range.upperBound, utf16.count))
        return SourceText.string(utf16[low..<high])
    }

    /// UTF-16 to a String; a lone surrogate becomes U+FFFD. Through UTF-8
    /// bytes: the standard library's UTF-16 path checks each scalar in a
    /// generic loop, about a tenth of a warm re-lint in a language server.
    package static func string(_ units: ArraySlice<UInt16>) -> String {
        String(decoding: utf8(units), as: UTF8.self)
    }
    package static func string(_ units: [UInt16]) -> String { string(units[...]) }

    /// UTF-16 to UTF-8 bytes (a lone surrogate as U+FFFD).
    package static func utf8(_ units: ArraySlice<UInt16>) -> [UInt8] {
        var bytes: [UInt8] = []
        var unused = UTF8Offsets()
        utf8(units, into: &bytes, offsets: &unused, recordingOffsets: false)
        return bytes
    }

    /// Where the bytes of a text's UTF-8 form stand among its UTF-16 units
    /// (both counted from the text's start). An ASCII byte is one unit, so
    /// only the other scalars are noted, and a lookup finds its place among
    /// them by halving.
    package struct UTF8Offsets: Sendable {
        /// The byte at which each noted scalar starts and the byte after it, in turn.
        private var bytes: [Int32] = []
        /// The unit offsets of those bytes.
        private var units: [Int32] = []

        package init() {}

        mutating func note(byte: Int, unit: Int, bytes width: Int, units unitWidth: Int) {
            bytes.append(Int32(byte)); units.append(Int32(unit))
            bytes.append(Int32(byte + width)); units.append(Int32(unit + unitWidth))
        }

        /// The unit offset of a byte; for a byte inside a scalar, the unit where the scalar starts.
        package func unit(ofByte byte: Int) -> Int {
            // How many noted bytes are at or before `byte`.
            var low = 0, high = bytes.count
            while low < high {
                let middle = (low + high) / 2
                if Int(bytes[middle]) <= byte { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return byte }
            let k = low - 1
            return k % 2 == 0 ? Int(units[k]) : Int(units[k]) + byte - Int(bytes[k])
        }
    }

    /// UTF-16 to UTF-8 bytes, appended; a lone surrogate becomes U+FFFD (as
    /// a String makes it). With `recordingOffsets`, `offsets` notes where
    /// the appended bytes stand among the slice's units (bytes counted from
    /// the first appended, units from the slice's start).
    package static func utf8(_ units: ArraySlice<UInt16>, into bytes: inout [UInt8], offsets: inout UTF8Offsets, recordingOffsets: Bool) {
        bytes.reserveCapacity(bytes.count + units.count + units.count / 4)
        let base = units.startIndex
        let byteBase = bytes.count
        let end = units.endIndex
        var i = base
        while i < end {
            let u = units[i]
            let offset = i - base
            if u < 0x80 {
                // A run of ASCII at once (appended unit by unit, each append
                // checked capacity and uniqueness).
                var run = i + 1
                while run < end, units[run] < 0x80 { run += 1 }
                bytes += units[i..<run].map { UInt8(truncatingIfNeeded: $0) }
                i = run
                continue
            }
            var value = UInt32(u)
            var width = 1
            if u >= 0xD800 && u < 0xE000 {
                if u < 0xDC00, i + 1 < end, units[i + 1] >= 0xDC00, units[i + 1] < 0xE000 {
                    value = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(units[i + 1] - 0xDC00)
                    width = 2
                } else {
                    value = 0xFFFD
                }
            }
            i += width
            let count: Int
            let start = bytes.count - byteBase
            if value < 0x800 {
                bytes.append(UInt8(0xC0 | value >> 6)); bytes.append(UInt8(0x80 | value & 0x3F))
                count = 2
            } else if value < 0x10000 {
                bytes.append(UInt8(0xE0 | value >> 12)); bytes.append(UInt8(0x80 | value >> 6 & 0x3F)); bytes.append(UInt8(0x80 | value & 0x3F))
                count = 3
            } else {
                bytes.append(UInt8(0xF0 | value >> 18)); bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F)); bytes.append(UInt8(0x80 | value & 0x3F))
                count = 4
            }
            if recordingOffsets { offsets.note(byte: start, unit: offset, bytes: count, units: width) }
        }
    }

    /// The text of a 1-based line without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : utf16.count
        while end > start, utf16[end - 1] == 0x0A || utf16[end - 1] == 0x0D { end -= 1 }
        return string(start..<end)
    }

    /// How an editor counts the characters of a line: in UTF-8 bytes or
    /// UTF-16 code units (the Language Server Protocol's position encodings).
    public enum CodeUnit: Sendable, Hashable {
        case utf8, utf16
    }

    /// An offset as an editor's position: the 0-based line and the code
    /// units in `unit` from the line's start (clamped to the text).
    public func linePosition(of rawOffset: Int, in unit: CodeUnit) -> (line: Int, character: Int) {
        let offset = max(0, min(rawOffset, utf16.count))
        let line = lineIndex(of: offset)
        let start = lineStarts[line]
        switch unit {
        case .utf16:
            return (line, offset - start)
        case .utf8:
            var bytes = 0
            for u in utf16[start..<offset] { bytes += SourceText.utf8Width(u) }
            return (line, bytes)
        }
    }

    /// The offset of an editor's position (0-based line, code units in
    /// `unit` from the line's start): a line past the last is the end of the
    /// text, a character past the line's end is the end of the line (before
    /// its line break), and one inside a character is that character's start.
    public func offset(line: Int, character: Int, in unit: CodeUnit) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return utf16.count }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : utf16.count
        if end > start, utf16[end - 1] == 0x0A { end -= 1 }
        if end > start, utf16[end - 1] == 0x0D { end -= 1 }
        var i = start
        var counted = 0
        while i < end {
            let u = utf16[i]
            let pair = u >= 0xD800 && u < 0xDC00 && i + 1 < end && utf16[i + 1] >= 0xDC00 && utf16[i + 1] < 0xE000
            let width = unit == .utf16 ? (pair ? 2 : 1) : (pair ? 4 : SourceText.utf8Width(u))
            if counted + width > character { break }
            counted += width
            i += pair ? 2 : 1
        }
        return i
    }

    /// UTF-8 bytes of one UTF-16 code unit (a surrogate: 2 of its pair's 4).
    @inline(__always)
    private static func utf8Width(_ u: UInt16) -> Int {
        u < 0x80 ? 1 : u < 0x800 || (u >= 0xD800 && u < 0xE000) ? 2 : 3
    }

    package static func firstUnpairedSurrogate(_ units: [UInt16]) -> Int? {
        var i = 0
        while i < units.count {
            let u = units[i]
            if u >= 0xD800 && u < 0xDC00 {
                if i + 1 < units.count, units[i + 1] >= 0xDC00, units[i + 1] < 0xE000 { i += 2; continue }
                return i
            }
            if u >= 0xDC00 && u < 0xE000 { return i }
            i += 1
        }
        return nil
    }
}

/// A place in the source: 1-based line, 1-based column counted in Unicode
/// scalars, and the byte offset into the original input.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var line: Int
    public var column: Int
    public var byteOffset: Int
    public var utf16Offset: Int
}

/// A half-open source span; `end` is exclusive.
public struct SourceRange: Sendable, Hashable, Codable {
    public var start: SourceLocation
    public var end: SourceLocation
    public var byteLength: Int { end.byteOffset - start.byteOffset }
}

/// Why an input could not be linted.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidEncoding(String)
    case configuration(String)

    public var description: String {
        switch self {
        case .invalidEncoding(let s), .configuration(let s):
            return s
        }
    }
}

/// White space as the readers and directives see it (Unicode spaces, line
/// separators, the byte order mark and the word joiner included).
@inline(__always)
package func isSpace(_ u: UInt16) -> Bool {
    u == 0x20 || u == 0x09 || u == 0x0A || u == 0x0D || u == 0x0B || u == 0x0C || u == 0xA0 || u == 0x2060
        || u == 0xFEFF || u == 0x3000 || u == 0x2028 || u == 0x2029 || (u >= 0x2000 && u <= 0x200B) || u == 0x202F || u == 0x205F
}
