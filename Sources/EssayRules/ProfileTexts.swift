import EssayCore

/// Per-profile texts that rules would otherwise build for every document.
public final class ProfileTexts: Sendable {
    /// "Competency 4: Connecting Campus and Community Assets", per criterion id.
    public let suggestedTitles: [String: String]
    /// By the criterion's position in the profile: the suggested title as a
    /// finding's list of suggestions (one array, shared by the findings), and
    /// the missing-heading message.
    package let suggestedTitleListAt: [[String]]
    package let missingHeadingAt: [String]
    /// Messages about what an essay lacks as a whole, per part id: the
    /// part's requirement sentence they quote and the message.
    package let noCitations: [String: (sentence: String, message: String)]
    package let noArtifacts: [String: (sentence: String, message: String)]
    /// The references' authors, lower-cased, and their short forms for a message.
    package let knownAuthors: Set<String>
    package let shortReferences: String

    public init(_ profile: CredentialProfile) {
        knownAuthors = Set((profile.references ?? []).flatMap { $0.authors.map { $0.lowercased() } })
        shortReferences = (profile.references ?? []).map(\.short).joined(separator: "; ")
        var titles: [String: String] = [:]
        for c in profile.criteria { titles[c.id] = MissingHeadingRule.suggestedTitle(c) }
        suggestedTitles = titles
        suggestedTitleListAt = profile.criteria.map { [titles[$0.id]!] }
        missingHeadingAt = profile.criteria.map { MissingHeadingRule.message($0, titles[$0.id]!) }
        var citations: [String: (String, String)] = [:]
        var artifacts: [String: (String, String)] = [:]
        for part in profile.parts {
            if let s = part.requirement("citations") { citations[part.id] = (s, CitationRule.noCitationsMessage(s, shortReferences)) }
            if let s = part.requirement("artifacts") { artifacts[part.id] = (s, ArtifactReferenceRule.noArtifactsMessage(s)) }
        }
        noCitations = citations
        noArtifacts = artifacts
    }
}
