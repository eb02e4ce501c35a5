import Foundation
import XCTest
@testable import EssayCore
@testable import EssayRules
@testable import EssayLint
@testable import EssayLSP

/// A server driven in memory: messages in as framed bytes, everything it
/// writes kept and read back as JSON.
final class LSPSession {
    private(set) var frames: [[UInt8]] = []
    private(set) var logs: [String] = []
    var server: LanguageServer!

    init(workspace: Workspace = .embeddedOnly(), overrides: Overrides = Overrides(profile: "community-partnerships", part: "essay")) {
        server = LanguageServer(workspace: workspace, overrides: overrides, version: "test",
                                send: { [unowned self] in self.frames.append($0) }, log: { [unowned self] in self.logs.append($0) })
    }

    /// Sends raw bytes; the exit status when they held `exit`.
    @discardableResult
    func raw(_ bytes: [UInt8]) -> Int32? { server.receive(bytes) }

    /// Sends one message body, framed.
    @discardableResult
    func send(_ json: String) -> Int32? { raw(JSONRPC.frame(Array(json.utf8))) }

    @discardableResult
    func send(_ object: [String: Any]) -> Int32? {
        var message = object
        message["jsonrpc"] = "2.0"
        let data = try! JSONSerialization.data(withJSONObject: message, options: [.sortedKeys])
        return raw(JSONRPC.frame(Array(data)))
    }

    /// The bodies written since the last call, each checked against its
    /// Content-Length header.
    func takeBodies() -> [String] {
        defer { frames.removeAll() }
        return frames.map { frame in
            let text = String(decoding: frame, as: UTF8.self)
            let parts = text.components(separatedBy: "\r\n\r\n")
            let header = parts[0]
            let body = parts.dropFirst().joined(separator: "\r\n\r\n")
            XCTAssertEqual(header, "Content-Length: \(body.utf8.count)")
            return body
        }
    }

    func takeMessages() -> [[String: Any]] {
        takeBodies().map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func initialize(encodings: [String]? = nil) {
        var capabilities: [String: Any] = [:]
        if let encodings { capabilities["general"] = ["positionEncodings": encodings] }
        send(["id": 1, "method": "initialize", "params": ["processId": NSNull(), "rootUri": NSNull(), "capabilities": capabilities]])
        send(["method": "initialized", "params": [String: Any]()])
        _ = takeMessages()
    }

    func open(_ uri: String, _ text: String, language: String = "markdown", version: Int = 1) -> [[String: Any]] {
        send(["method": "textDocument/didOpen",
              "params": ["textDocument": ["uri": uri, "languageId": language, "version": version, "text": text]]])
        return diagnostics()
    }

    func change(_ uri: String, version: Int, _ changes: [[String: Any]]) -> [[String: Any]] {
        send(["method": "textDocument/didChange", "params": ["textDocument": ["uri": uri, "version": version], "contentChanges": changes]])
        return diagnostics()
    }

    /// The diagnostics of the last publishDiagnostics written.
    func diagnostics() -> [[String: Any]] {
        let published = takeMessages().filter { $0["method"] as? String == "textDocument/publishDiagnostics" }
        guard let last = published.last, let params = last["params"] as? [String: Any] else {
            XCTFail("no diagnostics published")
            return []
        }
        return params["diagnostics"] as! [[String: Any]]
    }

    func request(_ id: Int, _ method: String, _ params: [String: Any]) -> Any? {
        send(["id": id, "method": method, "params": params])
        let response = takeMessages().first { ($0["id"] as? Int) == id }
        XCTAssertNotNil(response, "no response to \(method)")
        return response?["result"]
    }

    func text(_ uri: String) -> String? { server.documentText(uri) }
}

func change(_ sl: Int, _ sc: Int, _ el: Int, _ ec: Int, _ text: String) -> [String: Any] {
    ["range": ["start": ["line": sl, "character": sc], "end": ["line": el, "character": ec]], "text": text]
}

func range(_ d: [String: Any]) -> [Int] {
    let r = d["range"] as! [String: Any]
    let s = r["start"] as! [String: Int], e = r["end"] as! [String: Int]
    return [s["line"]!, s["character"]!, e["line"]!, e["character"]!]
}

final class LanguageServerTests: XCTestCase {
    /// A line with an em dash, curly quotes and an emoji before "needs".
    static let line = "Our team — “neighbors” 🎉 — listed the needs of families. Write to ana@example.org for notes."
    /// The essay with that line opening Competency 4's section (line 14, 0-based).
    static let essay = ExampleEssay.markdown(replacing: [3: line + " " + ExampleEssay.filler(90)])
    static let uri = "file:///nonexistent-essaylint-test/essay.md"

    // MARK: framing

    func testFrameWritesContentLengthInBytes() {
        XCTAssertEqual(String(decoding: JSONRPC.frame(Array("{\"a\":\"é\"}".utf8)), as: UTF8.self), "Content-Length: 10\r\n\r\n{\"a\":\"é\"}")
    }

    func testFramerReadsMessagesSplitAnywhere() throws {
        let stream = Array("Content-Length: 2\r\n\r\n{}content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH: 8\r\n\r\n[1,\"é\"]".utf8)
        // Byte by byte, and all at once: the same two bodies.
        for chunk in [1, stream.count] {
            var framer = MessageFramer()
            var bodies: [String] = []
            var i = 0
            while i < stream.count {
                framer.append(stream[i..<min(stream.count, i + chunk)])
                i += chunk
                while let body = try framer.next() { bodies.append(String(decoding: body, as: UTF8.self)) }
            }
            XCTAssertEqual(bodies, ["{}", "[1,\"é\"]"], "chunks of \(chunk)")
            XCTAssertEqual(framer.pendingCount, 0)
        }
    }

    func testFramerSkipsAnUnreadableHeaderAndGoesOn() throws {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: many\r\n\r\n{}Content-Length: 2\r\n\r\n[]".utf8))
        XCTAssertThrowsError(try framer.next()) { error in
            XCTAssertEqual(error as? FramingError, FramingError(description: "Content-Length is not a number: many"))
        }
        XCTAssertEqual(try framer.next().map { String(decoding: $0, as: UTF8.self) }, "[]")
        XCTAssertNil(try framer.next())

        var missing = MessageFramer()
        missing.append(Array("Content-Type: x\r\n\r\n".utf8))
        XCTAssertThrowsError(try missing.next()) { error in
            XCTAssertEqual(error as? FramingError, FramingError(description: "a header part without Content-Length"))
        }
    }

    // MARK: JSON-RPC errors

    func testMalformedMessagesAreAnsweredWithErrorsAndTheServerGoesOn() {
        let session = LSPSession()
        session.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
        _ = session.takeBodies()
        session.send("{not json")
        session.send("[1,2]")
        session.send("{\"jsonrpc\":\"2.0\",\"id\":7}")
        session.send("{\"jsonrpc\":\"1.0\",\"id\":8,\"method\":\"shutdown\"}")
        session.send("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"shutdown\"}")
        session.send("{\"jsonrpc\":\"2.0\",\"id\":\"x9\",\"method\":\"workspace/unknown\"}")
        session.send("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{}}}")
        session.send("{\"jsonrpc\":\"2.0\",\"method\":\"workspace/unknownNotification\"}")
        session.raw(Array("Content-Length: x\r\n\r\n".utf8))
        session.send("{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"shutdown\"}")
        XCTAssertEqual(session.takeBodies(), [
            #"{"error":{"code":-32700,"message":"the message is not valid JSON"},"id":null,"jsonrpc":"2.0"}"#,
            #"{"error":{"code":-32600,"message":"a message must be a JSON object"},"id":null,"jsonrpc":"2.0"}"#,
            #"{"error":{"code":-32600,"message":"a request needs a \"method\" string"},"id":7,"jsonrpc":"2.0"}"#,
            #"{"error":{"code":-32600,"message":"\"jsonrpc\" must be \"2.0\""},"id":8,"jsonrpc":"2.0"}"#,
            #"{"error":{"code":-32600,"message":"\"id\" must be a number or a string"},"id":null,"jsonrpc":"2.0"}"#,
            #"{"error":{"code":-32601,"message":"method not found: workspace/unknown"},"id":"x9","jsonrpc":"2.0"}"#,
            #"{"error":{"code":-32602,"message":"invalid params: at params.textDocument.uri"},"id":10,"jsonrpc":"2.0"}"#,
            #"{"error":{"code":-32700,"message":"unreadable message header: Content-Length is not a number: x"},"id":null,"jsonrpc":"2.0"}"#,
            #"{"id":11,"jsonrpc":"2.0","result":null}"#,
        ])
        XCTAssertEqual(session.server.state, .shutDown)
    }

    func testLifecycle() {
        let early = LSPSession()
        early.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":{}}")
        XCTAssertEqual(early.takeBodies(), [#"{"error":{"code":-32002,"message":"the server is not initialized"},"id":1,"jsonrpc":"2.0"}"#])
        XCTAssertEqual(early.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"), 1)

        let session = LSPSession()
        session.initialize()
        session.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
        XCTAssertEqual(session.takeBodies(), [#"{"error":{"code":-32600,"message":"the server is already initialized"},"id":2,"jsonrpc":"2.0"}"#])
        XCTAssertEqual(session.server.endOfInputStatus, 1)
        session.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}")
        session.send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/hover\",\"params\":{}}")
        XCTAssertEqual(session.takeBodies(), [#"{"id":3,"jsonrpc":"2.0","result":null}"#,
                                              #"{"error":{"code":-32600,"message":"the server is shut down"},"id":4,"jsonrpc":"2.0"}"#])
        XCTAssertEqual(session.server.endOfInputStatus, 0)
        // Bytes after exit are not read.
        XCTAssertEqual(session.raw(JSONRPC.frame(Array("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}".utf8)) + JSONRPC.frame(Array("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}".utf8))), 0)
        XCTAssertEqual(session.takeBodies(), [])
    }

    // MARK: position encodings

    func testInitializeNegotiatesThePositionEncoding() {
        for (offered, chosen) in [(nil, "utf-16"), (["utf-16"], "utf-16"), (["utf-32", "utf-16"], "utf-16"), (["utf-8", "utf-16"], "utf-8"), (["utf-16", "utf-8"], "utf-8")] as [([String]?, String)] {
            let session = LSPSession()
            var capabilities: [String: Any] = [:]
            if let offered { capabilities["general"] = ["positionEncodings": offered] }
            session.send(["id": 1, "method": "initialize", "params": ["capabilities": capabilities]])
            XCTAssertEqual(session.takeBodies(), [
                #"{"id":1,"jsonrpc":"2.0","result":{"capabilities":{"codeActionProvider":{"codeActionKinds":["quickfix"]},"hoverProvider":true,"#
                + #""positionEncoding":""# + chosen + #"","textDocumentSync":{"change":2,"openClose":true,"save":{"includeText":false}}},"#
                + #""serverInfo":{"name":"essaylint","version":"test"}}}"#,
            ], "offered \(offered ?? [])")
        }
    }

    func testSourceTextEditorPositions() {
        let text = SourceText(string: "a—“b” 🎉 c\r\nnext\rlast")
        // "c": a(1) —(1) “(1) b(1) ”(1) space(1) 🎉(2) space(1) = 9 UTF-16 units, 1+3+3+1+3+1+4+1 = 17 bytes.
        XCTAssertEqual(text.linePosition(of: 9, in: .utf16).line, 0)
        XCTAssertEqual(text.linePosition(of: 9, in: .utf16).character, 9)
        XCTAssertEqual(text.linePosition(of: 9, in: .utf8).character, 17)
        XCTAssertEqual(text.offset(line: 0, character: 9, in: .utf16), 9)
        XCTAssertEqual(text.offset(line: 0, character: 17, in: .utf8), 9)
        // Inside the emoji: its start. Past the line: its end before CRLF. Past the text: its end.
        XCTAssertEqual(text.offset(line: 0, character: 7, in: .utf16), 6)
        XCTAssertEqual(text.offset(line: 0, character: 14, in: .utf8), 6)
        XCTAssertEqual(text.offset(line: 0, character: 99, in: .utf16), 10)
        XCTAssertEqual(text.offset(line: 1, character: 99, in: .utf8), 16)
        XCTAssertEqual(text.offset(line: 2, character: 2, in: .utf16), 19)
        XCTAssertEqual(text.offset(line: 9, character: 0, in: .utf16), 21)
        XCTAssertEqual(text.linePosition(of: 12, in: .utf16).line, 1)
        XCTAssertEqual(text.linePosition(of: 12, in: .utf16).character, 0)
        XCTAssertEqual(text.linePosition(of: 21, in: .utf8).character, 4)
    }

    func testDiagnosticPositionsAfterADashQuotesAndAnEmoji() throws {
        for (encodings, character) in [(nil, 39), (["utf-8"], 49)] as [([String]?, Int)] {
            let session = LSPSession()
            session.initialize(encodings: encodings)
            let diagnostics = session.open(Self.uri, Self.essay).filter { $0["code"] as? String == "deficit-language" }
            XCTAssertEqual(diagnostics.count, 1)
            let d = try XCTUnwrap(diagnostics.first)
            XCTAssertEqual(range(d), [14, character, 14, character + 5], "\(encodings ?? [])")
            XCTAssertEqual(d["severity"] as? Int, 2)
            XCTAssertEqual(d["source"] as? String, "essaylint")
            XCTAssertEqual(d["message"] as? String, try Support.lint(Self.essay).findings.first { $0.rule == "deficit-language" }?.message)
        }
    }

    func testAByteOrderMarkCountsAsTheEditorsCharacter() throws {
        for (encodings, start) in [(nil, 15), (["utf-8"], 17)] as [([String]?, Int)] {
            let session = LSPSession()
            session.initialize(encodings: encodings)
            let uri = "file:///nonexistent-essaylint-test/notes.txt"
            // Without the mark "needs" starts at 14 in either count; the mark is 1 UTF-16 unit, 3 UTF-8 bytes.
            let deficit = session.open(uri, "\u{FEFF}We listed the needs of families.\n", language: "plaintext")
                .filter { $0["code"] as? String == "deficit-language" }
            XCTAssertEqual(deficit.map(range), [[0, start, 0, start + 5]], "\(encodings ?? [])")
            let hover = session.request(2, "textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 0, "character": start]]) as? [String: Any]
            XCTAssertEqual(hover.map(range), [0, start, 0, start + 5])
        }
    }

    func testEverySeverityAndADocumentFinding() throws {
        let session = LSPSession()
        session.initialize()
        let diagnostics = session.open(Self.uri, Self.essay)
        let report = try Support.lint(Self.essay)
        XCTAssertEqual(diagnostics.map { $0["code"] as! String }, report.findings.map(\.rule))
        let severities = Dictionary(diagnostics.map { ($0["code"] as! String, $0["severity"] as! Int) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(severities["word-count"], 1)        // error
        XCTAssertEqual(severities["deficit-language"], 2)  // warning
        XCTAssertEqual(severities["citation"], 3)          // suggestion
        // 810 words: the word count stands at the start, as an empty range.
        XCTAssertEqual(range(diagnostics.first { $0["code"] as? String == "word-count" }!), [0, 0, 0, 0])
    }

    // MARK: synchronisation

    func testIncrementalAndFullChangesAreApplied() throws {
        let session = LSPSession()
        session.initialize()
        let uri = "file:///nonexistent-essaylint-test/notes.txt"
        _ = session.open(uri, "a🎉b\nline two\r\nthird", language: "plaintext")
        _ = session.change(uri, version: 2, [change(0, 3, 0, 4, "B")])
        XCTAssertEqual(session.text(uri), "a🎉B\nline two\r\nthird")
        // Two changes in one notification, the second read against the first's result.
        _ = session.change(uri, version: 3, [change(1, 5, 2, 0, "2\n"), change(2, 5, 2, 5, "!")])
        XCTAssertEqual(session.text(uri), "a🎉B\nline 2\nthird!")
        // Past the end of a line: its end; past the last line: the end of the text.
        _ = session.change(uri, version: 4, [change(0, 99, 0, 99, "X"), change(7, 0, 7, 0, "?")])
        XCTAssertEqual(session.text(uri), "a🎉BX\nline 2\nthird!?")
        // A whole-document change, then an incremental one.
        _ = session.change(uri, version: 5, [["text": "fresh\n"], change(1, 0, 1, 0, "tail")])
        XCTAssertEqual(session.text(uri), "fresh\ntail")

        let utf8 = LSPSession()
        utf8.initialize(encodings: ["utf-8"])
        _ = utf8.open(uri, "é🎉x", language: "plaintext")
        _ = utf8.change(uri, version: 2, [change(0, 6, 0, 7, "y")])
        XCTAssertEqual(utf8.text(uri), "é🎉y")
    }

    func testAnEditMovesTheDiagnosticAndAFixRemovesIt() throws {
        let session = LSPSession()
        session.initialize()
        _ = session.open(Self.uri, Self.essay)
        // Two words and an emoji inserted before "needs" on its line.
        let moved = session.change(Self.uri, version: 2, [change(14, 35, 14, 35, "🎉 all ")]).filter { $0["code"] as? String == "deficit-language" }
        XCTAssertEqual(moved.map(range), [[14, 46, 14, 51]])
        let gone = session.change(Self.uri, version: 3, [change(14, 46, 14, 51, "goals")]).filter { $0["code"] as? String == "deficit-language" }
        XCTAssertEqual(gone.count, 0)
    }

    // MARK: code actions

    func testQuickFixReplacesExactlyTheFindingsRange() throws {
        let session = LSPSession()
        session.initialize()
        _ = session.open(Self.uri, Self.essay)
        let actions = try XCTUnwrap(session.request(2, "textDocument/codeAction", [
            "textDocument": ["uri": Self.uri],
            "range": ["start": ["line": 14, "character": 41], "end": ["line": 14, "character": 41]],
            "context": ["diagnostics": [Any]()],
        ]) as? [[String: Any]])
        XCTAssertEqual(actions.map { $0["title"] as! String }, [
            "Replace “needs” with “goals”", "Replace “needs” with “aspirations”", "Replace “needs” with “priorities”",
            "Replace “needs” with “interests”", "Disable deficit-language here",
        ])
        XCTAssertEqual(actions.map { $0["kind"] as! String }, Array(repeating: "quickfix", count: 5))
        XCTAssertEqual(actions[0]["isPreferred"] as? Bool, true)
        let edit = try XCTUnwrap(((actions[0]["edit"] as? [String: Any])?["changes"] as? [String: Any])?[Self.uri] as? [[String: Any]])
        XCTAssertEqual(edit.count, 1)
        XCTAssertEqual(range(edit[0]), [14, 39, 14, 44])
        XCTAssertEqual(edit[0]["newText"] as? String, "goals")
        let linked = try XCTUnwrap(actions[0]["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(linked.map { $0["code"] as! String }, ["deficit-language"])
        // Applied as a client would: the diagnostic is gone.
        let after = session.change(Self.uri, version: 2, [change(14, 39, 14, 44, "goals")])
        XCTAssertFalse(after.contains { $0["code"] as? String == "deficit-language" })
    }

    func testCodeActionsForTheDiagnosticsAClientNames() throws {
        let session = LSPSession()
        session.initialize()
        let published = session.open(Self.uri, Self.essay)
        let deficit = try XCTUnwrap(published.first { $0["code"] as? String == "deficit-language" })
        // A request at the start of the line, naming the diagnostic (as Neovim 0.7 does).
        let actions = try XCTUnwrap(session.request(2, "textDocument/codeAction", [
            "textDocument": ["uri": Self.uri],
            "range": ["start": ["line": 14, "character": 0], "end": ["line": 14, "character": 0]],
            "context": ["diagnostics": [deficit]],
        ]) as? [[String: Any]])
        XCTAssertEqual(actions.first?["title"] as? String, "Replace “needs” with “goals”")
        // Only kinds other than quick fixes: none.
        let none = session.request(3, "textDocument/codeAction", [
            "textDocument": ["uri": Self.uri],
            "range": ["start": ["line": 14, "character": 41], "end": ["line": 14, "character": 41]],
            "context": ["diagnostics": [Any](), "only": ["refactor"]],
        ]) as? [Any]
        XCTAssertEqual(none?.count, 0)
    }

    /// The edit of the first action with this title.
    func edit(_ session: LSPSession, id: Int, line: Int, character: Int, title: String, uri: String = LanguageServerTests.uri) throws -> [String: Any] {
        let actions = try XCTUnwrap(session.request(id, "textDocument/codeAction", [
            "textDocument": ["uri": uri],
            "range": ["start": ["line": line, "character": character], "end": ["line": line, "character": character]],
            "context": ["diagnostics": [Any]()],
        ]) as? [[String: Any]])
        let action = try XCTUnwrap(actions.first { $0["title"] as? String == title }, "no “\(title)” among \(actions.map { $0["title"]! })")
        let edits = try XCTUnwrap(((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]])
        XCTAssertEqual(edits.count, 1)
        return edits[0]
    }

    func apply(_ session: LSPSession, _ edit: [String: Any], version: Int, uri: String = LanguageServerTests.uri) -> [[String: Any]] {
        let r = range(edit)
        return session.change(uri, version: version, [change(r[0], r[1], r[2], r[3], edit["newText"] as! String)])
    }

    func testMissingHeadingIsInsertedBeforeTheNextCompetency() throws {
        let session = LSPSession()
        session.initialize()
        // Competency 7 left out: its heading belongs before Competency 8's (line 24).
        let essay = ExampleEssay.markdown(ExampleEssay.titles.enumerated().map { $0.offset == 6 ? nil : $0.element }, words: 120)
        let before = session.open(Self.uri, essay)
        // Anchored at the heading's text, after "## ".
        XCTAssertEqual(before.filter { $0["code"] as? String == "missing-heading" }.map(range), [[24, 3, 24, 3]])
        let edit = try self.edit(session, id: 2, line: 24, character: 3, title: "Add the heading “Competency 7: Resolving Conflicts”")
        XCTAssertEqual(range(edit), [24, 0, 24, 0])
        XCTAssertEqual(edit["newText"] as? String, "## Competency 7: Resolving Conflicts\n\n")
        let after = apply(session, edit, version: 2)
        XCTAssertFalse(after.contains { $0["code"] as? String == "missing-heading" })
        XCTAssertTrue(session.text(Self.uri)!.contains("## Knowledge of the Self"))
    }

    func testMissingLastHeadingIsInsertedAtTheEnd() throws {
        let session = LSPSession()
        session.initialize()
        let essay = ExampleEssay.markdown(Array(ExampleEssay.titles.dropLast()), words: 120)
        let lines = essay.components(separatedBy: "\n").count - 1  // ends with a blank line
        let missing = try XCTUnwrap(session.open(Self.uri, essay).first { $0["code"] as? String == "missing-heading" })
        // Anchored after the last block: the end of the last paragraph.
        XCTAssertEqual(range(missing), [30, 670, 30, 670])
        let edit = try self.edit(session, id: 2, line: 30, character: 670,
                                 title: "Add the heading “Competency 9: Critical Commitment to Recognizing and Reflecting on Power Relations”")
        XCTAssertEqual(range(edit), [lines, 0, lines, 0])
        XCTAssertEqual(edit["newText"] as? String, "## Competency 9: Critical Commitment to Recognizing and Reflecting on Power Relations\n")
        let after = apply(session, edit, version: 2)
        XCTAssertFalse(after.contains { $0["code"] as? String == "missing-heading" })
    }

    func testDisableHereInsertsTheDocumentedComment() throws {
        let session = LSPSession()
        session.initialize()
        _ = session.open(Self.uri, Self.essay)
        let edit = try self.edit(session, id: 2, line: 14, character: 40, title: "Disable deficit-language here")
        XCTAssertEqual(range(edit), [14, 0, 14, 0])
        XCTAssertEqual(edit["newText"] as? String, "<!-- essaylint-disable-next-line deficit-language -->\n")
        let after = apply(session, edit, version: 2)
        XCTAssertFalse(after.contains { $0["code"] as? String == "deficit-language" || $0["code"] as? String == "directive" })

        // Another rule's finding on that line: added to the comment already there.
        XCTAssertEqual(after.filter { $0["code"] as? String == "identifying-info" }.map(range), [[15, 67, 15, 82]])
        let second = try self.edit(session, id: 3, line: 15, character: 70, title: "Disable identifying-info here")
        XCTAssertEqual(range(second), [14, 49, 14, 49])
        XCTAssertEqual(second["newText"] as? String, " identifying-info")
        let quiet = apply(session, second, version: 3)
        XCTAssertFalse(quiet.contains { ["deficit-language", "identifying-info", "directive"].contains($0["code"] as? String) })
        XCTAssertEqual(session.text(Self.uri)?.components(separatedBy: "\n")[14], "<!-- essaylint-disable-next-line deficit-language identifying-info -->")
    }

    func testDisableInPlainTextAndForTheWholeDocument() throws {
        let session = LSPSession()
        session.initialize()
        let uri = "file:///nonexistent-essaylint-test/essay.txt"
        let text = Self.essay.replacingOccurrences(of: "## ", with: "")
        let published = session.open(uri, text, language: "plaintext")
        XCTAssertEqual(published.filter { $0["code"] as? String == "deficit-language" }.map(range), [[14, 39, 14, 44]])
        let edit = try self.edit(session, id: 2, line: 14, character: 40, title: "Disable deficit-language here", uri: uri)
        XCTAssertEqual(range(edit), [14, 0, 14, 0])
        XCTAssertEqual(edit["newText"] as? String, "essaylint-disable-next-line deficit-language\n")
        XCTAssertFalse(apply(session, edit, version: 2, uri: uri).contains { $0["code"] as? String == "deficit-language" })

        // The word count is about the whole document: a disable at the top.
        let whole = try self.edit(session, id: 3, line: 0, character: 0, title: "Disable word-count in this document", uri: uri)
        XCTAssertEqual(range(whole), [0, 0, 0, 0])
        XCTAssertEqual(whole["newText"] as? String, "essaylint-disable word-count\n")
        XCTAssertFalse(apply(session, whole, version: 3, uri: uri).contains { $0["code"] as? String == "word-count" })
    }

    /// The 0-based line and UTF-16 character of the first `needle` in `text`.
    static func place(of needle: String, in text: String) -> [Int] {
        let lines = text.components(separatedBy: "\n")
        let line = lines.firstIndex { $0.contains(needle) }!
        let prefix = lines[line].components(separatedBy: needle)[0]
        return [line, prefix.utf16.count]
    }

    func testAFixReplacesOnlyTheYearOfACitationAndTheIdInADirective() throws {
        let session = LSPSession()
        session.initialize()
        let essay = "<!-- essaylint-disable deficit-langauge -->\n\n"
            + ExampleEssay.markdown(words: 90, insert: [5: "Partnerships take time (Eddy, 2012)."])
        _ = session.open(Self.uri, essay)
        let year = Self.place(of: "2012)", in: essay)
        let edit = try self.edit(session, id: 2, line: year[0], character: year[1], title: "Replace “2012” with “2010”")
        XCTAssertEqual(range(edit), [year[0], year[1], year[0], year[1] + 4])
        XCTAssertEqual(edit["newText"] as? String, "2010")
        let id = Self.place(of: "deficit-langauge", in: essay)
        let fix = try self.edit(session, id: 3, line: 0, character: 2, title: "Replace “deficit-langauge” with “deficit-language”")
        XCTAssertEqual(range(fix), [0, id[1], 0, id[1] + 16])
        XCTAssertEqual(fix["newText"] as? String, "deficit-language")
        let after = apply(session, fix, version: 2)
        XCTAssertFalse(after.contains { $0["code"] as? String == "directive" || $0["code"] as? String == "deficit-language" })
    }

    func testASuggestionTakesTheCapitalOfTheWordItReplaces() {
        XCTAssertEqual(CodeActions.matchingCase("goals", of: "Needs"), "Goals")
        XCTAssertEqual(CodeActions.matchingCase("goals", of: "needs"), "goals")
        XCTAssertEqual(CodeActions.matchingCase("Competency 2: Knowledge", of: "knowing"), "Competency 2: Knowledge")
    }

    func testAWordDocumentIsReadFromDisk() throws {
        let file = Support.fixtures.appendingPathComponent("documents/cp-competency-4-assets.docx")
        let session = LSPSession()
        session.initialize()
        // The editor's text (what it shows of a binary file) is not read.
        let diagnostics = session.open(file.absoluteString, "PK\u{3}\u{4} not the document", language: "plaintext")
        let workspace = Workspace.embeddedOnly()
        let settings = try workspace.settings(for: file.path, overrides: Overrides(profile: "community-partnerships", part: "essay")).get()
        let report = workspace.lint(path: file.path, settings: settings)
        XCTAssertNil(report.error)
        XCTAssertFalse(report.findings.isEmpty)
        XCTAssertEqual(diagnostics.map { $0["code"] as! String }, report.findings.map(\.rule))
        // Diagnostics only: no code actions.
        let actions = session.request(2, "textDocument/codeAction", [
            "textDocument": ["uri": file.absoluteString],
            "range": ["start": ["line": 0, "character": 0], "end": ["line": 99, "character": 0]],
            "context": ["diagnostics": [Any]()],
        ]) as? [Any]
        XCTAssertEqual(actions?.count, 0)
    }

    // MARK: hover

    func testHoverShowsTheCriterionAtRiskAndItsGuidingQuestions() throws {
        let session = LSPSession()
        session.initialize()
        _ = session.open(Self.uri, Self.essay)
        let hover = try XCTUnwrap(session.request(2, "textDocument/hover", ["textDocument": ["uri": Self.uri], "position": ["line": 14, "character": 42]]) as? [String: Any])
        XCTAssertEqual(range(hover), [14, 39, 14, 44])
        let contents = try XCTUnwrap(hover["contents"] as? [String: Any])
        XCTAssertEqual(contents["kind"] as? String, "markdown")
        let value = try XCTUnwrap(contents["value"] as? String)
        let message = try XCTUnwrap(Support.lint(Self.essay).findings.first { $0.rule == "deficit-language" }?.message)
        XCTAssertEqual(value, """
            **essaylint** `deficit-language` (warning)

            \(message)

            Try: “goals”, “aspirations”, “priorities”, “interests”

            **Rubric at risk: C4, Connecting campus and community assets**: at most level 1 of 3

            > able to speak of their own partnership(s) in asset-based terms but with some deficit-based understandings still present

            Guiding questions:
            - What strategies were pursued to assure the partnership would build on the assets of the community, and what role did you play in that process?
            - How and to what extent were partnership stakeholders (faculty, students, staff, community organizations, and residents) involved in the exercise of identifying the assets that could be connected to support and achieve partnership goals and desired outcomes?
            - What specific efforts were undertaken in this regard? [Note: a useful discussion of the principles and strategies of asset-based community engagement can be found in Hamerlinck and Plaut 2014].
            """)
        // Off any finding: null.
        XCTAssertNil(session.request(3, "textDocument/hover", ["textDocument": ["uri": Self.uri], "position": ["line": 14, "character": 2]]) as? [String: Any])
    }

    // MARK: configuration

    func testTheDocumentsFolderConfigurationApplies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "profile: community-partnerships\npart: essay\nrules:\n  deficit-language: error\n".write(to: folder.appendingPathComponent(".essaylint.yml"), atomically: true, encoding: .utf8)
        let session = LSPSession(workspace: try Workspace(), overrides: Overrides())
        session.initialize()
        // Not on disk: configured by the folder it would be in.
        let uri = folder.appendingPathComponent("draft.md").absoluteString
        let diagnostics = session.open(uri, Self.essay)
        XCTAssertEqual(diagnostics.filter { $0["code"] as? String == "deficit-language" }.map { $0["severity"] as! Int }, [1])

        let broken = folder.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "rules:\n  no-such-rule: error\n".write(to: broken.appendingPathComponent(".essaylint.yml"), atomically: true, encoding: .utf8)
        let problems = session.open(broken.appendingPathComponent("draft.md").absoluteString, Self.essay)
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?["code"] as? String, "configuration")
        XCTAssertEqual(problems.first.map(range), [0, 0, 0, 0])
        XCTAssertTrue((problems.first?["message"] as? String ?? "").contains("unknown rule 'no-such-rule'"))
    }

    func testTheDetectedPartIsKeptWhileEditingAndDetectedAgainOnSave() throws {
        let session = LSPSession(overrides: Overrides())
        session.initialize()
        let map = try String(contentsOf: Support.fixtures.appendingPathComponent("fwb/asset-map-complete.md"), encoding: .utf8)
        _ = session.open(Self.uri, map)
        XCTAssertEqual(session.server.detected(Self.uri), "family-well-being/asset-map")
        // The text replaced by an essay of about the same length: the part
        // detected at open stays while the document is edited...
        let essay = ExampleEssay.markdown(words: 65)
        XCTAssertLessThan(abs(essay.utf16.count - map.utf16.count), map.utf16.count / 5)
        _ = session.change(Self.uri, version: 2, [["text": essay]])
        XCTAssertEqual(session.server.detected(Self.uri), "family-well-being/asset-map")
        // ...and is detected again when it is saved,
        session.send(["method": "textDocument/didSave", "params": ["textDocument": ["uri": Self.uri]]])
        _ = session.diagnostics()
        XCTAssertEqual(session.server.detected(Self.uri), "community-partnerships/essay")
        // or when its length changes by more than a fifth.
        _ = session.change(Self.uri, version: 3, [["text": map + "\n" + map]])
        XCTAssertEqual(session.server.detected(Self.uri), "family-well-being/asset-map")
        XCTAssertTrue(session.logs.allSatisfy { !$0.contains("Northside") && !$0.contains("residents") }, "a log line holds the document's text")
    }

    func testAnEmptyDocumentHasNoDiagnostics() {
        let session = LSPSession()
        session.initialize()
        XCTAssertEqual(session.open(Self.uri, "").count, 0)
        XCTAssertEqual(session.change(Self.uri, version: 2, [["text": " \n"]]).count, 0)
    }

    func testClosingClearsTheDiagnostics() {
        let session = LSPSession()
        session.initialize()
        XCTAssertFalse(session.open(Self.uri, Self.essay).isEmpty)
        session.send(["method": "textDocument/didClose", "params": ["textDocument": ["uri": Self.uri]]])
        XCTAssertEqual(session.diagnostics().count, 0)
        XCTAssertNil(session.text(Self.uri))
    }
}
