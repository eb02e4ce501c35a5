import Foundation
import XCTest
import ZIPFoundation
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

/// Word documents built here part by part (the XML Word writes), read
/// through the same document model as Markdown and plain text.
final class DocxTests: XCTestCase {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func paragraph(_ runs: String, style: String? = nil, props: String = "") -> String {
        "<w:p><w:pPr>\(style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")\(props)</w:pPr>\(runs)</w:p>"
    }
    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles \(w)>
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="MySection"><w:name w:val="My Section"/><w:basedOn w:val="Heading2"/></w:style>
    <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    </w:styles>
    """

    static func document(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"
    }

    static func docx(_ parts: [String: String], compression: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(try XCTUnwrap(archive.data))
    }

    static let body = [
        paragraph(run("Community Partnerships Essay"), style: "Title"),
        paragraph(run("Knowledge of the Self"), style: "Heading2"),
        paragraph(run("I grew up here and ") + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>still live</w:t></w:r></w:ins>"
                  + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>never lived</w:delText></w:r></w:del>"
                  + run(" near the river.") + "<w:r><w:commentReference w:id=\"0\"/></w:r>"),
        "<w:tbl><w:tr><w:tc>" + paragraph(run("Partner")) + "</w:tc><w:tc>" + paragraph(run("Role in the project")) + "</w:tc></w:tr></w:tbl>",
        paragraph(run("Resolving Conflicts", bold: true)),
        paragraph(run("Shared Assets"), style: "MySection"),
        paragraph(run("Reflecting on Power"), props: "<w:outlineLvl w:val=\"1\"/>"),
        paragraph(run("We met the needs of families."), props: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"),
    ].joined()

    static let footnotes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:footnotes \(w)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
    <w:footnote w:id="1"><w:p><w:r><w:t>See the attached outline.</w:t></w:r></w:p></w:footnote></w:footnotes>
    """

    func testParagraphsHeadingsTrackedChangesTablesAndNotes() throws {
        let bytes = try Self.docx(["word/document.xml": Self.document(Self.body), "word/styles.xml": Self.styles,
                                   "word/footnotes.xml": Self.footnotes,
                                   "docProps/app.xml": "<Properties><Words>27</Words></Properties>"])
        let content = try DocxReader.content(of: bytes)
        XCTAssertEqual(content.paragraphs.map(\.text), [
            "Community Partnerships Essay", "Knowledge of the Self", "I grew up here and still live near the river.",
            "Partner", "Role in the project", "Resolving Conflicts", "Shared Assets", "Reflecting on Power", "We met the needs of families.",
        ])
        XCTAssertEqual(content.paragraphs.map(\.headingLevel), [1, 2, nil, nil, nil, nil, 2, 2, nil])
        XCTAssertEqual(content.paragraphs.map(\.bold), [false, false, false, false, false, true, false, false, false])
        XCTAssertEqual(content.paragraphs.last?.listItem, true)
        XCTAssertEqual(content.noteWords, 4)
        XCTAssertEqual(content.storedWords, 27)

        let document = try Readers.read(bytes: bytes, path: "essay.docx", format: .docx)
        XCTAssertEqual(document.headings.map(\.text), ["Community Partnerships Essay", "Knowledge of the Self", "Resolving Conflicts", "Shared Assets", "Reflecting on Power"])
        XCTAssertEqual(document.noteWords, 4)
        let report = try Support.linter.lint(document)
        // Word counts what the final text reads: 3 + 4 + 10 + 1 + 4 + 2 + 2 + 3 + 6 words (the deletion and the note not counted).
        XCTAssertEqual(report.stats?.words, 35)
        XCTAssertEqual(report.stats?.noteWords, 4)
        // A finding names the paragraph (line) and the character within it (column).
        let needs = try XCTUnwrap(report.findings.first { $0.rule == "deficit-language" })
        let at = report.source!.location(of: needs.range.lowerBound)
        XCTAssertEqual([at.line, at.column], [9, 12])
        XCTAssertEqual(needs.match, "needs")
        XCTAssertEqual(report.stats?.sections.map(\.criterion), [nil, "C1", "C7", "C4", "C9"])
    }

    func testBrokenAndHostileWordFilesAreRefusedWithTheReason() throws {
        func refusal(_ bytes: [UInt8]) -> String {
            let report = Support.linter.lint(bytes: bytes, path: "x.docx", format: .docx)
            return report.error ?? "no error"
        }
        XCTAssertTrue(refusal(Array("just text".utf8)).contains("not a ZIP archive") || refusal(Array("just text".utf8)).contains("is not one"))
        XCTAssertTrue(refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).contains("encrypted"))
        XCTAssertTrue(refusal(try Self.docx(["word/other.xml": "<x/>"])).contains("has no word/document.xml"))
        let entity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document \(Self.w)><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
        XCTAssertTrue(refusal(try Self.docx(["word/document.xml": entity])).contains("DOCTYPE"))
        let external = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document \(Self.w)><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
        XCTAssertTrue(refusal(try Self.docx(["word/document.xml": external])).contains("DOCTYPE"))
        // A part that expands a thousand times its size.
        let bomb = Self.document(Self.paragraph(Self.run("a")) + String(repeating: " ", count: 4 << 20))
        XCTAssertTrue(refusal(try Self.docx(["word/document.xml": bomb])).contains("ZIP bomb"))
        XCTAssertTrue(refusal(try Self.docx(["word/document.xml": "<w:document"])).contains("not well-formed"))
    }

    /// OpenDocument text: headings by outline level, table cells, tracked
    /// deletions and annotations left out, notes counted apart.
    func testOpenDocumentText() throws {
        let ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        let content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(ns)><office:body><office:text>
        <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>removed words here</text:p></text:deletion></text:changed-region></text:tracked-changes>
        <text:h text:outline-level="2">Knowledge of the Self</text:h>
        <text:p>I grew up<text:change text:change-id="c1"/> here<office:annotation><dc:creator>A</dc:creator><text:p>a comment</text:p></office:annotation> near the river.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>See the outline.</text:p></text:note-body></text:note></text:p>
        <table:table><table:table-row><table:table-cell><text:p>Partner</text:p></table:table-cell><table:table-cell><text:p>Role</text:p></table:table-cell></table:table-row></table:table>
        <text:list><text:list-item><text:p>We met the needs of families.</text:p></text:list-item></text:list>
        </office:text></office:body></office:document-content>
        """
        let bytes = try Self.docx(["mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content])
        let document = try Readers.read(bytes: bytes, path: "essay.odt", format: .odt)
        XCTAssertEqual(document.headings.map(\.text), ["Knowledge of the Self"])
        XCTAssertEqual(document.headings.map(\.level), [2])
        XCTAssertEqual(document.source.string(0..<document.source.utf16.count),
                       "Knowledge of the Self\nI grew up here near the river.\nPartner\nRole\nWe met the needs of families.")
        XCTAssertEqual(document.noteWords, 3)
        let report = try Support.linter.lint(document)
        XCTAssertEqual(report.stats?.words, 4 + 7 + 1 + 1 + 6)
        XCTAssertEqual(DocumentFormat.forPath("a/B.ODT"), .odt)
        let wrong = Support.linter.lint(bytes: try Self.docx(["mimetype": "application/zip", "content.xml": content]), path: "x.odt", format: .odt)
        XCTAssertTrue(wrong.error?.contains("mimetype") == true, wrong.error ?? "")
    }
}

/// Documents saved by a real word processor (LibreOffice Writer 7.4, see
/// Tests/Fixtures/documents/README.md): the text essaylint reads must be the
/// final text line for line, and its counts must agree with the word
/// processor's stored statistics once the documented differences are taken out.
final class WordProcessorDocumentTests: XCTestCase {
    static let folder = Support.fixtures.appendingPathComponent("documents")

    struct Counts: Decodable {
        var storedWords: Int
        var tokenWords: Int
        var writerWordsInNotes: Int
        var writerWordsListLabels: Int
        var writerWordsBodyOnlyNoListLabels: Int
    }

    static func counts() throws -> [String: Counts] {
        try JSONDecoder().decode([String: Counts].self, from: Data(contentsOf: folder.appendingPathComponent("counts.json")))
    }

    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.sorted()
    }

    func testTextIsTheFinalTextParagraphForParagraph() throws {
        let files = try Self.names()
        XCTAssertEqual(files.count, 10)
        for file in files {
            let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
            let content = file.hasSuffix(".odt") ? try OdtReader.content(of: bytes) : try DocxReader.content(of: bytes)
            let stem = file.replacingOccurrences(of: ".docx", with: "").replacingOccurrences(of: ".odt", with: "")
            let expected = try String(contentsOf: Self.folder.appendingPathComponent(stem + ".expected.txt"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
            let got = content.paragraphs.map(\.text).filter { !$0.isEmpty }
            XCTAssertEqual(got.count, expected.count, file)
            for (k, (a, b)) in zip(got, expected).enumerated() where a != b {
                XCTFail("\(file) paragraph \(k + 1):\n  read:     \(a)\n  expected: \(b)")
                break
            }
        }
    }

    /// The word processor's stored count (docProps/app.xml, meta.xml) is
    /// essaylint's count plus exactly three things it counts and essaylint
    /// does not: footnote and endnote words (essaylint reports them apart, in
    /// `noteWords`), one word per list label ("•", "1."), and tokens with no
    /// letter or digit other than dashes ("&", "…"). Dashes split words in
    /// both ("partners—not" is two).
    func testWordCountsAgreeWithTheWordProcessorsStoredCounts() throws {
        let counts = try Self.counts()
        for file in try Self.names() {
            let c = try XCTUnwrap(counts[file], file)
            let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(file)))
            let content = file.hasSuffix(".odt") ? try OdtReader.content(of: bytes) : try DocxReader.content(of: bytes)
            let document = try DocxReader.read(bytes: bytes, path: file, format: file.hasSuffix(".odt") ? .odt : .docx)
            let words = TextAnalysis(document: document).total(.wordProcessor)
            let labels = content.paragraphs.filter { $0.listItem && !$0.text.isEmpty }.count
            let symbols = content.paragraphs.flatMap { $0.text.split(whereSeparator: \.isWhitespace) }.filter { token in
                !token.contains { $0.isLetter || $0.isNumber } && !token.allSatisfy { "—–-".contains($0) }
            }.count
            XCTAssertEqual(document.noteWords, c.writerWordsInNotes, "\(file): words in notes")
            XCTAssertEqual(labels, c.writerWordsListLabels, "\(file): list labels")
            XCTAssertEqual(words + document.noteWords + labels + symbols, c.storedWords, "\(file): stored count")
            XCTAssertEqual(words + symbols, c.writerWordsBodyOnlyNoListLabels, "\(file): body without notes or labels")
            if file.hasSuffix(".docx") { XCTAssertEqual(content.storedWords, c.storedWords, "\(file): docProps/app.xml") }
        }
    }
}

/// HTML as Google Docs exports it (Tests/Fixtures/documents/gdocs: imitations
/// of real exports, see its README): the final text paragraph for paragraph,
/// headings by element, title class and bold class, list items, notes apart,
/// comments and their marks left out.
final class GoogleDocsHTMLTests: XCTestCase {
    static let folder = Support.fixtures.appendingPathComponent("documents/gdocs")

    struct Expected: Decodable {
        struct HeadingSpec: Decodable {
            var text: String
            var level: Int?
            init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                text = try c.decode(String.self, forKey: .text)
                level = try? c.decode(Int.self, forKey: .level)
            }
            enum CodingKeys: String, CodingKey { case text, level }
        }
        var headings: [HeadingSpec]
        var listItems: Int
        var noteWords: Int
        var noteWordsDashesSplit: Int
        var words: Int
    }

    func testGoogleDocsExportsReadAsTheirFinalText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertEqual(names.count, 3)
        for name in names {
            let stem = String(name.dropLast(5))
            let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            let expectedText = try String(contentsOf: Self.folder.appendingPathComponent(stem + ".expected.txt"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent(stem + ".expected.json")))
            let content = try HtmlReader.content(of: bytes)
            let got = content.paragraphs.map(\.text)
            XCTAssertEqual(got.count, expectedText.count, name)
            for (k, (a, b)) in zip(got, expectedText).enumerated() where a != b {
                XCTFail("\(name) paragraph \(k + 1):\n  read:     \(a)\n  expected: \(b)")
                break
            }
            XCTAssertEqual(content.noteWords, expected.noteWordsDashesSplit, "\(name): words in footnotes")
            XCTAssertEqual(content.paragraphs.filter(\.listItem).count, expected.listItems, "\(name): list items")
            let document = try Readers.read(bytes: bytes, path: name, format: .html)
            XCTAssertEqual(document.headings.map(\.text), expected.headings.map(\.text), name)
            for (h, e) in zip(document.headings, expected.headings) {
                if let level = e.level { XCTAssertEqual(h.level, level, "\(name): \(e.text)") } else { XCTAssertEqual(h.style, .bold, "\(name): \(e.text)") }
            }
            // The words of the final text, counted as essaylint counts them.
            let words = expectedText.reduce(0) { $0 + TextAnalysis.wordProcessorCount($1) }
            XCTAssertEqual(TextAnalysis(document: document).total(.wordProcessor), words, name)
            // Whitespace tokens with a letter or digit, plus one for each dash joining two words.
            let dashJoins = expectedText.joined(separator: " ").split(separator: " ").filter { t in
                t.contains { "—–".contains($0) } && t.split(whereSeparator: { "—–".contains($0) }).count > 1
            }.count
            XCTAssertEqual(words, expected.words + dashJoins, name)
        }
    }

    func testHTMLInFolderRunsAndDetection() throws {
        let report = Support.linter.lint(bytes: Array(try Data(contentsOf: Self.folder.appendingPathComponent("fwb-gdocs-asset-map.html"))),
                                         path: "map.html", format: .html, options: LintOptions(profile: nil))
        XCTAssertNil(report.error)
        XCTAssertEqual(report.profile, "family-well-being")
        XCTAssertEqual(report.part, "asset-map")
        let essay = Support.linter.lint(bytes: Array(try Data(contentsOf: Self.folder.appendingPathComponent("cp-gdocs-essay.html"))),
                                        path: "essay.html", format: .html, options: LintOptions(profile: nil))
        XCTAssertEqual(essay.profile, "community-partnerships")
        XCTAssertEqual(essay.stats?.sections.first { $0.heading == "Sharing Power" }?.criterion, "C9")
    }
}

/// What Word writes and LibreOffice does not: text boxes (twice, in
/// mc:AlternateContent), field codes, non-breaking hyphens, carriage returns.
final class WordSpecificMarkupTests: XCTestCase {
    func testTextBoxesFieldCodesAndHyphens() throws {
        let textBox = "<w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><w:txbxContent><w:p><w:r><w:t>Pull quote in a box</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Pull quote in a box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        let field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>our partner page</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        let body = [
            DocxTests.paragraph(DocxTests.run("Before the box ") + textBox + DocxTests.run("and after it.")),
            DocxTests.paragraph(DocxTests.run("See ") + field + DocxTests.run(" for the co") + "<w:r><w:noBreakHyphen/></w:r>" + DocxTests.run("op schedule.")),
            DocxTests.paragraph(DocxTests.run("One line") + "<w:r><w:cr/></w:r>" + DocxTests.run("and the next.")),
        ].joined()
        let bytes = try DocxTests.docx(["word/document.xml": DocxTests.document(body), "word/styles.xml": DocxTests.styles])
        let content = try DocxReader.content(of: bytes)
        XCTAssertEqual(content.paragraphs.map(\.text), ["Before the box and after it.", "See our partner page for the co\u{2011}op schedule.", "One line and the next."])
        let document = try DocxReader.read(bytes: bytes, path: "w.docx")
        // 6 + 8 ("co‑op" is one word, as "co-op" is) + 5.
        XCTAssertEqual(TextAnalysis(document: document).total(.wordProcessor), 19)
    }
}
