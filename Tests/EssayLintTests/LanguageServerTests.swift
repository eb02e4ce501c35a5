import Foundation
import XCTest
@testable import EssayCore
@testable import EssayRules
@testable import EssayLint
@testable import EssayLSP

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

    /// The notification spliced from diagnostics encoded one by one (and
    /// kept between publishes) is the encoder's bytes for the whole message.
    func testPublishedDiagnosticsAreTheEncodersBytes() throws {
        let encoder = JSONRPC.makeEncoder()
        func diagnostic(_ line: Int, _ message: String) -> Diagnostic {
            Diagnostic(range: LSPRange(start: Position(line: line, character: 2), end: Position(line: line, character: 7)),
                       severity: 2, code: "deficit-language", source: "essaylint", message: message)
        }
        let first = [diagnostic(3, "Reframe “needs” — by what families bring 🎉"), diagnostic(9, "A \\ backslash, a \"quote\" and a /slash")]
        let second = [first[1], diagnostic(4, "Moved"), first[1]]
        var published = PublishedDiagnostics()
        for (diagnostics, version) in [(first, Optional(3)), (second, 4), ([], nil), (first, 5)] {
            let uri = "file:///tmp/an essay/ümlaut \"draft\".md"
            let spliced = try published.notification(uri: uri, version: version, diagnostics, encoder: encoder)
            let whole = try encoder.encode(Notification(method: "textDocument/publishDiagnostics",
                                                        params: PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)))
            XCTAssertEqual(String(decoding: spliced, as: UTF8.self), String(decoding: whole, as: UTF8.self))
        }
    }

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
