import Synchronization

/// Lines of `key TAB value` sorted bytewise, looked up by halving over the
/// text's bytes: a table is used as it was embedded, never parsed. Lines
/// starting with `#` before the first data line are its header (source and
/// licence).
package struct SortedLines: Sendable {
    package let text: String
    /// Byte offset of the first data line.
    private let dataStart: Int

    package init(_ text: String) {
        self.text = text
        let bytes = text.utf8.span
        var offset = 0
        while offset < bytes.count, bytes[offset] == 0x23 {  // '#'
            while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
            offset += 1
        }
        dataStart = min(offset, bytes.count)
    }

    /// The rest of the line whose first field is `key` (after its TAB), or nil.
    package func value(_ key: String) -> Substring? {
        let wanted = key.utf8.span
        let bytes = text.utf8.span
        var low = dataStart
        var high = bytes.count
        while low < high {
            let (start, end) = SortedLines.line(around: (low + high) / 2, low: low, high: high, in: bytes)
            // Compare `wanted` with the line's first field (a TAB or the line's end closes it).
            var k = 0
            var order = 0
            while true {
                let fieldEnded = start + k >= end || bytes[start + k] == 0x09
                if k == wanted.count { order = fieldEnded ? 0 : -1; break }
                if fieldEnded { order = 1; break }
                let a = wanted[k], b = bytes[start + k]
                if a != b { order = a < b ? -1 : 1; break }
                k += 1
            }
            if order == 0 {
                let utf8 = text.utf8
                let from = start + k < end ? start + k + 1 : end
                let lower = utf8.index(utf8.startIndex, offsetBy: from)
                let upper = utf8.index(utf8.startIndex, offsetBy: end)
                return text[lower..<upper]
            }
            if order < 0 { high = start } else { low = end + 1 }
        }
        return nil
    }

    /// The line holding `middle` within `low..<high`: its first byte and the end before its line break.
    private static func line(around middle: Int, low: Int, high: Int, in bytes: Span<UInt8>) -> (start: Int, end: Int) {
        var start = middle
        while start > low, bytes[start - 1] != 0x0A { start -= 1 }
        var end = start
        while end < high, bytes[end] != 0x0A { end += 1 }
        return (start, end)
    }

    /// Every data line, in order (tests and data checks).
    package var lines: [Substring] {
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: dataStart)...].split(separator: "\n")
    }
}

/// What a noun names, as the deficit decision needs it: people (one person,
/// a group, a place standing for its community) or something else.
public enum NounCategory: String, Sendable, CaseIterable {
    case person, group, place, organisation, thing, event, document, abstract

    /// A person, a group of people or a place as a community.
    public var isPeople: Bool { self == .person || self == .group || self == .place }

    /// In a message: "people", "a group", "a place".
    public var described: String {
        switch self {
        case .person: return "people"
        case .group: return "a group of people"
        case .place: return "a place and its community"
        case .organisation: return "an organisation"
        case .thing: return "a thing"
        case .event: return "a task or event"
        case .document: return "a document"
        case .abstract: return "an abstraction"
        }
    }
}

/// A word's possible classes (WordNet's four open classes).
public struct WordClasses: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let noun = WordClasses(rawValue: 1)
    public static let verb = WordClasses(rawValue: 2)
    public static let adjective = WordClasses(rawValue: 4)
    public static let adverb = WordClasses(rawValue: 8)
}

/// Closed-class roles of a function word (Lexicons/language/function-words.yml).
public struct FunctionRoles: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let determiner = FunctionRoles(rawValue: 1)
    public static let pronoun = FunctionRoles(rawValue: 2)
    public static let preposition = FunctionRoles(rawValue: 4)
    public static let conjunction = FunctionRoles(rawValue: 8)
    public static let subordinator = FunctionRoles(rawValue: 16)
    public static let relative = FunctionRoles(rawValue: 32)
    public static let auxiliary = FunctionRoles(rawValue: 64)
    public static let modal = FunctionRoles(rawValue: 128)
    public static let negation = FunctionRoles(rawValue: 256)
    public static let contraction = FunctionRoles(rawValue: 512)
    /// Never a person's name, even capitalised ("I'm", "It's").
    public static let neverName = FunctionRoles(rawValue: 1024)
    /// A function word that is also a given name or surname ("Will", "May").
    public static let mayBeName = FunctionRoles(rawValue: 2048)

    static let names: [String: FunctionRoles] = [
        "determiner": .determiner, "pronoun": .pronoun, "preposition": .preposition, "conjunction": .conjunction,
        "subordinator": .subordinator, "relative": .relative, "auxiliary": .auxiliary, "modal": .modal,
        "negation": .negation, "contraction": .contraction, "never-name": .neverName, "may-be-name": .mayBeName,
    ]
}

/// A list of Lexicons/language/construction-words.yml, by its key.
package enum ConstructionList: String, CaseIterable, Sendable {
    case holdingVerbs, taskVerbs, ownerPrepositions, partitives, divides, collectiveNouns, pointingWords
    case possessiveWords, beWords, haveWords, doWords, subjectPronouns, applicantWords, genericWords, personPronouns, pluralPronouns
    case placeAdverbs, motionVerbs, numberWords, timeNames, quantifiers, standaloneQuantifiers, copulaVerbs, degree, lackHeads, askingVerbs
    case stateWords, livingVerbs, postureVerbs, placedVerbs, madeFromVerbs, predicativeOnly, rankedPlaces, nominalPeople
    case prevalenceWords, fitnessNouns, adjectiveFirst, clauseOpeners, uncompoundedVerbs, classifierNouns, namingVerbs, wholeParticiples, noticingVerbs
    case adverbialPhrases, durationNouns, difficultyWords, withComplementVerbs, directNamingVerbs, reportingVerbs, afflictingVerbs, courtKinds, raisingVerbs, sizeAdjectives
}

/// A fixed phrase around a deficit word (Lexicons/language/fixed-phrases.yml).
public struct FixedPhrase: Sendable, Hashable {
    /// The phrase's words, lower case.
    public var words: String
    /// A compound's kind (method, document, event, …, `disability-term`) or `idiom`.
    public var kind: String
    /// The deficit-language term ids it concerns.
    public var terms: [String]
    public var reason: String
}

/// The language data (Lexicons/language), embedded as sorted text: WordNet's
/// noun categories and word classes, its irregular forms, the noun
/// overrides, the function words and the fixed phrases. Lookups halve the
/// embedded lines (the fixed phrases: one hash, `PhraseTable`); nothing is
/// decoded at start-up.
public final class LanguageData: Sendable {
    public static let embedded = LanguageData()

    let nounCategories = SortedLines(EmbeddedLanguageData.nounCategories)
    let wordClassTable = SortedLines(EmbeddedLanguageData.wordClasses)
    let nounExceptions = SortedLines(EmbeddedLanguageData.nounExceptions)
    let verbExceptions = SortedLines(EmbeddedLanguageData.verbExceptions)
    let overrides = SortedLines(EmbeddedLanguageData.nounOverrides)
    let wordnetClasses = SortedLines(EmbeddedLanguageData.wordnetClasses)
    let functionWords = SortedLines(EmbeddedLanguageData.functionWords)
    let fixedPhrases = PhraseTable(EmbeddedLanguageData.fixedPhrases)
    /// Words that define people or places by lack (lack-labels.tsv, from WordNet): `word TAB kind TAB cue`.
    package let lackLabels = EmbeddedLanguageData.lackLabels
    /// Verbs of providing, serving, schooling, housing or banking (provision-verbs.tsv, from WordNet).
    let provisionVerbs = SortedLines(EmbeddedLanguageData.provisionVerbs)
    /// Nouns of places where people live whose first sense is none (community-places.tsv, from WordNet).
    let communityPlaces = SortedLines(EmbeddedLanguageData.communityPlaces)
    /// Names of languages (language-names.tsv, from WordNet): "spanish", "hmong".
    let languageNames = SortedLines(EmbeddedLanguageData.languageNames)
    /// The longest fixed phrase, in words.
    package let longestPhrase = 6

    /// Word facts the scans of earlier documents remembered, free for the next.
    private let spareFacts = Mutex<[WordFacts]>([])

    init() {}

    /// Word facts for one scan, remembered from the scans before it: a
    /// folder's essays share most of their words, so a worker's later
    /// documents look few words up (the lookups were a tenth of a folder
    /// run's CPU, `perf record` over the ASAP essays). Give them back with
    /// `giveBack` when the scan is done; each is used by one scan at a time.
    package func borrowFacts() -> WordFacts {
        spareFacts.withLock { $0.popLast() } ?? WordFacts(self)
    }

    /// Takes back word facts from `borrowFacts`. Ones that remember more than
    /// 50,000 lookups are let go (a long-running server meets words without
    /// end; an essay looks up a few hundred).
    package func giveBack(_ facts: WordFacts) {
        guard facts.data === self, facts.remembered <= 50_000 else { return }
        spareFacts.withLock { $0.append(facts) }
    }

    /// The words of Lexicons/language/lack-labels.tsv by kind (adjective, person, place, damaged), in one pass; a
    /// person's or a place's with its plural.
    package func lackLabelFormsByKind() -> [String: [String]] {
        var out: [String: [String]] = [:]
        // Split as bytes: a split by Character breaks graphemes, which cost
        // a start-up 15 million instructions (callgrind, one essay) on this 7 KB file.
        for line in lackLabels.utf8.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: 0x09)
            guard fields.count >= 2 else { continue }
            let kind = String(decoding: fields[1], as: UTF8.self)
            let word = String(decoding: fields[0], as: UTF8.self)
            out[kind, default: []].append(word)
            if kind == "person" || kind == "place" { out[kind, default: []].append(word + "s") }
        }
        return out
    }

    /// The words of one kind ("adjective", "person", "place", "damaged").
    package func lackLabelForms(_ kind: String) -> [String] { lackLabelFormsByKind()[kind] ?? [] }

    /// Lower case, curly apostrophes straight.
    public static func normalize(_ word: String) -> String {
        // ASCII (most words): lower-cased byte by byte.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var out = ""
        out.reserveCapacity(word.utf8.count)
        for ch in word.lowercased() { out.append(ch == "\u{2019}" || ch == "\u{2018}" ? "'" : ch) }
        return out
    }

    /// Whether some key of the fixed phrases starts with `word` as its first
    /// word (followed by a space or a hyphen, or alone).
    package func phraseMayStart(with word: String) -> Bool {
        fixedPhrases.mayStart(with: word)
    }

    // MARK: construction words

    /// The words of one list of construction-words.yml.
    package func words(_ list: ConstructionList) -> Set<String> {
        LanguageData.constructionLists[list.rawValue] ?? []
    }

    /// The names of the lists construction-words.yml holds.
    package var constructionListNames: Set<String> { Set(LanguageData.constructionLists.keys) }

    /// construction-words.yml's table read once, by list. Read as bytes: splitting the text's UTF-8 view line by
    /// line cost 41.8 million instructions for the 25 lists (callgrind, one essay); this pass costs a small part of it.
    private static let constructionLists: [String: Set<String>] = {
        let bytes = Array(EmbeddedLanguageData.constructionWords.utf8)
        var lists: [String: Set<String>] = [:]
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start, bytes[start] != UInt8(ascii: "#"), let tab = bytes[start..<end].firstIndex(of: 0x09) {
                let word = String(decoding: bytes[start..<tab], as: UTF8.self)
                for name in bytes[(tab + 1)..<end].split(separator: UInt8(ascii: ",")) {
                    lists[String(decoding: name, as: UTF8.self), default: []].insert(word)
                }
            }
            start = end + 1
        }
        return lists
    }()

    // MARK: function words

    /// The closed-class roles of a word (lower case), empty for a content word.
    public func roles(_ word: String) -> FunctionRoles {
        guard let value = functionWords.value(word) else { return [] }
        var roles: FunctionRoles = []
        for name in value.split(separator: ",") {
            if let r = FunctionRoles.names[String(name)] { roles.insert(r) }
        }
        return roles
    }

    // MARK: word classes and lemmas

    /// The classes WordNet gives a lemma (lower case), empty when unknown.
    public func classesOfLemma(_ lemma: String) -> WordClasses {
        guard let value = wordClassTable.value(lemma) else { return [] }
        var classes: WordClasses = []
        for u in value.utf8 {
            switch u {
            case 0x6E: classes.insert(.noun)
            case 0x76: classes.insert(.verb)
            case 0x61: classes.insert(.adjective)
            case 0x72: classes.insert(.adverb)
            default: break
            }
        }
        return classes
    }

    /// The classes an inflected word may have: its own, and those its
    /// lemmas give it (a plural noun, a verb form, a comparative).
    public func classes(_ word: String) -> WordClasses {
        var classes = classesOfLemma(word)
        if !classes.contains(.noun), nounLemma(word) != nil { classes.insert(.noun) }
        // An inflected verb ends so, or is irregular ("went").
        if !classes.contains(.verb), classes.isEmpty || word.hasSuffix("s") || word.hasSuffix("ed") || word.hasSuffix("ing") || verbExceptions.value(word) != nil,
           verbLemma(word) != nil { classes.insert(.verb) }
        if !classes.contains(.adjective), word.hasSuffix("er") || word.hasSuffix("est"), let (base, _) = adjectiveBase(word), base != word {
            classes.insert(.adjective)
        }
        return classes
    }

    /// The noun lemma of a word: an irregular plural's, the word's own, or a
    /// regular plural's (-ies, -es, -s, -men), when WordNet knows it as a noun.
    public func nounLemma(_ word: String) -> String? {
        if let lemmas = nounExceptions.value(word) { return String(lemmas.split(separator: ",").first ?? lemmas) }
        if nounCategories.value(word) != nil || overrides.value(word) != nil { return word }
        // Compounds of -man and -woman that noun.exc lacks: "freshmen", "fishermen", "councilwomen".
        for (suffix, replacement) in [("ies", "y"), ("ves", "f"), ("ves", "fe"), ("es", ""), ("s", ""), ("men", "man")] where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            let stem = String(word.dropLast(suffix.count)) + replacement
            if nounCategories.value(stem) != nil || overrides.value(stem) != nil { return stem }
        }
        return nil
    }

    /// The verb lemma of a word: an irregular form's, the word's own, or a
    /// regular form's (-s, -es, -ies, -ed, -ied, -ing, doubled consonants).
    public func verbLemma(_ word: String) -> String? {
        if let lemmas = verbExceptions.value(word) { return String(lemmas.split(separator: ",").first ?? lemmas) }
        if classesOfLemma(word).contains(.verb) { return word }
        let rules: [(String, String)] = [("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")]
        for (suffix, replacement) in rules where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            var stem = String(word.dropLast(suffix.count))
            if classesOfLemma(stem + replacement).contains(.verb) { return stem + replacement }
            // "planned", "running": a doubled final consonant.
            if replacement.isEmpty, suffix == "ed" || suffix == "ing", let last = stem.last, stem.dropLast().last == last {
                stem.removeLast()
                if classesOfLemma(stem).contains(.verb) { return stem }
            }
        }
        return nil
    }

    public enum Degree: Sendable { case positive, comparative, superlative }

    /// An adjective's base and degree ("poorest": poor, superlative;
    /// "neediest": needy; "biggest": big), when WordNet knows the base as an
    /// adjective.
    public func adjectiveBase(_ word: String) -> (String, Degree)? {
        if classesOfLemma(word).contains(.adjective) { return (word, .positive) }
        for (suffix, replacement, degree) in [("iest", "y", Degree.superlative), ("est", "", .superlative), ("est", "e", .superlative),
                                              ("ier", "y", .comparative), ("er", "", .comparative), ("er", "e", .comparative)]
        where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            var stem = String(word.dropLast(suffix.count))
            if classesOfLemma(stem + replacement).contains(.adjective) { return (stem + replacement, degree) }
            if replacement.isEmpty, let last = stem.last, stem.dropLast().last == last {
                stem.removeLast()
                if classesOfLemma(stem).contains(.adjective) { return (stem, degree) }
            }
        }
        return nil
    }

    // MARK: noun categories

    /// The category of a noun (any inflection): the overrides first, then the
    /// first WordNet sense's category mapped to a class.
    public func category(ofNoun word: String) -> NounCategory? {
        if let value = overrides.value(word) { return NounCategory(rawValue: String(value)) }
        if let stem = singular(word) { return category(ofLemma: stem) }
        guard let lemma = nounLemma(word) else { return nil }
        return category(ofLemma: lemma)
    }

    /// A plural that is also a lemma of its own ("teens", the years; "devices", as in one's own devices) is read as
    /// the plural of its singular ("routes" a route's, not a rout's).
    func singular(_ word: String) -> String? {
        guard word.hasSuffix("s"), nounExceptions.value(word) == nil else { return nil }
        for (suffix, replacement) in [("ies", "y"), ("s", ""), ("es", "")] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let stem = String(word.dropLast(suffix.count)) + replacement
            if overrides.value(stem) != nil || nounCategories.value(stem) != nil { return stem }
        }
        return nil
    }

    func category(ofLemma lemma: String) -> NounCategory? {
        if let value = overrides.value(lemma) { return NounCategory(rawValue: String(value)) }
        if communityPlaces.value(lemma) != nil { return .place }
        guard let line = nounCategories.value(lemma) else { return nil }
        let first = line.split(separator: "\t", omittingEmptySubsequences: false).first ?? line
        return wordnetClasses.value(String(first)).flatMap { NounCategory(rawValue: String($0)) }
    }

    /// Every WordNet category of a noun lemma's senses, the first sense's first ("act", "artifact", …).
    package func wordnetCategories(ofLemma lemma: String) -> [Substring] {
        guard let line = nounCategories.value(lemma) else { return [] }
        return line.split(separator: "\t").flatMap { $0.split(separator: ",") }
    }

    /// Is the verb lemma one of providing, serving, schooling, housing or banking?
    package func isProvisionVerb(_ lemma: String) -> Bool { provisionVerbs.value(lemma) != nil }

    // MARK: fixed phrases

    /// The fixed phrase written exactly so (lower-case words, single spaces).
    public func fixedPhrase(_ words: String) -> FixedPhrase? {
        guard let value = fixedPhrases.value(words) else { return nil }
        let fields = value.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 3 else { return nil }
        return FixedPhrase(words: words, kind: String(fields[0]), terms: fields[1].split(separator: ",").map(String.init),
                           reason: String(fields[2]))
    }
}

/// Lookups remembered: a word met again costs a dictionary lookup, not a
/// halving of the tables. Used by one scan at a time: `LanguageData`'s spares
/// are handed out and taken back under its lock (hence unchecked).
public final class WordFacts: @unchecked Sendable {
    public let data: LanguageData
    private var classesMemo: [String: WordClasses] = [:]
    private var rolesMemo: [String: FunctionRoles] = [:]
    private var categoryMemo: [String: NounCategory?] = [:]
    private var verbMemo: [String: String?] = [:]

    public init(_ data: LanguageData = .embedded) {
        self.data = data
        // A few hundred words are looked up in an essay: no growing on the way.
        classesMemo.reserveCapacity(256)
        rolesMemo.reserveCapacity(256)
        categoryMemo.reserveCapacity(128)
        verbMemo.reserveCapacity(128)
    }

    /// Whether some fixed phrase opens with this word.
    public func phraseMayStart(with word: String) -> Bool { data.phraseMayStart(with: word) }

    /// How many words it remembers.
    var remembered: Int { classesMemo.count + rolesMemo.count + categoryMemo.count + verbMemo.count }

    public func classes(_ word: String) -> WordClasses {
        if let c = classesMemo[word] { return c }
        let c = data.classes(word)
        classesMemo[word] = c
        return c
    }

    public func roles(_ word: String) -> FunctionRoles {
        if let r = rolesMemo[word] { return r }
        let r = data.roles(word)
        rolesMemo[word] = r
        return r
    }

    public func category(ofNoun word: String) -> NounCategory? {
        if let c = categoryMemo[word] { return c }
        let c = data.category(ofNoun: word)
        categoryMemo[word] = c
        return c
    }

    public func verbLemma(_ word: String) -> String? {
        if let v = verbMemo[word] { return v }
        let v = data.verbLemma(word)
        verbMemo[word] = v
        return v
    }

    public func adjectiveBase(_ word: String) -> (String, LanguageData.Degree)? { data.adjectiveBase(word) }
    public func nounLemma(_ word: String) -> String? { data.nounLemma(word) }
    /// WordNet's categories of the noun's senses, most frequent first ("heart": cognition, body, …).
    package func wordnetCategories(ofNoun word: String) -> [Substring] {
        data.wordnetCategories(ofLemma: data.singular(word) ?? data.nounLemma(word) ?? word)
    }
    /// Is the lower-case word the name of a language ("spanish")?
    package func isLanguageName(_ word: String) -> Bool { data.languageNames.value(word) != nil }
}
