import Foundation
import XCTest
@testable import EssayCore
@testable import EssayReport
@testable import EssayLint
@testable import EssayServer

/// `essaylint serve`'s parts that need no socket: the multipart parser, the
/// options' checks, and the service's answers (statuses, bodies) over the
/// façade. Tests/Integration/serve-api.sh calls a started server.
final class MultipartFormTests: XCTestCase {
    func body(_ s: String) -> [UInt8] { Array(s.utf8) }

    func testPartsWithTheirHeadersAndBytes() throws {
        let text = "--AaB03x\r\nContent-Disposition: form-data; name=\"profile\"\r\n\r\ncommunity-partnerships\r\n"
            + "--AaB03x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"my essay.md\"\r\nContent-Type: text/markdown\r\n\r\n"
            + "# Title\r\n\r\nBody with --AaB03 almost a boundary\r\n--AaB03x--\r\n"
        let form = try MultipartForm(body: body(text), contentType: "multipart/form-data; boundary=AaB03x")
        XCTAssertEqual(form.parts.count, 2)
        XCTAssertEqual(form.parts[0].name, "profile")
        XCTAssertEqual(String(decoding: form.parts[0].body, as: UTF8.self), "community-partnerships")
        let file = try XCTUnwrap(form.part(named: "file"))
        XCTAssertEqual(file.filename, "my essay.md")
        XCTAssertEqual(file.contentType, "text/markdown")
        XCTAssertEqual(String(decoding: file.body, as: UTF8.self), "# Title\r\n\r\nBody with --AaB03 almost a boundary")
    }

    func testBinaryBodiesAndAPreambleAndQuotedBoundary() throws {
        var bytes = body("preamble to ignore\r\n--b\"q\r\nContent-Disposition: form-data; name=file; filename=x.docx\r\n\r\n")
        let payload: [UInt8] = [0x50, 0x4B, 0, 13, 10, 45, 45, 255, 13]
        bytes += payload + body("\r\n--b\"q--")
        let form = try MultipartForm(body: bytes, contentType: "multipart/form-data; boundary=\"b\\\"q\"")
        XCTAssertEqual(form.parts.count, 1)
        XCTAssertEqual(form.parts[0].body, payload)
        XCTAssertEqual(form.parts[0].filename, "x.docx")
    }

    func testMalformedBodiesSayWhy() {
        func problem(_ text: String, _ type: String = "multipart/form-data; boundary=XX") -> MultipartForm.Problem? {
            do { _ = try MultipartForm(body: body(text), contentType: type); return nil } catch { return error }
        }
        let part = "--XX\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nhello"
        XCTAssertNil(problem(part + "\r\n--XX--\r\n"))
        XCTAssertEqual(problem(part), .noClosingDelimiter)
        XCTAssertEqual(problem(part + "\r\n--XX"), .noClosingDelimiter)
        XCTAssertEqual(problem(part + "\r\n--XX\r\n"), .unterminatedHeaders)
        XCTAssertEqual(problem("hello"), .noOpeningDelimiter)
        XCTAssertEqual(problem(part, "multipart/form-data"), .noBoundary)
        XCTAssertEqual(problem(part, "multipart/form-data; boundary=" + String(repeating: "x", count: 71)), .badBoundary)
        XCTAssertEqual(problem("--XX\r\nno colon here\r\n\r\nhello\r\n--XX--"), .badHeader)
        XCTAssertEqual(problem("--XX\r\nContent-Type: text/plain\r\nhello"), .unterminatedHeaders)
        XCTAssertEqual(problem("--XXjunk\r\n\r\nhello\r\n--XX--"), .badHeader)
    }

    func testHeaderParameters() {
        XCTAssertEqual(MultipartForm.parameter("boundary", in: "multipart/form-data; boundary=abc"), "abc")
        XCTAssertEqual(MultipartForm.parameter("BOUNDARY", in: "multipart/form-data;boundary=\"a;b\"; x=1"), "a;b")
        XCTAssertEqual(MultipartForm.parameter("filename", in: "form-data; name=\"file\"; filename=\"a\\\"b.md\""), "a\"b.md")
        XCTAssertEqual(MultipartForm.parameter("name", in: "form-data; filename=\"name=x\""), nil)
        XCTAssertEqual(MultipartForm.mediaType(" Text/Markdown ; charset=utf-8"), "text/markdown")
    }
}

final class ServerOptionsTests: XCTestCase {
    func testLoopbackAddresses() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"] { XCTAssertTrue(ServerOptions.isLoopback(host), host) }
        for host in ["0.0.0.0", "10.0.0.1", "128.0.0.1", "::", "127.0.0", "127.0.0.256", "example.com", "127.0.0.1.nip.io"] {
            XCTAssertFalse(ServerOptions.isLoopback(host), host)
        }
    }

    func testAnOpenAddressNeedsATokenOrPublic() {
        var options = ServerOptions()
        XCTAssertNil(options.problem())
        options.host = "0.0.0.0"
        XCTAssertNotNil(options.problem()?.range(of: "--token-file"))
        options.token = "secret"
        XCTAssertNil(options.problem())
        options.token = nil
        options.isPublic = true
        XCTAssertNil(options.problem())
    }

    func testLimitsAndOriginsAreChecked() {
        var options = ServerOptions()
        options.maxBody = 0
        XCTAssertNotNil(options.problem())
        options = ServerOptions()
        options.maxConcurrent = 0
        XCTAssertNotNil(options.problem())
        options = ServerOptions()
        options.deadline = 0
        XCTAssertNotNil(options.problem())
        options = ServerOptions()
        options.allowedOrigins = ["https://portal.example.org", "http://localhost:3000"]
        XCTAssertNil(options.problem())
        options.allowedOrigins = ["https://portal.example.org/path"]
        XCTAssertNotNil(options.problem())
        options.allowedOrigins = ["*"]
        XCTAssertNotNil(options.problem())
    }

    func testTokenFile() throws {
        let path = NSTemporaryDirectory() + "essaylint-token-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "  s3cret-token \nsecond line\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ServerOptions.readToken(file: path), "s3cret-token")
        try "\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ServerOptions.readToken(file: path))
        XCTAssertThrowsError(try ServerOptions.readToken(file: path + "-missing"))
    }

    func testTokensCompareByEveryByte() {
        XCTAssertTrue(BearerTokenMiddleware.same(Array("abc".utf8), Array("abc".utf8)))
        XCTAssertFalse(BearerTokenMiddleware.same(Array("abd".utf8), Array("abc".utf8)))
        XCTAssertFalse(BearerTokenMiddleware.same(Array("ab".utf8), Array("abc".utf8)))
        XCTAssertFalse(BearerTokenMiddleware.same([], Array("abc".utf8)))
    }
}

final class LintServiceTests: XCTestCase {
    static let service = try! LintService(version: "0.1.0", maxBody: 1 << 20)
    var service: LintService { LintServiceTests.service }

    func upload(_ body: [UInt8], _ type: String?, _ filename: String? = nil) -> Result<LintService.Upload, Answer> {
        service.upload(body: body, contentType: type, filename: filename)
    }

    func testTheAnswerIsTheCommandLinesJSON() throws {
        let bytes = Array(try Data(contentsOf: Support.packageRoot.appendingPathComponent("Benchmarks/essay-1500.md")))
        let up = try upload(bytes, "text/markdown; charset=utf-8", "essay-1500.md").get()
        XCTAssertEqual(up.format, .markdown)
        let answer = service.lint(up, profile: nil, part: nil)
        XCTAssertEqual(answer.status, 200)
        let workspace = Workspace.embeddedOnly()
        guard case .success(let settings) = workspace.settings(for: "essay-1500.md") else { return XCTFail() }
        let report = workspace.lint(bytes: bytes, displayPath: "essay-1500.md", format: .markdown, settings: settings)
        XCTAssertEqual(String(decoding: answer.body, as: UTF8.self), JSONReporter().render(Report(files: [report]), version: "0.1.0"))
    }

    func testMediaTypesPickTheReader() throws {
        XCTAssertEqual(try upload([65], "text/plain").get().format, .text)
        XCTAssertEqual(try upload([65], "text/plain").get().name, "essay.txt")
        XCTAssertEqual(try upload([65], "text/html").get().format, .html)
        XCTAssertEqual(try upload([65], "application/vnd.openxmlformats-officedocument.wordprocessingml.document").get().format, .docx)
        XCTAssertEqual(try upload([65], "application/vnd.oasis.opendocument.text").get().format, .odt)
        XCTAssertEqual(try upload([65], "text/markdown", "../../etc/my essay.md").get().name, "my essay.md")
        for type in ["application/pdf", "application/json", "", "image/png"] {
            guard case .failure(let refusal) = upload([65], type) else { return XCTFail(type) }
            XCTAssertEqual(refusal.status, 415, type)
        }
        guard case .failure(let none) = upload([65], nil) else { return XCTFail() }
        XCTAssertEqual(none.status, 415)
    }

    func testMultipartFilesByNameThenType() throws {
        func form(_ disposition: String, _ type: String?) -> [UInt8] {
            Array(("--B\r\nContent-Disposition: form-data; \(disposition)\r\n" + (type.map { "Content-Type: \($0)\r\n" } ?? "")
                   + "\r\nHello there\r\n--B--\r\n").utf8)
        }
        let multipart = "multipart/form-data; boundary=B"
        var up = try upload(form("name=\"file\"; filename=\"a.docx\"", "application/octet-stream"), multipart).get()
        XCTAssertEqual(up.format, .docx)
        XCTAssertEqual(up.name, "a.docx")
        XCTAssertEqual(up.bytes, Array("Hello there".utf8))
        up = try upload(form("name=\"file\"; filename=\"blob\"", "text/markdown"), multipart).get()
        XCTAssertEqual(up.format, .markdown)
        up = try upload(form("name=\"file\"; filename=\"notes\"", nil), multipart).get()
        XCTAssertEqual(up.format, .text)
        up = try upload(form("name=\"file\"; filename=\"a.odt\"", nil), multipart, "given.md").get()
        XCTAssertEqual(up.format, .markdown)
        XCTAssertEqual(up.name, "given.md")
        guard case .failure(let pdf) = upload(form("name=\"file\"; filename=\"a.pdf\"", "application/pdf"), multipart) else { return XCTFail() }
        XCTAssertEqual(pdf.status, 415)
        guard case .failure(let noFile) = upload(form("name=\"other\"", nil), multipart) else { return XCTFail() }
        XCTAssertEqual(noFile.status, 400)
        guard case .failure(let cut) = upload(Array("--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nHel".utf8), multipart) else {
            return XCTFail()
        }
        XCTAssertEqual(cut.status, 400)
    }

    func testBadDocumentsAnd422WithTheReason() throws {
        func error(_ bytes: [UInt8], _ type: String, profile: String? = nil, part: String? = nil) throws -> (Int, String?) {
            let answer = service.lint(try upload(bytes, type).get(), profile: profile, part: part)
            let json = try JSONSerialization.jsonObject(with: Data(answer.body)) as! [String: Any]
            let file = (json["files"] as! [[String: Any]])[0]
            return (answer.status, (file["error"] as? [String: Any])?["message"] as? String)
        }
        XCTAssertEqual(try error([], "text/plain").1, "the file is empty")
        XCTAssertEqual(try error([], "text/plain").0, 422)
        XCTAssertEqual(try error(Array("  \n\t ".utf8), "text/plain").1, "the file holds only whitespace")
        XCTAssertEqual(try error([65, 0, 66], "text/plain").1, "a binary file, not text")
        XCTAssertEqual(try error([0xFF, 0xFE, 0x41], "text/plain").0, 422)
        XCTAssertNotNil(try error(Array("PK not a zip".utf8), "application/vnd.openxmlformats-officedocument.wordprocessingml.document").1)
        XCTAssertNotNil(try error(Array("hello".utf8), "text/plain", profile: "nope").1?.range(of: "unknown profile 'nope'"))
        XCTAssertNotNil(try error(Array("hello".utf8), "text/plain", part: "nope").1?.range(of: "unknown part 'nope'"))
        XCTAssertNotNil(try error(Array("hello".utf8), "text/plain", profile: "community-partnerships", part: "part1").1?
            .range(of: "unknown part 'part1'"))
        XCTAssertEqual(try error(Array("hello there".utf8), "text/plain", profile: "family-well-being", part: "part1").0, 200)
        XCTAssertEqual(try error(Array("hello there".utf8), "text/plain", part: "part3").0, 200)
        let big = [UInt8](repeating: 65, count: (1 << 20) + 1)
        XCTAssertEqual(try error(big, "text/plain").0, 422)
    }

    func testTextIsWhereTheFindingsArePlaced() throws {
        let url = Support.fixtures.appendingPathComponent("documents/cp-knowledge-of-self.docx")
        let up = try upload(Array(try Data(contentsOf: url)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document").get()
        let text = service.text(up)
        XCTAssertEqual(text.status, 200)
        let lines = String(decoding: text.body, as: UTF8.self).components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "Community Partnerships Micro-Credential: Knowledge of Self")
        let json = try JSONSerialization.jsonObject(with: Data(service.lint(up, profile: nil, part: nil).body)) as! [String: Any]
        let findings = (json["files"] as! [[String: Any]])[0]["findings"] as! [[String: Any]]
        let utf8 = text.body
        var located = 0
        for f in findings {
            guard let match = f["match"] as? String else { continue }
            let offset = f["offset"] as! Int, length = f["length"] as! Int
            XCTAssertEqual(String(decoding: utf8[offset..<(offset + length)], as: UTF8.self), match)
            located += 1
        }
        XCTAssertGreaterThan(located, 0)
        XCTAssertEqual(service.text(try upload([], "text/plain").get()).status, 422)
    }

    func testRulesAndProfiles() throws {
        let rules = try JSONSerialization.jsonObject(with: Data(service.rules().body)) as! [[String: String]]
        XCTAssertEqual(rules.map { $0["id"]! }, Linter.ruleIDs)
        XCTAssertTrue(rules.allSatisfy { ["error", "warning", "suggestion"].contains($0["severity"]!) && !$0["summary"]!.isEmpty })
        let profiles = try JSONSerialization.jsonObject(with: Data(service.profiles().body)) as! [String: [[String: Any]]]
        XCTAssertEqual(profiles["profiles"]!.map { $0["id"] as! String }, ["community-partnerships", "family-well-being"])
        let parts = (profiles["profiles"]![1]["parts"] as! [[String: Any]]).map { $0["id"] as! String }
        XCTAssertTrue(parts.contains("part1") && parts.contains("part3"))
    }

    func testThePageBuildsNoHTMLFromText() {
        XCTAssertFalse(Page.script.contains("innerHTML"))
        XCTAssertFalse(Page.script.contains("outerHTML"))
        XCTAssertFalse(Page.script.contains("insertAdjacentHTML"))
        XCTAssertFalse(Page.script.contains("document.write"))
        // No inline script or style: the Content-Security-Policy allows neither.
        XCTAssertFalse(Page.html.contains("<script>"))
        XCTAssertFalse(Page.html.contains("style="))
        XCTAssertFalse(Page.html.contains("<style"))
        XCTAssertFalse(Page.html.contains("http://") || Page.html.contains("https://"))
        XCTAssertTrue(SecurityHeadersMiddleware.contentSecurityPolicy.contains("script-src 'self'"))
    }
}
