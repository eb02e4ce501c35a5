import EssayCore
import EssayRubric

/// The JSON contract, schema version 1: one document for the whole run,
/// `{"schemaVersion":1,"tool":{…},"files":[…],"summary":{…}}`. Changes from
/// here on are additive only.
public struct JSONReporter: Reporter {
    public static let schemaVersion = 1

    public init() {}

    /// `{"schemaVersion":1,"tool":{…},"files":[`
    public func begin(version: String) -> [UInt8] {
        var w = JSONWriter(capacity: 96)
        w.beginObject()
        w.key("schemaVersion"); w.int(JSONReporter.schemaVersion)
        w.key("tool"); w.beginObject(); w.key("name"); w.string("essaylint"); w.key("version"); w.string(version); w.endObject()
        w.key("files")
        return w.bytes + Array("[".utf8)
    }

    /// One entry of `files`, after a comma unless it is the first.
    public func file(_ report: FileReport, index: Int) -> [UInt8] {
        var w = JSONWriter(capacity: 16_384)
        let object = write(report, into: &w)
        return index > 0 ? [UInt8(ascii: ",")] + object : object
    }

    /// `],"summary":{…}}` and the final newline.
    public func end(_ summary: RunSummary) -> [UInt8] {
        var w = JSONWriter(capacity: 96)
        w.beginObject()
        w.key("files"); w.int(summary.files)
        w.key("errors"); w.int(summary.errors)
        w.key("warnings"); w.int(summary.warnings)
        w.key("suggestions"); w.int(summary.suggestions)
        w.endObject()
        return Array("],\"summary\":".utf8) + w.bytes + Array("}\n".utf8)
    }

    /// One file's object (tests read it alone).
    public func fileJSON(_ report: FileReport) -> String {
        var w = JSONWriter(capacity: 16_384)
        return String(decoding: write(report, into: &w), as: UTF8.self)
    }

    private func write(_ f: FileReport, into w: inout JSONWriter) -> [UInt8] {
        w.beginObject()
        w.key("path"); w.string(f.path)
        w.key("profile"); w.string(f.profile)
        w.key("part"); w.string(f.part)
        w.key("stats")
        if let s = f.stats {
            w.beginObject()
            w.key("words"); w.int(s.words)
            w.key("wordConvention"); w.string(s.wordConvention.rawValue)
            w.key("icuWords"); w.int(s.icuWords)
            w.key("sentences"); w.int(s.sentences)
            w.key("paragraphs"); w.int(s.paragraphs)
            w.key("noteWords"); w.int(s.noteWords)
            w.key("wordRange")
            if let r = s.wordRange {
                w.beginObject(); w.key("min"); w.int(r.min); w.key("max"); w.int(r.max); w.endObject()
            } else {
                w.null()
            }
            w.key("assetTerms"); w.int(s.assetTerms)
            w.key("deficitTerms"); w.int(s.deficitTerms)
            w.key("sections"); w.beginArray()
            for section in s.sections {
                w.beginObject()
                w.key("heading"); w.string(section.heading)
                w.key("line"); w.int(section.line)
                w.key("criterion"); w.string(section.criterion)
                w.key("words"); w.int(section.words)
                w.key("readingEase"); if let r = section.readability { w.double(r.ease) } else { w.null() }
                w.key("grade"); if let r = section.readability { w.double(r.grade) } else { w.null() }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        } else {
            w.null()
        }
        w.key("findings"); w.beginArray()
        for finding in f.findings { write(finding, f.source, into: &w) }
        w.endArray()
        w.key("rubric"); w.beginArray()
        for r in f.rubric {
            w.beginObject()
            w.key("criterion"); w.string(r.criterion)
            w.key("title"); w.string(r.title)
            w.key("risk"); w.string(r.risk.rawValue)
            w.key("ceiling"); w.int(r.ceiling)
            w.key("findings"); w.int(r.findings)
            w.key("words"); w.int(r.words)
            w.key("elements"); w.beginObject()
            w.key("evidenced"); w.beginArray(); for id in r.evidenced { w.string(id) }; w.endArray()
            w.key("missing"); w.beginArray(); for id in r.missingElements { w.string(id) }; w.endArray()
            w.endObject()
            w.key("estimate")
            if let level = r.estimate {
                w.beginObject()
                w.key("level"); w.int(level)
                w.key("basis"); w.string(r.estimateBasis ?? "an estimate from the rubric elements the section shows; not a score")
                w.endObject()
            } else {
                w.null()
            }
            // Additive: each element with the sentence of the section that shows it.
            w.key("evidence"); w.beginArray()
            for e in r.elementEvidence {
                w.beginObject()
                w.key("id"); w.string(e.id)
                w.key("level"); w.int(e.level)
                w.key("words"); w.string(e.words)
                w.key("shown"); w.bool(e.range != nil)
                w.key("evidence")
                if let range = e.range, let source = f.source {
                    let at = source.range(range)
                    w.beginObject()
                    w.key("line"); w.int(at.start.line)
                    w.key("column"); w.int(at.start.column)
                    w.key("endLine"); w.int(at.end.line)
                    w.key("endColumn"); w.int(at.end.column)
                    w.key("match"); w.string(source.string(range))
                    w.endObject()
                } else {
                    w.null()
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("requirements"); w.beginArray()
        for r in f.requirements {
            w.beginObject(); w.key("id"); w.string(r.id); w.key("met"); w.bool(r.met); w.key("detail"); w.string(r.detail); w.endObject()
        }
        w.endArray()
        w.key("error")
        if let error = f.error { w.beginObject(); w.key("message"); w.string(error); w.endObject() } else { w.null() }
        w.key("suppressed"); w.int(f.suppressed)
        w.key("detection"); w.string(f.detection)
        w.key("items"); w.beginArray(); for name in f.itemNames { w.string(name) }; w.endArray()
        w.key("references"); w.beginArray()
        for r in f.references {
            w.beginObject()
            w.key("kind"); w.string(r.kind)
            w.key("text"); w.string(r.text)
            if let source = f.source {
                let start = source.location(of: r.range.lowerBound)
                w.key("line"); w.int(start.line)
                w.key("column"); w.int(start.column)
            }
            w.key("status"); w.string(r.status)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    private func write(_ f: Finding, _ source: SourceText?, into w: inout JSONWriter) {
        let range = source?.range(f.range)
        w.beginObject()
        w.key("rule"); w.string(f.rule)
        w.key("severity"); w.string(f.severity.rawValue)
        w.key("message"); w.string(f.message)
        w.key("line"); w.int(range?.start.line ?? 1)
        w.key("column"); w.int(range?.start.column ?? 1)
        w.key("endLine"); w.int(range?.end.line ?? 1)
        w.key("endColumn"); w.int(range?.end.column ?? 1)
        w.key("offset"); w.int(range?.start.byteOffset ?? 0)
        w.key("length"); w.int(range?.byteLength ?? 0)
        if let match = f.match { w.key("match"); w.string(match) }
        w.key("suggestions"); w.beginArray(); for s in f.suggestions { w.string(s) }; w.endArray()
        // (Additive, written only when false: the suggestions are wordings to build from, not replacements.)
        if !f.suggestionsReplace { w.key("suggestionsReplace"); w.bool(false) }
        if let why = f.why { w.key("why"); w.string(why) }
        w.key("rubric"); w.threats(f.rubric)
        w.endObject()
    }
}

extension JSONWriter {
    /// A finding's rubric threats: `[{"criterion", "ceiling", "descriptor"}]`.
    mutating func threats(_ threats: [RubricThreat]) {
        beginArray()
        for t in threats {
            beginObject()
            key("criterion"); string(t.criterion)
            key("ceiling"); int(t.ceiling)
            key("descriptor"); string(t.descriptor)
            endObject()
        }
        endArray()
    }
}
