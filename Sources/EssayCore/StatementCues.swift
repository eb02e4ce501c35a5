/// The words that tell what a sentence claims: whether it says something was
/// done, or says it was not done (negation), would or should have been done
/// (hypothetical), or is hoped for or planned (intention); the words that
/// close a clause; and the words that name the community side of a
/// partnership. Loaded from `Lexicons/statement-cues.yml`, which says where
/// the words come from and what each list is for. Every entry is lower case,
/// words separated by single spaces; a word matches whatever its case in
/// the text (curly apostrophes read as straight ones).
public struct StatementCues: Codable, Sendable {
    /// The file's name under `Lexicons/` (and in a `--lexicons` folder).
    public static let file = "statement-cues.yml"

    /// "not", "never", "no one", "didn't": the clause they stand in is negated.
    public let negation: [String]
    /// Negated learning or asking ("no one told me", "I never asked", "had no
    /// idea"): the writer says they did not find out, whoever the subject.
    public let ignorance: [String]
    /// Negations that state a stance, not a failure to act ("we cannot treat
    /// it as one voice", "I will not speak for them"), and the words that make
    /// a negation a state ("we are not yet as close as I want"): never the
    /// writer's own negation.
    public let stanceNegations: [String]
    public let stateWords: [String]
    /// Phrases that hold a negation word but state something affirmative
    /// ("not only", "never missed", "not from here", "not as an expert").
    public let notNegation: [String]
    /// Hypothetical or wished-for, wherever they stand: "if we had", "I wish".
    public let hypothetical: [String]
    /// Wished or hoped for, wherever they stand: "I wish", "I hope", "someday".
    public let wish: [String]
    /// Planned, wherever they stand: "next time", "in the future".
    public let intention: [String]
    /// Said of partnerships in general, not of what was done: "in any
    /// partnership", "it is important to", "I believe in".
    public let generic: [String]
    /// Hypothetical only after a first-person word within a few words: "I would", "we could have".
    public let hypotheticalAfterFirstPerson: [String]
    /// Wished only after a first-person word within a few words: "I would like to", "we hope to".
    public let wishAfterFirstPerson: [String]
    /// Planned only after a first-person word within a few words: "we will", "I plan to".
    public let intentionAfterFirstPerson: [String]
    /// The first-person words those need before them.
    public let firstPerson: [String]
    /// Words of repeated action ("every", "always"): "would" in a clause with
    /// one is habitual ("at every meeting I would check in"), not hypothetical.
    public let habitual: [String]
    /// Words that open a sentence with a subordinate clause ("so", "because",
    /// "although"): the first comma closes that clause ("So the classes would
    /// not end, members trained as instructors").
    public let leadingSubordinators: [String]
    /// Words that open a contrasting clause ("but", "rather", "instead"): a
    /// negation or a wish before one does not reach past it.
    public let contrast: [String]
    /// Words that open a new clause after a comma ("we", "which", "so").
    public let clauseOpeners: [String]
    /// Words that open a new clause, comma or not, when a clause opener
    /// follows them ("and we", not "and the elders").
    public let conjunctions: [String]
    /// Words that always open a new clause ("that").
    public let subordinators: [String]
    /// Phrases that state a rule or commitment ("my rule is", "we agreed"):
    /// the clauses after one are the rule's content, so a refusal there ("I
    /// never take a photo without asking") states the rule, not a lack.
    public let norms: [String]
    /// Words that open an embedded question or report ("what", "which",
    /// "whether"): a negation or wish inside one is its content, not the
    /// sentence's claim ("we asked what was not working").
    public let embedded: [String]
    /// Words that name the community side of a partnership (residents,
    /// families, the organization, its director, …): an element that asks
    /// for the partner needs one in the sentence.
    public let partners: [String]
    /// Roles either side has (director, staff): partner words too, except
    /// right after one of `institutionPossessives` ("my director").
    public let partnerRoles: [String]
    public let institutionPossessives: [String]

    private enum CodingKeys: String, CodingKey {
        case negation, ignorance, stanceNegations, stateWords, notNegation, hypothetical, wish, intention, generic, hypotheticalAfterFirstPerson, wishAfterFirstPerson,
             intentionAfterFirstPerson, firstPerson, habitual, leadingSubordinators,
             contrast, clauseOpeners, conjunctions, subordinators, norms, embedded, partners, partnerRoles,
             institutionPossessives
    }

    public init(negation: [String], ignorance: [String], stanceNegations: [String], stateWords: [String], notNegation: [String], hypothetical: [String], wish: [String], intention: [String], generic: [String],
                hypotheticalAfterFirstPerson: [String], wishAfterFirstPerson: [String], intentionAfterFirstPerson: [String],
                firstPerson: [String], habitual: [String], leadingSubordinators: [String],
                contrast: [String], clauseOpeners: [String], conjunctions: [String], subordinators: [String], norms: [String], embedded: [String],
                partners: [String], partnerRoles: [String], institutionPossessives: [String]) throws {
        let lists: [(String, [String])] = [
            ("negation", negation), ("ignorance", ignorance), ("stanceNegations", stanceNegations), ("stateWords", stateWords),
            ("notNegation", notNegation), ("hypothetical", hypothetical), ("wish", wish), ("intention", intention), ("generic", generic),
            ("hypotheticalAfterFirstPerson", hypotheticalAfterFirstPerson), ("wishAfterFirstPerson", wishAfterFirstPerson),
            ("intentionAfterFirstPerson", intentionAfterFirstPerson),
            ("firstPerson", firstPerson), ("habitual", habitual), ("leadingSubordinators", leadingSubordinators), ("contrast", contrast), ("clauseOpeners", clauseOpeners), ("conjunctions", conjunctions),
            ("subordinators", subordinators), ("norms", norms), ("embedded", embedded), ("partners", partners),
            ("partnerRoles", partnerRoles), ("institutionPossessives", institutionPossessives),
        ]
        for (path, list) in lists {
            if let bad = list.first(where: { $0.isEmpty || $0 != $0.lowercased() || $0.hasPrefix(" ") || $0.hasSuffix(" ") || $0.contains("  ") }) {
                throw ProfileDataError(description: "'\(bad)' in \(path) is not lower-case words separated by single spaces")
            }
        }
        // A single-word list is looked up word by word.
        for (path, list) in [("firstPerson", firstPerson), ("habitual", habitual), ("contrast", contrast), ("clauseOpeners", clauseOpeners),
                             ("conjunctions", conjunctions), ("subordinators", subordinators), ("embedded", embedded),
                             ("institutionPossessives", institutionPossessives)] {
            if let bad = list.first(where: { $0.contains(" ") }) {
                throw ProfileDataError(description: "'\(bad)' in \(path) is more than one word")
            }
        }
        self.negation = negation
        self.ignorance = ignorance
        self.stanceNegations = stanceNegations
        self.stateWords = stateWords
        self.notNegation = notNegation
        self.hypothetical = hypothetical
        self.wish = wish
        self.intention = intention
        self.generic = generic
        self.hypotheticalAfterFirstPerson = hypotheticalAfterFirstPerson
        self.wishAfterFirstPerson = wishAfterFirstPerson
        self.intentionAfterFirstPerson = intentionAfterFirstPerson
        self.firstPerson = firstPerson
        self.habitual = habitual
        self.leadingSubordinators = leadingSubordinators
        self.contrast = contrast
        self.clauseOpeners = clauseOpeners
        self.conjunctions = conjunctions
        self.subordinators = subordinators
        self.norms = norms
        self.embedded = embedded
        self.partners = partners
        self.partnerRoles = partnerRoles
        self.institutionPossessives = institutionPossessives
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(negation: c.decode([String].self, forKey: .negation), ignorance: c.decode([String].self, forKey: .ignorance),
                          stanceNegations: c.decode([String].self, forKey: .stanceNegations),
                          stateWords: c.decode([String].self, forKey: .stateWords), notNegation: c.decode([String].self, forKey: .notNegation),
                          hypothetical: c.decode([String].self, forKey: .hypothetical), wish: c.decode([String].self, forKey: .wish),
                          intention: c.decode([String].self, forKey: .intention),
                          generic: c.decode([String].self, forKey: .generic),
                          hypotheticalAfterFirstPerson: c.decode([String].self, forKey: .hypotheticalAfterFirstPerson),
                          wishAfterFirstPerson: c.decode([String].self, forKey: .wishAfterFirstPerson),
                          intentionAfterFirstPerson: c.decode([String].self, forKey: .intentionAfterFirstPerson),
                          firstPerson: c.decode([String].self, forKey: .firstPerson),
                          habitual: c.decode([String].self, forKey: .habitual),
                          leadingSubordinators: c.decode([String].self, forKey: .leadingSubordinators), contrast: c.decode([String].self, forKey: .contrast),
                          clauseOpeners: c.decode([String].self, forKey: .clauseOpeners),
                          conjunctions: c.decode([String].self, forKey: .conjunctions),
                          subordinators: c.decode([String].self, forKey: .subordinators),
                          norms: c.decode([String].self, forKey: .norms), embedded: c.decode([String].self, forKey: .embedded),
                          partners: c.decode([String].self, forKey: .partners),
                          partnerRoles: c.decode([String].self, forKey: .partnerRoles),
                          institutionPossessives: c.decode([String].self, forKey: .institutionPossessives))
        } catch let failure as ProfileDataError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: failure.description))
        }
    }

    /// No cues: every sentence reads as a plain statement.
    public static let none = try! StatementCues(negation: [], ignorance: [], stanceNegations: [], stateWords: [], notNegation: [], hypothetical: [], wish: [], intention: [], generic: [],
                                                hypotheticalAfterFirstPerson: [], wishAfterFirstPerson: [],
                                                intentionAfterFirstPerson: [], firstPerson: [], habitual: [], leadingSubordinators: [],
                                                contrast: [], clauseOpeners: [], conjunctions: [], subordinators: [], norms: [], embedded: [], partners: [],
                                                partnerRoles: [], institutionPossessives: [])
}

/// What a sentence says of what it mentions, besides stating it: the kinds
/// a rubric element may accept (`RubricElement.accepts`).
/// The modes a word stands in, as bits: a word stands in few, and a
/// sentence's reading asks of each word whether its modes are allowed.
package struct StatementModes: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package init(_ mode: StatementMode) {
        rawValue = 1 << UInt8(StatementMode.allCases.firstIndex(of: mode)!)
    }

    package init(_ modes: some Sequence<StatementMode>) {
        self = []
        for mode in modes { insert(StatementModes(mode)) }
    }

    /// The modes, in their declared order.
    package var modes: [StatementMode] { StatementMode.allCases.filter { contains(StatementModes($0)) } }
}

public enum StatementMode: String, Codable, Sendable, CaseIterable {
    /// Said not to be so, of others or of things ("the college never returned the data").
    case negation
    /// The writer says they did not do it or find it out ("we never asked", "no one told me").
    case selfNegation
    /// Would, could or should have happened ("if we had", "we should have").
    case hypothetical
    /// Wished or hoped for ("I wish", "I hope to", "I would like to", "someday").
    case wish
    /// Planned, not yet done ("we will", "next time", "I plan to").
    case intention
    /// Said of partnerships in general, not of what was done ("in any partnership", "it is important to").
    case generic
}
