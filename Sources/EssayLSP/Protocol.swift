/// The Language Server Protocol 3.17 types the server reads and writes
/// (only the fields it uses; others are ignored when read).

/// A place in a document: 0-based line, and 0-based character counted in
/// the negotiated position encoding (UTF-16 code units by default).
public struct Position: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

public struct LSPRange: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey { case start, end }
}

/// How positions count characters within a line.
public enum PositionEncoding: String, Codable, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
}

public struct TextDocumentIdentifier: Codable, Hashable, Sendable {
    public var uri: String
}

struct VersionedTextDocumentIdentifier: Decodable {
    var uri: String
    var version: Int?
}

struct TextDocumentItem: Decodable {
    var uri: String
    var languageId: String?
    var version: Int?
    var text: String
}

// MARK: initialize

struct InitializeParams: Decodable {
    struct General: Decodable { var positionEncodings: [String]? }
    struct ClientCapabilities: Decodable { var general: General? }
    struct WorkspaceFolder: Decodable { var uri: String }

    var rootUri: String?
    var rootPath: String?
    var workspaceFolders: [WorkspaceFolder]?
    var capabilities: ClientCapabilities?
}

struct InitializeResult: Encodable {
    struct TextDocumentSync: Encodable {
        var openClose = true
        /// 2: incremental (a client may still send whole-document changes).
        var change = 2
        var save = SaveOptions()
    }
    struct SaveOptions: Encodable { var includeText = false }
    struct CodeActionOptions: Encodable { var codeActionKinds = ["quickfix"] }
    struct ServerCapabilities: Encodable {
        var positionEncoding: PositionEncoding
        var textDocumentSync = TextDocumentSync()
        var codeActionProvider = CodeActionOptions()
        var hoverProvider = true
    }
    struct ServerInfo: Encodable {
        var name: String
        var version: String
    }

    var capabilities: ServerCapabilities
    var serverInfo: ServerInfo
}

// MARK: synchronisation

struct DidOpenParams: Decodable {
    var textDocument: TextDocumentItem
}

/// One change: with a range, that range's text replaced (incremental);
/// without, the whole document's text.
struct ContentChange: Decodable {
    var range: LSPRange?
    var text: String
}

struct DidChangeParams: Decodable {
    var textDocument: VersionedTextDocumentIdentifier
    var contentChanges: [ContentChange]
}

struct DidSaveParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var text: String?
}

struct DidCloseParams: Decodable {
    var textDocument: TextDocumentIdentifier
}

// MARK: diagnostics

public struct Diagnostic: Encodable, Hashable, Sendable {
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information (suggestions), 4 hint.
    public var severity: Int
    /// The rule id.
    public var code: String
    public var source: String
    public var message: String
}

struct PublishDiagnosticsParams: Encodable {
    var uri: String
    var version: Int?
    var diagnostics: [Diagnostic]

    enum Key: String, CodingKey { case uri, version, diagnostics }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(uri, forKey: .uri)
        try c.encodeIfPresent(version, forKey: .version)
        try c.encode(diagnostics, forKey: .diagnostics)
    }
}

// MARK: code actions and hover

struct CodeActionParams: Decodable {
    struct Context: Decodable {
        var diagnostics: [ClientDiagnostic]?
        var only: [String]?
    }
    var textDocument: TextDocumentIdentifier
    var range: LSPRange
    var context: Context?
}

/// A diagnostic a client sends back in a code action's context: its range
/// and code are what tell which finding it is.
struct ClientDiagnostic: Decodable {
    var range: LSPRange
    var code: String?
    var source: String?

    enum Key: String, CodingKey { case range, code, source }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        range = try c.decode(LSPRange.self, forKey: .range)
        code = (try? c.decodeIfPresent(String.self, forKey: .code)) ?? (try? c.decodeIfPresent(Int.self, forKey: .code)).flatMap { $0.map(String.init) }
        source = try? c.decodeIfPresent(String.self, forKey: .source)
    }
}

public struct TextEdit: Encodable, Hashable, Sendable {
    public var range: LSPRange
    public var newText: String
}

public struct WorkspaceEdit: Encodable, Hashable, Sendable {
    /// Document URI -> its edits.
    public var changes: [String: [TextEdit]]
}

public struct CodeAction: Encodable, Hashable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [Diagnostic]
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit

    enum Key: String, CodingKey { case title, kind, diagnostics, isPreferred, edit }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(title, forKey: .title)
        try c.encode(kind, forKey: .kind)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encodeIfPresent(isPreferred, forKey: .isPreferred)
        try c.encode(edit, forKey: .edit)
    }
}

struct HoverParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var position: Position
}

public struct MarkupContent: Encodable, Hashable, Sendable {
    public var kind: String
    public var value: String
}

public struct Hover: Encodable, Hashable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
}
