/// A `multipart/form-data` body (RFC 7578 over RFC 2046's multipart
/// syntax), parsed from bytes already in memory.
///
/// Our own, small and strict: vapor/multipart-kit 4.7.1 (in the package
/// mirror) parses as bytes arrive and has no end-of-input check, so a body
/// cut short before its closing delimiter reads as complete parts; here a
/// body without its closing delimiter, a part without a blank line after
/// its headers, a header line without a colon, or a boundary that is
/// missing, empty, longer than 70 characters or never found, is malformed.
public struct MultipartForm: Sendable, Equatable {
    /// One part: its headers (names lowercased) and its bytes.
    public struct Part: Sendable, Equatable {
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]

        public static func == (a: Part, b: Part) -> Bool {
            a.body == b.body && a.headers.map(\.name) == b.headers.map(\.name) && a.headers.map(\.value) == b.headers.map(\.value)
        }

        /// The first header of that (lowercase) name.
        public func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

        /// The `name` parameter of `Content-Disposition: form-data`.
        public var name: String? { header("content-disposition").flatMap { MultipartForm.parameter("name", in: $0) } }
        /// The `filename` parameter of `Content-Disposition`.
        public var filename: String? { header("content-disposition").flatMap { MultipartForm.parameter("filename", in: $0) } }
        /// The part's media type without parameters, lowercased.
        public var contentType: String? { header("content-type").map(MultipartForm.mediaType) }
    }

    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case noBoundary
        case badBoundary
        case noOpeningDelimiter
        case badHeader
        case unterminatedHeaders
        case noClosingDelimiter

        public var description: String {
            switch self {
            case .noBoundary: return "multipart/form-data without a boundary parameter"
            case .badBoundary: return "the multipart boundary must be 1 to 70 characters"
            case .noOpeningDelimiter: return "the body does not start with the multipart boundary"
            case .badHeader: return "a multipart part has a malformed header line"
            case .unterminatedHeaders: return "a multipart part's headers are not followed by a blank line"
            case .noClosingDelimiter: return "the multipart body ends without its closing boundary (cut short?)"
            }
        }
    }

    public var parts: [Part]

    /// The first part named `name`.
    public func part(named name: String) -> Part? { parts.first { $0.name == name } }

    /// Parses `body` as the multipart body of a request whose `Content-Type`
    /// is `contentType` (`multipart/form-data; boundary=...`).
    public init(body: [UInt8], contentType: String) throws(Problem) {
        guard let boundary = MultipartForm.parameter("boundary", in: contentType) else { throw .noBoundary }
        try self.init(body: body, boundary: boundary)
    }

    public init(body: [UInt8], boundary: String) throws(Problem) {
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else { throw .badBoundary }
        let dash = Array("--".utf8) + Array(boundary.utf8)
        // The opening delimiter: at the start (a preamble before it, ended by
        // CRLF, is allowed and ignored).
        var position: Int
        if MultipartForm.hasPrefix(body, dash, at: 0) {
            position = dash.count
        } else if let at = MultipartForm.find([13, 10] + dash, in: body, from: 0) {
            position = at + 2 + dash.count
        } else {
            throw .noOpeningDelimiter
        }
        let delimiter = [UInt8(13), 10] + dash
        var parts: [Part] = []
        while true {
            // After a delimiter: "--" closes the body; otherwise optional
            // linear white space, then CRLF and the next part.
            if MultipartForm.hasPrefix(body, [45, 45], at: position) { break }
            while position < body.count, body[position] == 32 || body[position] == 9 { position += 1 }
            guard MultipartForm.hasPrefix(body, [13, 10], at: position) else {
                throw position >= body.count ? .noClosingDelimiter : .badHeader
            }
            position += 2
            // Headers up to a blank line.
            var headers: [(name: String, value: String)] = []
            while true {
                guard let end = MultipartForm.find([13, 10], in: body, from: position) else { throw .unterminatedHeaders }
                if end == position { position += 2; break }
                let line = body[position..<end]
                guard let colon = line.firstIndex(of: 58), colon > line.startIndex else { throw .badHeader }
                let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
                guard name.utf8.allSatisfy({ $0 > 32 && $0 < 127 }) else { throw .badHeader }
                let value = String(decoding: line[(colon + 1)...], as: UTF8.self)
                headers.append((name.lowercased(), value.trimmingSpaces))
                position = end + 2
            }
            guard let end = MultipartForm.find(delimiter, in: body, from: position) else { throw .noClosingDelimiter }
            parts.append(Part(headers: headers, body: Array(body[position..<end])))
            position = end + delimiter.count
        }
        self.parts = parts
    }

    // MARK: Header parameters

    /// A header value's media type, lowercased, without its parameters.
    public static func mediaType(_ value: String) -> String {
        String(value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmingSpaces.lowercased()
    }

    /// A parameter of a header value (`name="value"` or `name=value`), with
    /// quoted-pair escapes undone; names match without regard to case.
    public static func parameter(_ wanted: String, in value: String) -> String? {
        let scalars = Array(value.unicodeScalars)
        var i = 0
        // Skip the value itself (up to the first ';' outside quotes).
        func skipToSemicolon() {
            var quoted = false
            while i < scalars.count {
                let c = scalars[i]
                if quoted, c == "\\" { i += 2; continue }
                if c == "\"" { quoted.toggle() }
                if !quoted, c == ";" { return }
                i += 1
            }
        }
        skipToSemicolon()
        while i < scalars.count {
            i += 1  // the ';'
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            var name = ""
            while i < scalars.count, scalars[i] != "=", scalars[i] != ";" { name.unicodeScalars.append(scalars[i]); i += 1 }
            name = name.trimmingSpaces
            var result = ""
            if i < scalars.count, scalars[i] == "=" {
                i += 1
                while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
                if i < scalars.count, scalars[i] == "\"" {
                    i += 1
                    while i < scalars.count, scalars[i] != "\"" {
                        if scalars[i] == "\\", i + 1 < scalars.count { i += 1 }
                        result.unicodeScalars.append(scalars[i])
                        i += 1
                    }
                    i += 1
                    skipToSemicolon()
                } else {
                    while i < scalars.count, scalars[i] != ";" { result.unicodeScalars.append(scalars[i]); i += 1 }
                    result = result.trimmingSpaces
                }
            }
            if name.lowercased() == wanted.lowercased() { return result }
        }
        return nil
    }

    // MARK: Byte search

    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[start + k] != prefix[k] { return false }
        return true
    }

    /// The first index at or after `from` where `needle` occurs.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var i = from
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first, hasPrefix(bytes, needle, at: i) { return i }
            i += 1
        }
        return nil
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
