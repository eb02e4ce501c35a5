import Foundation
import EssayLint
import EssayReport

extension PositionEncoding {
    var unit: SourceText.CodeUnit { self == .utf8 ? .utf8 : .utf16 }
}

/// Offsets of a report to positions in the editor's text and back, in the
/// negotiated encoding: the conversion happens here, at the edge, and
/// nowhere else.
struct PositionMap {
    /// The text as the editor has it (for a document read from disk, the
    /// text the report was linted from).
    let text: SourceText
    /// Code units the editor's text has before the report's offset 0 (1
    /// when the editor's text starts with a byte order mark, which the
    /// reader drops).
    let shift: Int
    let encoding: PositionEncoding

    func position(_ reportOffset: Int) -> Position {
        let p = text.linePosition(of: reportOffset + shift, in: encoding.unit)
        return Position(line: p.line, character: p.character)
    }

    func range(_ r: Range<Int>) -> LSPRange {
        LSPRange(start: position(r.lowerBound), end: position(r.upperBound))
    }

    /// The editor's offset (UTF-16) of a position.
    func editorOffset(_ p: Position) -> Int {
        text.offset(line: p.line, character: p.character, in: encoding.unit)
    }

    /// The report's offset of a position.
    func reportOffset(_ p: Position) -> Int {
        max(0, editorOffset(p) - shift)
    }
}

/// One linted version of a document: its report and the diagnostics
/// published for it, finding by finding.
struct LintedVersion {
    var report: FileReport
    var map: PositionMap
    /// One per finding, in the report's order.
    var diagnostics: [Diagnostic]
}

/// A document the client has open.
final class OpenDocument {
    let uri: String
    /// The file's path, or for a document with no file the path it is
    /// configured as (its name in the workspace's folder).
    let path: String
    let format: DocumentFormat
    /// Word and OpenDocument files are read from disk (on open and save):
    /// diagnostics only.
    let fromDisk: Bool
    var version: Int?
    /// The editor's text (UTF-16), edits applied.
    var text: SourceText
    var settings: Result<FileSettings, SettingsError>
    /// The profile and part detected for this document and the length it
    /// had then: kept while the document is edited, so that a change does
    /// not detect again; detected again on save and when the length has
    /// changed by more than a fifth.
    var detected: (profile: String, part: String, length: Int)?
    /// Changed since it was last linted.
    var dirty = true
    var linted: LintedVersion?
    /// What its last lint kept for the next (see `DocumentMemo`).
    let memo = DocumentMemo()
    /// The diagnostics last published, as bytes (see `PublishedDiagnostics`).
    var published = PublishedDiagnostics()

    init(uri: String, path: String, format: DocumentFormat, fromDisk: Bool, version: Int?, text: String,
         settings: Result<FileSettings, SettingsError>) {
        self.uri = uri
        self.path = path
        self.format = format
        self.fromDisk = fromDisk
        self.version = version
        self.text = SourceText(string: text)
        self.settings = settings
    }

    /// Applies a `didChange` notification's changes in order: a change with
    /// a range replaces that range (positions in `encoding`, read against
    /// the text as the changes before it left it); one without replaces the
    /// whole text.
    func apply(_ changes: [ContentChange], encoding: PositionEncoding) {
        for change in changes {
            guard let range = change.range else {
                text = SourceText(string: change.text)
                continue
            }
            let a = text.offset(line: range.start.line, character: range.start.character, in: encoding.unit)
            let b = max(a, text.offset(line: range.end.line, character: range.end.character, in: encoding.unit))
            // Spliced as UTF-16 units: no String is made for the whole text.
            var units = text.utf16
            units.replaceSubrange(a..<b, with: change.text.utf16)
            text = SourceText(utf16: units)
        }
        dirty = true
    }

    /// The editor's text as a string.
    var string: String { String(decoding: text.utf16, as: UTF16.self) }

    /// The editor's text as UTF-8 bytes, what the linter reads (a lone
    /// surrogate becomes U+FFFD, as in a String).
    var utf8: [UInt8] {
        SourceText.utf8(text.utf16[...])
    }

    /// Whether the text is empty or only white space (a new file).
    var isBlank: Bool {
        text.utf16.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xA0 || $0 == 0xFEFF }
    }

    /// Whether the profile and part detected before still stand for the
    /// text as it is.
    var detectionHolds: Bool {
        guard let d = detected else { return false }
        return abs(text.count - d.length) <= max(200, d.length / 5)
    }
}
