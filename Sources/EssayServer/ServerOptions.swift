import Foundation

/// How `essaylint serve` runs: where it listens, who may call it, and its
/// limits.
public struct ServerOptions: Sendable {
    public var host: String = "127.0.0.1"
    /// 0: any free port (the one taken is printed).
    public var port: Int = 8080
    /// With a token, every /v1 request needs `Authorization: Bearer <token>`.
    public var token: String?
    /// Open to any caller on a non-loopback address (behind an authenticating proxy only).
    public var isPublic = false
    /// Origins that get CORS headers (exact `scheme://host[:port]`).
    public var allowedOrigins: [String] = []
    /// Larger request bodies are refused with 413.
    public var maxBody: Int = 16 << 20
    /// Requests beyond this many at once get 503 with Retry-After.
    public var maxConcurrent: Int = ProcessInfo.processInfo.activeProcessorCount * 4
    /// A lint request that takes longer (its upload included) gets 504.
    public var deadline: Double = 30
    /// A connection with nothing to read or write for this long is closed.
    public var idleTimeout: Double = 60

    public init() {}

    /// Why these options cannot start a server, if they cannot.
    public func problem() -> String? {
        if port < 0 || port > 65535 { return "--port must be 0 to 65535" }
        if maxBody < 1 { return "--max-body must be at least 1 byte" }
        if maxConcurrent < 1 { return "--max-concurrent must be at least 1" }
        if !(deadline > 0) { return "--deadline must be above 0 seconds" }
        if let token, token.isEmpty { return "the token file is empty" }
        for origin in allowedOrigins where !ServerOptions.isOrigin(origin) {
            return "--allow-origin '\(origin)' is not an origin (scheme://host[:port], no path)"
        }
        if !ServerOptions.isLoopback(host), token == nil, !isPublic {
            return "refusing to listen on \(host), which is not a loopback address, without --token-file (every /v1 request then needs the token) or --public (only behind a proxy that authenticates)"
        }
        return nil
    }

    /// Whether `host` names only this machine: localhost, 127.0.0.0/8 or ::1.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        if h == "localhost" || h == "::1" || h == "[::1]" || h == "0:0:0:0:0:0:0:1" { return true }
        let octets = h.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }),
              let first = Int(octets[0]), octets.allSatisfy({ (Int($0) ?? 256) <= 255 }) else { return false }
        return first == 127
    }

    /// `scheme://host[:port]` with an http or https scheme and nothing after.
    public static func isOrigin(_ s: String) -> Bool {
        guard let url = URL(string: s), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return false }
        return url.path.isEmpty && url.query == nil && url.fragment == nil && url.user == nil
    }

    /// The token in a token file: its first line, without surrounding white space.
    public static func readToken(file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ServeError("cannot read the token file \(file)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let token = text.split(whereSeparator: \.isNewline).first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        guard !token.isEmpty else { throw ServeError("the token file \(file) is empty") }
        return token
    }
}

/// A reason the server cannot start.
public struct ServeError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
