import Foundation
import XCTest
@testable import EssayRules
@testable import EssayLSP

/// `essaylint lsp` as a client starts it: protocol only on standard output,
/// exit statuses, no essay text in the log.
extension CLITests {
    static func frames(_ bodies: [String]) -> String {
        bodies.map { "Content-Length: \($0.utf8.count)\r\n\r\n" + $0 }.joined()
    }

    /// Every byte of `output` read as framed messages, in order.
    static func bodies(_ output: String) throws -> [[String: Any]] {
        var rest = Substring(output)
        var out: [[String: Any]] = []
        while !rest.isEmpty {
            guard rest.hasPrefix("Content-Length: "), let end = rest.range(of: "\r\n\r\n") else {
                throw NSError(domain: "lsp", code: 1, userInfo: [NSLocalizedDescriptionKey: "not a header: \(rest.prefix(40))"])
            }
            let length = try XCTUnwrap(Int(rest[rest.index(rest.startIndex, offsetBy: 16)..<end.lowerBound]))
            let body = Array(rest[end.upperBound...].utf8.prefix(length))
            XCTAssertEqual(body.count, length)
            out.append(try XCTUnwrap(JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]))
            rest = Substring(String(decoding: Array(rest[end.upperBound...].utf8.dropFirst(length)), as: UTF8.self))
        }
        return out
    }

    func testLanguageServerWritesOnlyProtocolAndExitsZeroAfterShutdown() throws {
        let essay = ExampleEssay.markdown(replacing: [3: "Quillfeather listed the needs of families. " + ExampleEssay.filler(90)])
        let open: [String: Any] = ["jsonrpc": "2.0", "method": "textDocument/didOpen",
                                   "params": ["textDocument": ["uri": "file:///nonexistent-essaylint-test/essay.md", "languageId": "markdown", "version": 1, "text": essay]]]
        let openJSON = String(decoding: try JSONSerialization.data(withJSONObject: open), as: UTF8.self)
        let input = Self.frames([
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
            #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            openJSON,
            "{not json",
            #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#,
            #"{"jsonrpc":"2.0","method":"exit"}"#,
        ])
        let r = try run(["lsp", "--stdio"], stdin: input, timeout: 120)
        XCTAssertEqual(r.status, 0, r.stderr)
        let messages = try Self.bodies(r.stdout)
        XCTAssertEqual(messages.count, 4)
        XCTAssertEqual(messages[0]["id"] as? Int, 1)
        XCTAssertNotNil(messages[0]["result"])
        XCTAssertEqual((messages[1]["error"] as? [String: Any])?["code"] as? Int, -32700)
        // The document's diagnostics are published before shutdown is answered.
        XCTAssertEqual(messages[2]["method"] as? String, "textDocument/publishDiagnostics")
        let diagnostics = try XCTUnwrap((messages[2]["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]])
        XCTAssertTrue(diagnostics.contains { $0["code"] as? String == "deficit-language" })
        XCTAssertEqual(messages[3]["id"] as? Int, 2)
        XCTAssertTrue(messages[3].keys.contains("result"))
        XCTAssertFalse(r.stderr.contains("Quillfeather"), "the log holds essay text")
    }

    func testLanguageServerExitsOneWithoutShutdown() throws {
        let exit = try run(["lsp"], stdin: Self.frames([#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#,
                                                         #"{"jsonrpc":"2.0","method":"exit"}"#]), timeout: 120)
        XCTAssertEqual(exit.status, 1)
        XCTAssertEqual(try Self.bodies(exit.stdout).count, 1)
        // The input ends without exit.
        let ended = try run(["lsp"], stdin: "", timeout: 120)
        XCTAssertEqual(ended.status, 1)
        XCTAssertEqual(ended.stdout, "")
    }
}
