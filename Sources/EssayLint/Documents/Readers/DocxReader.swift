import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Word documents (`.docx`), read with ZIPFoundation and Foundation's XML
/// parser: paragraphs in order (table cells included, as Word counts them),
/// tracked changes as the final text reads (insertions kept, deletions
/// dropped), comments left out, footnotes and endnotes counted apart.
/// Headings come from paragraph styles (Heading 1–6, Title, styles based on
/// them or with an outline level); a paragraph that is only bold text is a
/// bold heading, as in Markdown.
///
/// The document is given to the rest of essaylint as text with one line per
/// paragraph, so a finding's `line` is the paragraph (1-based) and its
/// `column` the character within it; `offset` and `length` are in the UTF-8
/// of that text.
public struct DocxReader: Sendable {
    /// Limits against ZIP bombs: the expanded size of every part read, and
    /// the ratio of expanded to compressed size.
    public static let maxExpandedBytes = 64 << 20
    public static let maxRatio = 200
    /// The time one part may take to decompress.
    public static let extractionSeconds = 5

    public struct Paragraph: Sendable, Equatable {
        public var text: String
        /// 1–6 for headings (Title is 1), nil for body text.
        public var headingLevel: Int?
        public var bold: Bool
        public var listItem: Bool
    }

    public struct Content: Sendable {
        public var paragraphs: [Paragraph]
        /// Words in footnotes and endnotes (word-processor count), reported apart.
        public var noteWords: Int
        /// The word count Word stored in docProps/app.xml, when present.
        public var storedWords: Int?
    }

    public init() {}

    /// The archive of a .docx or .odt, or why it is not one.
    static func openArchive(_ bytes: [UInt8], kind: String) throws(InputError) -> Archive {
        guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else {
            if bytes.count >= 8, bytes[0] == 0xD0, bytes[1] == 0xCF, bytes[2] == 0x11, bytes[3] == 0xE0 {
                throw .invalidEncoding("an encrypted or password-protected file (or an old .doc); save it as an ordinary .docx or .odt")
            }
            throw .invalidEncoding("not \(kind): the file should be a ZIP archive, and this is not one")
        }
        // The end-of-central-directory record (in the last 65,557 bytes) must be
        // there before ZIPFoundation opens the archive: its in-memory open leaks
        // a little on a file without one (found by fuzzing).
        let tail = bytes.suffix(65_557)
        let hasDirectory = tail.count >= 22 && tail.indices.dropLast(21).contains { i in
            tail[i] == 0x50 && tail[i + 1] == 0x4B && tail[i + 2] == 0x05 && tail[i + 3] == 0x06
        }
        guard hasDirectory else {
            throw .invalidEncoding("not \(kind): the ZIP archive has no central directory (truncated or damaged)")
        }
        guard entriesFit(bytes) else {
            throw .invalidEncoding("not \(kind): an entry of the ZIP archive claims more bytes than the file holds (damaged)")
        }
        // Read from a file, not from memory: ZIPFoundation's in-memory reader
        // crashed on a damaged archive (found by fuzzing; Fuzz/corpus/docx).
        // The file is unlinked at once; the open archive keeps it readable.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-\(UUID().uuidString).zip")
        do {
            try Data(bytes).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw .invalidEncoding("not \(kind): the ZIP archive cannot be read (\(error))")
        }
    }

    /// Whether every entry's data, as the central directory places it, lies
    /// inside the file: ZIPFoundation waits forever for bytes past the end
    /// (found by fuzzing). Offsets are those of the ZIP format (APPNOTE 4.3).
    static func entriesFit(_ b: [UInt8]) -> Bool {
        func u16(_ i: Int) -> Int { i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : -1 }
        func u32(_ i: Int) -> Int { i + 4 <= b.count ? u16(i) | u16(i + 2) << 16 : -1 }
        // The last end-of-central-directory record.
        guard b.count >= 22, let eocd = stride(from: b.count - 22, through: max(0, b.count - 65_557), by: -1).first(where: { i in
            b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06
        }) else { return false }
        let entries = u16(eocd + 10)
        var p = u32(eocd + 16)
        // ZIP64 archives keep these in another record; ZIPFoundation checks those itself.
        if p == 0xFFFF_FFFF || entries == 0xFFFF { return true }
        for _ in 0..<max(0, entries) {
            guard p >= 0, u32(p) == 0x0201_4B50 else { return false }
            let compressed = u32(p + 20)
            let local = u32(p + 42)
            guard compressed >= 0, local >= 0, u32(local) == 0x0403_4B50 else { return false }
            if compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF { return true }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressed <= b.count else { return false }
            p += 46 + u16(p + 28) + u16(p + 30) + u16(p + 32)
        }
        return true
    }

    /// One part of the archive, within the expansion limits, refused if it declares entities.
    static func part(_ archive: Archive, _ path: String, required: Bool, fileSize: Int) throws(InputError) -> Data? {
        guard let entry = archive[path] else {
            if required { throw .invalidEncoding("it has no \(path), so it is not a complete document") }
            return nil
        }
        // A size the file cannot hold: ZIPFoundation would wait for bytes that never come (found by fuzzing).
        var stored: UInt64 = 0
        for e in archive { stored += e.compressedSize }
        guard entry.compressedSize <= UInt64(fileSize), stored <= UInt64(fileSize) else {
            throw .invalidEncoding("\(path) claims more compressed bytes than the file holds; the archive is damaged")
        }
        let expanded = entry.uncompressedSize
        guard expanded <= UInt64(maxExpandedBytes) else {
            throw .invalidEncoding("\(path) expands to \(expanded) bytes, over the limit of \(maxExpandedBytes); refused as a possible ZIP bomb")
        }
        if entry.compressedSize > 0, expanded / max(entry.compressedSize, 1) > UInt64(maxRatio) {
            throw .invalidEncoding("\(path) expands \(expanded / max(entry.compressedSize, 1)) times its compressed size, over the limit of \(maxRatio); refused as a possible ZIP bomb")
        }
        // Extraction runs on its own thread with a time limit: ZIPFoundation
        // 0.9.20 never returns from a truncated deflate stream (found by
        // fuzzing; Fuzz/open). The run then refuses the file and goes on; the
        // stuck thread is left until the process ends.
        final class Extraction: @unchecked Sendable {
            let archive: Archive
            let entry: Entry
            var data = Data()
            var error: Error?
            let done = DispatchSemaphore(value: 0)
            init(_ archive: Archive, _ entry: Entry) { self.archive = archive; self.entry = entry }
        }
        let job = Extraction(archive, entry)
        let thread = Thread {
            do {
                _ = try job.archive.extract(job.entry, skipCRC32: false) { chunk in
                    job.data.append(chunk)
                    if job.data.count > maxExpandedBytes { throw CocoaError(.fileReadTooLarge) }
                }
            } catch {
                job.error = error
            }
            job.done.signal()
        }
        thread.start()
        guard job.done.wait(timeout: .now() + .seconds(extractionSeconds)) == .success else {
            throw .invalidEncoding("\(path) does not finish decompressing within \(extractionSeconds) s; its compressed data is damaged")
        }
        if let error = job.error { throw .invalidEncoding("\(path) cannot be extracted (\(error))") }
        let data = job.data
        // Word never declares a DOCTYPE; entities are refused, never expanded or resolved.
        if let head = String(data: data.prefix(4096), encoding: .utf8), head.contains("<!DOCTYPE") || head.contains("<!ENTITY") {
            throw .invalidEncoding("\(path) declares a DOCTYPE or entities, which Word never writes; refused")
        }
        return data
    }

    /// Reads the document, or says why it cannot.
    public static func content(of bytes: [UInt8]) throws(InputError) -> Content {
        let archive = try openArchive(bytes, kind: "a Word document")
        func part(_ path: String, required: Bool) throws(InputError) -> Data? {
            try DocxReader.part(archive, path, required: required, fileSize: bytes.count)
        }
        guard let document = try part("word/document.xml", required: true) else { throw .invalidEncoding("no word/document.xml") }
        let styles = try part("word/styles.xml", required: false).map(StyleTable.init) ?? StyleTable()
        let body = BodyParser(styles: styles)
        try body.parse(document, path: "word/document.xml")
        var noteWords = 0
        for path in ["word/footnotes.xml", "word/endnotes.xml"] {
            guard let data = try part(path, required: false) else { continue }
            let notes = BodyParser(styles: styles, notes: true)
            try notes.parse(data, path: path)
            noteWords += notes.paragraphs.reduce(0) { $0 + TextAnalysis.wordProcessorCount($1.text) }
        }
        var stored: Int?
        if let app = try part("docProps/app.xml", required: false), let text = String(data: app, encoding: .utf8),
           let open = text.range(of: "<Words>"), let close = text.range(of: "</Words>", range: open.upperBound..<text.endIndex) {
            stored = Int(text[open.upperBound..<close.lowerBound])
        }
        return Content(paragraphs: body.paragraphs, noteWords: noteWords, storedWords: stored)
    }

    /// The document model: one line per paragraph.
    public static func read(bytes: [UInt8], path: String, format: DocumentFormat = .docx) throws(InputError) -> Document {
        let content = format == .odt ? try OdtReader.content(of: bytes) : try content(of: bytes)
        var text = ""
        var ranges: [Range<Int>] = []
        var offset = 0
        for (k, p) in content.paragraphs.enumerated() {
            if k > 0 { text += "\n"; offset += 1 }
            let clean = p.text.replacingOccurrences(of: "\n", with: " ")
            text += clean
            ranges.append(offset..<(offset + clean.utf16.count))
            offset += clean.utf16.count
        }
        let source = try SourceText(bytes: Array(text.utf8))
        var builder = AnalysisTextBuilder(source.utf16)
        for (p, range) in zip(content.paragraphs, ranges) where !range.isEmpty {
            builder.mark(range, .prose)
            let words = p.text.split(whereSeparator: \.isWhitespace).count
            if let level = p.headingLevel {
                builder.addBlock(.heading, range, heading: Heading(text: p.text, range: range, level: level, style: .atx))
            } else if p.bold, words <= HeadingHeuristics.maxWords, !p.text.hasSuffix(".") {
                builder.addBlock(.heading, range, heading: Heading(text: p.text, range: range, level: 0, style: .bold))
            } else {
                builder.addBlock(.paragraph, range)
            }
        }
        var document = builder.finish(path: path, format: format, source: source)
        document.noteWords = content.noteWords
        return document
    }
}

/// Paragraph styles: which are headings (by name, by outline level, or
/// based on a heading style).
struct StyleTable: Sendable {
    var level: [String: Int] = [:]

    init() {}

    init(_ data: Data) {
        final class Collector: NSObject, XMLParserDelegate {
            var styles: [(id: String, name: String, basedOn: String?, outline: Int?)] = []
            var current: (id: String, name: String, basedOn: String?, outline: Int?)?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                let val = attributes["w:val"]
                switch name {
                case "w:style" where attributes["w:type"] == "paragraph":
                    current = (attributes["w:styleId"] ?? "", "", nil, nil)
                case "w:name": if let v = val { current?.name = v }
                case "w:basedOn": current?.basedOn = val
                case "w:outlineLvl": current?.outline = val.flatMap(Int.init)
                default: break
                }
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "w:style", let c = current { styles.append(c); current = nil }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        _ = parser.parse()
        var byID: [String: (name: String, basedOn: String?, outline: Int?)] = [:]
        for s in collector.styles { byID[s.id] = (s.name, s.basedOn, s.outline) }
        func direct(_ id: String) -> Int? {
            guard let s = byID[id] else { return nil }
            let name = s.name.lowercased()
            if name == "title" { return 1 }
            if name.hasPrefix("heading "), let n = Int(name.dropFirst(8)), (1...6).contains(n) { return n }
            if let o = s.outline, o < 6 { return o + 1 }
            return nil
        }
        for id in byID.keys {
            var cursor: String? = id
            var depth = 0
            while let c = cursor, depth < 10 {
                if let l = direct(c) { level[id] = l; break }
                cursor = byID[c]?.basedOn
                depth += 1
            }
        }
    }
}

/// A parser of one part of an archive: it notes whether the root element
/// closed and what went wrong, and `parse` refuses malformed or truncated XML.
protocol ArchivePartParser: XMLParserDelegate {
    var closed: Bool { get }
    var error: String? { get }
}

extension ArchivePartParser {
    func parse(_ data: Data, path: String) throws(InputError) {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        if !parser.parse() || parser.parserError != nil || !closed {
            throw .invalidEncoding("\(path) is not well-formed XML (\(parser.parserError.map { "\($0)" } ?? "it ends before its root element closes"))")
        }
        if let error { throw .invalidEncoding("\(path): \(error)") }
    }
}

/// Paragraphs of a document body (or of footnotes), as the final text reads.
final class BodyParser: NSObject, ArchivePartParser {
    let styles: StyleTable
    let notes: Bool
    var paragraphs: [DocxReader.Paragraph] = []

    private var text = ""
    private var inParagraph = false
    private var inText = false
    private var deleted = 0
    private var comment = 0
    private var style: String?
    private var outline: Int?
    private var list = false
    private var runBold = false
    private var allBold = true
    private var anyText = false
    private var inRunProps = false
    private var depth = 0
    var error: String?
    /// The root element (document, footnotes or endnotes) was closed.
    var closed = false

    init(styles: StyleTable, notes: Bool = false) {
        self.styles = styles
        self.notes = notes
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        if depth > 512 { error = "nested too deeply"; parser.abortParsing(); return }
        switch name {
        case "w:p":
            inParagraph = true
            text = ""; style = nil; outline = nil; list = false; allBold = true; anyText = false
        case "w:pStyle": style = attributes["w:val"]
        case "w:outlineLvl": outline = attributes["w:val"].flatMap(Int.init)
        case "w:numPr": list = true
        case "w:rPr": inRunProps = true
        case "w:b" where inRunProps: runBold = attributes["w:val"].map { $0 != "0" && $0 != "false" } ?? true
        case "w:r": runBold = false
        case "w:t": inText = true
        case "w:tab" where inParagraph && deleted == 0: text += "\t"
        case "w:br" where inParagraph && deleted == 0: text += " "
        case "w:del", "w:moveFrom": deleted += 1
        case "w:delText": inText = false
        // Notes' separator paragraphs and comment references carry no prose.
        case "w:footnote", "w:endnote":
            comment = notes && ["separator", "continuationSeparator"].contains(attributes["w:type"] ?? "") ? 1 : 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { closed = true }
        switch name {
        case "w:t": inText = false
        case "w:rPr": inRunProps = false
        case "w:del", "w:moveFrom": deleted = max(0, deleted - 1)
        case "w:footnote", "w:endnote": comment = 0
        case "w:p":
            inParagraph = false
            guard comment == 0 else { return }
            let level = style.flatMap { styles.level[$0] } ?? outline.flatMap { $0 < 6 ? $0 + 1 : nil }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            paragraphs.append(DocxReader.Paragraph(text: trimmed, headingLevel: trimmed.isEmpty ? nil : level,
                                                   bold: anyText && allBold, listItem: list))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText, inParagraph, deleted == 0 else { return }
        text += string
        if !string.trimmingCharacters(in: .whitespaces).isEmpty {
            anyText = true
            if !runBold { allBold = false }
        }
    }
}
