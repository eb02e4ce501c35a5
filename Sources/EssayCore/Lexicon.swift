/// A term list with context rules, loaded from YAML in `Lexicons/`. Context is
/// data: each term lists the neighbouring words that make an occurrence a
/// verb, a name of an approach, or otherwise not what the list is about.
public struct Lexicon: Codable, Sendable {
    public var id: String
    public var title: String
    public var sources: [LexiconSource]
    /// Named word lists that rules refer to as `$name`.
    public var classes: [String: [String]]?
    public var terms: [LexiconTerm]
    /// Words that frame people and places by what they have and want.
    public var assets: AssetTerms?
    /// Words near a term that show the applicant reporting a label in order to reject it.
    public var rejection: RejectionCues?
}

public struct LexiconSource: Codable, Sendable {
    public var id: String
    public var cite: String
}

public struct LexiconTerm: Codable, Sendable {
    public var id: String
    /// Word forms, lower case; a form of several words lists them with spaces
    /// (`inner city`) or hyphens (`at-risk`) as they must be joined.
    public var forms: [String]
    public var suggestions: [String]
    /// What to write instead, addressed to the applicant.
    public var advice: String
    public var sources: [String]
    /// Checked in order; the first that holds decides.
    public var contexts: [ContextRule]?
    /// `flag` or `skip` when no context rule holds (terms without `frames`).
    public var otherwise: Decision?
    /// How the term relates to what it frames; the occurrence is flagged
    /// only when that is a person, a group or a place as a community (see
    /// `FramingKind`). Context rules then only set an occurrence aside
    /// (`skip`: a verb, a method's name); their `flag` confirms the sense.
    public var frames: FramingKind?
    /// Prepositions that introduce what is lacking, not who lacks it
    /// ("a lack of time", "the need for translation").
    public var missing: [String]?
    /// As a verb, an object of these noun classes makes it a requirement
    /// ("students needed background checks"), not a framing of its subject.
    public var requirementObjects: [String]?
    /// The noun classes (`person`, `group`, `place`; for a label also
    /// `organisation`, `thing`) the term frames by lack, when not all: "dying"
    /// pictures a town or a community as failing, while "a dying man" is
    /// literal; "at-risk structures" are literally at risk.
    public var referents: [String]?
    /// WordNet categories of a person noun's second sense that the term
    /// reads instead ("a broken toaster" is the appliance, though WordNet
    /// lists first the person who proposes a toast).
    public var thingSenses: [String]?
    /// The same for a group noun's second sense: "a challenging grade" is the slope, "a challenging labor" the act.
    public var groupThingSenses: [String]?
}

/// How a deficit word attaches to what it frames.
public enum FramingKind: String, Codable, Sendable {
    /// A noun: whose need, problem or challenge it is (possessor, compound,
    /// of/with/for/facing complement, subject of have/face, predicate).
    case owner
    /// An adjective: the noun it modifies or is said of (attributive,
    /// predicate, relative clause; superlatives included).
    case modifier
    /// A verb: its subject ("families struggle", "the neighbourhood lacks").
    case subject
    /// A verb: its object ("rescue the block", "save these kids").
    case object
    /// A verb: the noun its relative clause defines, when that noun is the
    /// verb's object ("a zip code the city forgot", "a town that the mill used
    /// up"). In a main clause it frames nothing: saying who neglected a place
    /// names the cause, as the guides ask.
    case relativeObject
    /// A participle of removal after "with" and a part ("a town with its
    /// heart cut out", "come in with the batteries drained"): who has the
    /// part, when the part is of a body or a thing; "families with their
    /// benefits cut" names a cause and frames nothing.
    case withRemoved
    /// "Without", "with no" or "nobody" after a thing that pictures people or
    /// a place ("the neighborhood is a sandlot with no bases", "a trophy case
    /// nobody dusts"): whom the picture is said of. After people or a place
    /// itself ("families without cars") it frames nothing.
    case withoutPart
    /// A word of depletion or damage ("empty", "frayed", "leftovers") as a
    /// picture of people or a place: said of them ("frayed parents"), or of
    /// the thing that pictures them ("the town is a leaky bucket", "kids
    /// arrive with empty nets", "households run on bald tires"). Said of a
    /// thing only, it is literal ("an empty lot").
    case imagery
    /// A word of a thing left unmade or unkept ("unwatered", "unwritten"),
    /// read only through the thing it paints ("kids arrive like unwatered
    /// seedlings", "the members are unlocked doors"); said of people
    /// directly ("unpaid caregivers") or of a thing, it frames nothing.
    case picture
    /// A label that names people or places by lack by itself ("at-risk
    /// youth", "those kids"): flagged unless said of something else.
    case label
    /// A metaphor for a place or people ("a wasteland", "blank slates"):
    /// flagged unless said of a thing.
    case metaphor
}

public enum Decision: String, Codable, Sendable {
    case flag
    case skip
}

/// A condition on an occurrence's neighbours, and what it decides.
public struct ContextRule: Codable, Sendable {
    /// The word just before (`$class` names a class; `'s` matches any
    /// possessive; `$start` the start of the sentence).
    public var previous: [String]?
    /// The word just after; `-word` means joined by a hyphen (`needs-based`);
    /// `$end` the end of the sentence.
    public var next: [String]?
    /// The word just before is a lower-case noun whose first WordNet sense is
    /// filed under one of these categories (`act`, `food`, …): "a therapy
    /// desert" names a service, "a sand desert" a landscape.
    public var previousNoun: [String]?
    /// Any of these within `within` words before.
    public var before: [String]?
    /// Any of these within `within` words after.
    public var after: [String]?
    public var within: Int?
    public var decision: Decision
    /// Why: shown in explanations and tests.
    public var why: String
}

public struct AssetTerms: Codable, Sendable {
    public var sources: [String]
    public var forms: [String]
}

public struct RejectionCues: Codable, Sendable {
    /// How many words either side of the term a cue may stand.
    public var within: Int
    /// Words or phrases (lower case, spaces between words) on either side.
    public var cues: [String]
    /// Cues that reject only a term that follows them ("rather than …").
    public var preceding: [String]?
    /// Words before the term that name it as a word, not use it ("the words at-risk youth").
    public var namedAsWord: [String]?
    /// The next sentence turns from the term: it opens with one of `pointers`
    /// and one of `nextWording` side by side, and a cue or one of `nextTurn`.
    public var pointers: [String]?
    public var nextWording: [String]?
    public var nextTurn: [String]?
    /// Verbs before the pointer that make the noun an agreement's conditions ("set the terms"), not wording.
    public var settingVerbs: [String]?
    /// A framing someone proposed, or the applicant once used, then turned down.
    public var reported: ReportedFramingCues?
}

/// The words that tell a framing someone proposed (or the applicant once
/// used) and its turn: `rejection.reported` of a deficit lexicon.
public struct ReportedFramingCues: Codable, Sendable {
    /// Before the term: someone's proposal or view, or a document that carried the wording.
    public var proposal: [String]
    /// Verbs of naming, not of saying: a later sentence that reports another quoted wording with one takes the turns
    /// after it ("A colleague once called it '…'").
    public var naming: [String]?
    /// Before the term: the wording dated to the past.
    public var past: [String]
    /// After a dated wording: a turn to the present.
    public var presentTurn: [String]
    /// Words that turn a proposal down.
    public var turn: [String]
    /// Two-word turns, counted only whole ("set aside").
    public var turnPhrases: [String]?
    /// Nouns that name a wording: a turn in a later sentence names one.
    public var wordingNouns: [String]
    /// Verbs of taking up a wording, which a negation before and a word pointing back after refuse ("I will not repeat
    /// that", "we won't use it").
    public var refusedUses: [String]?
    /// Words of a reply or a correction that turn from a framing someone else gave ("asked them to rewrite it", "set me
    /// straight").
    public var replies: [String]?
    /// Verbs of keeping a wording away from a page, which a pointer, a wording noun and "off" or "out" after them make a
    /// turn ("Dana asked me to keep that word off the survey", "we left the label out").
    public var keepingVerbs: [String]?
}
