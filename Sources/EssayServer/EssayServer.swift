import Foundation
import Hummingbird
import HTTPTypes
import Logging
import NIOCore
import EssayLint

/// `essaylint serve`: the page and the HTTP API, thin over the façade
/// (`LintService`). It keeps no state between requests and never writes an
/// upload anywhere: a body is collected in memory (up to `maxBody`), linted,
/// answered and dropped.
public struct EssayServer: Sendable {
    public let options: ServerOptions
    public let service: LintService
    let limiter: ConcurrencyLimiter
    /// Where request lines and notices go (standard error).
    let log: @Sendable (String) -> Void

    public init(options: ServerOptions, version: String,
                log: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(("essaylint serve: " + $0 + "\n").utf8)) }) throws {
        if let problem = options.problem() { throw ServeError(problem) }
        self.options = options
        service = try LintService(version: version, maxBody: options.maxBody)
        limiter = ConcurrencyLimiter(limit: options.maxConcurrent)
        self.log = log
    }

    /// The routes and middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestLogMiddleware(write: log))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: CORSMiddleware(origins: Set(options.allowedOrigins)))

        router.get("/") { _, _ in Page.response(Page.html, type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in Page.response(Page.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in Page.response(Page.style, type: "text/css; charset=utf-8") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/healthz") { _, _ in
            Answer(status: 200, contentType: "text/plain; charset=utf-8", body: Array("ok\n".utf8)).response
        }

        let v1 = router.group("v1")
        if let token = options.token { v1.add(middleware: BearerTokenMiddleware(token: Array(token.utf8))) }
        let service = self.service
        v1.get("rules") { _, _ in await self.limited { service.rules() }.response }
        v1.get("profiles") { _, _ in await self.limited { service.profiles() }.response }
        v1.post("lint") { request, _ in
            await self.document(request) { upload, query in
                service.lint(upload, profile: query["profile"].map(String.init), part: query["part"].map(String.init))
            }.response
        }
        v1.post("text") { request, _ in
            await self.document(request) { upload, _ in service.text(upload) }.response
        }
        return router
    }

    /// Cheap work under the concurrency limit.
    func limited(_ work: @Sendable () -> Answer) async -> Answer {
        guard limiter.acquire() else { return busy }
        defer { limiter.release() }
        return work()
    }

    var busy: Answer {
        .error(503, "busy: \(options.maxConcurrent) requests under way; try again shortly", headers: ["Retry-After": "1"])
    }

    /// A request carrying a document: its place in the limiter (503), the
    /// body collected in memory up to the limit (413), its type (415, 400),
    /// then `work` on a Dispatch thread, all within the deadline (504). On
    /// the deadline the answer goes out and the work goes on to its end,
    /// keeping its place, so a flood of slow documents cannot pile up.
    func document(_ request: Request, _ work: @escaping @Sendable (LintService.Upload, Parameters) -> Answer) async -> Answer {
        guard limiter.acquire() else { return busy }
        let maxBody = options.maxBody
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBody {
            limiter.release()
            return tooLarge
        }
        let service = self.service
        let limiter = self.limiter
        let tooLarge = self.tooLarge
        let task = Task { () -> Answer in
            defer { limiter.release() }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: maxBody)
            } catch is NIOTooManyBytesError {
                return tooLarge
            } catch {
                return .error(400, "the request body could not be read")
            }
            let body = Array(buffer.readableBytesView)
            let query = request.uri.queryParameters
            switch service.upload(body: body, contentType: request.headers[.contentType], filename: query["filename"].map(String.init)) {
            case .failure(let refusal): return refusal
            case .success(let upload):
                if Task.isCancelled { return .error(504, "deadline passed") }
                return await offload { work(upload, query) }
            }
        }
        guard let answer: Answer = await value(of: task, within: options.deadline) else {
            task.cancel()
            return .error(504, "the request took longer than the server's deadline of \(options.deadline) seconds")
        }
        return answer
    }

    var tooLarge: Answer { .error(413, "the request body is over the server's limit of \(options.maxBody) bytes (--max-body)") }

    /// Listens until SIGINT or SIGTERM, then stops taking connections and
    /// lets the requests under way finish. `onListening` gets the port
    /// (the one chosen when `port` is 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        var logger = Logger(label: "essaylint-serve") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .error
        let host = options.host
        let log = self.log
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(options.idleTimeout)))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                log("listening on http://\(shown):\(port)")
                onListening(port)
            },
            logger: logger
        )
        try await app.runService()
        log("stopped")
    }
}

/// The page: HTML, CSS and JavaScript built into the binary.
enum Page {
    static func response(_ text: String, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
