import CEssayDocs
import Foundation
import EssayCore
import EssayText

/// Word documents (`.docx`), read with zlib and libxml2's event parser (the
/// C target CEssayDocs): paragraphs in order (table cells included, as Word counts them),
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

    /// An opened archive: its bytes, and each entry as the central directory
    /// describes it.
    ///
    /// The ZIP container is read here, from the central directory (APPNOTE
    /// 4.3), and each part is inflated by zlib. ZIPFoundation did this
    /// before; fuzzing found it crashing on a damaged archive in memory,
    /// waiting forever on a truncated deflate stream or on entries past the
    /// end of the file, and leaking on every archive it opened from a file.
    package struct OpenArchive {
        package let bytes: [UInt8]
        package let entries: [String: ZipEntry]
    }

    /// One entry as the central directory describes it (APPNOTE 4.3.12).
    package struct ZipEntry {
        package var method: Int
        package var flags: Int
        package var compressedSize: Int
        package var expandedSize: Int
        package var crc: UInt32
        package var dataStart: Int
    }

    /// The archive of a .docx or .odt, or why it is not one.
    package static func openArchive(_ bytes: [UInt8], kind: String) throws(InputError) -> OpenArchive {
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
        guard let entries = directory(bytes) else {
            throw .invalidEncoding("not \(kind): the ZIP archive's directory is damaged, or an entry claims more bytes than the file holds")
        }
        guard !entries.isEmpty else {
            throw .invalidEncoding("not \(kind): the ZIP archive is empty or in the ZIP64 form, which office documents do not use")
        }
        return OpenArchive(bytes: bytes, entries: entries)
    }

    /// Every entry, by name, if each one's data, as the central directory
    /// places it, lies inside the file (nil if not: ZIPFoundation waited
    /// forever for bytes past the end, found by fuzzing). Offsets are those
    /// of the ZIP format (APPNOTE 4.3.7, 4.3.12, 4.3.16).
    package static func directory(_ b: [UInt8]) -> [String: ZipEntry]? {
        func u16(_ i: Int) -> Int { i >= 0 && i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : -1 }
        func u32(_ i: Int) -> Int { i >= 0 && i + 4 <= b.count ? u16(i) | u16(i + 2) << 16 : -1 }
        // The last end-of-central-directory record.
        guard b.count >= 22, let eocd = stride(from: b.count - 22, through: max(0, b.count - 65_557), by: -1).first(where: { i in
            b[i] == 0x50 && b[i + 1] == 0x4B && b[i + 2] == 0x05 && b[i + 3] == 0x06
        }) else { return nil }
        let count = u16(eocd + 10)
        var p = u32(eocd + 16)
        var entries: [String: ZipEntry] = [:]
        // ZIP64 archives keep these in another record: an office document's
        // parts never need it, and parts over the limits are refused anyway.
        if p == 0xFFFF_FFFF || count == 0xFFFF { return entries }
        for _ in 0..<max(0, count) {
            guard p >= 0, u32(p) == 0x0201_4B50 else { return nil }
            let compressed = u32(p + 20)
            let expanded = u32(p + 24)
            let local = u32(p + 42)
            let nameLength = u16(p + 28)
            guard compressed >= 0, expanded >= 0, local >= 0, nameLength >= 0, u32(local) == 0x0403_4B50,
                  p + 46 + nameLength <= b.count else { return nil }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            if compressed != 0xFFFF_FFFF, expanded != 0xFFFF_FFFF {
                guard dataStart + compressed <= b.count else { return nil }
            }
            let name = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            // A name given twice: the first entry is the part, as in most readers.
            if entries[name] == nil { entries[name] = ZipEntry(method: u16(p + 10), flags: u16(p + 8), compressedSize: compressed, expandedSize: expanded,
                                     crc: UInt32(truncatingIfNeeded: u32(p + 16)), dataStart: dataStart) }
            p += 46 + nameLength + u16(p + 30) + u16(p + 32)
        }
        return entries
    }

    /// One part of the archive, within the expansion limits. zlib inflates
    /// it in one call over data that is all in memory, so a damaged or
    /// truncated stream fails at once; the result must have the declared
    /// size and checksum.
    package static func part(_ zip: OpenArchive, _ path: String, required: Bool) throws(InputError) -> Data? {
        guard let entry = zip.entries[path] else {
            if required { throw .invalidEncoding("it has no \(path), so it is not a complete document") }
            return nil
        }
        guard entry.compressedSize != 0xFFFF_FFFF, entry.expandedSize != 0xFFFF_FFFF else {
            throw .invalidEncoding("\(path) is stored in the ZIP64 form, which no office document needs for its text; refused")
        }
        if entry.flags & 1 != 0 {
            throw .invalidEncoding("\(path) is encrypted; save the document without a password")
        }
        let expanded = entry.expandedSize
        guard expanded <= maxExpandedBytes else {
            throw .invalidEncoding("\(path) expands to \(expanded) bytes, over the limit of \(maxExpandedBytes); refused as a possible ZIP bomb")
        }
        if entry.compressedSize > 0, expanded / max(entry.compressedSize, 1) > maxRatio {
            throw .invalidEncoding("\(path) expands \(expanded / max(entry.compressedSize, 1)) times its compressed size, over the limit of \(maxRatio); refused as a possible ZIP bomb")
        }
        let input = zip.bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)]
        var data: Data
        switch entry.method {
        case 0:
            guard entry.compressedSize == expanded else {
                throw .invalidEncoding("\(path) is stored uncompressed, yet its two sizes differ; the archive is damaged")
            }
            data = Data(input)
        case 8:
            var out = [UInt8](repeating: 0, count: expanded + 1)
            let written = input.withUnsafeBufferPointer { source in
                out.withUnsafeMutableBufferPointer { target in
                    cedocs_inflate(source.baseAddress, source.count, target.baseAddress, target.count)
                }
            }
            if written == -2 {
                throw .invalidEncoding("\(path) expands past the \(expanded) bytes its archive declares; refused as a possible ZIP bomb")
            }
            guard written == expanded else {
                throw .invalidEncoding("\(path) cannot be decompressed: its compressed data is damaged or cut short")
            }
            out.removeLast()
            data = Data(out)
        default:
            throw .invalidEncoding("\(path) is compressed with method \(entry.method), which office documents do not use; refused")
        }
        let crc = data.withUnsafeBytes { cedocs_crc32($0.baseAddress?.assumingMemoryBound(to: UInt8.self), $0.count) }
        guard crc == entry.crc else {
            throw .invalidEncoding("\(path) fails its checksum (CRC-32); the archive is damaged")
        }
        return data
    }

    /// Reads the document, or says why it cannot.
    public static func content(of bytes: [UInt8]) throws(InputError) -> Content {
        let archive = try openArchive(bytes, kind: "a Word document")
        func part(_ path: String, required: Bool) throws(InputError) -> Data? {
            try DocxReader.part(archive, path, required: required)
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
        return try document(content, path: path, format: format)
    }

    /// The document model of paragraphs read from Word, OpenDocument or HTML.
    package static func document(_ content: Content, path: String, format: DocumentFormat) throws(InputError) -> Document {
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
        // From the string, not its bytes: a paragraph that starts with U+FEFF
        // must not be taken for a byte order mark and shift every position
        // (found by fuzzing HTML).
        let source = SourceText(string: text)
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
package struct StyleTable: Sendable {
    package var level: [String: Int] = [:]

    package init() {}

    package init(_ data: Data) {
        final class Collector: MarkupHandler {
            var styles: [(id: String, name: String, basedOn: String?, outline: Int?)] = []
            var current: (id: String, name: String, basedOn: String?, outline: Int?)?
            var error: String? { nil }
            func start(_ name: String, _ attributes: [String: String]) {
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
            func end(_ name: String) {
                if name == "w:style", let c = current { styles.append(c); current = nil }
            }
            func text(_ text: String) {}
        }
        let collector = Collector()
        // A styles part that does not parse leaves the styles read so far.
        _ = data.withUnsafeBytes { Markup.parse($0, as: .xml, into: collector) }
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
package protocol ArchivePartParser: MarkupHandler {
    var closed: Bool { get }
}

extension ArchivePartParser {
    package func parse(_ data: Data, path: String) throws(InputError) {
        if let own = error { throw .invalidEncoding("\(path): \(own)") }
        let failure = data.withUnsafeBytes { Markup.parse($0, as: .xml, into: self) }
        if let own = error { throw .invalidEncoding("\(path): \(own)") }
        if let failure, failure.contains("DOCTYPE") {
            throw .invalidEncoding("\(path) declares a DOCTYPE or entities, which office files never need; refused")
        }
        if let failure { throw .invalidEncoding("\(path) is not well-formed XML (\(failure))") }
        if !closed { throw .invalidEncoding("\(path) is not well-formed XML (it ends before its root element closes)") }
    }
}

/// Paragraphs of a document body (or of footnotes), as the final text reads.
package final class BodyParser: ArchivePartParser {
    package let styles: StyleTable
    package let notes: Bool
    package var paragraphs: [DocxReader.Paragraph] = []

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
    /// Open table cells: a bold cell (a table's header row) is not a heading.
    private var cells = 0
    package var error: String?
    /// The root element (document, footnotes or endnotes) was closed.
    package var closed = false

    package init(styles: StyleTable, notes: Bool = false) {
        self.styles = styles
        self.notes = notes
    }

    /// Text boxes are not body text (Word's count leaves them out by default),
    /// and `mc:Fallback` repeats a text box or drawing for older readers.
    package static let skippedElements: Set<String> = ["w:txbxContent", "mc:Fallback"]
    private var skipped = 0

    package func start(_ name: String, _ attributes: [String: String]) {
        depth += 1
        if depth > 512 { error = "nested too deeply"; return }
        if BodyParser.skippedElements.contains(name) { skipped += 1; return }
        guard skipped == 0 else { return }
        switch name {
        case "w:p":
            inParagraph = true
            text = ""; style = nil; outline = nil; list = false; allBold = true; anyText = false
        case "w:tc": cells += 1
        case "w:pStyle": style = attributes["w:val"]
        case "w:outlineLvl": outline = attributes["w:val"].flatMap(Int.init)
        case "w:numPr": list = true
        // numId 0 is "no numbering" (ECMA-376 17.9.18): LibreOffice writes it on headings.
        case "w:numId" where attributes["w:val"] == "0": list = false
        case "w:rPr": inRunProps = true
        case "w:b" where inRunProps: runBold = attributes["w:val"].map { $0 != "0" && $0 != "false" } ?? true
        case "w:r": runBold = false
        case "w:t": inText = true
        case "w:tab" where inParagraph && deleted == 0: text += "\t"
        case "w:br" where inParagraph && deleted == 0: text += " "
        case "w:cr" where inParagraph && deleted == 0: text += " "
        // A non-breaking hyphen joins the words around it, as a hyphen does.
        case "w:noBreakHyphen" where inParagraph && deleted == 0: text += "\u{2011}"
        case "w:del", "w:moveFrom": deleted += 1
        case "w:delText": inText = false
        // Notes' separator paragraphs and comment references carry no prose.
        case "w:footnote", "w:endnote":
            comment = notes && ["separator", "continuationSeparator"].contains(attributes["w:type"] ?? "") ? 1 : 0
        default: break
        }
    }

    package func end(_ name: String) {
        depth -= 1
        if depth == 0 { closed = true }
        if BodyParser.skippedElements.contains(name) { skipped = max(0, skipped - 1); return }
        guard skipped == 0 else { return }
        switch name {
        case "w:t": inText = false
        case "w:rPr": inRunProps = false
        case "w:del", "w:moveFrom": deleted = max(0, deleted - 1)
        case "w:footnote", "w:endnote": comment = 0
        case "w:tc": cells = max(0, cells - 1)
        case "w:p":
            inParagraph = false
            guard comment == 0 else { return }
            let level = style.flatMap { styles.level[$0] } ?? outline.flatMap { $0 < 6 ? $0 + 1 : nil }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            paragraphs.append(DocxReader.Paragraph(text: trimmed, headingLevel: trimmed.isEmpty ? nil : level,
                                                   bold: cells == 0 && anyText && allBold, listItem: list))
        default: break
        }
    }

    package func text(_ string: String) {
        guard inText, inParagraph, deleted == 0 else { return }
        text += string
        if !string.trimmingCharacters(in: .whitespaces).isEmpty {
            anyText = true
            if !runBold { allBold = false }
        }
    }
}
