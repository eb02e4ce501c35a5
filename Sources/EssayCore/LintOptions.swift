/// What a run lints with: the credential profile and part, each rule's
/// severity (or off), and the word-count convention.
public struct LintOptions: Sendable, Equatable {
    /// The credential linted when none is named or detected.
    public static let defaultProfile = "community-partnerships"

    /// The profile id; nil: detect the profile and part from the document.
    public var profile: String?
    public var part: String?
    /// Rule id -> severity; a rule mapped to nil is off.
    public var severities: [String: Severity?]
    public var wordConvention: WordConvention
    /// Why this profile and part were chosen, when they were detected.
    public var detection: String?
    /// Names found in other parts linted with this one, by part id (the
    /// asset map's assets, for the action plan's community partner).
    public var related: [String: [String]] = [:]

    public init(profile: String? = LintOptions.defaultProfile, part: String? = nil, severities: [String: Severity?] = [:],
                wordConvention: WordConvention = .wordProcessor) {
        self.profile = profile
        self.part = part
        self.severities = severities
        self.wordConvention = wordConvention
    }
}
