import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// Everything a rule may read: the document, its analysis and structure, the
/// profile and part, and the lexicons. Computed once; rules never re-tokenize.
public struct LintContext: Sendable {
    public let document: Document
    public let analysis: TextAnalysis
    public let structure: EssayStructure
    public let profile: CredentialProfile
    public let part: Part
    public let resources: Resources
    public let deficitScan: DeficitScan?
    /// Texts made once per profile (suggested titles, messages).
    public let texts: ProfileTexts
    /// "Competency 4: Connecting Campus and Community Assets", per criterion id.
    public var suggestedTitles: [String: String] { texts.suggestedTitles }
    /// The document's inline directives.
    public let suppressions: Suppressions
    public let options: LintOptions
    /// The part's questions, items, elements and span, checked (parts that have them).
    public var partAnalysis: PartAnalysis?
    /// What each competency section shows of its rubric elements (profiles that list them).
    public var rubricEvidence: RubricEvidence?
    /// Citations and artifact references, found once.
    public var references = ReferenceScan()
    /// Readability of each competency section, by heading index (parts that measure clarity).
    package var readability: [Int: Readability] = [:]

    package init(document: Document, analysis: TextAnalysis, structure: EssayStructure, profile: CredentialProfile, part: Part, resources: Resources, deficitScan: DeficitScan? = nil, texts: ProfileTexts, suppressions: Suppressions, options: LintOptions, partAnalysis: PartAnalysis? = nil, rubricEvidence: RubricEvidence? = nil, readability: [Int: Readability] = [:]) {
        self.document = document
        self.analysis = analysis
        self.structure = structure
        self.profile = profile
        self.part = part
        self.resources = resources
        self.deficitScan = deficitScan
        self.texts = texts
        self.suppressions = suppressions
        self.options = options
        self.partAnalysis = partAnalysis
        self.rubricEvidence = rubricEvidence
        self.readability = readability
    }
}
