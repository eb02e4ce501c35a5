import Foundation
import XCTest
@testable import EssayCore
@testable import EssayText
@testable import EssayDocuments
@testable import EssayProfiles
@testable import EssayStructure
@testable import EssayLanguage
@testable import EssayRules
@testable import EssayRubric
@testable import EssayReport
@testable import EssayLint

/// Every input in Fuzz/corpus (seeds, and what fuzzing found once it was
/// fixed) goes through its reader, the whole lint pipeline and both
/// reporters, and must give what it gave when it joined the corpus: a broken
/// archive its exact reason, a document its part, word count, findings per
/// rule and first finding in the text. A file added to the corpus needs its
/// line in `expected`.
final class FuzzRegressionTests: XCTestCase {
    enum Replay: Equatable {
        /// Refused with this message.
        case refused(String)
        /// Linted as this part ("profile/part"), with this many words, these
        /// findings per rule ("rule n, …", sorted) and this first finding with
        /// a match ("rule line:column “match”"; nil: none).
        case linted(part: String, words: Int, rules: String, first: String?)
    }

    /// By "target/file".
    static let expected: [String: Replay] = [
        "markdown/asset-map-complete.md": .linted(part: "family-well-being/asset-map", words: 539, rules: "", first: nil),
        "markdown/crash-cr-line-numbers.md": .linted(part: "family-well-being/asset-map", words: 224,
                                                     rules: "item-count 1, missing-element 2", first: "missing-element 145:1 “I mappi”"),
        "text/part1-missing-q3.txt": .linted(part: "family-well-being/part1", words: 332, rules: "identifying-info 3, missing-question 1",
                                             first: "identifying-info 3:1 “My name is Renata Okafor”"),
        "docx/crash-memoryfile-range.zip": .refused("not a Word document: the ZIP archive's directory is damaged, or an entry claims more bytes than the file holds"),
        "docx/leak-no-directory.bin": .refused("not a Word document: the ZIP archive has no central directory (truncated or damaged)"),
        "docx/seed-libreoffice.docx": .linted(part: "community-partnerships/essay", words: 149,
                                              rules: "artifact-reference 1, citation 1, missing-heading 9, word-count 1", first: nil),
        "docx/seed.docx": .linted(part: "community-partnerships/essay", words: 10,
                                  rules: "artifact-reference 1, citation 1, missing-heading 8, rubric-evidence 5, section-length 1, word-count 1",
                                  first: "rubric-evidence 1:1 “Knowledge of the Self”"),
        "docx/timeout-entry-past-end.bin": .refused("not a Word document: the ZIP archive's directory is damaged, or an entry claims more bytes than the file holds"),
        "docx/timeout-truncated-deflate.bin": .refused("word/styles.xml fails its checksum (CRC-32); the archive is damaged"),
        "odt/leak-1.bin": .refused("not an OpenDocument text: the ZIP archive has no central directory (truncated or damaged)"),
        "odt/leak-2.bin": .refused("content.xml cannot be decompressed: its compressed data is damaged or cut short"),
        "odt/seed-libreoffice.odt": .linted(part: "community-partnerships/essay", words: 149,
                                            rules: "artifact-reference 1, citation 1, missing-heading 9, word-count 1", first: nil),
        "odt/seed.odt": .linted(part: "community-partnerships/essay", words: 7,
                                rules: "artifact-reference 1, citation 1, missing-heading 8, rubric-evidence 5, section-length 1, word-count 1",
                                first: "rubric-evidence 1:1 “Knowledge of the Self”"),
        "odt/timeout-entry-past-end.bin": .refused("not an OpenDocument text: the ZIP archive's directory is damaged, or an entry claims more bytes than the file holds"),
        "odt/timeout-truncated-deflate.bin": .refused("content.xml is compressed with method 64, which office documents do not use; refused"),
        "html/crash-leading-feff.html": .linted(part: "community-partnerships/essay", words: 1,
                                                rules: "artifact-reference 1, citation 1, missing-heading 9, word-count 1", first: nil),
        "html/seed-gdocs-essay.html": .linted(part: "community-partnerships/essay", words: 809,
                                              rules: "artifact-reference 1, citation 1, deficit-language 1, identifying-info 3, missing-heading 6, rubric-evidence 7, word-count 1",
                                              first: "identifying-info 2:49 “Harmon Middle School”"),
        "html/seed-gdocs.html": .linted(part: "community-partnerships/essay", words: 21,
                                        rules: "artifact-reference 1, citation 1, missing-heading 8, rubric-evidence 3, section-length 1, word-count 1",
                                        first: "rubric-evidence 4:1 “Sharing Power”"),
        "html/seed-plain.html": .linted(part: "community-partnerships/essay", words: 13,
                                        rules: "artifact-reference 1, citation 1, missing-heading 9, word-count 1", first: nil),
        "lint/cp-atx-clean.md": .linted(part: "community-partnerships/essay", words: 1252,
                                        rules: "artifact-reference 1, citation 1, long-sentence 2, rubric-evidence 23, section-length 1",
                                        first: "rubric-evidence 3:4 “Knowledge of the Self”"),
    ]

    static let formats: [String: DocumentFormat] = ["markdown": .markdown, "text": .text, "docx": .docx, "odt": .odt, "html": .html, "lint": .markdown]

    /// What replaying one input gives.
    static func replay(_ bytes: [UInt8], name: String, format: DocumentFormat) throws -> Replay {
        let report = Support.linter.lint(bytes: bytes, path: name, format: format, options: LintOptions(profile: nil, part: nil))
        // Both reporters run on every input; the JSON must parse.
        let json = JSONReporter().render(Report(files: [report]), version: "test")
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.utf8)), name)
        XCTAssertFalse(TextReporter(color: false).render(Report(files: [report]), version: "test").isEmpty, name)
        if let error = report.error { return .refused(error) }
        let rules = Dictionary(grouping: report.findings, by: \.rule).map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: ", ")
        let first = try report.findings.first { !$0.isDocumentLevel }.map { f in
            let start = try XCTUnwrap(report.source).range(f.range).start
            return "\(f.rule) \(start.line):\(start.column) “\(f.match ?? "")”"
        }
        return .linted(part: "\(report.profile ?? "")/\(report.part ?? "")", words: report.stats?.words ?? -1, rules: rules, first: first)
    }

    func testCorpusReplaysAsRecorded() throws {
        let corpus = Support.packageRoot.appendingPathComponent("Fuzz/corpus")
        var replayed: Set<String> = []
        for target in Self.formats.keys.sorted() {
            let folder = corpus.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let key = target + "/" + name
                let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
                let got = try Self.replay(bytes, name: name, format: Self.formats[target]!)
                XCTAssertEqual(got, Self.expected[key], "\(key): replayed as \(got)")
                // What fuzzing found in an archive is refused, with a reason.
                let found = name.hasPrefix("crash") || name.hasPrefix("leak") || name.hasPrefix("timeout")
                if found, target == "docx" || target == "odt", case .linted = got { XCTFail("\(key) should be refused") }
                replayed.insert(key)
            }
        }
        XCTAssertEqual(replayed, Set(Self.expected.keys), "every corpus file is replayed against its recorded output, and only those")
    }
}
