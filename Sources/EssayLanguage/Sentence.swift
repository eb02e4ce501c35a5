import EssayCore
import EssayText

/// A word of a sentence as the language layer reads it.
public struct Token: Sendable {
    /// Index into the analysis's words.
    public var word: Int
    /// UTF-16 range in the source.
    public var range: Range<Int>
    /// Lower case, curly apostrophes straight.
    public var text: String
    public var capitalised: Bool
    public var number: Bool
    /// The characters between the previous word and this one, spaces left out.
    public var before: String
    /// A line break between the previous word and this one (or the sentence's first word).
    public var lineStart: Bool
    /// Joined to the previous word by a hyphen ("needs-based").
    public var hyphenBefore: Bool
    /// Punctuation that ends a clause stands before it (a comma, a colon, a dash, a bracket, a quotation mark, "=").
    public var breakBefore = false
    /// Only a comma stands before it.
    public var commaBefore = false
}

/// A rough part of speech, read from the word lists and the neighbours.
public enum Tag: Sendable, Hashable {
    case determiner, possessive, pronoun, preposition, conjunction, subordinator, relative
    case be, have, doVerb, modal, negation, to
    case adverb, adjective, noun, verb, number, name
}

/// What a head word names.
public enum Referent: Sendable, Equatable {
    /// The applicant (I, me, my) or their own team (we, our).
    case applicant
    /// A noun of this category.
    case category(NounCategory)
    /// A proper name that is neither an organisation's nor a thing's: a person or a place.
    case name
    /// Anyone at all (everyone, someone, you).
    case generic

    /// People: a person, a group, a place standing for its community, or a name.
    public var isPeople: Bool {
        switch self {
        case .category(let c): return c.isPeople
        case .name: return true
        default: return false
        }
    }

    public var described: String {
        switch self {
        case .applicant: return "the applicant"
        case .category(let c): return c.described
        case .name: return "a named person or place"
        case .generic: return "anyone"
        }
    }
}

/// One sentence, its words and what the language layer reads in them: word
/// classes, phrase heads, subjects and complements, proper names.
/// Tags and referents are worked out for the words asked about.
public final class Sentence {
    public let tokens: [Token]
    public let range: Range<Int>
    /// Whether the sentence lies in a heading (capitals mean nothing there).
    public let inHeading: Bool
    /// The word lookups, remembered across the document's sentences.
    let data: WordFacts
    private var tagCache: [Tag?]
    /// The words whose tag is being decided (see `tag`).
    private var tagging: [Bool]
    /// How many words from the start have been asked for their tag in order (see `tag`).
    private var taggedPrefix = 0
    /// The sentence before, for pronouns whose antecedent lies there.
    public var previous: Sentence? {
        if let loader = previousLoader {
            previousLoader = nil
            loadedPrevious = loader()
        }
        return loadedPrevious
    }
    /// Reads the sentence before when a pronoun first needs it.
    package var previousLoader: (() -> Sentence?)?
    private var loadedPrevious: Sentence?
    /// Lets the sentence before go: its loader holds the scan's cache of sentences, which holds this one.
    package func releasePrevious() {
        previousLoader = nil
        loadedPrevious = nil
    }
    package var previousArranged = false
    /// Which words are written in capitals only ("MCDC").
    let acronyms: [Bool]

    package init(tokens: [Token], range: Range<Int>, inHeading: Bool, data: WordFacts) {
        self.tokens = tokens
        self.range = range
        self.inHeading = inHeading
        self.data = data
        tagCache = [Tag?](repeating: nil, count: tokens.count)
        tagging = [Bool](repeating: false, count: tokens.count)
        acronyms = tokens.map { _ in false }
    }

    init(tokens: [Token], range: Range<Int>, inHeading: Bool, data: WordFacts, acronyms: [Bool]) {
        self.tokens = tokens
        self.range = range
        self.inHeading = inHeading
        self.data = data
        tagCache = [Tag?](repeating: nil, count: tokens.count)
        tagging = [Bool](repeating: false, count: tokens.count)
        self.acronyms = acronyms
    }

    /// The sentence's words, read from the document (at most `limit` words
    /// either side of `around`, for very long "sentences" such as lists).
    /// Words a reading needs on each side of a term: a window of a long sentence that leaves fewer is read again.
    package static let margin = 20

    package static func read(_ range: Range<Int>, around word: Int, analysis: TextAnalysis, source: [UInt16], text: [UInt16],
                             inHeading: Bool, data: WordFacts, limit: Int = 40) -> Sentence {
        let indices = analysis.wordIndices(in: range)
        let lower = max(indices.lowerBound, word - limit)
        let upper = min(indices.upperBound, word + limit + 1)
        var tokens: [Token] = []
        tokens.reserveCapacity(upper - lower)
        let words = analysis.words
        for i in lower..<max(lower, upper) {
            let w = words[i]
            let original = SourceText.string(source[w.range])
            var before = ""
            var lineStart = i == lower
            var hyphen = false
            if i > lower {
                let gap = text[Int(words[i - 1].end)..<max(Int(words[i - 1].end), Int(w.start))]
                for u in gap where !isSpace(u) && u != Document.wordJoiner { before.append(Character(Unicode.Scalar(u) ?? " ")) }
                if gap.contains(0x0A) { lineStart = true }
                hyphen = before == "-" || before == "\u{2010}" || before == "\u{2011}"
            }
            // "families' needs": the apostrophe after a plural belongs to the word before.
            if let last = tokens.last, last.text.hasSuffix("s"), before.hasPrefix("'") || before.hasPrefix("\u{2019}") {
                tokens[tokens.count - 1].text += "'"
                before.removeFirst()
            }
            let first = original.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
            var token = Token(word: i, range: w.range, text: LanguageData.normalize(original), capitalised: first,
                              number: w.isNumber, before: before, lineStart: lineStart, hyphenBefore: hyphen)
            token.breakBefore = !before.isEmpty && before.contains(where: { Sentence.clausePunctuation.contains($0) })
            // A time or a ratio ("6:50", "3:1") is one phrase, not two clauses.
            if before == ":", w.isNumber, tokens.last?.number == true, !lineStart { token.breakBefore = false }
            token.commaBefore = before == ","
            tokens.append(token)
        }
        let acronyms = tokens.map { t -> Bool in
            let units = Array(source[t.range])
            func upper(_ u: UInt16) -> Bool { u >= 0x41 && u <= 0x5A }
            func lower(_ u: UInt16) -> Bool { u >= 0x61 && u <= 0x7A }
            if units.count >= 2, units.allSatisfy({ upper($0) || $0 == 0x27 || $0 == 0x2019 || $0 == 0x73 }), units.filter(upper).count >= 2 {
                return true
            }
            // A product's or a company's name with a capital inside ("GitHub", "PowerPoint", "WhatsApp"); not a
            // surname whose prefix is capitalised ("McNeil", "DeShawn", "MacArthur": the capital comes within three letters).
            guard units.count >= 5, upper(units[0]), units[1...].allSatisfy({ upper($0) || lower($0) }) else { return false }
            return (3..<units.count).contains { upper(units[$0]) && lower(units[$0 - 1]) } && !units.starts(with: Array("Mac".utf16))
        }
        // A sentence written in capitals: capitals mean nothing in it, as in a heading.
        let shouting = acronyms.filter { $0 }.count * 2 >= max(2, tokens.filter { !$0.number }.count)
        let sentence = Sentence(tokens: tokens, range: range, inHeading: inHeading || shouting, data: data,
                                acronyms: shouting ? acronyms.map { _ in false } : acronyms)
        if let last = tokens.last, last.range.upperBound < range.upperBound {
            sentence.isQuestion = text[last.range.upperBound..<min(range.upperBound, text.count)].contains(0x3F)
        }
        return sentence
    }

    /// The sentence ends with a question mark: it asks, it does not describe.
    public var isQuestion = false

    /// The token of an analysis word.
    public func index(ofWord word: Int) -> Int? {
        guard let first = tokens.first, word >= first.word, word - first.word < tokens.count else { return nil }
        return word - first.word
    }

    public func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    /// Punctuation that ends a clause stands between `i - 1` and `i`.
    public func clauseBreak(before i: Int) -> Bool {
        guard i > 0, i < tokens.count else { return true }
        return tokens[i].lineStart || tokens[i].breakBefore
    }

    /// The punctuation that ends a clause.
    static let clausePunctuation: Set<Character> = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "=", "\"", "\u{201C}", "\u{201D}", ">"]

    /// Only a comma (or nothing) between `i - 1` and `i`.
    func commaOnly(before i: Int) -> Bool {
        guard i > 0, i < tokens.count, !tokens[i].lineStart else { return false }
        return tokens[i].commaBefore
    }

    /// Is a dash alone (— or –) before the word? A pair of them encloses an aside as commas do.
    /// The word after the comma that closes an aside opening with a comma before `open`, within `reach` words and with no
    /// other break inside: "Broken, after three winters in that building, is …" gives the index of "is".
    func asideEnd(opening open: Int, reach: Int) -> Int? {
        guard open < tokens.count, commaOnly(before: open),
              let close = (open + 1..<min(tokens.count, open + reach)).first(where: { commaOnly(before: $0) }),
              !(open + 1..<close).contains(where: { clauseBreak(before: $0) }) else { return nil }
        return close
    }

    func dashOnly(before i: Int) -> Bool {
        guard i > 0, i < tokens.count, !tokens[i].lineStart else { return false }
        return tokens[i].before == "\u{2014}" || tokens[i].before == "\u{2013}"
    }

    /// A word at the start of the sentence or of a line, where capitals mean nothing.
    public func startsLine(_ i: Int) -> Bool {
        guard i < tokens.count else { return false }
        if i == 0 || tokens[i].lineStart { return true }
        let b = tokens[i].before
        return b.hasSuffix(":") || b.hasSuffix("\"") || b.hasSuffix("\u{201C}") || b.hasSuffix("(") || b.hasSuffix("-") && !tokens[i].hyphenBefore
    }

    // MARK: tags

    public func tag(_ i: Int) -> Tag {
        if let t = tagCache[i] { return t }
        // A word's tag may read other words' tags that come back to it (a parenthesis that asks who a subject is, in a
        // run of commas): asked again while it is being decided, the word alone decides.
        if tagging[i] { return lexicalTag(i) }
        // The words before it are tagged first, in order, so that a tag never depends on which word was asked about first.
        while taggedPrefix < i {
            let j = taggedPrefix
            taggedPrefix += 1
            if tagCache[j] == nil, !tagging[j] { _ = tag(j) }
        }
        if let t = tagCache[i] { return t }
        tagging[i] = true
        let t = computeTag(i)
        tagging[i] = false
        tagCache[i] = t
        return t
    }

    /// A tag from the word alone, for looking ahead (the tag of a word
    /// reads the word before it, so looking ahead with `tag` would loop).
    func lexicalTag(_ i: Int) -> Tag {
        if let t = tagCache[i] { return t }
        let token = tokens[i]
        let w = token.text
        if token.number || (Sentence.numberWords.contains(w) && w != "one") { return .number }
        if inAdverbialPhrase(i) { return .adverb }
        if w == "to" { return .to }
        if isTimeOfDay(i) { return .number }
        if Sentence.possessiveWords.contains(w) { return .possessive }
        if w == "will", i > 0, !clauseBreak(before: i), willIsNoun(after: i - 1) { return .noun }
        let roles = data.roles(w)
        if roles.contains(.contraction) { return roles.contains(.negation) ? .negation : .pronoun }
        if !roles.isEmpty {
            if Sentence.beWords.contains(w) { return .be }
            if Sentence.haveWords.contains(w) { return .have }
            if roles.contains(.modal) { return .modal }
            if roles.contains(.determiner) { return .determiner }
            if roles.contains(.pronoun) { return .pronoun }
            // A particle before "here" or "there" is an adverb of place with it: "families out there", "up here".
            if roles.contains(.preposition), i + 1 < tokens.count, ["here", "there"].contains(tokens[i + 1].text), !clauseBreak(before: i + 1),
               ["out", "up", "down", "over", "back", "in", "around"].contains(w) { return .adverb }
            if roles.contains(.preposition) { return .preposition }
            return .conjunction
        }
        if isPossessiveForm(w) { return .possessive }
        if Sentence.placeAdverbs.contains(w) { return .adverb }
        if isTownPart(i) { return .noun }
        if token.capitalised && !startsLine(i) && !inHeading { return .name }
        let classes = data.classes(w)
        if classes.isEmpty { return w.hasSuffix("ly") ? .adverb : w.hasSuffix("ed") || w.hasSuffix("ing") ? .verb : .noun }
        if classes.contains(.noun) { return .noun }
        if classes.contains(.adjective) { return .adjective }
        if classes.contains(.verb) { return .verb }
        return .adverb
    }

    static let possessiveWords = LanguageData.embedded.words(.possessiveWords)
    static let beWords = LanguageData.embedded.words(.beWords)
    private static let haveWords = LanguageData.embedded.words(.haveWords)
    private static let doWords = LanguageData.embedded.words(.doWords)

    /// Adverbs of place and time that WordNet also lists as nouns ("families here").
    static let placeAdverbs = LanguageData.embedded.words(.placeAdverbs)

    /// Verbs of motion, whose "to" leads to a place ("come to school").
    static let motionVerbs = LanguageData.embedded.words(.motionVerbs)

    /// Adjectives that name people after "the" ("the grieving").
    static let nominalPeople = LanguageData.embedded.words(.nominalPeople)

    /// Numbers written as words.
    static let numberWords = LanguageData.embedded.words(.numberWords)

    /// Fixed adverbials of more than one word ("in particular", "by and large"), by each word they hold.
    private static let adverbialPhrases: [String: [[String]]] = {
        var byWord: [String: [[String]]] = [:]
        for phrase in LanguageData.embedded.words(.adverbialPhrases) {
            let words = phrase.split(separator: " ").map(String.init)
            for w in Set(words) { byWord[w, default: []].append(words) }
        }
        return byWord
    }()

    /// The word is one of a fixed adverbial of more than one word, unbroken by punctuation: an adverb, whatever
    /// its words are alone ("teenagers in particular struggle": not a struggle that is particular).
    func inAdverbialPhrase(_ i: Int) -> Bool {
        let w = tokens[i].text
        guard let phrases = Sentence.adverbialPhrases[w] else { return false }
        for words in phrases {
            for (o, word) in words.enumerated() where word == w {
                let start = i - o
                guard start >= 0, start + words.count <= tokens.count else { continue }
                if words.indices.allSatisfy({ tokens[start + $0].text == words[$0] && ($0 == 0 || !clauseBreak(before: start + $0)) }) {
                    return true
                }
            }
        }
        return false
    }

    private func computeTag(_ i: Int) -> Tag {
        let token = tokens[i]
        let w = token.text
        if token.number || (Sentence.numberWords.contains(w) && w != "one") { return .number }
        if inAdverbialPhrase(i) { return .adverb }
        if w == "to" { return .to }
        // "came home", "sent home": after a verb of motion, where to.
        if w == "home", i > 0, !clauseBreak(before: i), Sentence.motionVerbs.contains(tokens[i - 1].text) { return .adverb }
        if isTimeOfDay(i) { return .number }
        if Sentence.possessiveWords.contains(w) {
            // "her" before a noun or adjective is possessive, else an object.
            if w == "her", i + 1 < tokens.count, clauseBreak(before: i + 1) || ![.noun, .adjective, .name, .adverb].contains(lexicalTag(i + 1)) { return .pronoun }
            return .possessive
        }
        if w == "will", i > 0, !clauseBreak(before: i), willIsNoun(after: i - 1) { return .noun }
        let roles = data.roles(w)
        if roles.contains(.contraction) {
            return roles.contains(.negation) || w.hasSuffix("n't") ? .negation : .pronoun
        }
        if !roles.isEmpty, !(roles == .mayBeName && token.capitalised && !startsLine(i)) {
            if Sentence.beWords.contains(w) { return .be }
            if Sentence.haveWords.contains(w) { return .have }
            if Sentence.doWords.contains(w) { return .doVerb }
            if roles.contains(.modal) { return .modal }
            if w == "who" || w == "whom" || w == "which" { return .relative }
            if w == "that" {
                if i > 0, !clauseBreak(before: i), [.noun, .name, .pronoun].contains(tag(i - 1)) { return .relative }
                if i + 1 < tokens.count, !clauseBreak(before: i + 1), [.noun, .adjective].contains(lexicalTag(i + 1)) { return .determiner }
                return .subordinator
            }
            if roles.contains(.negation) { return .negation }
            if roles.contains(.determiner) { return .determiner }
            if roles.contains(.pronoun) { return .pronoun }
            if roles.contains(.preposition) { return .preposition }
            if roles.contains(.conjunction) { return .conjunction }
            if roles.contains(.subordinator) { return .subordinator }
            if roles.contains(.relative) { return .relative }
        }
        if isPossessiveForm(w) { return .possessive }
        if Sentence.placeAdverbs.contains(w) { return .adverb }
        if isTownPart(i) { return .noun }
        if token.capitalised && !startsLine(i) && !inHeading { return .name }
        // People named by an adjective after "the", with no noun after it: "the grieving are …".
        // (Not before a plural that can be a noun: "the old pages", whatever the tables make of "pages".)
        if i > 0, tokens[i - 1].text == "the", Sentence.nominalPeople.contains(w),
           i + 1 >= tokens.count || clauseBreak(before: i + 1) || ![.noun, .adjective, .name].contains(lexicalTag(i + 1))
            && !(tokens[i + 1].text.hasSuffix("s") && data.classes(tokens[i + 1].text).contains(.noun)) {
            return .noun
        }
        // The second part of a compound noun spelt with a hyphen, closed or not: "grown-ups", "care-givers", "walk-ups".
        if token.hyphenBefore, i > 0, data.category(ofNoun: tokens[i - 1].text + w) ?? data.category(ofNoun: tokens[i - 1].text + "-" + w) != nil {
            return .noun
        }
        // A past participle after "get" is its passive, never a noun: "the papers got lost in the cracks".
        if i > 0, !clauseBreak(before: i), ["get", "gets", "got", "gotten", "getting"].contains(tokens[i - 1].text),
           let lemma = data.verbLemma(w), lemma != w, w.hasSuffix("ed") || w.hasSuffix("en") || w.hasSuffix("t") {
            return .verb
        }
        // "first" after a noun and before no noun: an adverb ("reach the struggling parents first").
        if w == "first", i > 0, !clauseBreak(before: i), [.noun, .name].contains(tag(i - 1)),
           i + 1 >= tokens.count || clauseBreak(before: i + 1) || ![.noun, .adjective].contains(lexicalTag(i + 1)) {
            return .adverb
        }
        // "left" after a noun and before a phrase of place or time is the participle of "leave", never the side: "kibbeh
        // left on the pass is at risk of drying out", "the chairs left in the hall".
        if w == "left", i > 0, i + 1 < tokens.count, !clauseBreak(before: i), !clauseBreak(before: i + 1), [.noun, .name].contains(tag(i - 1)),
           ["on", "in", "at", "for", "with", "by", "from", "under", "inside", "outside", "near", "beside", "after", "until", "overnight"].contains(tokens[i + 1].text) {
            return .verb
        }
        // An adverb before one of place or time, whatever else it may be: "poor back then", "right now".
        if i + 1 < tokens.count, Sentence.placeAdverbs.contains(tokens[i + 1].text), !clauseBreak(before: i + 1), data.classes(w).contains(.adverb),
           i == 0 || ![.determiner, .possessive].contains(tag(i - 1)) {
            return .adverb
        }
        // A quantifier standing alone before its verb ("and plenty are struggling"), as "most" and "many" do.
        if Sentence.standaloneQuantifiers.contains(w), i + 1 < tokens.count, !clauseBreak(before: i + 1),
           [.be, .modal, .have].contains(lexicalTag(i + 1)) {
            return .determiner
        }
        var previous: Tag? = i > 0 && !clauseBreak(before: i) ? tag(i - 1) : nil
        // Past adverbs: "the project also needs volunteers".
        var p = i - 1
        while previous == .adverb, p > 0, !clauseBreak(before: p) {
            p -= 1
            previous = tag(p)
        }
        return contentTag(i, previous: previous, at: p)
    }

    /// Words that name a part of a town with "side" or "end": "the east side", "the far end".
    static let townDirections: Set<String> = ["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "far"]

    /// A part of a town after its direction is a noun, never a modifier of the word after it: "Residents on the east
    /// side struggle to get to services".
    func isTownPart(_ i: Int) -> Bool {
        ["side", "sides", "end", "ends"].contains(tokens[i].text) && i > 0 && !clauseBreak(before: i)
            && (Sentence.townDirections.contains(tokens[i - 1].text) || ["other", "wrong", "upper", "lower"].contains(tokens[i - 1].text))
    }

    /// A plural that takes no "-s", told by its lemma: "men", "women", "geese".
    func isIrregularPlural(_ word: String) -> Bool {
        data.nounLemma(word).map { $0 != word && !$0.hasSuffix("s") } == true
    }

    /// A time of day is read as a number: "the 6:50 a.m. bus", "at 7 am" ("am" after a number is no form of "be").
    func isTimeOfDay(_ i: Int) -> Bool {
        let w = tokens[i].text
        return ["a.m", "p.m", "a.m.", "p.m."].contains(w) || (["am", "pm"].contains(w) && i > 0 && tokens[i - 1].number)
    }

    /// "free will", "the will to act", "political will": "will" after an article, a possessive or an adjective is
    /// the noun ("the community will", "that will" are the modal: no adjective, a function word).
    func willIsNoun(after p: Int) -> Bool {
        let previous = tokens[p].text
        if Sentence.possessiveWords.contains(previous) || ["the", "a", "an"].contains(previous) { return true }
        return data.roles(previous).isEmpty && data.classes(previous).contains(.adjective)
    }

    /// "families'", "county's" (not a contraction such as "it's").
    func isPossessiveForm(_ w: String) -> Bool {
        (w.hasSuffix("'s") && w.count > 2) || (w.hasSuffix("s'") && w.count > 2)
    }

    /// The owner in a possessive form: "county's" -> "county", "families'" -> "families".
    public func possessor(_ w: String) -> String {
        if w.hasSuffix("'s") { return String(w.dropLast(2)) }
        if w.hasSuffix("'") { return String(w.dropLast()) }
        return w
    }

    public func isNominal(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tag(i)
        return t == .noun || t == .name
    }

}
