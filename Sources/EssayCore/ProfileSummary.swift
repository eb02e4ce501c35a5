/// What choosing a profile's part needs: each part's id, title, cues, word
/// range and whether it has a heading per criterion.
public struct ProfileSummary: Codable, Sendable {
    public struct PartSummary: Codable, Sendable {
        public var id: String
        public var title: String
        public var detect: DetectionCues?
        public var headingPerCriterion: Bool?
        public var wordRange: WordRange?
    }
    public var id: String
    public var name: String
    public var file: String?
    public var parts: [PartSummary]

    package init(_ profile: CredentialProfile) {
        id = profile.id
        name = profile.name
        file = nil
        parts = profile.parts.map { PartSummary(id: $0.id, title: $0.title, detect: $0.detect, headingPerCriterion: $0.headingPerCriterion, wordRange: $0.wordRange) }
    }
}
