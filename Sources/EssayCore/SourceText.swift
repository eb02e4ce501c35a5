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
    /// Original-input byte offset at which each line starts.
    public let lineStartBytes: [Int]
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
        var starts = [0]
        var startBytes = [start]
        var failure: Int?
        var count = 0
        var units = [UInt16](repeating: 0, count: bytes.count - start)
        units.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                var i = start
                let n = input.count
                var o = 0
                let inBase = input.baseAddress, outBase = out.baseAddress
                while i < n {
                    // Eight ASCII bytes with no line break (0x0A, 0x0D or below) at once.
                    if i + 8 <= n, let inBase, let outBase {
                        let w = UnsafeRawPointer(inBase + i).loadUnaligned(as: UInt64.self)
                        let high: UInt64 = 0x8080_8080_8080_8080
                        // With every byte below 0x80, a byte below 0x0E borrows into its top bit.
                        if w & high == 0, (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & high == 0 {
                            let bytes = UnsafeRawPointer(inBase + i).loadUnaligned(as: SIMD8<UInt8>.self)
                            UnsafeMutableRawPointer(outBase + o).storeBytes(of: SIMD8<UInt16>(truncatingIfNeeded: bytes), as: SIMD8<UInt16>.self)
                            i += 8
                            o += 8
                            continue
                        }
                    }
                    let b = input[i]
                    if b < 0x80 {
                        out[o] = UInt16(b)
                        o += 1
                        i += 1
                        if b == 0x0A || (b == 0x0D && (i >= n || input[i] != 0x0A)) {
                            starts.append(o)
                            startBytes.append(i)
                        }
                        continue
                    }
                    let length: Int
                    var scalar: UInt32
                    let minimum: UInt32
                    if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F) }
                    else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F) }
                    else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07) }
                    else { failure = i; break }
                    guard i + length <= n else { failure = i; break }
                    var ok = true
                    for k in 1..<length {
                        let c = input[i + k]
                        if c & 0xC0 != 0x80 { ok = false; break }
                        scalar = scalar << 6 | UInt32(c & 0x3F)
                    }
                    if !ok || scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar < 0xE000) { failure = i; break }
                    if scalar >= 0x10000 {
                        let v = scalar - 0x10000
                        out[o] = UInt16(0xD800 + (v >> 10))
                        out[o + 1] = UInt16(0xDC00 + (v & 0x3FF))
                        o += 2
                    } else {
                        out[o] = UInt16(scalar)
                        o += 1
                    }
                    i += length
                }
                count = o
            }
        }
        if let bad = failure { throw InputError.invalidEncoding("invalid UTF-8 at byte offset \(bad)") }
        units.removeLast(units.count - count)
        self.init(utf16: units, bomBytes: start, lineStarts: starts, lineStartBytes: startBytes, encoding: "UTF-8", bytesPerUnit: 0)
    }

    private init(utf16: [UInt16], bomBytes: Int, lineStarts: [Int], lineStartBytes: [Int], encoding: String, bytesPerUnit: Int) {
        self.utf16 = utf16
        self.bomBytes = bomBytes
        self.lineStarts = lineStarts
        self.lineStartBytes = lineStartBytes
        self.encoding = encoding
        self.bytesPerUnit = bytesPerUnit
    }

    /// Text that is already decoded (standard input, tests).
    public init(string: String) {
        self.init(units: Array(string.utf16), bomBytes: 0, bytesPerUnit: 0, encoding: "UTF-8")
    }

    /// `bytesPerUnit` is 2 for UTF-16 input, 0 for UTF-8 (bytes per scalar vary).
    private init(units: [UInt16], bomBytes: Int, bytesPerUnit: Int, encoding: String) {
        self.utf16 = units
        self.bomBytes = bomBytes
        self.encoding = encoding
        var starts = [0]
        var startBytes = [bomBytes]
        var byte = bomBytes
        var i = 0
        let n = units.count
        while i < n {
            let u = units[i]
            let width: Int
            if bytesPerUnit == 2 {
                width = 2
            } else if u < 0x80 {
                width = 1
            } else if u < 0x800 {
                width = 2
            } else if u >= 0xD800 && u < 0xDC00 {
                width = 2  // high surrogate: 2 of the 4 bytes; the low one adds 2 more
            } else if u >= 0xDC00 && u < 0xE000 {
                width = 2
            } else {
                width = 3
            }
            byte += width
            i += 1
            if u == 0x0A || (u == 0x0D && (i >= n || units[i] != 0x0A)) {
                starts.append(i)
                startBytes.append(byte)
            }
        }
        self.lineStarts = starts
        self.lineStartBytes = startBytes
        self.bytesPerUnit = bytesPerUnit
    }

    private let bytesPerUnit: Int

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
        var column = 1
        var byte = lineStartBytes[line]
        var i = lineStarts[line]
        while i < offset {
            let u = utf16[i]
            if bytesPerUnit == 2 {
                byte += 2
                if !(u >= 0xDC00 && u < 0xE000) { column += 1 }
            } else if u < 0x80 {
                byte += 1; column += 1
            } else if u < 0x800 {
                byte += 2; column += 1
            } else if u >= 0xD800 && u < 0xDC00 {
                byte += 2; column += 1
            } else if u >= 0xDC00 && u < 0xE000 {
                byte += 2
            } else {
                byte += 3; column += 1
            }
            i += 1
        }
        return SourceLocation(line: line + 1, column: column, byteOffset: byte, utf16Offset: offset)
    }

    public func range(_ range: Range<Int>) -> SourceRange {
        SourceRange(start: location(of: range.lowerBound), end: location(of: range.upperBound))
    }

    public func string(_ range: Range<Int>) -> String {
        let low = max(0, min(range.lowerBound, utf16.count))
        let high = max(low, min(range.upperBound, utf16.count))
        return utf16.withUnsafeBufferPointer { SourceText.string(UnsafeBufferPointer(rebasing: $0[low..<high])) }
    }

    /// UTF-16 to a String in one pass into its UTF-8 storage (the standard
    /// library's generic transcoding took a tenth of a run's time). A lone
    /// surrogate becomes U+FFFD, as `String(decoding:as:)` would make it.
    package static func string(_ units: ArraySlice<UInt16>) -> String { units.withUnsafeBufferPointer { string($0) } }
    package static func string(_ units: [UInt16]) -> String { units.withUnsafeBufferPointer { string($0) } }

    package static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        if units.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: units.count * 3) { out in
            var o = 0
            var i = 0
            let n = units.count
            while i < n {
                let u = UInt32(units[i])
                i += 1
                if u < 0x80 {
                    out[o] = UInt8(u); o += 1
                } else if u < 0x800 {
                    out[o] = UInt8(0xC0 | (u >> 6)); out[o + 1] = UInt8(0x80 | (u & 0x3F)); o += 2
                } else if u & 0xF800 == 0xD800 {
                    if u < 0xDC00, i < n, units[i] & 0xFC00 == 0xDC00 {
                        let scalar = 0x10000 + ((u - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                        i += 1
                        out[o] = UInt8(0xF0 | (scalar >> 18)); out[o + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
                        out[o + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F)); out[o + 3] = UInt8(0x80 | (scalar & 0x3F))
                        o += 4
                    } else {
                        out[o] = 0xEF; out[o + 1] = 0xBF; out[o + 2] = 0xBD; o += 3
                    }
                } else {
                    out[o] = UInt8(0xE0 | (u >> 12)); out[o + 1] = UInt8(0x80 | ((u >> 6) & 0x3F)); out[o + 2] = UInt8(0x80 | (u & 0x3F)); o += 3
                }
            }
            return o
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
