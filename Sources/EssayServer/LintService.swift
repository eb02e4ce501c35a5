import Foundation
import EssayLint
import EssayReport

/// An answer before it is an HTTP response: status, media type, body.
/// (An `Error` too, so that a refusal can be a `Result`'s failure.)
public struct Answer: Error, Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    /// Extra headers (Retry-After, WWW-Authenticate).
    public var headers: [String: String] = [:]

    public init(status: Int, contentType: String, body: [UInt8], headers: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.headers = headers
    }

    public static let json = "application/json; charset=utf-8"

    /// `{"error":{"message":"…"}}` with a status.
    public static func error(_ status: Int, _ message: String, headers: [String: String] = [:]) -> Answer {
        var w = JSONWriter(capacity: 128)
        w.beginObject(); w.key("error"); w.beginObject(); w.key("message"); w.string(message); w.endObject(); w.endObject()
        return Answer(status: status, contentType: json, body: w.bytes + [10], headers: headers)
    }
}

/// What the API does with a request's body and query, over the façade's
/// `Workspace` (embedded profiles and lexicons only: an upload never makes
/// the server read a configuration file or a folder). Nothing here touches
/// the disk or keeps anything between requests.
public struct LintService: Sendable {
    public let workspace: Workspace
    public let linter: Linter
    /// The version the JSON reports, as `essaylint --version` prints it.
    public let version: String
    /// Bodies (and so documents) larger than this are refused.
    public let maxBody: Int

    public init(version: String, maxBody: Int) throws {
        workspace = Workspace.embeddedOnly()
        linter = try Linter.embedded()
        self.version = version
        self.maxBody = maxBody
    }

    /// The media types a document may be sent as, and how each is read.
    public static let documentTypes: [String: DocumentFormat] = [
        "text/plain": .text,
        "text/markdown": .markdown,
        "text/x-markdown": .markdown,
        "text/html": .html,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": .docx,
        "application/vnd.oasis.opendocument.text": .odt,
    ]

    /// A file name's extension, for the default report path.
    static func defaultName(_ format: DocumentFormat) -> String {
        switch format {
        case .markdown: return "essay.md"
        case .text: return "essay.txt"
        case .html: return "essay.html"
        case .docx: return "essay.docx"
        case .odt: return "essay.odt"
        }
    }

    /// The document in a request: its bytes, its format and the name it is
    /// reported by; or the answer that refuses it (415, 400).
    public struct Upload: Sendable {
        public var bytes: [UInt8]
        public var format: DocumentFormat
        public var name: String
    }

    public func upload(body: [UInt8], contentType: String?, filename: String?) -> Result<Upload, Answer> {
        let given = filename.map(LintService.baseName).flatMap { $0.isEmpty ? nil : $0 }
        let type = MultipartForm.mediaType(contentType ?? "")
        if type == "multipart/form-data" {
            let form: MultipartForm
            do {
                form = try MultipartForm(body: body, contentType: contentType ?? "")
            } catch {
                return .failure(.error(400, "malformed multipart/form-data: \(error.description)"))
            }
            guard let file = form.part(named: "file") else {
                return .failure(.error(400, "multipart/form-data without a field named 'file'"))
            }
            let partName = file.filename.map(LintService.baseName).flatMap { $0.isEmpty ? nil : $0 }
            let format: DocumentFormat
            if let name = given ?? partName, let f = LintService.knownFormat(forName: name) {
                format = f
            } else if let t = file.contentType, let f = LintService.documentTypes[t] {
                format = f
            } else if file.contentType == nil || file.contentType == "application/octet-stream" || file.contentType!.hasPrefix("text/") {
                format = .text  // as the command line reads a file of another name
            } else {
                return .failure(.error(415, "the file's type \(file.contentType!) is not one essaylint reads (.docx, .odt, .html, .md, .txt)"))
            }
            return .success(Upload(bytes: file.body, format: format, name: given ?? partName ?? LintService.defaultName(format)))
        }
        guard let format = LintService.documentTypes[type] else {
            let known = LintService.documentTypes.keys.sorted().joined(separator: ", ")
            return .failure(.error(415, "unsupported Content-Type '\(type)'; send the document as one of \(known), or multipart/form-data with a field 'file'"))
        }
        return .success(Upload(bytes: body, format: format, name: given ?? LintService.defaultName(format)))
    }

    /// The format a file name's extension names, if it names one.
    static func knownFormat(forName name: String) -> DocumentFormat? {
        let ext = (name as NSString).pathExtension.lowercased()
        guard ["md", "markdown", "mdown", "mkd", "txt", "docx", "odt", "html", "htm", "xhtml"].contains(ext) else { return nil }
        return DocumentFormat.forPath(name)
    }

    /// The last path component, without control characters, at most 255 bytes.
    static func baseName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var out = String(last.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 }.map(Character.init))
        while out.utf8.count > 255 { out.removeLast() }
        return out
    }

    /// The settings for a request's profile and part, or the failed report
    /// (422) that says why there are none.
    public enum Settled: Sendable {
        case settings(FileSettings)
        case refused(FileReport)
    }

    public func settings(profile: String?, part: String?, name: String) -> Settled {
        let profile = profile.flatMap { $0.isEmpty ? nil : $0 }
        let part = part.flatMap { $0.isEmpty ? nil : $0 }
        // A part must be one of the profile's (or, without a profile, of
        // some profile's): the command line's detection would otherwise
        // quietly choose another.
        if let part {
            let owners = linter.profiles.filter { p in (profile == nil || p.id == profile) && p.parts.contains { $0.id == part } }
            if owners.isEmpty, profile == nil || linter.profileIDs.contains(profile!) {
                let known = linter.profiles.filter { profile == nil || $0.id == profile }.flatMap { p in p.parts.map { "\(p.id)/\($0.id)" } }
                return .refused(.failed(name, "unknown part '\(part)' (known: \(known.joined(separator: ", ")))"))
            }
        }
        let overrides = Overrides(profile: profile, part: part, maxFileSize: maxBody)
        switch workspace.settings(for: name, overrides: overrides) {
        case .success(let s): return .settings(s)
        case .failure(let error): return .refused(.failed(name, error.description))
        }
    }

    /// `POST /v1/lint`: 200 with the JSON `essaylint lint --format json`
    /// prints for the document; 422 with that JSON when the file's `error`
    /// says why it could not be linted.
    public func lint(_ upload: Upload, profile: String?, part: String?) -> Answer {
        let report: FileReport
        switch settings(profile: profile, part: part, name: upload.name) {
        case .refused(let failed): report = failed
        case .settings(let settings):
            report = workspace.lint(bytes: upload.bytes, displayPath: upload.name, format: upload.format, settings: settings)
        }
        let json = JSONReporter().render(Report(files: [report]), version: version)
        return Answer(status: report.error == nil ? 200 : 422, contentType: Answer.json, body: Array(json.utf8))
    }

    /// `POST /v1/text`: the text the findings' positions refer to (a Word
    /// file's paragraphs one per line), as UTF-8; 422 when it cannot be read.
    public func text(_ upload: Upload) -> Answer {
        guard case .settings(let settings) = self.settings(profile: nil, part: nil, name: upload.name) else {
            return .error(500, "no settings")
        }
        switch workspace.text(bytes: upload.bytes, format: upload.format, settings: settings) {
        case .success(let text): return Answer(status: 200, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
        case .failure(let failure): return .error(422, failure.message)
        }
    }

    /// `GET /v1/rules`: `[{"id","severity","summary"}]`.
    public func rules() -> Answer {
        var w = JSONWriter(capacity: 4096)
        w.beginArray()
        for r in Linter.rules {
            w.beginObject()
            w.key("id"); w.string(r.id)
            w.key("severity"); w.string(r.defaultSeverity.rawValue)
            w.key("summary"); w.string(r.summary)
            w.endObject()
        }
        w.endArray()
        return Answer(status: 200, contentType: Answer.json, body: w.bytes + [10])
    }

    /// `GET /v1/profiles`: `{"profiles":[{"id","name","parts":[{"id","title","wordRange"}]}]}`.
    public func profiles() -> Answer {
        var w = JSONWriter(capacity: 2048)
        w.beginObject()
        w.key("profiles"); w.beginArray()
        for p in linter.profiles {
            w.beginObject()
            w.key("id"); w.string(p.id)
            w.key("name"); w.string(p.name)
            w.key("parts"); w.beginArray()
            for part in p.parts {
                w.beginObject()
                w.key("id"); w.string(part.id)
                w.key("title"); w.string(part.title)
                w.key("wordRange")
                if let r = part.wordRange {
                    w.beginObject(); w.key("min"); w.int(r.min); w.key("max"); w.int(r.max); w.endObject()
                } else {
                    w.null()
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return Answer(status: 200, contentType: Answer.json, body: w.bytes + [10])
    }
}
