import EssayCore

/// A check. Rules are small, independent and pure: they return findings and
/// know nothing of output formats or exit codes.
public protocol Rule: Sendable {
    /// The stable id, also `description.id` (kept apart so that linting never
    /// builds the descriptions' examples).
    static var id: String { get }
    static var description: RuleDescription { get }
    static var defaultSeverity: Severity { get }
    func check(_ context: LintContext) -> [Finding]
}

extension Rule {
    public var description: RuleDescription { Self.description }

    package func finding(_ context: LintContext, _ message: String, range: Range<Int>, match: Bool = true,
                 suggestions: [String] = [], criterion: String? = nil, rubricKey: String? = nil) -> Finding {
        Finding(rule: Self.id, severity: Self.defaultSeverity, message: message, range: range,
                match: match ? context.document.source.string(range) : nil, suggestions: suggestions,
                criterion: criterion, rubricKey: rubricKey)
    }
}

extension SourceText {
    /// The last place in `range` where `token` stands whole (no letter,
    /// digit, hyphen or underscore right before or after it), for a
    /// finding's `suggestionRange`.
    package func lastToken(_ token: String, in range: Range<Int>) -> Range<Int>? {
        let needle = Array(token.utf16)
        guard !needle.isEmpty, range.count >= needle.count, range.upperBound <= utf16.count else { return nil }
        func joins(_ i: Int) -> Bool {
            guard i >= 0, i < utf16.count else { return false }
            let u = utf16[i]
            return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || u == 0x2D || u == 0x5F || u >= 0x80
        }
        var start = range.upperBound - needle.count
        while start >= range.lowerBound {
            if utf16[start..<(start + needle.count)].elementsEqual(needle), !joins(start - 1), !joins(start + needle.count) {
                return start..<(start + needle.count)
            }
            start -= 1
        }
        return nil
    }
}

/// Every rule essaylint has, in the order they are listed.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        MissingHeadingRule(),
        UnclearHeadingRule(),
        DuplicateHeadingRule(),
        HeadingOrderRule(),
        WordCountRule(),
        SectionLengthRule(),
        DeficitLanguageRule(),
        IdentifyingInfoRule(),
        MissingQuestionRule(),
        MissingElementRule(),
        ItemCountRule(),
        TimeSpanRule(),
        ThinEvidenceRule(),
        FigureThresholdRule(),
        RubricEvidenceRule(),
        CitationRule(),
        ArtifactReferenceRule(),
        LongSentenceRule(),
        ReadabilityRule(),
        DirectiveRule(),
    ]

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).id == id }
    }

    public static let ids: [String] = all.map { type(of: $0).id }
    package static let idSet = Set(ids)
}
