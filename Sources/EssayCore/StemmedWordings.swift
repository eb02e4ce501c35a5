/// A profile's rubric element wordings and concepts with every phrase's
/// words already stemmed (`Terms.forEachStem`), written by the build for the
/// embedded profiles. Those phrases are most of a profile (about 8,000 in
/// Community Partnerships): decoding them as strings and stemming them took
/// most of a one-essay run's set-up. A run that has these decodes a profile
/// without them (`concepts`, and each element's `evidence` and `wordings`,
/// are absent) and reads its evidence from here; the full profile is still
/// there for what names the phrases (ESSAYLINT_DEBUG_EVIDENCE). A profile
/// read from a folder has none: its phrases are stemmed when first used, by
/// the same function. ResourceTests checks that both give the same stems.
///
/// A group is one string: its phrases with "|" between them; a phrase is its
/// stems with a space between them, or kept as written when it names a
/// concept ("@name") or a count ("#2"). Stems hold letters, digits and
/// apostrophes only, so neither separator can occur inside one.
public struct StemmedWordings: Codable, Sendable, Equatable {
    /// Each element's id, in the profile's order (criteria, then elements).
    public var ids: [String]
    /// Per element, as `ids`: per wording (`allWordings`), per group.
    public var elements: [[[String]]]
    /// Each concept's phrases (those not starting with "#"), as a group is written.
    public var concepts: [String: String]

    public init(ids: [String], elements: [[[String]]], concepts: [String: String]) {
        self.ids = ids
        self.elements = elements
        self.concepts = concepts
    }

    /// From a profile's phrases as written: what the build writes.
    public init(_ profile: CredentialProfile) {
        let all = profile.criteria.flatMap { $0.elements ?? [] }
        ids = all.map(\.id)
        elements = all.map { $0.allWordings.map { $0.map(StemmedWordings.group) } }
        // A concept's phrases are all words: one starting with "@" is not
        // looked up again ("#" ones are dropped, as `RubricEvidence` drops them).
        concepts = (profile.concepts ?? [:]).mapValues { phrases in
            phrases.filter { !$0.hasPrefix("#") }.map(StemmedWordings.stems).joined(separator: "|")
        }
    }

    /// A group's phrases as one string: stems, or a concept's or a count's name as written.
    package static func group(_ phrases: [String]) -> String {
        phrases.map { $0.hasPrefix("@") || $0.hasPrefix("#") ? $0 : stems($0) }.joined(separator: "|")
    }

    /// A phrase's stems, a space between them.
    package static func stems(_ phrase: String) -> String {
        var words: [String] = []
        Terms.forEachStem(of: phrase) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words.joined(separator: " ")
    }

    /// A phrase written with stems, as stem hashes (`PartText.compile`'s):
    /// `Terms.hash` of each run of bytes between spaces, split as bytes (a
    /// split into substrings, by characters, cost more than the rest of the table).
    package static func hashes(_ phrase: Substring.UTF8View) -> [UInt64] {
        phrase.split(separator: 0x20).map { Terms.hash(bytes: $0) }
    }

    /// A group's phrases: the bytes between its "|".
    package static func phrases(_ group: String) -> [Substring.UTF8View] {
        group.utf8.split(separator: 0x7C, omittingEmptySubsequences: false)
    }
}
