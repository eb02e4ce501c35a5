import ArgumentParser
import EssayServer
import Foundation

/// `essaylint serve`: the page and the HTTP API in the foreground, until
/// SIGINT or SIGTERM (requests under way finish first).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the page and the HTTP API (POST /v1/lint) until SIGINT or SIGTERM.",
        discussion: """
        On a loopback address anyone on this machine may call it. On any other address it starts only with \
        --token-file (every /v1 request then needs 'Authorization: Bearer <token>') or --public (only behind \
        a proxy that authenticates). One line per request goes to standard error; essays are never logged or stored.
        """
    )

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port; the one taken is printed).")
    var port: Int = 8080

    @Option(name: .customLong("token-file"), help: "A file whose first line is the token every /v1 request must send as 'Authorization: Bearer <token>'.")
    var tokenFile: String?

    @Flag(name: .customLong("public"), help: "Allow a non-loopback address without a token (only behind an authenticating proxy).")
    var isPublic = false

    @Option(name: .customLong("allow-origin"), help: "An origin (scheme://host[:port]) whose pages may call the API (CORS; repeatable).")
    var allowOrigin: [String] = []

    @Option(name: .customLong("max-body"), help: "Refuse request bodies larger than this many bytes with 413.")
    var maxBody: Int = 16 << 20

    @Option(name: .customLong("max-concurrent"), help: "Answer 503 (Retry-After) to requests beyond this many at once (default: cores × 4).")
    var maxConcurrent: Int?

    @Option(help: "Answer 504 to a lint request not done within this many seconds, its upload included.")
    var deadline: Double = 30

    func run() throws {
        var options = ServerOptions()
        options.host = host
        options.port = port
        options.isPublic = isPublic
        options.allowedOrigins = allowOrigin
        options.maxBody = maxBody
        if let maxConcurrent { options.maxConcurrent = maxConcurrent }
        options.deadline = deadline
        do {
            if let tokenFile { options.token = try ServerOptions.readToken(file: tokenFile) }
            let server = try EssayServer(options: options, version: essaylintVersion)
            // The server runs on Swift concurrency's threads; this one waits.
            let done = DispatchSemaphore(value: 0)
            let failure = Failure()
            Task {
                do { try await server.run() } catch { failure.error = error }
                done.signal()
            }
            done.wait()
            if let error = failure.error { throw error }
        } catch let error as ServeError {
            writeError(error.description)
            throw ExitCode(Exit.trouble)
        } catch {
            writeError("serve: \(error)")
            throw ExitCode(Exit.trouble)
        }
    }

    final class Failure: @unchecked Sendable {
        var error: (any Error)?
    }
}
