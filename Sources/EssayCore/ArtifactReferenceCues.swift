/// The words that mark a reference to an uploaded artifact, loaded from
/// `Lexicons/artifact-references.yml` (which says where they come from and
/// what each list is for), with the lookups made once, when the file is
/// decoded. Every entry is lower case.
public struct ArtifactReferenceCues: Codable, Sendable {
    /// The file's name under `Lexicons/` (and in a `--lexicons` folder).
    public static let file = "artifact-references.yml"

    /// "Appendix A", "Exhibit C", "artifact #3".
    public let labels: [String]
    /// Labels that take a letter mark only when capitalised ("Artifact B", "artifact 2").
    public let numberedOnly: [String]
    /// "the attached workshop outline".
    public let attached: [String]
    /// Attached words that count only after "the" ("the included syllabus").
    public let afterTheOnly: [String]
    /// What an artifact is: outline, presentation, syllabus, …
    public let things: [String]
    /// "the presentation I uploaded": who uploads, and the verbs.
    public let uploaders: [String]
    public let uploadVerbs: [String]
    /// The beginnings of the words every reference contains, a first test per word.
    public let needles: [String]

    // The lookups, made once.
    package let labelSet: Set<String>
    package let numberedOnlySet: Set<String>
    package let attachedSet: Set<String>
    package let afterTheOnlySet: Set<String>
    package let thingSet: Set<String>
    package let uploaderSet: Set<String>
    package let uploadVerbSet: Set<String>
    package let needleSet: NeedleSet

    private enum CodingKeys: String, CodingKey {
        case labels, numberedOnly, attached, afterTheOnly, things, uploaders, uploadVerbs, needles
    }

    public init(labels: [String], numberedOnly: [String], attached: [String], afterTheOnly: [String], things: [String],
                uploaders: [String], uploadVerbs: [String], needles: [String]) throws {
        let lists: [(String, [String])] = [("labels", labels), ("numberedOnly", numberedOnly), ("attached", attached),
                                           ("afterTheOnly", afterTheOnly), ("things", things), ("uploaders", uploaders),
                                           ("uploadVerbs", uploadVerbs), ("needles", needles)]
        for (path, list) in lists {
            if let bad = list.first(where: { $0.isEmpty || $0 != $0.lowercased() }) {
                throw ProfileDataError(description: "'\(bad)' in \(path) is not a lower-case word")
            }
        }
        if let bad = needles.first(where: { $0.utf8.count < 2 || !$0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }) {
            throw ProfileDataError(description: "'\(bad)' in needles is not two or more letters a to z")
        }
        // A label or attached word no needle starts would never be looked for.
        if let bad = (labels + attached).first(where: { w in !needles.contains { w.hasPrefix($0) } }) {
            throw ProfileDataError(description: "'\(bad)' starts with none of the needles, so it would never be found")
        }
        self.labels = labels
        self.numberedOnly = numberedOnly
        self.attached = attached
        self.afterTheOnly = afterTheOnly
        self.things = things
        self.uploaders = uploaders
        self.uploadVerbs = uploadVerbs
        self.needles = needles
        labelSet = Set(labels)
        numberedOnlySet = Set(numberedOnly)
        attachedSet = Set(attached)
        afterTheOnlySet = Set(afterTheOnly)
        thingSet = Set(things)
        uploaderSet = Set(uploaders)
        uploadVerbSet = Set(uploadVerbs)
        needleSet = NeedleSet(needles)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(labels: try c.decode([String].self, forKey: .labels), numberedOnly: try c.decode([String].self, forKey: .numberedOnly),
                          attached: try c.decode([String].self, forKey: .attached), afterTheOnly: try c.decode([String].self, forKey: .afterTheOnly),
                          things: try c.decode([String].self, forKey: .things), uploaders: try c.decode([String].self, forKey: .uploaders),
                          uploadVerbs: try c.decode([String].self, forKey: .uploadVerbs), needles: try c.decode([String].self, forKey: .needles))
        } catch let failure as ProfileDataError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: failure.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(labels, forKey: .labels)
        try c.encode(numberedOnly, forKey: .numberedOnly)
        try c.encode(attached, forKey: .attached)
        try c.encode(afterTheOnly, forKey: .afterTheOnly)
        try c.encode(things, forKey: .things)
        try c.encode(uploaders, forKey: .uploaders)
        try c.encode(uploadVerbs, forKey: .uploadVerbs)
        try c.encode(needles, forKey: .needles)
    }

    /// No cues: no artifact reference is found.
    public static let none = try! ArtifactReferenceCues(labels: [], numberedOnly: [], attached: [], afterTheOnly: [], things: [],
                                                         uploaders: [], uploadVerbs: [], needles: [])
}

/// Lower-case ASCII beginnings of words, as the artifact scan tests them: by
/// length, then the first two letters, then the units.
public struct NeedleSet: Sendable {
    /// Each needle's UTF-16 units.
    package let units: [[UInt16]]
    /// For each first letter, the second letters a needle may follow it with (bits).
    package let firstPairs: [UInt32]
    /// The shortest needle's length (a shorter word starts with none).
    package let minLength: Int

    package init(_ needles: [String]) {
        units = needles.map { Array($0.utf16) }
        var bits = [UInt32](repeating: 0, count: 26)
        for needle in units where needle.count >= 2 {
            let a = Int(needle[0]) - 0x61, b = Int(needle[1]) - 0x61
            if a >= 0, a < 26, b >= 0, b < 26 { bits[a] |= 1 << UInt32(b) }
        }
        firstPairs = bits
        minLength = units.map(\.count).min() ?? Int.max
    }
}
