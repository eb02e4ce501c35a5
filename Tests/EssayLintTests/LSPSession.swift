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
