import Foundation
import EssayCore
import EssayText

/// OpenDocument text (`.odt`), through the same archive checks and document
/// model as Word files: `content.xml`'s paragraphs in order (table cells
/// included), headings from `text:h` and its outline level, tracked changes
/// as the final text reads (the deleted text ODF keeps in
/// `text:tracked-changes` is left out), annotations left out, and notes
/// counted apart.
package enum OdtReader {
    package static func content(of bytes: [UInt8]) throws(InputError) -> DocxReader.Content {
        let archive = try DocxReader.openArchive(bytes, kind: "an OpenDocument text")
        if let mimetype = try DocxReader.part(archive, "mimetype", required: false),
           String(decoding: mimetype, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) != "application/vnd.oasis.opendocument.text" {
            throw .invalidEncoding("not an OpenDocument text: its mimetype is \(String(decoding: mimetype.prefix(80), as: UTF8.self))")
        }
        guard let data = try DocxReader.part(archive, "content.xml", required: true) else { throw .invalidEncoding("no content.xml") }
        let parser = OdtBodyParser()
        try parser.parse(data, path: "content.xml")
        return DocxReader.Content(paragraphs: parser.paragraphs, noteWords: parser.noteWords, storedWords: nil)
    }
}

package final class OdtBodyParser: ArchivePartParser {
    package var paragraphs: [DocxReader.Paragraph] = []
    package var noteWords = 0

    private var stack: [String] = []
    private var text = ""
    private var level: Int?
    private var inParagraph = 0
    private var skip = 0          // inside tracked-changes or an annotation
    private var note = 0          // inside a note body
    private var noteText = ""
    package var closed = false
    package var error: String?

    package func start(_ name: String, _ attributes: [String: String]) {
        stack.append(name)
        if stack.count > 512 { error = "nested too deeply"; return }
        switch name {
        // Text boxes (in frames) are not body text, as in Word files.
        case "text:tracked-changes", "office:annotation", "text:note-citation", "draw:text-box": skip += 1
        case "text:note-body": note += 1
        case "text:p", "text:h":
            if note > 0 || skip > 0 { return }
            inParagraph += 1
            if inParagraph == 1 {
                text = ""
                level = name == "text:h" ? (attributes["text:outline-level"].flatMap(Int.init) ?? 1) : nil
            }
        case "text:tab": if skip == 0 { note > 0 ? (noteText += " ") : (text += "\t") }
        case "text:s", "text:line-break": if skip == 0 { note > 0 ? (noteText += " ") : (text += " ") }
        default: break
        }
    }

    package func end(_ name: String) {
        stack.removeLast()
        if stack.isEmpty { closed = true }
        switch name {
        case "text:tracked-changes", "office:annotation", "text:note-citation", "draw:text-box": skip = max(0, skip - 1)
        case "text:note-body":
            note = max(0, note - 1)
            noteWords += TextAnalysis.wordProcessorCount(noteText)
            noteText = ""
        case "text:p", "text:h":
            guard note == 0, skip == 0, inParagraph > 0 else { return }
            inParagraph -= 1
            if inParagraph == 0 {
                let trimmed = text.trimmingCharacters(in: .whitespaces)
                paragraphs.append(DocxReader.Paragraph(text: trimmed, headingLevel: trimmed.isEmpty ? nil : level.map { min(max($0, 1), 6) },
                                                       bold: false, listItem: stack.contains("text:list-item")))
            }
        default: break
        }
    }

    package func text(_ string: String) {
        guard skip == 0 else { return }
        if note > 0 { noteText += string; return }
        if inParagraph > 0 { text += string }
    }
}
