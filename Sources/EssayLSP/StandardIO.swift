import Foundation
import EssayLint

extension LanguageServer {
    /// Runs a server over standard input and output until `exit` or the end
    /// of the input; returns the exit status (0 after `shutdown`, else 1).
    ///
    /// Only protocol goes to standard output: the server writes to a copy of
    /// it, and standard output itself is pointed at standard error, so that
    /// nothing else in the process can write there. Logs go to standard
    /// error and never hold a document's text.
    public static func serveStandardIO(workspace: Workspace, overrides: Overrides = Overrides(), version: String) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let protocolOut = dup(STDOUT_FILENO)
        guard protocolOut >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            logLine("cannot set up standard output")
            return 1
        }
        let output = FileHandle(fileDescriptor: protocolOut, closeOnDealloc: true)
        var broken = false
        let server = LanguageServer(workspace: workspace, overrides: overrides, version: version, send: { bytes in
            guard !broken else { return }
            do {
                try output.write(contentsOf: bytes)
            } catch {
                broken = true
                logLine("cannot write to the client: \(error)")
            }
        }, log: logLine)
        logLine("started (essaylint \(version))")
        let input = FileHandle.standardInput
        while !broken {
            let chunk = input.availableData
            if chunk.isEmpty {
                logLine("end of input")
                return server.endOfInputStatus
            }
            if let status = server.receive(chunk) { return status }
        }
        return 1
    }

    private static func logLine(_ line: String) {
        FileHandle.standardError.write(Data(("essaylint lsp: " + line + "\n").utf8))
    }
}
