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
    package var previousArranged = false
    /// Which words are written in capitals only ("MCDC").
    let acronyms: [Bool]

    package init(tokens: [Token], range: Range<Int>, inHeading: Bool, data: WordFacts) {
        self.tokens = tokens
        self.range = range
        self.inHeading = inHeading
        self.data = data
        tagCache = [Tag?](repeating: nil, count: tokens.count)
        acronyms = tokens.map { _ in false }
    }

    init(tokens: [Token], range: Range<Int>, inHeading: Bool, data: WordFacts, acronyms: [Bool]) {
        self.tokens = tokens
        self.range = range
        self.inHeading = inHeading
        self.data = data
        tagCache = [Tag?](repeating: nil, count: tokens.count)
        self.acronyms = acronyms
    }

    /// The sentence's words, read from the document (at most `limit` words
    /// either side of `around`, for very long "sentences" such as lists).
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
            token.commaBefore = before == ","
            tokens.append(token)
        }
        let acronyms = tokens.map { t -> Bool in
            let units = source[t.range]
            return units.count >= 2 && units.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x27 || $0 == 0x2019 || $0 == 0x73 }
                && units.filter { $0 >= 0x41 && $0 <= 0x5A }.count >= 2
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
        let t = computeTag(i)
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
        if w == "to" { return .to }
        if Sentence.possessiveWords.contains(w) { return .possessive }
        let roles = data.roles(w)
        if roles.contains(.contraction) { return roles.contains(.negation) ? .negation : .pronoun }
        if !roles.isEmpty {
            if Sentence.beWords.contains(w) { return .be }
            if Sentence.haveWords.contains(w) { return .have }
            if roles.contains(.modal) { return .modal }
            if roles.contains(.determiner) { return .determiner }
            if roles.contains(.pronoun) { return .pronoun }
            if roles.contains(.preposition) { return .preposition }
            return .conjunction
        }
        if isPossessiveForm(w) { return .possessive }
        if Sentence.placeAdverbs.contains(w) { return .adverb }
        if token.capitalised && !startsLine(i) && !inHeading { return .name }
        let classes = data.classes(w)
        if classes.isEmpty { return w.hasSuffix("ly") ? .adverb : w.hasSuffix("ed") || w.hasSuffix("ing") ? .verb : .noun }
        if classes.contains(.noun) { return .noun }
        if classes.contains(.adjective) { return .adjective }
        if classes.contains(.verb) { return .verb }
        return .adverb
    }

    private static let possessiveWords: Set<String> = ["my", "our", "their", "his", "its", "your", "whose", "her"]
    private static let beWords: Set<String> = ["be", "am", "is", "are", "was", "were", "been", "being", "'m", "'re", "'s"]
    private static let haveWords: Set<String> = ["have", "has", "had", "having"]
    private static let doWords: Set<String> = ["do", "does", "did"]

    /// Adverbs of place and time that WordNet also lists as nouns ("families here").
    static let placeAdverbs: Set<String> = ["here", "there", "now", "then", "today", "tonight", "yesterday", "tomorrow", "nowadays", "upstairs", "downstairs", "abroad", "overseas"]

    /// Verbs of motion, whose "to" leads to a place ("come to school").
    static let motionVerbs: Set<String> = ["come", "comes", "came", "coming", "go", "goes", "went", "going", "gone", "walk", "walks", "walked",
                                           "return", "returns", "returned", "bring", "brings", "brought", "get", "gets", "got", "move", "moved",
                                           "drive", "drove", "ride", "rode", "head", "headed", "travel", "travelled", "traveled", "arrive", "arrived",
                                           "show", "showed", "send", "sent", "take", "took", "taken"]

    /// Numbers written as words.
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                                           "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                                           "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
                                           "thousand", "thousands", "dozen", "dozens", "million", "millions", "half"]

    private func computeTag(_ i: Int) -> Tag {
        let token = tokens[i]
        let w = token.text
        if token.number || (Sentence.numberWords.contains(w) && w != "one") { return .number }
        if w == "to" { return .to }
        if Sentence.possessiveWords.contains(w) {
            // "her" before a noun or adjective is possessive, else an object.
            if w == "her", i + 1 < tokens.count, clauseBreak(before: i + 1) || ![.noun, .adjective, .name, .adverb].contains(lexicalTag(i + 1)) { return .pronoun }
            return .possessive
        }
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
        if token.capitalised && !startsLine(i) && !inHeading { return .name }
        var previous: Tag? = i > 0 && !clauseBreak(before: i) ? tag(i - 1) : nil
        // Past adverbs: "the project also needs volunteers".
        var p = i - 1
        while previous == .adverb, p > 0, !clauseBreak(before: p) {
            p -= 1
            previous = tag(p)
        }
        return contentTag(i, previous: previous, at: p)
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

    /// The class of a content word, from the tables and the word before.
    private func contentTag(_ i: Int, previous: Tag?, at previousIndex: Int? = nil) -> Tag {
        let w = tokens[i].text
        let classes = data.classes(w)
        if w.hasSuffix("ly"), classes.isEmpty || classes.contains(.adverb) && !classes.contains(.noun) { return .adverb }
        if classes.isEmpty {
            if w.hasSuffix("ed") { return previous == .determiner || previous == .possessive ? .adjective : .verb }
            if w.hasSuffix("ing") { return .verb }
            return .noun
        }
        if classes == .adverb { return .adverb }
        if classes == .adjective || classes == [.adjective, .adverb] { return .adjective }
        if classes == .noun { return .noun }
        if classes == .verb || classes == [.verb, .adverb] {
            if w.hasSuffix("ed") && (previous == .determiner || previous == .possessive || previous == .adverb) { return .adjective }
            return .verb
        }
        let nextTag: Tag? = i + 1 < tokens.count && !clauseBreak(before: i + 1) ? lexicalTag(i + 1) : nil
        switch previous {
        case .determiner?, .possessive?, .preposition?, .number?, .adjective?:
            // An adjective before its noun ("the real problem"), unless the next word is a verb in -s: then this is
            // the noun and that its verb ("THE CENTER SERVES").
            if classes.contains(.adjective), nextTag == .noun || nextTag == .name {
                let next = i + 1 < tokens.count ? tokens[i + 1].text : ""
                if !(classes.contains(.noun) && next.hasSuffix("s") && data.classes(next).contains(.verb)) { return .adjective }
            }
            if classes.contains(.noun) { return .noun }
            return classes.contains(.adjective) ? .adjective : .verb
        case .to? where classes.contains(.noun) && i > 1 && Sentence.motionVerbs.contains(tokens[i - 2].text):
            // The goal of a verb of motion: "come to school", "went to church".
            return .noun
        case .pronoun?, .modal?, .to?, .negation?, .doVerb?, .relative?:
            if classes.contains(.verb) { return .verb }
            return classes.contains(.adjective) ? .adjective : .noun
        case .be?:
            if classes.contains(.adjective) { return .adjective }
            if classes.contains(.verb), w.hasSuffix("ing") || w.hasSuffix("ed") { return .verb }
            return classes.contains(.noun) ? .noun : .verb
        case .noun?, .name?:
            // "families need", "Linwood struggles": a verb after a subject.
            // A person or group noun stays a noun ("tutor kids").
            if classes.contains(.noun), let c = data.category(ofNoun: w), c == .person || c == .group { return .noun }
            guard classes.contains(.verb), data.verbLemma(w) != nil else { return classes.contains(.noun) ? .noun : .adjective }
            guard classes.contains(.noun) else { return .verb }
            // Noun or verb after a noun, by agreement: "families need" (a plural and a plain verb), "a driver update"
            // (a singular and a plain noun), "the clinic needs volunteers" and "Linwood struggles with" (a singular and an
            // -s verb), "the program needs are" (a compound before a verb).
            let before = tokens[previousIndex ?? (i - 1)].text
            let pluralBefore = before.hasSuffix("s") && !before.hasSuffix("ss") || previous == .name && false
            if w.hasSuffix("s") && !w.hasSuffix("ss") {
                if pluralBefore { return .noun }
                // A verb takes an object or a preposition after it ("needs volunteers", "struggles with"); a
                // subject or a conjunction after it ("the language issues they face", "community needs because")
                // makes it a plural noun.
                let next = i + 1 < tokens.count && !clauseBreak(before: i + 1) ? tokens[i + 1].text : ""
                if ["them", "us", "me", "him", "it", "her"].contains(next) { return .verb }
                if [.determiner, .possessive, .number, .adjective, .noun, .name, .preposition, .to, .adverb].contains(nextTag) { return .verb }
                return .noun
            }
            if w.hasSuffix("ed") { return .verb }
            return pluralBefore || previous == .name ? .verb : .noun
        default:
            // After an apposition between commas, a verb with its object: "The clinic …, a volunteer-run clinic, needs volunteers".
            if previous == nil, commaOnly(before: i), classes.contains(.verb), w.hasSuffix("s"),
               [.determiner, .noun, .adjective, .possessive, .number].contains(nextTag) { return .verb }
            if classes.contains(.adjective), nextTag == .noun { return .adjective }
            if classes.contains(.noun) { return .noun }
            if classes.contains(.verb) { return .verb }
            return .adjective
        }
    }

    public func isNominal(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        let t = tag(i)
        return t == .noun || t == .name
    }

    // MARK: phrases

    private static let quantifiers: Set<String> = ["many", "most", "some", "all", "few", "lot", "lots", "none", "several", "one", "each",
                                                   "half", "majority", "number", "rest", "both", "any", "much", "more", "plenty", "dozens", "hundreds", "thousands", "two", "three", "four", "five"]

    /// The head of the noun phrase starting at `i`: determiners, numbers,
    /// adverbs, adjectives and possessors passed over, the last of a run of
    /// nouns taken ("the older tenants" -> tenants, "the metadata
    /// spreadsheet" -> spreadsheet, "the county's families" -> families).
    public func nounPhraseHead(from start: Int, limit: Int = 10) -> Int? {
        var j = start
        var head: Int?
        var steps = 0
        while j < tokens.count, steps < limit {
            steps += 1
            if j > start, clauseBreak(before: j) {
                // A list of modifiers: "at-risk, underserved and disadvantaged families".
                guard head == nil, commaOnly(before: j),
                      [.adjective].contains(lexicalTag(j)) || tokens[j].text.hasSuffix("ed") || (j + 1 < tokens.count && tokens[j + 1].hyphenBefore) else { break }
            }
            // A hyphenated compound: the parts before its last modify ("at-risk youth", "a needs-based model").
            if j + 1 < tokens.count, tokens[j + 1].hyphenBefore {
                j += 1
                continue
            }
            let t = tag(j)
            if head != nil {
                if t == .noun || t == .name || (tokens[j].hyphenBefore && !clauseBreak(before: j)) { head = j; j += 1; continue }
                // "the needs of the families": a possessive after the head ends it.
                break
            }
            if tokens[j].hyphenBefore {
                // The last part of a compound: a noun unless a noun (or a list of modifiers) follows.
                let listFollows = j + 1 < tokens.count && commaOnly(before: j + 1) && [.adjective, .verb].contains(lexicalTag(j + 1))
                head = (t == .noun || t == .name) && !listFollows ? j : nil
                j += 1
                continue
            }
            switch t {
            case .determiner, .number, .adverb, .adjective, .possessive, .negation:
                j += 1
            case .conjunction where tokens[j].text == "and" || tokens[j].text == "or":
                // Between modifiers: "poor and working families".
                j += 1
            case .pronoun where Sentence.quantifiers.contains(tokens[j].text) || tokens[j].text == "these" || tokens[j].text == "those":
                j += 1
            case .preposition where tokens[j].text == "of" && j > start && Sentence.quantifiers.contains(tokens[j - 1].text):
                // "many of the parents", "a lot of these kids".
                j += 1
            case .noun where Sentence.quantifiers.contains(tokens[j].text) && text(j + 1) == "of":
                j += 2
            case .verb where (tokens[j].text.hasSuffix("ed") || tokens[j].text.hasSuffix("ing")) && j + 1 < tokens.count
                && ((!clauseBreak(before: j + 1) && ([.noun, .name, .adjective].contains(lexicalTag(j + 1)) || ["and", "or"].contains(tokens[j + 1].text)))
                    || (commaOnly(before: j + 1) && [.adjective, .verb].contains(lexicalTag(j + 1)))):
                // "a working computer", "the elected board", "underserved, … families".
                j += 1
            case .noun, .name:
                head = j
                j += 1
            case .pronoun:
                return j
            default:
                return head
            }
        }
        return head
    }

    /// The first word of the noun phrase whose head is `head`.
    public func nounPhraseStart(_ head: Int) -> Int {
        var j = head
        while j > 0, !clauseBreak(before: j) {
            let t = tag(j - 1)
            if ["what", "which", "whatever", "whichever", "whose"].contains(tokens[j - 1].text) { break }
            if [.determiner, .number, .adverb, .adjective, .possessive, .noun, .name].contains(t) || tokens[j].hyphenBefore
                || (t == .pronoun && Sentence.quantifiers.contains(tokens[j - 1].text)) {
                j -= 1
            } else {
                break
            }
        }
        return j
    }

    private static let skippableBeforeVerb: Set<Tag> = [.adverb, .negation, .modal, .be, .have, .doVerb]

    /// The head of the subject of the verb (or copula) at `verb`: walking
    /// back over auxiliaries and adverbs ("did not", "here"), past a
    /// prepositional phrase ("People on Second Street need …"), out of a
    /// relative clause ("the parents who did not come are …"), and over a
    /// parenthesis between commas ("The families, as I put it, were …").
    public func subjectHead(of verb: Int) -> Int? {
        var j = verb - 1
        var crossed = false
        while j >= 0 {
            if clauseBreak(before: j + 1) {
                // A parenthesis between commas: jump to before its opening comma.
                guard commaOnly(before: j + 1), !crossed, j >= 1, let open = (1...j).reversed().first(where: { commaOnly(before: $0) }) else {
                    if j + 1 == verb { return nil }
                    break
                }
                crossed = true
                // An apposition renames the subject: "Clínica del Pueblo, a volunteer-run clinic on Ninth Street, needs …".
                if ["a", "an", "the"].contains(tokens[open].text), let h = nounPhraseHead(from: open), h <= j, open > 0, isNominal(open - 1) {
                    return h
                }
                j = open - 1
                continue
            }
            let t = tag(j)
            if Sentence.skippableBeforeVerb.contains(t) || (t == .pronoun && ["here", "there", "also", "all", "both"].contains(tokens[j].text)) {
                j -= 1
                continue
            }
            if tokens[j].text == "here" || tokens[j].text == "there" || tokens[j].text == "now" || tokens[j].text == "still" {
                j -= 1
                continue
            }
            break
        }
        guard j >= 0 else { return nil }
        let t = tag(j)
        if t == .noun || t == .name || t == .pronoun {
            return attachedHead(j)
        }
        // "parents who are disengaged": the noun the relative pronoun stands for.
        if t == .relative || (tokens[j].text == "that" && j > 0 && isNominal(j - 1)) {
            guard j > 0, !clauseBreak(before: j) || commaOnly(before: j), isNominal(j - 1) || tag(j - 1) == .pronoun else { return nil }
            return attachedHead(j - 1)
        }
        // A relative clause between the subject and its verb.
        var k = j
        while k > 0, !clauseBreak(before: k + 1) || k == j {
            if tag(k) == .relative || (tokens[k].text == "that" && k > 0 && isNominal(k - 1)) {
                let before = k - 1
                if before >= 0, !clauseBreak(before: k), isNominal(before) || tag(before) == .pronoun { return attachedHead(before) }
                return nil
            }
            if clauseBreak(before: k) { break }
            k -= 1
        }
        return nil
    }

    /// A noun phrase's head when it is itself the object of a preposition
    /// attached to an earlier noun ("People on Second Street" -> People);
    /// "many of them" -> them.
    func attachedHead(_ head: Int) -> Int {
        let start = nounPhraseStart(head)
        guard start > 0, !clauseBreak(before: start), tag(start - 1) == .preposition else { return head }
        let preposition = tokens[start - 1].text
        if preposition == "of", start >= 2, Sentence.quantifiers.contains(tokens[start - 2].text) { return head }
        guard ["on", "in", "at", "from", "of", "near", "around", "across", "along", "with", "above", "below", "beyond", "behind",
               "outside", "off", "by", "beside", "throughout", "inside", "under"].contains(preposition), start >= 2,
              !clauseBreak(before: start - 1), isNominal(start - 2) || tag(start - 2) == .pronoun else { return head }
        return attachedHead(start - 2)
    }

    /// The word after which a predicate begins: a copula ("is", "are",
    /// "seem", "=") before `i`, with adverbs and negation between.
    public func copula(before i: Int) -> Int? {
        var j = i - 1
        while j >= 0, !clauseBreak(before: j + 1), [.adverb, .negation].contains(tag(j)) || ["so", "very", "too", "most", "more", "really", "quite", "often", "largely", "mostly", "just", "also", "still", "all"].contains(tokens[j].text) { j -= 1 }
        guard j >= 0 else { return nil }
        // "Parents = disengaged".
        if tokens[j + 1].before == "=" { return j + 1 }
        if clauseBreak(before: j + 1) { return nil }
        let w = tokens[j].text
        if tag(j) == .be { return j }
        if let lemma = data.verbLemma(w), ["seem", "become", "remain", "appear", "feel", "look", "stay", "grow", "sound"].contains(lemma) { return j }
        return nil
    }

    /// Whether the subject found from a copula at `c` sits right before it
    /// ("=" copulas have no word of their own).
    public func subjectOfCopula(_ c: Int, predicate: Int) -> Int? {
        if c == predicate, tokens[c].before == "=" {
            var j = c - 1
            while j >= 0, !tokens[j + 1].lineStart, !isNominal(j) && tag(j) != .pronoun { j -= 1 }
            return j >= 0 && !tokens[j + 1].lineStart ? attachedHead(j) : nil
        }
        return subjectHead(of: c)
    }

    // MARK: referents

    private static let applicantWords: Set<String> = ["i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll"]
    private static let genericWords: Set<String> = ["everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "no-one", "one", "you", "your", "yourself", "each", "this", "that", "it", "which", "what", "something", "anything", "nothing", "everything"]
    private static let personPronouns: Set<String> = ["he", "she", "him", "his", "her", "hers", "himself", "herself"]
    private static let pluralPronouns: Set<String> = ["they", "them", "their", "theirs", "themselves", "these", "those", "who", "whom", "whose", "many", "most", "some", "all", "few", "both", "several", "others"]

    /// What the word at `i` names: the applicant, a noun's category, a name,
    /// or anyone; nil when unknown. Pronouns are resolved to the nearest
    /// earlier noun that can stand for them ("its" the city's, "they" the
    /// families).
    public func referent(_ i: Int) -> Referent? {
        guard i >= 0, i < tokens.count else { return nil }
        let w = tokens[i].text
        let owner = isPossessiveForm(w) ? possessor(w) : w
        if Sentence.applicantWords.contains(owner) { return .applicant }
        if Sentence.personPronouns.contains(owner) { return .category(.person) }
        if owner == "its" || owner == "it" { return antecedent(before: i, plural: false) ?? .generic }
        if Sentence.pluralPronouns.contains(owner), tag(i) == .pronoun || tag(i) == .possessive || tag(i) == .relative || tag(i) == .determiner {
            let found = antecedent(before: i, plural: true)
            // "their": people, unless a people word is found to stand for; "they" may stand for things.
            if owner.hasPrefix("their"), found?.isPeople != true { return .category(.group) }
            return found ?? .category(.group)
        }
        // "each other", "one another": the people of the clause.
        if (owner == "other" && text(i - 1) == "each") || (owner == "another" && text(i - 1) == "one") { return .category(.group) }
        if Sentence.genericWords.contains(owner) { return .generic }
        if tag(i) == .name || (tokens[i].capitalised && !startsLine(i) && !inHeading) {
            return nameReferent(i)
        }
        if let c = data.category(ofNoun: owner) { return .category(c) }
        if tokens[i].capitalised, data.classes(owner).isEmpty { return .name }
        // A possessor no table knows ("the colonia's problems") is a name of a place or a person.
        if isPossessiveForm(w), data.classes(owner).isEmpty { return .name }
        return nil
    }

    /// A capitalised name: an organisation or thing when its last word says
    /// so ("Second Street Neighbors Council", "Google Form"), else a person
    /// or a place.
    func nameReferent(_ i: Int) -> Referent {
        var last = i
        while last + 1 < tokens.count, !clauseBreak(before: last + 1), tokens[last + 1].capitalised, !tokens[last + 1].lineStart { last += 1 }
        let word = possessor(tokens[last].text)
        // An acronym names an organisation or a programme ("the MCDC").
        let letters = tokens[last].range.count
        if letters >= 2, tokens[last].capitalised, isAcronym(last) { return .category(.organisation) }
        // "Second Street Neighbors Council", "Google Form": an organisation, an event or a document by its last word;
        // "Linden Heights", "Badger Creek", "Dayton Street": a place.
        if let c = data.category(ofNoun: word), c == .organisation || c == .event || c == .document { return .category(c) }
        if last == i, let c = data.category(ofNoun: word), c == .person || c == .group { return .category(c) }
        return .name
    }

    /// Every letter of the word a capital.
    func isAcronym(_ i: Int) -> Bool {
        acronyms[i]
    }

    /// The nearest earlier noun in this sentence (or the one before) that a
    /// pronoun can stand for.
    func antecedent(before i: Int, plural: Bool) -> Referent? {
        var j = i - 1
        var fallback: Referent?
        var sentence: Sentence? = self
        while let s = sentence {
            while j >= 0 {
                let t = s.tag(j)
                if t == .noun || t == .name || (t == .possessive && s.isPossessiveForm(s.tokens[j].text)) {
                    let w = s.possessor(s.tokens[j].text)
                    let group = s.data.category(ofNoun: w) == .group
                    let isPlural = w.hasSuffix("s") || w.hasSuffix("'") || w.hasSuffix("ren") || w.hasSuffix("people")
                    if plural == isPlural || t == .name || (group && !plural) {
                        // A noun only modifying the next is not the antecedent ("the county extension agent").
                        if j + 1 < s.tokens.count, s.isNominal(j + 1), !s.clauseBreak(before: j + 1), s.tag(j) == .noun { j -= 1; continue }
                        // "they", "their": people first ("People on Second Street need everything, … many of them").
                        // Not the noun a relative clause opened by the pronoun modifies ("the issues they face").
                        if s === self, j == i - 1 { j -= 1; continue }
                        if let r = s.referent(j), r != .generic {
                            // For "they": people first ("People …, and many of them"), then the nearest plural.
                            if !plural || r.isPeople { return r }
                            if fallback == nil { fallback = r }
                        }
                    }
                }
                j -= 1
            }
            // What this sentence offers before the one before it.
            if s === self, fallback != nil { return fallback }
            sentence = s === self ? previous : nil
            j = (sentence?.tokens.count ?? 0) - 1
        }
        return fallback
    }

    // MARK: sentence facts

    /// Whether the sentence is about the applicant: its first subject is I or we.
    public var aboutApplicant: Bool {
        for i in tokens.indices.prefix(12) {
            let t = tag(i)
            if t == .pronoun || t == .possessive || t == .noun || t == .name {
                return Sentence.applicantWords.contains(tokens[i].text)
            }
        }
        return false
    }

    /// A capitalised multi-word name holding the word at `i` ("Community
    /// Challenge Award", "Problem Solvers Club", "Families in Need Fund",
    /// "Grand Challenges for Social Work"): the word and a neighbour
    /// capitalised, not at the start of a line unless the neighbour after it
    /// is capitalised too; not in a heading.
    public func properName(containing i: Int) -> Range<Int>? {
        guard !inHeading, tokens[i].capitalised else { return nil }
        let connectors: Set<String> = ["of", "for", "in", "and", "the", "on", "to", "&"]
        func capital(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].capitalised && !tokens[k].number }
        var start = i
        while start > 0, !tokens[start].lineStart, !clauseBreak(before: start) {
            if capital(start - 1), !startsLine(start - 1) || capital(start) { start -= 1; continue }
            if start >= 2, connectors.contains(tokens[start - 1].text), !tokens[start - 1].capitalised, capital(start - 2) { start -= 2; continue }
            if capital(start - 1), startsLine(start - 1) { start -= 1 }
            break
        }
        var end = i
        while end + 1 < tokens.count, !clauseBreak(before: end + 1) {
            if capital(end + 1) { end += 1; continue }
            if end + 2 < tokens.count, connectors.contains(tokens[end + 1].text), capital(end + 2), !clauseBreak(before: end + 2) { end += 2; continue }
            break
        }
        guard end > start else {
            // A single capitalised word mid-sentence that is not a sentence start: a name ("the Challenge").
            return startsLine(i) ? nil : i..<(i + 1)
        }
        // At a line's start, the word after must be capitalised too ("Problem: …" is no name).
        if startsLine(i), i == end { return nil }
        // Only the sentence's first word and the term: "Families in Need" needs more than a capital at the start.
        return start..<(end + 1)
    }

    /// Negation of the word at `i`: "no" or "without" before it in its noun
    /// phrase ("no problems"), or "not", "never", "n't" after an auxiliary
    /// ("are not disengaged", "did not lack"), over an infinitive for a verb
    /// ("were never waiting for the school to rescue them"). A bare
    /// contrastive "not" ("my own habit, not their needs") denies nothing of
    /// the framing, nor a negation in the subject ("the parents who did not
    /// come are …") or, for a noun, on the verb it is the object of.
    public func negated(_ i: Int, nounPhraseOnly: Bool = false) -> Bool {
        var j = i - 1
        var steps = 0
        // Only adjectives and adverbs between "no" and the word ("no real problems").
        var inPhrase = true
        // Past the word's own auxiliary ("are" in "the parents who did not come are illiterate"), a verb or a
        // noun is its subject's: a negation there is not the word's.
        var passedAuxiliary = false
        while j >= 0, steps < 8, !clauseBreak(before: j + 1) {
            let t = tag(j)
            let w = tokens[j].text
            if inPhrase, w == "no" || w == "without" { return true }
            if t == .negation || w == "never" {
                // "were never waiting for the school to rescue them", "did not lack", "are not disengaged".
                if w.hasSuffix("n't") || w == "never" { return true }
                return j > 0 && !clauseBreak(before: j) && [.be, .doVerb, .modal, .have].contains(tag(j - 1))
            }
            if [.conjunction, .subordinator, .relative].contains(t) { return false }
            // A noun's negation stands in its phrase or right before it ("no problems", "are not problems");
            // "did not want their struggles displayed" leaves the struggles framed.
            if nounPhraseOnly, ![.adverb, .adjective, .determiner].contains(t) { return false }
            if [.be, .doVerb, .modal, .have].contains(t) { passedAuxiliary = true }
            else if passedAuxiliary, ![.adverb].contains(t) { return false }
            if ![.adverb, .adjective, .determiner].contains(t) { inPhrase = false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// A hypothetical or a reported belief: the word's clause opens with
    /// "if", "unless" or "whether", or follows a verb of belief ("he thought
    /// he needed an appointment").
    public func hypothetical(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 {
            let w = tokens[j].text
            if ["if", "unless", "whether"].contains(w) { return true }
            // A belief reported in the past ("he thought", "I assumed"); "I think" asserts.
            if ["thought", "believed", "assumed", "supposed", "imagined", "guessed", "figured", "feared", "worried"].contains(w) { return true }
            if clauseBreak(before: j) { return false }
            if w != "that", tag(j) == .subordinator || tag(j) == .conjunction || tag(j) == .relative { return false }
            j -= 1
        }
        return false
    }
}
