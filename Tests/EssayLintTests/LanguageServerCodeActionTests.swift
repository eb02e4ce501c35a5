import Foundation
import XCTest
@testable import EssayCore
@testable import EssayRules
@testable import EssayLint
@testable import EssayLSP

/// The language server's code actions: quick fixes, a missing heading
/// inserted where it belongs, disable comments.
final class LanguageServerCodeActionTests: XCTestCase {
    static var uri: String { LanguageServerTests.uri }
    static var essay: String { LanguageServerTests.essay }
    static var line: String { LanguageServerTests.line }

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

    func testAPictureGetsNoReplacement() throws {
        let session = LSPSession()
        session.initialize()
        let uri = "file:///nonexistent-essaylint-test/picture.md"
        let text = "For most lenders the neighbourhood is a leaky bucket.\n"
        let published = session.open(uri, text)
        XCTAssertEqual(published.filter { $0["code"] as? String == "deficit-language" }.map(range), [[0, 40, 0, 52]])
        let actions = try XCTUnwrap(session.request(2, "textDocument/codeAction", [
            "textDocument": ["uri": uri],
            "range": ["start": ["line": 0, "character": 45], "end": ["line": 0, "character": 45]],
            "context": ["diagnostics": [Any]()],
        ]) as? [[String: Any]])
        // "under-resourced" in place of "leaky bucket" would leave "a under-resourced": only the disable comment.
        XCTAssertEqual(actions.map { $0["title"] as! String }, ["Disable deficit-language here"])
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

}
