/// Parses the JSON that the build plugin embeds (`EmbeddedLexicons.files`)
/// into a tree that `Fields` (EmbeddedReading.swift) reads into profiles and
/// lexicons.
///
/// Foundation's `JSONDecoder` asks the runtime, for every decoded type,
/// whether it conforms to several marker protocols; each negative answer scans
/// every conformance record of the statically linked binary. This parser asks
/// nothing of the runtime. It reads only the JSON the plugin writes (objects,
/// arrays, strings, numbers, booleans and null, as JSONSerialization prints
/// them).
///
/// It runs on every start, so it is built for speed: objects are key-value
/// lists (a profile's objects have a handful of keys; a list beats hashing)
/// and strings without escapes are made straight from the bytes.
struct EmbeddedDecoder {
    indirect enum Value {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([(String, Value)])
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The parsed tree, for data read without Codable.
    static func parse(_ json: String) throws -> Value {
        var parser = Parser(bytes: Array(json.utf8))
        return try parser.document()
    }

    // MARK: Parser

    struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func document() throws -> Value {
            let value = try parse(depth: 0)
            skipSpace()
            guard index == bytes.count else { throw Failure(description: "trailing bytes at offset \(index)") }
            return value
        }

        mutating func skipSpace() {
            while index < bytes.count {
                let b = bytes[index]
                guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
                index += 1
            }
        }

        mutating func expect(_ literal: String) throws {
            for byte in literal.utf8 {
                guard index < bytes.count, bytes[index] == byte else { throw Failure(description: "bad literal at offset \(index)") }
                index += 1
            }
        }

        mutating func parse(depth: Int) throws -> Value {
            guard depth < 512 else { throw Failure(description: "nested too deeply") }
            skipSpace()
            guard index < bytes.count else { throw Failure(description: "unexpected end") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var object: [(String, Value)] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(object) }
                while true {
                    skipSpace()
                    guard case .string(let key) = try parse(depth: depth + 1) else { throw Failure(description: "object key expected at offset \(index)") }
                    skipSpace()
                    try expect(":")
                    object.append((key, try parse(depth: depth + 1)))
                    skipSpace()
                    guard index < bytes.count else { throw Failure(description: "unexpected end") }
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "}") { return .object(object) }
                    guard bytes[index - 1] == UInt8(ascii: ",") else { throw Failure(description: "',' or '}' expected at offset \(index - 1)") }
                }
            case UInt8(ascii: "["):
                index += 1
                var array: [Value] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(array) }
                while true {
                    array.append(try parse(depth: depth + 1))
                    skipSpace()
                    guard index < bytes.count else { throw Failure(description: "unexpected end") }
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "]") { return .array(array) }
                    guard bytes[index - 1] == UInt8(ascii: ",") else { throw Failure(description: "',' or ']' expected at offset \(index - 1)") }
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"): try expect("true"); return .bool(true)
            case UInt8(ascii: "f"): try expect("false"); return .bool(false)
            case UInt8(ascii: "n"): try expect("null"); return .null
            default:
                let start = index
                while index < bytes.count {
                    let b = bytes[index]
                    guard (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E || b == 0x45 || b == 0x65 else { break }
                    index += 1
                }
                guard index > start, let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
                    throw Failure(description: "unexpected byte at offset \(start)")
                }
                return .number(number)
            }
        }

        mutating func string() throws -> String {
            index += 1
            // Most strings have no escape: made from the bytes in one step.
            let start = index
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
                index = end + 1
                return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
            }
            var out: [UInt8] = Array(bytes[start..<end])
            index = end
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { break }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "u"):
                        var unit = try hex4()
                        if (0xD800..<0xDC00).contains(unit), index + 1 < bytes.count,
                           bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            let low = try hex4()
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        }
                        out.append(contentsOf: String(Unicode.Scalar(unit) ?? "\u{FFFD}").utf8)
                    default: out.append(escape)
                    }
                default:
                    out.append(byte)
                }
            }
            throw Failure(description: "unterminated string")
        }

        mutating func hex4() throws -> UInt32 {
            guard index + 4 <= bytes.count, let unit = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
                throw Failure(description: "bad \\u escape at offset \(index)")
            }
            index += 4
            return unit
        }
    }
}
