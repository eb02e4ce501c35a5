/// Decodes the JSON that the build plugin embeds (`EmbeddedLexicons.files`).
///
/// Foundation's `JSONDecoder` asks the runtime, for every decoded type,
/// whether it conforms to several marker protocols; each negative answer scans
/// every conformance record of the statically linked binary, which cost about
/// 3 ms of a 15 ms run. This decoder asks nothing of the runtime. It reads only
/// the JSON the plugin writes (objects, arrays, strings, numbers, booleans and
/// null, as JSONSerialization prints them), and its errors name the key path.
///
/// It runs on every start, so it is built for speed: objects are key-value
/// lists (a profile's objects have a handful of keys; a list beats hashing),
/// strings without escapes are made straight from the bytes, and the coding
/// path is a chain of links turned into an array only for an error.
struct EmbeddedDecoder {
    indirect enum Value {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([(String, Value)])
    }

    /// A coding path as a chain from the innermost key outwards.
    final class Path: @unchecked Sendable {
        let parent: Path?
        let key: CodingKey
        init(parent: Path?, key: CodingKey) { self.parent = parent; self.key = key }

        static func keys(_ path: Path?) -> [CodingKey] {
            var keys: [CodingKey] = []
            var link = path
            while let l = link { keys.append(l.key); link = l.parent }
            return keys.reversed()
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The parsed tree, for data read without Codable.
    static func parse(_ json: String) throws -> Value {
        var parser = Parser(bytes: Array(json.utf8))
        return try parser.document()
    }

    static func decode<T: Decodable>(_ type: T.Type, from json: String) throws -> T {
        var parser = Parser(bytes: Array(json.utf8))
        let value = try parser.document()
        return try T(from: TreeDecoder(value: value, path: nil))
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
                while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
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

    // MARK: Decoder

    struct Key: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
        init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    }

    static func path(_ codingPath: [CodingKey]) -> String {
        codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    struct TreeDecoder: Decoder {
        let value: Value
        let path: Path?
        var codingPath: [CodingKey] { Path.keys(path) }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<K: CodingKey>(keyedBy type: K.Type) throws -> KeyedDecodingContainer<K> {
            guard case .object(let object) = value else { throw mismatch("an object") }
            return KeyedDecodingContainer(Keyed<K>(object: object, path: path))
        }

        func unkeyedContainer() throws -> UnkeyedDecodingContainer {
            guard case .array(let array) = value else { throw mismatch("a list") }
            return Unkeyed(array: array, path: path)
        }

        func singleValueContainer() throws -> SingleValueDecodingContainer { Single(value: value, parent: path) }

        func mismatch(_ expected: String) -> Failure {
            Failure(description: "\(EmbeddedDecoder.path(codingPath)): expected \(expected)")
        }
    }

    struct Keyed<K: CodingKey>: KeyedDecodingContainerProtocol {
        let object: [(String, Value)]
        let path: Path?
        var codingPath: [CodingKey] { Path.keys(path) }
        var allKeys: [K] { object.compactMap { K(stringValue: $0.0) } }

        func lookup(_ name: String) -> Value? {
            for (key, value) in object where key == name { return value }
            return nil
        }

        func contains(_ key: K) -> Bool { lookup(key.stringValue) != nil }

        func child(_ key: K) throws -> Single {
            guard let value = lookup(key.stringValue) else {
                throw Failure(description: "\(EmbeddedDecoder.path(codingPath + [key])): missing")
            }
            return Single(value: value, parent: path, key: key)
        }

        func decodeNil(forKey key: K) throws -> Bool {
            if case .null = lookup(key.stringValue) ?? .null { return true }
            return false
        }
        func decode(_ type: Bool.Type, forKey key: K) throws -> Bool { try child(key).decode(type) }
        func decode(_ type: String.Type, forKey key: K) throws -> String { try child(key).decode(type) }
        func decode(_ type: Double.Type, forKey key: K) throws -> Double { try child(key).decode(type) }
        func decode(_ type: Int.Type, forKey key: K) throws -> Int { try child(key).decode(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: K) throws -> T { try child(key).decode(type) }
        func decode(_ type: Int8.Type, forKey key: K) throws -> Int8 { try child(key).decode(type) }
        func decode(_ type: Int16.Type, forKey key: K) throws -> Int16 { try child(key).decode(type) }
        func decode(_ type: Int32.Type, forKey key: K) throws -> Int32 { try child(key).decode(type) }
        func decode(_ type: Int64.Type, forKey key: K) throws -> Int64 { try child(key).decode(type) }
        func decode(_ type: UInt.Type, forKey key: K) throws -> UInt { try child(key).decode(type) }
        func decode(_ type: UInt8.Type, forKey key: K) throws -> UInt8 { try child(key).decode(type) }
        func decode(_ type: UInt16.Type, forKey key: K) throws -> UInt16 { try child(key).decode(type) }
        func decode(_ type: UInt32.Type, forKey key: K) throws -> UInt32 { try child(key).decode(type) }
        func decode(_ type: UInt64.Type, forKey key: K) throws -> UInt64 { try child(key).decode(type) }
        func decode(_ type: Float.Type, forKey key: K) throws -> Float { try child(key).decode(type) }

        func nestedContainer<N: CodingKey>(keyedBy type: N.Type, forKey key: K) throws -> KeyedDecodingContainer<N> {
            let single = try child(key)
            return try TreeDecoder(value: single.value, path: single.path).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: K) throws -> UnkeyedDecodingContainer {
            let single = try child(key)
            return try TreeDecoder(value: single.value, path: single.path).unkeyedContainer()
        }
        func superDecoder() throws -> Decoder { TreeDecoder(value: .object(object), path: path) }
        func superDecoder(forKey key: K) throws -> Decoder {
            TreeDecoder(value: lookup(key.stringValue) ?? .null, path: Path(parent: path, key: key))
        }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let array: [Value]
        let path: Path?
        var codingPath: [CodingKey] { Path.keys(path) }
        var currentIndex = 0
        var count: Int? { array.count }
        var isAtEnd: Bool { currentIndex >= array.count }

        mutating func next() throws -> Single {
            guard !isAtEnd else { throw Failure(description: "\(EmbeddedDecoder.path(codingPath)): list too short") }
            defer { currentIndex += 1 }
            return Single(value: array[currentIndex], parent: path, key: Key(intValue: currentIndex))
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, case .null = array[currentIndex] else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
        mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
        mutating func nestedContainer<N: CodingKey>(keyedBy type: N.Type) throws -> KeyedDecodingContainer<N> {
            let single = try next()
            return try TreeDecoder(value: single.value, path: single.path).container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
            let single = try next()
            return try TreeDecoder(value: single.value, path: single.path).unkeyedContainer()
        }
        mutating func superDecoder() throws -> Decoder {
            let single = try next()
            return TreeDecoder(value: single.value, path: single.path)
        }
    }

    /// A value and where it sits; the link for its key is made only when a
    /// nested container or an error needs it, not for every leaf.
    struct Single: SingleValueDecodingContainer {
        let value: Value
        let parent: Path?
        var key: CodingKey?
        var path: Path? { key.map { Path(parent: parent, key: $0) } ?? parent }
        var codingPath: [CodingKey] { Path.keys(path) }

        init(value: Value, parent: Path?, key: CodingKey? = nil) {
            self.value = value
            self.parent = parent
            self.key = key
        }

        func failure(_ expected: String) -> Failure {
            Failure(description: "\(EmbeddedDecoder.path(codingPath)): expected \(expected)")
        }

        func decodeNil() -> Bool {
            if case .null = value { return true }
            return false
        }
        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let bool) = value else { throw failure("true or false") }
            return bool
        }
        func decode(_ type: String.Type) throws -> String {
            guard case .string(let string) = value else { throw failure("a string") }
            return string
        }
        func decode(_ type: Double.Type) throws -> Double {
            guard case .number(let number) = value else { throw failure("a number") }
            return number
        }
        func decode(_ type: Int.Type) throws -> Int {
            guard case .number(let number) = value, let int = Int(exactly: number) else { throw failure("a whole number") }
            return int
        }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
        func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
        func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
            guard case .number(let number) = value, let int = I(exactly: number) else { throw failure("a whole number") }
            return int
        }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try T(from: TreeDecoder(value: value, path: path))
        }
    }
}
