import EssayCore
import EssayText

public enum Readers {
    public static func reader(for format: DocumentFormat) -> DocumentReader {
        switch format {
        case .markdown: return MarkdownReader()
        case .text, .docx, .odt, .html: return PlainTextReader()
        }
    }

    /// Reads bytes as the given format.
    public static func read(bytes: [UInt8], path: String, format: DocumentFormat) throws(InputError) -> Document {
        if format == .docx || format == .odt { return try DocxReader.read(bytes: bytes, path: path, format: format) }
        if format == .html { return try HtmlReader.read(bytes: bytes, path: path) }
        let source = try SourceText(bytes: bytes)
        return reader(for: format).read(source, path: path)
    }
}
