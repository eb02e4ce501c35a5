import EssayCore

/// What a rule is, in its own words, with examples that are also its tests.
public struct RuleDescription: Sendable {
    public var id: String
    public var name: String
    public var defaultSeverity: Severity
    /// What it checks, in one or two sentences.
    public var summary: String
    /// Why it matters to the applicant and the rubric.
    public var rationale: String
    /// Texts that must produce findings: each `«…»` marks one expected match.
    public var triggering: [RuleExample]
    /// Texts that must produce no finding of this rule.
    public var nonTriggering: [RuleExample]
    /// Keys of the profile's rubric map this rule's findings use besides its
    /// id (deficit-language's reliance finding uses `deficit-reliance`).
    public var otherRubricKeys: [String] = []
    /// The kinds of a part's checks whose findings this rule reports; their
    /// rubric keys are the part's (`Part.rubricKeys`).
    public var partChecks: [PartCheckKind] = []
}

/// A small document for a rule's examples. Expected matches are written
/// inside `«` and `»`; `documentFindings` counts findings about the whole
/// document (which have no match).
public struct RuleExample: Sendable {
    public var text: String
    public var format: DocumentFormat
    public var documentFindings: Int
    public var note: String?
    /// The profile and part the example is written for (default: the Community Partnerships essay).
    public var profile: String?
    public var part: String?
    /// Findings expected at each marked range (a rule may report several things at one place).
    public var perMark: Int = 1

    public init(_ text: String, format: DocumentFormat = .markdown, documentFindings: Int = 0, note: String? = nil,
                profile: String? = nil, part: String? = nil) {
        self.text = text
        self.format = format
        self.documentFindings = documentFindings
        self.note = note
        self.profile = profile
        self.part = part
    }

    public func repeated(_ n: Int) -> RuleExample {
        var copy = self
        copy.perMark = n
        return copy
    }

    /// The text without markers, and the UTF-16 ranges the markers enclose
    /// (each `perMark` times).
    public var stripped: (text: String, ranges: [Range<Int>]) {
        let (text, ranges) = strippedOnce
        return (text, ranges.flatMap { Array(repeating: $0, count: perMark) })
    }

    package var strippedOnce: (text: String, ranges: [Range<Int>]) {
        var out: [UInt16] = []
        var ranges: [Range<Int>] = []
        var open: Int?
        for unit in text.utf16 {
            if unit == 0x00AB { open = out.count; continue }        // «
            if unit == 0x00BB, let o = open { ranges.append(o..<out.count); open = nil; continue }  // »
            out.append(unit)
        }
        return (SourceText.string(out), ranges)
    }
}
