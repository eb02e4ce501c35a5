/// The input format a reader understood.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    case markdown
    case text
    /// Word (Office Open XML).
    case docx
    /// OpenDocument text.
    case odt
    /// HTML, as Google Docs exports a document ("Web page").
    case html

    /// The format for a file name: `.md` and `.markdown` are Markdown,
    /// everything else is read as plain text.
    public static func forPath(_ path: String) -> DocumentFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdown") || lower.hasSuffix(".mkd") {
            return .markdown
        }
        if lower.hasSuffix(".docx") { return .docx }
        if lower.hasSuffix(".odt") { return .odt }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        return .text
    }
}

/// How a heading was written.
public enum HeadingStyle: String, Sendable, Codable {
    /// `# Title`
    case atx
    /// `Title` underlined with `===` or `---`
    case setext
    /// a paragraph that is only bold (or italic) text
    case bold
    /// a short standalone line without closing punctuation
    case line
}

/// A heading as the reader found it.
public struct Heading: Sendable, Hashable {
    /// The heading's text without markup.
    public var text: String
    /// Where that text stands in the source (UTF-16 offsets).
    public var range: Range<Int>
    /// 1 to 6 for Markdown headings; bold and line headings rank below them.
    public var level: Int
    public var style: HeadingStyle

    /// The rank used to decide which heading ends a section.
    public var rank: Int {
        switch style {
        case .atx, .setext: return level
        case .bold: return 7
        case .line: return 8
        }
    }

    package init(text: String, range: Range<Int>, level: Int, style: HeadingStyle) {
        self.text = text
        self.range = range
        self.level = level
        self.style = style
    }
}

/// A block of prose: a paragraph (including a list item's or a quote's) or a heading.
public struct Block: Sendable, Hashable {
    public enum Kind: String, Sendable { case paragraph, heading }
    public var kind: Kind
    /// From the first to the last prose character, in UTF-16 offsets.
    public var range: Range<Int>
    /// Index into `Document.headings` for a heading block.
    public var headingIndex: Int?

    package init(kind: Kind, range: Range<Int>, headingIndex: Int? = nil) {
        self.kind = kind
        self.range = range
        self.headingIndex = headingIndex
    }
}

/// A part of the input that is not prose: it is neither counted nor checked.
public struct ExcludedRegion: Sendable, Hashable {
    public enum Kind: String, Sendable { case frontMatter, codeBlock, html, comment, thematicBreak }
    public var kind: Kind
    public var range: Range<Int>

    package init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// An HTML comment (Markdown) or a comment line (plain text), kept for directives.
public struct Comment: Sendable, Hashable {
    public var text: String
    public var range: Range<Int>

    package init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}

/// One input, read: the source text, the text that is analysed (same length and
/// offsets as the source, with non-prose masked), and its structure.
public struct Document: Sendable {
    public var path: String
    public var format: DocumentFormat
    public var source: SourceText
    /// The source with everything that is not prose masked: markup inside prose
    /// becomes U+2060 WORD JOINER (it neither splits nor forms words), other
    /// non-prose becomes spaces, line breaks inside a block become spaces and
    /// line breaks between blocks stay. Offsets equal the source's.
    public var analysisText: [UInt16]
    public var blocks: [Block]
    public var headings: [Heading]
    public var excluded: [ExcludedRegion]
    public var comments: [Comment]
    /// Words in footnotes and endnotes (Word documents), counted apart as Word's dialog does.
    public var noteWords = 0

    public init(path: String, format: DocumentFormat, source: SourceText, analysisText: [UInt16],
                blocks: [Block], headings: [Heading], excluded: [ExcludedRegion], comments: [Comment]) {
        self.path = path
        self.format = format
        self.source = source
        self.analysisText = analysisText
        self.blocks = blocks
        self.headings = headings
        self.excluded = excluded
        self.comments = comments
    }

    public static let wordJoiner: UInt16 = 0x2060
}

/// Reads one format into a `Document`.
public protocol DocumentReader: Sendable {
    func read(_ source: SourceText, path: String) -> Document
}

