import Foundation
import Hummingbird
import HTTPTypes
import NIOCore

extension Answer {
    /// The Hummingbird response for this answer.
    var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        for (name, value) in self.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// The response an error thrown below a middleware stands for (the router
/// turns it into a response only above every middleware).
func response(for error: any Error, _ request: Request, _ context: BasicRequestContext) -> Response {
    if let e = error as? any HTTPResponseError, let r = try? e.response(from: request, context: context) { return r }
    return Answer.error(500, "internal error").response
}

/// One line per request on standard error: method, path, status, response
/// size in bytes and milliseconds. Never a query, a header or a body (an
/// essay, a token, a file name stay out of the log).
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let write: @Sendable (String) -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let result: Response
        do {
            result = try await next(request, context)
        } catch {
            result = response(for: error, request, context)
        }
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        var path = String(request.uri.path.unicodeScalars.prefix(200).map { $0.value < 32 || $0.value == 127 ? "?" : Character($0) })
        if path.isEmpty { path = "/" }
        let size = result.body.contentLength.map(String.init) ?? "-"
        write("\(request.method.rawValue) \(path) \(result.status.code) \(size) \(String(format: "%.1f", ms))ms")
        return result
    }
}

/// Headers every response carries; the page's strict Content-Security-Policy.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var r: Response
        do { r = try await next(request, context) } catch { r = response(for: error, request, context) }
        r.headers[.xContentTypeOptions] = "nosniff"
        r.headers[.contentSecurityPolicy] = SecurityHeadersMiddleware.contentSecurityPolicy
        r.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        r.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        if r.headers[.cacheControl] == nil { r.headers[.cacheControl] = "no-store" }
        return r
    }
}

/// CORS for the origins named with `--allow-origin` only: a preflight from
/// one of them is answered 204 with what it may send; its requests' answers
/// name it in Access-Control-Allow-Origin. Other origins get no CORS header
/// (so a browser keeps their pages from reading any answer).
struct CORSMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let origins: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let origin = request.headers[.origin]
        let allowed = origin.map { origins.contains($0) } ?? false
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var headers = HTTPFields()
            if allowed, let origin {
                headers[.accessControlAllowOrigin] = origin
                headers[.accessControlAllowMethods] = "GET, POST, OPTIONS"
                headers[.accessControlAllowHeaders] = "Authorization, Content-Type"
                headers[.accessControlMaxAge] = "600"
            }
            if !origins.isEmpty { headers[.vary] = "Origin" }
            return Response(status: allowed ? .noContent : .forbidden, headers: headers)
        }
        var r: Response
        do { r = try await next(request, context) } catch { r = response(for: error, request, context) }
        if allowed, let origin {
            r.headers[.accessControlAllowOrigin] = origin
            r.headers[.accessControlExposeHeaders] = "Retry-After"
        }
        if !origins.isEmpty { r.headers[.vary] = "Origin" }
        return r
    }
}

/// `Authorization: Bearer <token>` on every /v1 request when the server
/// has a token; 401 otherwise. Compared in constant time.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: [UInt8]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let header = request.headers[.authorization] ?? ""
        let prefix = "bearer "
        guard header.count > prefix.count, header.prefix(prefix.count).lowercased() == prefix,
              BearerTokenMiddleware.same(Array(header.utf8.dropFirst(prefix.utf8.count)), token) else {
            return Answer.error(401, header.isEmpty ? "this server needs a token: Authorization: Bearer <token>" : "wrong token",
                                headers: ["WWW-Authenticate": "Bearer realm=\"essaylint\""]).response
        }
        return try await next(request, context)
    }

    /// Equal bytes, in time that depends on the lengths only.
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<max(a.count, b.count) {
            difference |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return difference == 0
    }
}

/// Counts the work under way; a request beyond the limit is refused.
final class ConcurrencyLimiter: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// A place, or nil when every place is taken.
    func acquire() -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard running < limit else { return false }
        running += 1
        return true
    }

    func release() {
        lock.lock(); defer { lock.unlock() }
        running -= 1
    }

    var count: Int {
        lock.lock(); defer { lock.unlock() }
        return running
    }
}

/// Resumes once: with the first value given, later ones dropped.
final class Once<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, Never>?
    private var timer: Task<Void, Never>?

    init(_ continuation: CheckedContinuation<T, Never>) { self.continuation = continuation }

    func setTimer(_ task: Task<Void, Never>) {
        lock.lock(); defer { lock.unlock() }
        if continuation == nil { task.cancel() } else { timer = task }
    }

    func resume(_ value: T) {
        lock.lock()
        let c = continuation
        continuation = nil
        let t = timer
        timer = nil
        lock.unlock()
        t?.cancel()
        c?.resume(returning: value)
    }
}

/// The task's value, or nil when `seconds` pass first (the task goes on:
/// work already on a core is not stopped, and keeps its place in the limiter).
func value<T: Sendable>(of task: Task<T, Never>, within seconds: Double) async -> T? {
    await withCheckedContinuation { (c: CheckedContinuation<T?, Never>) in
        let once = Once(c)
        Task { once.resume(await task.value) }
        once.setTimer(Task {
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
            if !Task.isCancelled { once.resume(nil) }
        })
    }
}

/// Runs CPU-bound work on Dispatch's threads, not on Swift concurrency's
/// few cooperative ones (which also carry the timers and the other requests).
func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { c in
        DispatchQueue.global(qos: .userInitiated).async { c.resume(returning: work()) }
    }
}
