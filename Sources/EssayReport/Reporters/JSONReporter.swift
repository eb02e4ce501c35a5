import EssayCore
import EssayRubric

/// The JSON contract, schema version 1: one document for the whole run.
/// Changes from here on are additive only.
public struct JSONReporter: Sendable {
    public static let schemaVersion = 1
    public var pretty: Bool

    public init(pretty: Bool = false) { self.pretty = pretty }

    public func render(_ report: Report, version: String) -> String {
        let root = JSONValue.object([
            ("schemaVersion", .int(JSONReporter.schemaVersion)),
            ("tool", .object([("name", .string("essaylint")), ("version", .string(version))])),
            ("files", .array(report.files.map(file))),
            ("summary", .object([
                ("files", .int(report.files.count)),
                ("errors", .int(report.count(.error))),
                ("warnings", .int(report.count(.warning))),
                ("suggestions", .int(report.count(.suggestion))),
            ])),
        ])
        return root.serialized(pretty: pretty) + "\n"
    }

    // The same document in pieces, for writing each file as it is linted:
    // header, then the files separated by commas, then the footer. Compact
    // output only (the pieces of a pretty document would need re-indenting).

    /// `{"schemaVersion":1,"tool":{…},"files":[`
    public func header(version: String) -> String {
        let tool = JSONValue.object([("name", .string("essaylint")), ("version", .string(version))]).serialized(pretty: false)
        return "{\"schemaVersion\":\(JSONReporter.schemaVersion),\"tool\":\(tool),\"files\":["
    }

    /// One entry of `files`.
    public func fileJSON(_ f: FileReport) -> String { file(f).serialized(pretty: false) }

    /// `],"summary":{…}}` and the final newline.
    public func footer(files: Int, errors: Int, warnings: Int, suggestions: Int) -> String {
        let summary = JSONValue.object([
            ("files", .int(files)), ("errors", .int(errors)), ("warnings", .int(warnings)), ("suggestions", .int(suggestions)),
        ]).serialized(pretty: false)
        return "],\"summary\":\(summary)}\n"
    }

    package func file(_ f: FileReport) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("path", .string(f.path)),
            ("profile", f.profile.map(JSONValue.string) ?? .null),
            ("part", f.part.map(JSONValue.string) ?? .null),
        ]
        if let s = f.stats {
            pairs.append(("stats", .object([
                ("words", .int(s.words)),
                ("wordConvention", .string(s.wordConvention.rawValue)),
                ("icuWords", .int(s.icuWords)),
                ("sentences", .int(s.sentences)),
                ("paragraphs", .int(s.paragraphs)),
                ("noteWords", .int(s.noteWords)),
                ("wordRange", s.wordRange.map { .object([("min", .int($0.min)), ("max", .int($0.max))]) } ?? .null),
                ("assetTerms", .int(s.assetTerms)),
                ("deficitTerms", .int(s.deficitTerms)),
                ("sections", .array(s.sections.map { section in
                    .object([
                        ("heading", .string(section.heading)),
                        ("line", .int(section.line)),
                        ("criterion", section.criterion.map(JSONValue.string) ?? .null),
                        ("words", .int(section.words)),
                        ("readingEase", section.readability.map { .double($0.ease) } ?? .null),
                        ("grade", section.readability.map { .double($0.grade) } ?? .null),
                    ])
                })),
            ])))
        } else {
            pairs.append(("stats", .null))
        }
        pairs.append(("findings", .array(f.findings.map { finding($0, f.source) })))
        pairs.append(("rubric", .array(f.rubric.map { r in
            .object([
                ("criterion", .string(r.criterion)),
                ("title", .string(r.title)),
                ("risk", .string(r.risk.rawValue)),
                ("ceiling", .int(r.ceiling)),
                ("findings", .int(r.findings)),
                ("words", .int(r.words)),
                ("elements", .object([("evidenced", .array(r.evidenced.map(JSONValue.string))),
                                      ("missing", .array(r.missingElements.map(JSONValue.string)))])),
                ("estimate", r.estimate.map { .object([("level", .int($0)), ("basis", .string("an estimate from the rubric elements the section shows; not a score"))]) } ?? .null),
            ])
        })))
        pairs.append(("requirements", .array(f.requirements.map { r in
            .object([("id", .string(r.id)), ("met", .bool(r.met)), ("detail", .string(r.detail))])
        })))
        pairs.append(("error", f.error.map { .object([("message", .string($0))]) } ?? .null))
        pairs.append(("suppressed", .int(f.suppressed)))
        pairs.append(("detection", f.detection.map(JSONValue.string) ?? .null))
        pairs.append(("items", .array(f.itemNames.map(JSONValue.string))))
        pairs.append(("references", .array(f.references.map { r in
            var fields: [(String, JSONValue)] = [("kind", .string(r.kind)), ("text", .string(r.text))]
            if let source = f.source {
                let start = source.location(of: r.range.lowerBound)
                fields += [("line", .int(start.line)), ("column", .int(start.column))]
            }
            fields.append(("status", r.status.map(JSONValue.string) ?? .null))
            return .object(fields)
        })))
        return .object(pairs)
    }

    package func finding(_ f: Finding, _ source: SourceText?) -> JSONValue {
        let range = source?.range(f.range)
        var pairs: [(String, JSONValue)] = [
            ("rule", .string(f.rule)),
            ("severity", .string(f.severity.rawValue)),
            ("message", .string(f.message)),
            ("line", .int(range?.start.line ?? 1)),
            ("column", .int(range?.start.column ?? 1)),
            ("endLine", .int(range?.end.line ?? 1)),
            ("endColumn", .int(range?.end.column ?? 1)),
            ("offset", .int(range?.start.byteOffset ?? 0)),
            ("length", .int(range?.byteLength ?? 0)),
        ]
        if let match = f.match { pairs.append(("match", .string(match))) }
        pairs.append(("suggestions", .array(f.suggestions.map(JSONValue.string))))
        pairs.append(("rubric", .array(f.rubric.map { t in
            .object([("criterion", .string(t.criterion)), ("ceiling", .int(t.ceiling)), ("descriptor", .string(t.descriptor))])
        })))
        return .object(pairs)
    }
}
