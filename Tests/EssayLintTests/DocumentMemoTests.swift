import Foundation
import XCTest
@testable import EssayCore
@testable import EssayLanguage
@testable import EssayReport
@testable import EssayRules
@testable import EssayLint

/// A document linted again and again with its memo (as the language server
/// does on every edit), by a linter that has linted every version before,
/// reports exactly what a new linter without a memo reports.
final class DocumentMemoTests: XCTestCase {
    /// Words an edit puts in: deficit terms, asset terms, quotation marks,
    /// a rejection cue, plain words.
    static let insertions = ["needs", "underserved", "at-risk", "struggling families", "challenges", "problems", "strengths",
                             "“broken”", "\"deficits\"", "instead of", "the", "neighbors", "low-income", "Competency 9",
                             // Rubric evidence: a sentence's facts (what it shows) are kept with it.
                             "my identity", "partners", "not", "we hoped to",
                             // Artifact references and citations: windows of text kept by their text.
                             "Artifact 3", "(Bringle, 2009)"]

    /// Documents with many deficit and asset terms in many constructions,
    /// essays in every heading style, and every Family Well-Being part (lists,
    /// tables, task lists, labelled lines).
    static func documents() throws -> [(name: String, text: String, format: DocumentFormat)] {
        let folders = ["Tests/Fixtures/blind/deficit2", "Tests/Fixtures/essays", "Tests/Fixtures/fwb2"]
        var found: [(String, String, DocumentFormat)] = []
        for folder in folders {
            let url = Support.packageRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where (name.hasSuffix(".md") || name.hasSuffix(".txt")) && name != "README.md" {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                found.append((folder + "/" + name, text, name.hasSuffix(".md") ? .markdown : .text))
            }
        }
        return found
    }

    /// One seeded edit: a word replaced, a line deleted or doubled, a
    /// paragraph split, a heading put in.
    static func edit(_ text: String, _ random: inout SeededGenerator) -> String {
        var lines = text.components(separatedBy: "\n")
        guard !lines.isEmpty else { return text }
        let l = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0, 1:
            var words = lines[l].components(separatedBy: " ")
            let w = Int.random(in: 0..<words.count, using: &random)
            words[w] = insertions.randomElement(using: &random)!
            lines[l] = words.joined(separator: " ")
        case 2:
            lines.remove(at: l)
        case 3:
            lines.insert(lines[l], at: l)
        case 4:
            let words = lines[l].components(separatedBy: " ")
            let w = Int.random(in: 0...words.count, using: &random)
            lines[l] = words[..<w].joined(separator: " ")
            lines.insert(words[w...].joined(separator: " "), at: l + 1)
        default:
            lines.insert("## Competency 9: Reflection", at: l)
            lines.insert("", at: l + 1)
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ report: FileReport) -> String {
        let candidates = report.deficitCandidates.map { "\($0.term) \($0.range) \($0.flagged) \($0.why)" }
        return String(decoding: JSONReporter().file(report, index: 0), as: UTF8.self) + "\n" + candidates.joined(separator: "\n")
    }

    func testEditedDocumentsReportWhatAFreshLintReports() throws {
        var random = SeededGenerator(fixed: 0xD0C5_3E30)
        let linter = Support.linter
        var lints = 0
        for (name, original, format) in try Self.documents() {
            let memo = DocumentMemo()
            var text = original
            for step in 0..<8 {
                if step > 0 { text = Self.edit(text, &random) }
                let document = MarkdownOrText.read(text, format: format, path: name)
                let options = LintOptions(profile: nil)
                let remembered = try linter.lint(document, options: options, memo: memo)
                // A new linter: nothing remembered by digest either (each section's
                // evidence, reading ease and similarities, each heading's facts).
                let fresh = try Linter(resources: linter.resources).lint(document, options: options)
                XCTAssertEqual(Self.json(remembered), Self.json(fresh), "\(name) after \(step) edits, \(random.label)")
                lints += 1
                // Never more than this lint's paragraphs and the last lint's.
                XCTAssertLessThanOrEqual(memo.deficit.chunks.count, DocumentChunks(document).ranges.count, name)
                XCTAssertLessThanOrEqual(memo.stems.count, DocumentChunks(document).ranges.count, name)
            }
        }
        print("DocumentMemoTests: \(lints) lints of edited documents, \(random.label)")
        XCTAssertGreaterThan(lints, 100)
    }

    /// A memo keeps what this lint and the last one used, nothing older, and
    /// starts again for another owner (a configuration change).
    func testAChunkMemoKeepsTwoLintsAndItsOwners() {
        final class Owner {}
        let first = Owner(), second = Owner()
        let memo = ChunkMemo<Int, String>()
        memo.begin(owner: first)
        memo.remember(1, "one")
        memo.remember(2, "two")
        memo.begin(owner: first)
        XCTAssertEqual(memo.value(1), "one")  // used again: kept for the next lint
        memo.begin(owner: first)
        XCTAssertEqual(memo.value(1), "one")
        XCTAssertNil(memo.value(2))  // unused by the lint before: dropped
        XCTAssertEqual(memo.misses, 1)
        memo.begin(owner: second)
        XCTAssertNil(memo.value(1))
        memo.remember(3, "three")
        memo.begin(reset: true, owner: second)
        XCTAssertNil(memo.value(3))
        XCTAssertEqual(memo.count, 0)
    }

    /// A range's digest made of its pieces' digests is the same for the
    /// same text wherever the text stands, and another for a text one unit
    /// away, whether the range starts at a piece or inside one.
    func testARangeDigestFromPiecesFollowsItsText() {
        let body = "First paragraph of the section.\n\nSecond paragraph, a little longer.\n\nThird.\n"
        let one = MarkdownOrText.read("# Title\n\n" + body, format: .markdown, path: "a.md")
        let two = MarkdownOrText.read("Intro line here.\n\n## Title\n\n" + body, format: .markdown, path: "b.md")
        let changed = MarkdownOrText.read("# Title\n\n" + body.replacingOccurrences(of: "longer", with: "lunger"), format: .markdown, path: "c.md")
        func range(_ d: Document, from: String, to: String? = nil) -> Range<Int> {
            let s = d.source.string(0..<d.source.count)
            let a = s.range(of: from)!.lowerBound.utf16Offset(in: s)
            let b = to.map { s.range(of: $0)!.upperBound.utf16Offset(in: s) } ?? d.source.count
            return a..<b
        }
        for (from, to) in [("First", nil), ("paragraph of", "longer."), ("Second", "Third.")] as [(String, String?)] {
            let a = DocumentChunks(one).digest(range(one, from: from, to: to), in: one)
            let b = DocumentChunks(two).digest(range(two, from: from, to: to), in: two)
            let c = DocumentChunks(changed).digest(range(changed, from: from, to: to?.replacingOccurrences(of: "longer", with: "lunger")), in: changed)
            XCTAssertEqual(a, b, "\(from)")
            XCTAssertNotEqual(a, c, "\(from)")
            XCTAssertNotEqual(a, DocumentChunks(one).digest(range(one, from: from, to: to), in: one, labels: ["0 5"]), "\(from)")
        }
        // The ranges above hold whole pieces and parts of pieces.
        XCTAssertGreaterThan(DocumentChunks(one).ranges.count, 2)
    }

    /// A decision that reads the sentence after its paragraph (the turn that
    /// rejects a label, on the next line of a text file written a paragraph
    /// a line) is made again when that sentence changes, though its own
    /// paragraph has not; and the same when the sentence comes back.
    func testADecisionFollowsTheNextParagraphsFirstSentence() throws {
        let first = "Competency 4: Asset-based language\n\n"
            + "Many at-risk families came to the fair that the library and the tenants' association held in the courtyard last spring.\n"
        let rest = " after the first month, when the tenants told us how it sounded to them. We met weekly with the association.\n"
        let turned = MarkdownOrText.read(first + "We stopped using that phrase" + rest, format: .text, path: "essay.txt")
        let kept = MarkdownOrText.read(first + "We kept the same flyer" + rest, format: .text, path: "essay.txt")
        XCTAssertTrue(DocumentChunks(turned).ranges.contains { $0.lowerBound == first.utf16.count }, "the turn starts a piece of its own")
        func atRisk(_ report: FileReport) -> Bool? { report.deficitCandidates.first { $0.match == "at-risk" }?.flagged }
        let memo = DocumentMemo()
        for (document, flagged) in [(turned, false), (kept, true), (turned, false)] {
            XCTAssertEqual(atRisk(try Support.linter.lint(document, options: LintOptions(), memo: memo)), flagged)
        }
    }

    /// The memo is used: a second lint of the same text decides nothing again.
    func testASecondLintOfTheSameTextIsRemembered() throws {
        let text = ExampleEssay.markdown(replacing: [3: "Many underserved families have needs. " + ExampleEssay.filler(80)])
        let document = MarkdownOrText.read(text, format: .markdown, path: "essay.md")
        let memo = DocumentMemo()
        let first = try Support.linter.lint(document, options: LintOptions(), memo: memo)
        let chunks = memo.deficit.chunks.count
        XCTAssertEqual(chunks, DocumentChunks(document).ranges.count)
        XCTAssertEqual(memo.deficit.chunks.misses, chunks)
        // Pieces with the same text (the example's filler) are stemmed once.
        XCTAssertEqual(memo.stems.misses, Set(DocumentChunks(document).digests).count)
        XCTAssertLessThan(memo.stems.misses, chunks)
        let second = try Support.linter.lint(document, options: LintOptions(), memo: memo)
        XCTAssertEqual(memo.deficit.chunks.misses, 0)
        XCTAssertEqual(memo.stems.misses, 0)
        XCTAssertEqual(Self.json(first), Self.json(second))
        XCTAssertTrue(first.deficitCandidates.contains { $0.flagged && $0.match == "underserved" })
    }
}
