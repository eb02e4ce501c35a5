import Foundation
import EssayLint
import EssayReport

/// A Language Server Protocol 3.17 server over the `EssayLint` façade:
/// Markdown and plain-text documents linted as the client edits them
/// (diagnostics on open, change and save; quick fixes; hover with the
/// rubric criterion a finding puts at risk), Word and OpenDocument files
/// read from disk for diagnostics.
///
/// Transport-free: bytes go in through `receive`, framed messages come out
/// through `send`, so tests drive it directly; `serveStandardIO` runs it
/// over standard input and output. One thread: messages are handled in
/// order; the documents changed by one read's messages are linted after
/// them, once each (a burst of changes is linted once), and before any
/// request that needs their findings.
public final class LanguageServer {
    public enum State: Sendable, Equatable { case uninitialized, running, shutDown }

    public private(set) var state = State.uninitialized
    /// Negotiated at `initialize`: UTF-16 unless the client offers UTF-8.
    public private(set) var encoding = PositionEncoding.utf16

    private let workspace: Workspace
    private let overrides: Overrides
    private let version: String
    private let send: ([UInt8]) -> Void
    private let log: (String) -> Void
    private var framer = MessageFramer()
    private let decoder = JSONDecoder()
    private let encoder = JSONRPC.makeEncoder()
    /// The folder a document without a file is configured by.
    private var root = FileManager.default.currentDirectoryPath
    private var documents: [String: OpenDocument] = [:]

    /// - Parameters:
    ///   - workspace: configurations and linters (the façade).
    ///   - overrides: settings over every document's configuration (the command line's).
    ///   - send: called with each framed message to write.
    ///   - log: called with lines for standard error (never a document's text).
    public init(workspace: Workspace, overrides: Overrides = Overrides(), version: String,
                send: @escaping ([UInt8]) -> Void, log: @escaping (String) -> Void = { _ in }) {
        self.workspace = workspace
        self.overrides = overrides
        self.version = version
        self.send = send
        self.log = log
    }

    /// Takes bytes from the client: every complete message in them is
    /// handled, then the documents they changed are linted and their
    /// diagnostics published. Returns the exit status once `exit` arrives
    /// (0 after `shutdown`, else 1); bytes after it are not read.
    public func receive<S: Sequence>(_ bytes: S) -> Int32? where S.Element == UInt8 {
        framer.append(bytes)
        while true {
            let body: [UInt8]
            do {
                guard let b = try framer.next() else { break }
                body = b
            } catch {
                log("unreadable header: \(error.description)")
                respond(error: ResponseError(code: JSONRPC.ErrorCode.parseError, message: "unreadable message header: \(error.description)"), id: nil)
                continue
            }
            if let code = handle(body) { return code }
        }
        flush()
        return nil
    }

    /// The exit status when the input ends without `exit`.
    public var endOfInputStatus: Int32 { state == .shutDown ? 0 : 1 }

    // MARK: dispatch

    /// Handles one message body; the exit status when it was `exit`.
    func handle(_ body: [UInt8]) -> Int32? {
        Timing.mark("lsp message")
        let data = Data(body)
        let envelope: Envelope
        do {
            envelope = try decoder.decode(Envelope.self, from: data)
        } catch {
            respond(error: ResponseError(code: JSONRPC.ErrorCode.parseError, message: "the message is not valid JSON"), id: nil)
            return nil
        }
        if envelope.isResponse { return nil }  // the server sends no requests
        guard envelope.isObject, envelope.jsonrpc == "2.0", !envelope.badID, let method = envelope.method else {
            let why = !envelope.isObject ? "a message must be a JSON object"
                : envelope.jsonrpc != "2.0" ? "\"jsonrpc\" must be \"2.0\""
                : envelope.badID ? "\"id\" must be a number or a string"
                : "a request needs a \"method\" string"
            respond(error: ResponseError(code: JSONRPC.ErrorCode.invalidRequest, message: why), id: envelope.badID ? nil : envelope.id)
            return nil
        }
        if let id = envelope.id {
            request(method, id: id, data: data)
            return nil
        }
        return notification(method, data: data)
    }

    private func request(_ method: String, id: RequestID, data: Data) {
        switch state {
        case .uninitialized where method != "initialize":
            respond(error: ResponseError(code: JSONRPC.ErrorCode.serverNotInitialized, message: "the server is not initialized"), id: id)
            return
        case .running where method == "initialize":
            respond(error: ResponseError(code: JSONRPC.ErrorCode.invalidRequest, message: "the server is already initialized"), id: id)
            return
        case .shutDown:
            respond(error: ResponseError(code: JSONRPC.ErrorCode.invalidRequest, message: "the server is shut down"), id: id)
            return
        default:
            break
        }
        switch method {
        case "initialize":
            guard let p: InitializeParams = params(data, id: id) else { return }
            respond(initialize(p), id: id)
        case "shutdown":
            flush()  // what was changed before is still published
            state = .shutDown
            log("shutdown")
            respond(Optional<Int>.none, id: id)
        case "textDocument/codeAction":
            guard let p: CodeActionParams = params(data, id: id) else { return }
            respond(codeActions(p), id: id)
        case "textDocument/hover":
            guard let p: HoverParams = params(data, id: id) else { return }
            respond(hover(p), id: id)
        default:
            respond(error: ResponseError(code: JSONRPC.ErrorCode.methodNotFound, message: "method not found: \(method)"), id: id)
        }
    }

    private func notification(_ method: String, data: Data) -> Int32? {
        if method == "exit" {
            log("exit")
            return state == .shutDown ? 0 : 1
        }
        guard state == .running else { return nil }
        switch method {
        case "textDocument/didOpen":
            if let p: DidOpenParams = params(data, id: nil) { didOpen(p) }
        case "textDocument/didChange":
            if let p: DidChangeParams = params(data, id: nil) { didChange(p) }
        case "textDocument/didSave":
            if let p: DidSaveParams = params(data, id: nil) { didSave(p) }
        case "textDocument/didClose":
            if let p: DidCloseParams = params(data, id: nil) { didClose(p) }
        default:
            break  // initialized, $/cancelRequest, $/setTrace, workspace/… : nothing to do
        }
        return nil
    }

    /// A message's params; nil (answered with an error for a request) when
    /// they do not read as the method's.
    private func params<P: Decodable>(_ data: Data, id: RequestID?) -> P? {
        do {
            return try decoder.decode(ParamsOf<P>.self, from: data).params
        } catch {
            if let id {
                respond(error: ResponseError(code: JSONRPC.ErrorCode.invalidParams, message: "invalid params: \(Self.describe(error))"), id: id)
            } else {
                log("a notification with invalid params: \(Self.describe(error))")
            }
            return nil
        }
    }

    /// A decoding error by the path of the key at fault (never its value).
    private static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "unreadable" }
        let path: [CodingKey]
        switch e {
        case .keyNotFound(let key, let c): path = c.codingPath + [key]
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        @unknown default: path = []
        }
        let name = path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return name.isEmpty ? "unreadable" : "at \(name.hasPrefix(".") ? String(name.dropFirst()) : name)"
    }

    // MARK: output

    private func write<M: Encodable>(_ message: M) {
        do {
            send(JSONRPC.frame(Array(try encoder.encode(message))))
        } catch {
            log("cannot encode a message: \(error)")
        }
    }

    private func respond<R: Encodable>(_ result: R, id: RequestID) {
        write(ResultResponse(id: id, result: result))
    }

    private func respond(error: ResponseError, id: RequestID?) {
        write(ErrorResponse(id: id, error: error))
    }

    private func publish(_ uri: String, version: Int?, _ diagnostics: [Diagnostic]) {
        do {
            var encodings = documents[uri]?.published ?? PublishedDiagnostics()
            send(JSONRPC.frame(try encodings.notification(uri: uri, version: version, diagnostics, encoder: encoder)))
            documents[uri]?.published = encodings
        } catch {
            log("cannot encode a message: \(error)")
        }
    }

    // MARK: lifecycle

    private func initialize(_ p: InitializeParams) -> InitializeResult {
        let offered = p.capabilities?.general?.positionEncodings ?? []
        encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
        if let uri = p.workspaceFolders?.first?.uri ?? p.rootUri, let path = Self.filePath(uri) {
            root = path
        } else if let path = p.rootPath, !path.isEmpty {
            root = path
        }
        state = .running
        log("initialized (positions in \(encoding.rawValue))")
        return InitializeResult(capabilities: .init(positionEncoding: encoding),
                                serverInfo: .init(name: "essaylint", version: version))
    }

    // MARK: documents

    /// The path of a `file:` URI, percent-decoded; nil for other schemes.
    static func filePath(_ uri: String) -> String? {
        guard uri.lowercased().hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst(7))
        // An authority ("localhost") before the path.
        if let slash = rest.firstIndex(of: "/") { rest = rest[slash...] } else { return nil }
        return String(rest).removingPercentEncoding ?? String(rest)
    }

    /// How a document is read: Markdown, plain text, or from disk (Word,
    /// OpenDocument); nil for HTML, which is not linted in an editor.
    static func format(path: String, languageId: String?) -> (DocumentFormat, fromDisk: Bool)? {
        let byPath = DocumentFormat.forPath(path)
        switch byPath {
        case .docx, .odt: return (byPath, true)
        case .html: return nil
        case .markdown: return (.markdown, false)
        case .text: return (languageId == "markdown" ? .markdown : .text, false)
        }
    }

    private func didOpen(_ p: DidOpenParams) {
        let item = p.textDocument
        let file = Self.filePath(item.uri)
        let name = item.uri.split(separator: "/").last.map(String.init) ?? "untitled"
        let path = file ?? (root + "/" + (name.removingPercentEncoding ?? name))
        guard let (format, fromDisk) = Self.format(path: path, languageId: item.languageId) else {
            log("not linted (HTML): \(item.uri)")
            return
        }
        if fromDisk && file == nil {
            log("a Word or OpenDocument file is read from disk, and this one has no file: \(item.uri)")
            return
        }
        let settings = workspace.settings(for: path, overrides: overrides)
        documents[item.uri] = OpenDocument(uri: item.uri, path: path, format: format, fromDisk: fromDisk,
                                           version: item.version, text: fromDisk ? "" : item.text, settings: settings)
    }

    private func didChange(_ p: DidChangeParams) {
        guard let doc = documents[p.textDocument.uri] else {
            log("a change to a document that is not open: \(p.textDocument.uri)")
            return
        }
        doc.version = p.textDocument.version ?? doc.version
        if doc.fromDisk { return }  // read again on save
        doc.apply(p.contentChanges, encoding: encoding)
        Timing.mark("lsp change applied")
    }

    private func didSave(_ p: DidSaveParams) {
        guard let doc = documents[p.textDocument.uri] else { return }
        if let text = p.text, !doc.fromDisk { doc.text = SourceText(string: text) }
        // Saved: detect the profile and part again.
        doc.detected = nil
        doc.dirty = true
    }

    private func didClose(_ p: DidCloseParams) {
        guard documents.removeValue(forKey: p.textDocument.uri) != nil else { return }
        publish(p.textDocument.uri, version: nil, [])
    }

    // MARK: linting

    /// Lints every document changed since it was last linted and publishes
    /// its diagnostics.
    public func flush() {
        for doc in documents.values where doc.dirty { lint(doc) }
    }

    /// The document's findings as of its latest text.
    private func current(_ uri: String) -> OpenDocument? {
        guard let doc = documents[uri] else { return nil }
        if doc.dirty { lint(doc) }
        return doc
    }

    private func lint(_ doc: OpenDocument) {
        doc.dirty = false
        var settings: FileSettings
        switch doc.settings {
        case .failure(let error):
            doc.linted = nil
            publish(doc.uri, version: doc.version, [Self.fileDiagnostic(error.description, code: "configuration")])
            return
        case .success(let s):
            settings = s
        }
        let report: FileReport
        let map: PositionMap
        if doc.fromDisk {
            report = workspace.lint(path: doc.path, settings: settings)
            map = PositionMap(text: report.source ?? SourceText(string: ""), shift: 0, encoding: encoding)
        } else {
            let detects = settings.options.profile == nil || settings.options.part == nil
            if detects, doc.detectionHolds, let d = doc.detected {
                settings.options.profile = d.profile
                settings.options.part = d.part
            }
            report = workspace.lint(bytes: doc.utf8, displayPath: doc.path, format: doc.format, settings: settings, memo: doc.memo)
            if report.error != nil, doc.isBlank {
                // An empty or blank document (a new file): nothing to say yet.
                doc.linted = nil
                publish(doc.uri, version: doc.version, [])
                return
            }
            if report.detection != nil, let profile = report.profile, let part = report.part {
                doc.detected = (profile, part, doc.text.count)
            }
            let bom = (report.source?.bomBytes ?? 0) > 0 ? 1 : 0
            map = PositionMap(text: doc.text, shift: bom, encoding: encoding)
        }
        if let error = report.error {
            log("cannot lint \(doc.path): \(error)")
            doc.linted = nil
            publish(doc.uri, version: doc.version, [Self.fileDiagnostic(error, code: "input")])
            return
        }
        let diagnostics = report.findings.map { Self.diagnostic($0, map) }
        doc.linted = LintedVersion(report: report, map: map, diagnostics: diagnostics)
        Timing.mark("lsp diagnostics")
        publish(doc.uri, version: doc.version, diagnostics)
        Timing.mark("lsp published")
    }

    static func diagnostic(_ f: Finding, _ map: PositionMap) -> Diagnostic {
        let severity: Int
        switch f.severity {
        case .error: severity = 1
        case .warning: severity = 2
        case .suggestion: severity = 3
        }
        return Diagnostic(range: map.range(f.range), severity: severity, code: f.rule, source: "essaylint", message: f.message)
    }

    /// A problem with the file as a whole (its configuration, its bytes), at its start.
    static func fileDiagnostic(_ message: String, code: String) -> Diagnostic {
        let start = Position(line: 0, character: 0)
        return Diagnostic(range: LSPRange(start: start, end: start), severity: 1, code: code, source: "essaylint", message: message)
    }

    /// An open document's text as the edits so far left it (tests).
    func documentText(_ uri: String) -> String? { documents[uri]?.string }

    /// The profile and part detected for an open document and kept (tests).
    func detected(_ uri: String) -> String? { documents[uri]?.detected.map { $0.profile + "/" + $0.part } }

    // MARK: code actions and hover

    private func codeActions(_ p: CodeActionParams) -> [CodeAction] {
        if let only = p.context?.only, !only.contains(where: { $0 == "quickfix" || $0.isEmpty }) { return [] }
        guard let doc = current(p.textDocument.uri), !doc.fromDisk, let linted = doc.linted else { return [] }
        return CodeActions(document: doc, linted: linted).actions(in: p.range, context: p.context?.diagnostics ?? [])
    }

    private func hover(_ p: HoverParams) -> Hover? {
        guard let doc = current(p.textDocument.uri), let linted = doc.linted,
              case .success(let settings) = doc.settings else { return nil }
        return Hovers.hover(at: p.position, linted: linted, linter: settings.linter)
    }
}
