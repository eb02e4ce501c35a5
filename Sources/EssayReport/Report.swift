import EssayCore
import EssayRubric

/// Counts for one file.
public struct Stats: Sendable {
    public var words: Int
    public var wordConvention: WordConvention
    public var icuWords: Int
    public var sentences: Int
    public var paragraphs: Int
    public var wordRange: WordRange?
    public var assetTerms: Int
    public var deficitTerms: Int
    public var sections: [SectionStat]
    /// Words in footnotes and endnotes (Word documents), not in `words`.
    public var noteWords: Int = 0

    package init(words: Int, wordConvention: WordConvention, icuWords: Int, sentences: Int, paragraphs: Int, wordRange: WordRange? = nil, assetTerms: Int, deficitTerms: Int, sections: [SectionStat], noteWords: Int = 0) {
        self.words = words
        self.wordConvention = wordConvention
        self.icuWords = icuWords
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.wordRange = wordRange
        self.assetTerms = assetTerms
        self.deficitTerms = deficitTerms
        self.sections = sections
        self.noteWords = noteWords
    }
}

public struct SectionStat: Sendable, Hashable {
    public var heading: String
    public var line: Int
    public var criterion: String?
    public var words: Int
    /// Flesch reading ease and Flesch–Kincaid grade of the section's body.
    public var readability: (ease: Double, grade: Double)? = nil

    public static func == (a: SectionStat, b: SectionStat) -> Bool {
        (a.heading, a.line, a.criterion, a.words) == (b.heading, b.line, b.criterion, b.words)
            && a.readability?.ease == b.readability?.ease && a.readability?.grade == b.readability?.grade
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(heading); hasher.combine(line); hasher.combine(criterion); hasher.combine(words)
    }

    package init(heading: String, line: Int, criterion: String? = nil, words: Int, readability: (ease: Double, grade: Double)? = nil) {
        self.heading = heading
        self.line = line
        self.criterion = criterion
        self.words = words
        self.readability = readability
    }
}


/// A submission requirement, met or not.
public struct RequirementStatus: Sendable, Hashable {
    public var id: String
    public var met: Bool
    public var detail: String

    package init(id: String, met: Bool, detail: String) {
        self.id = id
        self.met = met
        self.detail = detail
    }
}

/// What linting one file produced.
public struct FileReport: Sendable {
    public var path: String
    public var profile: String?
    public var part: String?
    public var stats: Stats?
    public var findings: [Finding]
    public var rubric: [CriterionSummary]
    public var requirements: [RequirementStatus]
    /// Why the file could not be linted.
    public var error: String?
    /// Findings silenced by inline directives.
    public var suppressed: Int = 0
    /// The source, for reporters that show lines.
    public var source: SourceText?
    /// Why this profile and part were chosen, when they were detected.
    public var detection: String? = nil
    /// The counted items found (assets, stakeholders, …), by name.
    public var itemNames: [String] = []
    /// Citations and artifact references found in the essay.
    public var references: [FoundReference] = []
    /// Every deficit-language candidate with the decision its reading made
    /// (`essaylint explain-finding`).
    public var deficitCandidates: [DeficitCandidate] = []

    public static func failed(_ path: String, _ message: String) -> FileReport {
        FileReport(path: path, profile: nil, part: nil, stats: nil, findings: [], rubric: [], requirements: [], error: message, suppressed: 0, source: nil)
    }

    package init(path: String, profile: String? = nil, part: String? = nil, stats: Stats? = nil, findings: [Finding], rubric: [CriterionSummary], requirements: [RequirementStatus], error: String? = nil, suppressed: Int = 0, source: SourceText? = nil, detection: String? = nil, itemNames: [String] = [], references: [FoundReference] = []) {
        self.path = path
        self.profile = profile
        self.part = part
        self.stats = stats
        self.findings = findings
        self.rubric = rubric
        self.requirements = requirements
        self.error = error
        self.suppressed = suppressed
        self.source = source
        self.detection = detection
        self.itemNames = itemNames
        self.references = references
    }
}

/// The whole run.
public struct Report: Sendable {
    public var files: [FileReport]

    public init(files: [FileReport]) { self.files = files }

    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.findings.filter { $0.severity == severity }.count }
    }

    public var hasErrors: Bool { files.contains { $0.error != nil } }
}

/// What a found reference is (the JSON's `kind`).
public enum ReferenceKind: String, Sendable {
    case citation
    case artifact
}

/// A deficit-language candidate: the term, where, and why it was or was not flagged.
public struct DeficitCandidate: Sendable, Hashable {
    /// The lexicon term's id.
    public var term: String
    public var range: Range<Int>
    public var match: String
    public var flagged: Bool
    public var why: String
    /// What it frames, when its sentence says.
    public var head: String?
    public var referent: String?

    public init(term: String, range: Range<Int>, match: String, flagged: Bool, why: String, head: String? = nil, referent: String? = nil) {
        self.term = term
        self.range = range
        self.match = match
        self.flagged = flagged
        self.why = why
        self.head = head
        self.referent = referent
    }
}

/// A citation or an artifact reference found in the text.
public struct FoundReference: Sendable, Hashable {
    /// A `ReferenceKind`'s raw value: citation or artifact.
    public var kind: String
    public var text: String
    public var range: Range<Int>
    /// For citations: ok, misspelled, wrong-year or other (a work the credential does not list).
    public var status: String?

    package init(kind: ReferenceKind, text: String, range: Range<Int>, status: String? = nil) {
        self.kind = kind.rawValue
        self.text = text
        self.range = range
        self.status = status
    }
}
