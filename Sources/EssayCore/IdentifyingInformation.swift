/// The word lists identifying information is found with, loaded from
/// `Lexicons/identifying-information.yml` (which says where they come from
/// and what each is for), with the lookups made from them once, when the file
/// is decoded. Every entry is lower case.
public struct IdentifyingInformation: Codable, Sendable {
    /// The file's name under `Lexicons/` (and in a `--lexicons` folder).
    public static let file = "identifying-information.yml"

    public struct Institutions: Codable, Sendable {
        /// A capitalised name with one of these is an institution's ("Hillcrest Middle School").
        public var words: [String]
        /// These also take "of" and a name after them ("University of Vermont").
        public var takingOf: [String]
        /// Name words that make no name distinctive ("the High School").
        public var generic: [String]
        /// Words inside a name between capitalised words ("Academy of the Arts").
        public var connectors: [String]
        /// A name after one of these is generic ("the University").
        public var determiners: [String]
        /// Of `words`, those that name a community organisation rather than
        /// a school ("Westside Family Resource Center"): reported as an
        /// organisation's name, which a part may allow.
        public var organisations: [String]?
    }

    public struct Names: Codable, Sendable {
        /// Capitalised words that are never a person's name (months, languages, demonyms, …).
        public var notNames: [String]
        /// Words near a capitalised word that make it a person's name (his, her, mom, told, …).
        public var personCues: [String]
        /// A capitalised word after one of these is not a person ("the Grange").
        public var notAfter: [String]
        /// "Caption: Marisol and her dad": a name after a label, with "and" and one of these.
        public var captionPossessives: [String]
        /// A cited author's marks ("et al.").
        public var citationMarkers: [String]
    }

    public let institutions: Institutions
    /// The word that ends a street address ("412 Maple Avenue").
    public let streets: [String]
    public let names: Names

    // The lookups, made once.
    package let institutionWords: Set<String>
    /// `institutionWords` as UTF-16 units, for comparing a word's units without a string.
    package let institutionUnits: Set<[UInt16]>
    /// The shapes of the institution words (length, first and last letter), a first test per word.
    package let institutionShapes: WordShapes
    package let organisationWords: Set<String>
    package let takingOf: Set<String>
    package let genericWords: Set<String>
    package let connectors: Set<String>
    package let determiners: Set<String>
    package let streetWords: Set<String>
    package let notNames: Set<String>
    package let personCues: Set<String>
    package let notAfter: Set<String>
    package let captionPossessives: Set<String>
    package let citationMarkers: Set<String>

    private enum CodingKeys: String, CodingKey {
        case institutions, streets, names
    }

    public init(institutions: Institutions, streets: [String], names: Names) throws {
        // A list the lookups would silently miss: upper case, or an
        // institution word the shape test cannot see.
        let lists: [(String, [String])] = [
            ("institutions.words", institutions.words), ("institutions.takingOf", institutions.takingOf),
            ("institutions.generic", institutions.generic), ("institutions.connectors", institutions.connectors),
            ("institutions.determiners", institutions.determiners), ("streets", streets), ("names.notNames", names.notNames),
            ("names.personCues", names.personCues), ("names.notAfter", names.notAfter),
            ("names.captionPossessives", names.captionPossessives), ("names.citationMarkers", names.citationMarkers),
        ]
        for (path, list) in lists {
            if let bad = list.first(where: { $0.isEmpty || $0 != $0.lowercased() }) {
                throw ProfileDataError(description: "'\(bad)' in \(path) is not a lower-case word")
            }
        }
        if let bad = (institutions.organisations ?? []).first(where: { !institutions.words.contains($0) }) {
            throw ProfileDataError(description: "'\(bad)' in institutions.organisations is not in institutions.words")
        }
        if let bad = institutions.words.first(where: { !$0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } || $0.utf8.count > WordShapes.maxLength }) {
            throw ProfileDataError(description: "'\(bad)' in institutions.words is not a word of up to \(WordShapes.maxLength) letters a to z")
        }
        self.institutions = institutions
        self.streets = streets
        self.names = names
        institutionWords = Set(institutions.words)
        institutionUnits = Set(institutions.words.map { Array($0.utf16) })
        institutionShapes = WordShapes(institutions.words)
        organisationWords = Set(institutions.organisations ?? [])
        takingOf = Set(institutions.takingOf)
        genericWords = Set(institutions.generic)
        connectors = Set(institutions.connectors)
        determiners = Set(institutions.determiners)
        streetWords = Set(streets)
        notNames = Set(names.notNames)
        personCues = Set(names.personCues)
        notAfter = Set(names.notAfter)
        captionPossessives = Set(names.captionPossessives)
        citationMarkers = Set(names.citationMarkers)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(institutions: try container.decode(Institutions.self, forKey: .institutions),
                          streets: try container.decode([String].self, forKey: .streets),
                          names: try container.decode(Names.self, forKey: .names))
        } catch let failure as ProfileDataError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: failure.description))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(institutions, forKey: .institutions)
        try container.encode(streets, forKey: .streets)
        try container.encode(names, forKey: .names)
    }

    /// No lists: only the character patterns (emails, phones, web addresses) are found.
    public static let none = try! IdentifyingInformation(
        institutions: Institutions(words: [], takingOf: [], generic: [], connectors: [], determiners: [], organisations: []), streets: [],
        names: Names(notNames: [], personCues: [], notAfter: [], captionPossessives: [], citationMarkers: []))
}

/// The shapes of some lower-case ASCII words (length, first and last letter),
/// as bits: a capitalised word of the text is tested with one look-up, no
/// hashing and no string.
public struct WordShapes: Sendable {
    package static let maxLength = 32
    private var bits: [Bool]

    package init(_ words: [String]) {
        bits = [Bool](repeating: false, count: WordShapes.maxLength * 26 * 26)
        for w in words {
            let u = Array(w.utf16)
            if let k = WordShapes.key(u.count, u[0], u[u.count - 1]) { bits[k] = true }
        }
    }

    /// The key of a word of `length` units starting and ending with these
    /// (ASCII letters, either case); nil for any other word.
    @inline(__always)
    package static func key(_ length: Int, _ first: UInt16, _ last: UInt16) -> Int? {
        let f = Int(first | 0x20) &- 0x61, l = Int(last | 0x20) &- 0x61
        guard length >= 1, length <= maxLength, f >= 0, f < 26, l >= 0, l < 26 else { return nil }
        return ((length - 1) * 26 + f) * 26 + l
    }

    /// Whether some word has this shape.
    @inline(__always)
    package func contains(_ length: Int, _ first: UInt16, _ last: UInt16) -> Bool {
        guard let k = WordShapes.key(length, first, last) else { return false }
        return bits[k]
    }
}
