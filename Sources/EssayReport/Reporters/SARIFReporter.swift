import EssayCore

/// SARIF 2.1.0 (OASIS): one run, the rules in `tool.driver.rules`, one
/// result per finding. Columns count Unicode code points, as the other
/// formats do (`columnKind`); a finding about the whole document stands at
/// its anchor; suggestions that can stand in place of the finding's text
/// (`Finding.suggestionsReplace`) become `fixes` that replace it;
/// the rubric criteria a finding puts at risk are in its `properties`. A file
/// that could not be linted is a tool execution notification.
public struct SARIFReporter: Reporter {
    /// A rule as `tool.driver.rules` describes it.
    public struct Rule: Sendable {
        public var id: String
        public var name: String
        public var summary: String
        public var rationale: String
        public var defaultSeverity: Severity

        public init(id: String, name: String, summary: String, rationale: String, defaultSeverity: Severity) {
            self.id = id
            self.name = name
            self.summary = summary
            self.rationale = rationale
            self.defaultSeverity = defaultSeverity
        }
    }

    public static let informationURI = "https://github.com/essaylint/essaylint"
    public let rules: [Rule]
    /// Paths are written relative to this folder (the working folder).
    public let base: String
    private var results = 0
    private var failures: [(path: String, message: String)] = []

    public init(rules: [Rule], base: String) {
        self.rules = rules
        self.base = base.hasSuffix("/") ? base : base + "/"
    }

    public mutating func begin(version: String) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("$schema"); w.string("https://json.schemastore.org/sarif-2.1.0.json")
        w.key("version"); w.string("2.1.0")
        w.key("runs"); w.beginArray(); w.beginObject()
        w.key("tool"); w.beginObject(); w.key("driver"); w.beginObject()
        w.key("name"); w.string("essaylint")
        w.key("version"); w.string(version)
        w.key("informationUri"); w.string(SARIFReporter.informationURI)
        w.key("rules"); w.beginArray()
        for rule in rules {
            w.beginObject()
            w.key("id"); w.string(rule.id)
            w.key("name"); w.string(rule.name)
            w.key("shortDescription"); w.beginObject(); w.key("text"); w.string(rule.summary); w.endObject()
            w.key("fullDescription"); w.beginObject(); w.key("text"); w.string(rule.summary + " " + rule.rationale); w.endObject()
            w.key("help"); w.beginObject(); w.key("text"); w.string(rule.rationale + " (essaylint explain " + rule.id + ")"); w.endObject()
            w.key("defaultConfiguration"); w.beginObject(); w.key("level"); w.string(SARIFReporter.level(rule.defaultSeverity)); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject(); w.endObject()
        w.key("columnKind"); w.string("unicodeCodePoints")
        w.key("results")
        return w.bytes + Array("[".utf8)
    }

    public mutating func file(_ report: FileReport, index: Int) -> [UInt8] {
        if let error = report.error {
            failures.append((report.path, error))
            return []
        }
        var out: [UInt8] = []
        let uri = relative(report.path)
        for finding in report.findings {
            var w = JSONWriter()
            write(finding, uri: uri, source: report.source, into: &w)
            if results > 0 { out.append(UInt8(ascii: ",")) }
            out += w.bytes
            results += 1
        }
        return out
    }

    public mutating func end(_ summary: RunSummary) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        w.beginObject()
        w.key("executionSuccessful"); w.bool(failures.isEmpty)
        w.key("toolExecutionNotifications"); w.beginArray()
        for failure in failures {
            w.beginObject()
            w.key("level"); w.string("error")
            w.key("message"); w.beginObject(); w.key("text"); w.string(failure.message); w.endObject()
            w.key("locations"); w.beginArray(); w.beginObject()
            w.key("physicalLocation"); w.beginObject()
            w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(relative(failure.path)); w.endObject()
            w.endObject()
            w.endObject(); w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endArray()
        return Array("],\"invocations\":".utf8) + w.bytes + Array("}]}\n".utf8)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion: return "note"
        }
    }

    /// A path relative to the base folder, as a URI reference (percent-encoded).
    func relative(_ path: String) -> String {
        let plain = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
        var out = ""
        for byte in plain.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/".contains(c) { out.append(c) } else { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2) }
        }
        return out
    }

    private func region(_ range: SourceRange?, into w: inout JSONWriter) {
        w.beginObject()
        w.key("startLine"); w.int(range?.start.line ?? 1)
        w.key("startColumn"); w.int(range?.start.column ?? 1)
        w.key("endLine"); w.int(range?.end.line ?? 1)
        w.key("endColumn"); w.int(range?.end.column ?? 1)
        w.endObject()
    }

    private func write(_ f: Finding, uri: String, source: SourceText?, into w: inout JSONWriter) {
        let range = source?.range(f.range)
        w.beginObject()
        w.key("ruleId"); w.string(f.rule)
        w.key("level"); w.string(SARIFReporter.level(f.severity))
        w.key("message"); w.beginObject(); w.key("text"); w.string(f.message); w.endObject()
        w.key("locations"); w.beginArray(); w.beginObject()
        w.key("physicalLocation"); w.beginObject()
        w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(uri); w.endObject()
        w.key("region"); region(range, into: &w)
        w.endObject()
        w.endObject(); w.endArray()
        if f.match != nil, f.suggestionsReplace, !f.suggestions.isEmpty {
            w.key("fixes"); w.beginArray()
            for suggestion in f.suggestions {
                w.beginObject()
                w.key("description"); w.beginObject(); w.key("text"); w.string("Replace with “\(suggestion)”"); w.endObject()
                w.key("artifactChanges"); w.beginArray(); w.beginObject()
                w.key("artifactLocation"); w.beginObject(); w.key("uri"); w.string(uri); w.endObject()
                w.key("replacements"); w.beginArray(); w.beginObject()
                // The part the suggestion replaces (a citation's year), else the whole finding.
                w.key("deletedRegion"); region(f.suggestionRange.flatMap { source?.range($0) } ?? range, into: &w)
                w.key("insertedContent"); w.beginObject(); w.key("text"); w.string(suggestion); w.endObject()
                w.endObject(); w.endArray()
                w.endObject(); w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        w.key("properties"); w.beginObject()
        if let criterion = f.criterion { w.key("criterion"); w.string(criterion) }
        w.key("rubric"); w.threats(f.rubric)
        w.endObject()
        w.endObject()
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
