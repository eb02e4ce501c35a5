import Foundation

/// JSON-RPC 2.0 as the Language Server Protocol carries it: each message a
/// header part (`Content-Length: N`, optionally `Content-Type`, each line
/// ended by CRLF, the part ended by an empty line) and N bytes of UTF-8
/// JSON. Messages are read and written with `Codable` only.
public enum JSONRPC {
    /// Error codes of JSON-RPC and LSP.
    public enum ErrorCode {
        public static let parseError = -32700
        public static let invalidRequest = -32600
        public static let methodNotFound = -32601
        public static let invalidParams = -32602
        public static let internalError = -32603
        public static let serverNotInitialized = -32002
        public static let requestCancelled = -32800
    }

    /// A message's header part and body, as bytes to write.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// The encoder of every message the server writes: keys sorted (the
    /// same message is always the same bytes) and slashes left alone.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// Why a header part could not be read; the bytes up to the next
/// `Content-Length` header are skipped.
public struct FramingError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
}

/// Splits a byte stream into message bodies. Feed it bytes as they come
/// (`append`); `next()` returns each complete body, nil when more bytes
/// are needed, or throws for a header part it cannot read, after which it
/// skips to the next `Content-Length` header and goes on.
public struct MessageFramer: Sendable {
    /// Bodies larger than this are refused (the bytes are skipped).
    public static let maxBody = 64 << 20
    private var buffer: [UInt8] = []
    /// Where the unread bytes start in `buffer`.
    private var start = 0
    /// After a bad header part: drop bytes until a `Content-Length` header.
    private var resyncing = false

    public init() {}

    /// Bytes read and not yet returned as a body.
    public var pendingCount: Int { buffer.count - start }

    public mutating func append<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    private static let contentLength = Array("content-length".utf8)
    private static let crlfcrlf: [UInt8] = [13, 10, 13, 10]

    public mutating func next() throws(FramingError) -> [UInt8]? {
        if resyncing {
            guard let found = find(MessageFramer.contentLength, from: start, caseInsensitive: true) else {
                // Keep a tail that could be the start of the header name.
                start = max(start, buffer.count - (MessageFramer.contentLength.count - 1))
                compact()
                return nil
            }
            start = found
            resyncing = false
        }
        guard let end = find(MessageFramer.crlfcrlf, from: start, caseInsensitive: false) else {
            // A header part should be short: a long run without its end is not one.
            if buffer.count - start > 8192 { return try fail("no end to the header part after 8192 bytes") }
            return nil
        }
        var length: Int?
        for line in buffer[start..<end].split(separator: 13, omittingEmptySubsequences: false) {
            var text = Substring(String(decoding: line, as: UTF8.self))
            if text.first == "\n" { text = text.dropFirst() }
            if text.isEmpty { continue }
            guard let colon = text.firstIndex(of: ":") else {
                return try fail("a header line without a colon")
            }
            let name = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let n = Int(value), n >= 0 else { return try fail("Content-Length is not a number: \(value.prefix(40))") }
                guard n <= MessageFramer.maxBody else { return try fail("Content-Length \(n) is over the limit of \(MessageFramer.maxBody) bytes") }
                length = n
            }
        }
        guard let n = length else { return try fail("a header part without Content-Length") }
        let bodyStart = end + 4
        guard buffer.count - bodyStart >= n else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + n)])
        start = bodyStart + n
        compact()
        return body
    }

    private mutating func fail(_ message: String) throws(FramingError) -> [UInt8]? {
        // Skip at least the first byte, so the same header is not read again.
        start = min(buffer.count, start + 1)
        resyncing = true
        compact()
        throw FramingError(description: message)
    }

    /// Drops the bytes already read once they are most of the buffer.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 65536, start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    private func find(_ needle: [UInt8], from: Int, caseInsensitive: Bool) -> Int? {
        guard buffer.count - from >= needle.count else { return nil }
        var i = from
        let last = buffer.count - needle.count
        while i <= last {
            var k = 0
            while k < needle.count {
                var b = buffer[i + k]
                if caseInsensitive, b >= 0x41, b <= 0x5A { b += 0x20 }
                if b != needle[k] { break }
                k += 1
            }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }
}

/// A request id: a number or a string.
public enum RequestID: Codable, Hashable, Sendable {
    case number(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) {
            self = .number(n)
        } else {
            self = .string(try c.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        }
    }
}

/// What every incoming message is first read as: whether it is an object,
/// its `jsonrpc`, `id` and `method`, and whether it is a response. Reading
/// it fails only for bytes that are not JSON; a JSON value of the wrong
/// shape reads with `isObject` false or the fields it lacks nil.
struct Envelope: Decodable {
    var isObject = true
    var jsonrpc: String?
    var id: RequestID?
    /// An `id` that is present but neither a number nor a string (nor null).
    var badID = false
    var method: String?
    var badMethod = false
    var isResponse = false

    enum Key: String, CodingKey { case jsonrpc, id, method, result, error }

    init(from decoder: Decoder) throws {
        guard let c = try? decoder.container(keyedBy: Key.self) else {
            isObject = false
            return
        }
        jsonrpc = try? c.decodeIfPresent(String.self, forKey: .jsonrpc)
        if c.contains(.id), !((try? c.decodeNil(forKey: .id)) ?? false) {
            id = try? c.decode(RequestID.self, forKey: .id)
            badID = id == nil
        }
        if c.contains(.method) {
            method = try? c.decode(String.self, forKey: .method)
            badMethod = method == nil
        }
        isResponse = method == nil && !badMethod && (c.contains(.result) || c.contains(.error))
    }
}

/// A message's `params`, read as the method's parameter type.
struct ParamsOf<P: Decodable>: Decodable {
    var params: P
}

/// A message's `params` when the method has none worth reading.
struct Ignored: Decodable {
    init(from decoder: Decoder) throws {}
}

/// An error in a response.
public struct ResponseError: Codable, Equatable, Sendable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }
}

/// A response with a result (which may be null).
struct ResultResponse<R: Encodable>: Encodable {
    var id: RequestID
    var result: R

    enum Key: String, CodingKey { case jsonrpc, id, result }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encode(id, forKey: .id)
        // An optional result that is nil is written as null, as LSP asks.
        try c.encode(result, forKey: .result)
    }
}

/// A response with an error; `id` is null when the request's id could not be read.
struct ErrorResponse: Encodable {
    var id: RequestID?
    var error: ResponseError

    enum Key: String, CodingKey { case jsonrpc, id, error }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encode(id, forKey: .id)
        try c.encode(error, forKey: .error)
    }
}

/// A notification from the server.
struct Notification<P: Encodable>: Encodable {
    var method: String
    var params: P

    enum Key: String, CodingKey { case jsonrpc, method, params }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode("2.0", forKey: .jsonrpc)
        try c.encode(method, forKey: .method)
        try c.encode(params, forKey: .params)
    }
}
