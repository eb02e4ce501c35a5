/// Writes JSON as UTF-8 bytes, in the order it is given: objects' keys as
/// written, no white space. Commas are placed by the writer: a value or key
/// after another in the same container gets one.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// A key of the open object; its value comes next.
    public mutating func key(_ key: String) {
        separate()
        escape(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String) { separate(); escape(value); needsComma = true }
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }
    public mutating func null() { raw("null") }
    /// A number as Swift prints a Double (shortest form that reads back); not finite: null.
    public mutating func double(_ value: Double) { value.isFinite ? raw(String(value)) : null() }

    public mutating func int(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
        needsComma = true
    }

    /// Text already in JSON form (a literal, a number).
    private mutating func raw(_ text: String) { separate(); bytes.append(contentsOf: text.utf8); needsComma = true }

    /// Bytes of another writer's complete value (a file's report, say).
    public mutating func value(_ other: JSONWriter) { separate(); bytes.append(contentsOf: other.bytes); needsComma = true }

    /// A JSON string: `"` and `\` escaped, control characters and the line
    /// and paragraph separators (U+2028, U+2029) as `\uXXXX` (lower-case hex)
    /// or their short forms; everything else as its UTF-8 bytes.
    private mutating func escape(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var plain = 0  // start of the run of bytes copied as they are
            var i = 0
            while i < utf8.count {
                let b = utf8[i]
                let separator = b == 0xE2 && i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9)
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || separator else { i += 1; continue }
                bytes.append(contentsOf: utf8[plain..<i])
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
                case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
                case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
                case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
                case 0xE2:
                    bytes.append(contentsOf: (utf8[i + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8)
                    i += 2
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: #"\u00"#.utf8)
                    bytes.append(hex[Int(b >> 4)])
                    bytes.append(hex[Int(b & 0x0F)])
                }
                i += 1
                plain = i
            }
            bytes.append(contentsOf: utf8[plain..<utf8.count])
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
