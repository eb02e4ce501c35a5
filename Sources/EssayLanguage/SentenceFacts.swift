import EssayCore
import EssayText

/// What a sentence says of whom: referents, proper names, negation, the hypothetical.
extension Sentence {
    // MARK: referents

    private static let askingVerbs = LanguageData.embedded.words(.askingVerbs)
    private static let questionWords: Set<String> = ["what", "whatever", "which", "whether", "if"]

    /// The verb of asking whose indirect question holds the word at `i`
    /// ("past surveys asked families what they lacked", "we asked parents which
    /// supports they need"): a wh-word within the clause before `i`, after
    /// the verb and at most its object. A question of how or where takes
    /// the framing for granted ("I keep asking how the problems of these
    /// families can be met"): not one.
    public func askingVerb(before i: Int) -> Int? {
        guard let wh = (max(0, i - 6)..<i).reversed().first(where: { Sentence.questionWords.contains(tokens[$0].text) }),
              !(wh + 1...i).contains(where: { clauseBreak(before: $0) }) else { return nil }
        var k = wh - 1
        while k >= 0, wh - k <= 5, !clauseBreak(before: k + 1), !Sentence.askingVerbs.contains(tokens[k].text),
              isNominal(k) || [.determiner, .possessive, .adjective, .pronoun].contains(tag(k)) {
            k -= 1
        }
        guard k >= 0, !clauseBreak(before: k + 1), Sentence.askingVerbs.contains(tokens[k].text) else { return nil }
        return k
    }

    private static let applicantWords = LanguageData.embedded.words(.applicantWords)
    private static let genericWords = LanguageData.embedded.words(.genericWords)
    static let personPronouns = LanguageData.embedded.words(.personPronouns)
    private static let pluralPronouns = LanguageData.embedded.words(.pluralPronouns)

    /// What the word at `i` names: the applicant, a noun's category, a name,
    /// or anyone; nil when unknown. Pronouns are resolved to the nearest
    /// earlier noun that can stand for them ("its" the city's, "they" the
    /// families).
    public func referent(_ i: Int) -> Referent? {
        guard i >= 0, i < tokens.count else { return nil }
        // ("they're": the pronoun.)
        let w = isBeContraction(i) && !Sentence.applicantWords.contains(tokens[i].text) ? Sentence.pronounBase(tokens[i].text) : tokens[i].text
        let owner = isPossessiveForm(w) ? possessor(w) : w
        if Sentence.applicantWords.contains(owner) { return .applicant }
        if Sentence.personPronouns.contains(owner) { return .category(.person) }
        // The second part of a hyphenated compound: the table's entry for the whole ("poor Wi-Fi", "a broken X-ray").
        // (Or of the closed compound it spells with a hyphen: "grown-ups", "care-givers".)
        if tokens[i].hyphenBefore, i > 0,
           let c = data.category(ofNoun: tokens[i - 1].text + "-" + owner) ?? data.category(ofNoun: tokens[i - 1].text + owner) { return .category(c) }
        if owner == "its" || owner == "it" { return clauseSubject(before: i) ?? antecedent(before: i, plural: false) ?? .generic }
        // ("others" standing alone, whatever the tables call it: "some are …, and others come to school …".)
        if Sentence.pluralPronouns.contains(owner), tag(i) == .pronoun || tag(i) == .possessive || tag(i) == .relative || tag(i) == .determiner
            || (owner == "others" && !isNominal(i + 1)) {
            let found = antecedent(before: i, plural: true)
            // "their": people, unless a people word is found to stand for; "they" may stand for things.
            if owner.hasPrefix("their"), found?.isPeople != true { return .category(.group) }
            // (Several people are a group: "these elders. They are a fading generation".)
            if found == .category(.person) { return .category(.group) }
            return found ?? .category(.group)
        }
        // "many of you", "most of you": the people the text addresses (a survey's families), never a thing.
        if owner == "you", text(i - 1) == "of", Sentence.standaloneQuantifiers.contains(text(i - 2)) || text(i - 2) == "all" {
            return .category(.group)
        }
        if Sentence.standaloneQuantifiers.contains(owner) || owner == "all", text(i + 1) == "of", text(i + 2) == "you" { return .category(.group) }
        // "Most arrive with nothing", "a handful are dropouts": the people (or things) named before.
        // (Not a noun after its adjective: "a problematic quarter"; an adjective of size keeps the quantity: "a good share".)
        if Sentence.standaloneQuantifiers.contains(owner), text(i + 1) != "of", i + 1 >= tokens.count || clauseBreak(before: i + 1) || !isNominal(i + 1),
           i == 0 || clauseBreak(before: i) || tag(i - 1) != .adjective || Sentence.sizeAdjectives.contains(tokens[i - 1].text) {
            // (With nothing named before, a quantity of people, as "many" and "most" are: "Plenty were running on fumes";
            // not a part or an order, "the third is a lack of lived experience".)
            return antecedent(before: i, plural: true) ?? (["plenty", "handful", "majority", "minority"].contains(owner) ? .category(.group) : nil)
        }
        // "struggling families, the kind living paycheck to paycheck": the kind of what was named before.
        if ["kind", "sort", "type"].contains(owner), text(i - 1) == "the", text(i + 1) != "of", tag(i) == .noun { return antecedent(before: i, plural: true) }
        // "the ones on the night shift": the people (or things) named before.
        if owner == "ones", tag(i) == .noun || tag(i) == .pronoun { return antecedent(before: i, plural: true) ?? .category(.group) }
        // "each other", "one another": the people of the clause.
        if (owner == "other" && text(i - 1) == "each") || (owner == "another" && text(i - 1) == "one") { return .category(.group) }
        if Sentence.genericWords.contains(owner) { return .generic }
        // "the east side", "the north end": a part of town.
        if ["side", "end"].contains(owner), Sentence.townDirections.contains(text(i - 1)),
           text(i + 1) != "of" {
            return .category(.place)
        }
        // "The grieving are …", "the elderly on the back road": people named by an adjective after "the".
        if text(i - 1) == "the", Sentence.nominalPeople.contains(owner), !tokens[i].capitalised || i == 1, !isNominal(i + 1) || clauseBreak(before: i + 1) {
            return .category(.group)
        }
        // (A day, a month or a feast opening its line is read as a name too, a time: "Saturday's long struggle between …".)
        if tag(i) == .name || (tokens[i].capitalised && !startsLine(i) && !inHeading) || startsLine(i) && Sentence.timeNames.contains(owner) {
            return nameReferent(i)
        }
        // A part named by the thing it is part of, in a compound: "Our library corner lacks chapter books", "the
        // kitchen end" (a part of a room or a building, not of a town); or by what is done there, "our reading corner".
        if ["corner", "corners", "side", "sides", "end", "ends", "edge", "edges", "section", "sections", "wing", "wings"].contains(owner), i > 0, !clauseBreak(before: i), !tokens[i - 1].capitalised,
           let c = data.category(ofNoun: tokens[i - 1].text),
           tag(i - 1) == .noun && [.thing, .organisation, .event, .document].contains(c)
            || tokens[i - 1].text.hasSuffix("ing") && [.event, .abstract].contains(c) {
            return .category(c == .abstract ? .event : c)
        }
        if let c = data.category(ofNoun: owner) {
            // A clause of "where" after it takes its sense of a place: "the yards where they park overnight" (a measure
            // first; not a made thing, "the boarding house where the herders stayed").
            if c == .abstract, text(i + 1) == "where", !clauseBreak(before: i + 1), data.wordnetCategories(ofNoun: owner).contains("location") {
                return .category(.place)
            }
            return .category(c)
        }
        if tokens[i].capitalised, data.classes(owner).isEmpty { return .name }
        // A closed compound no table knows whose last part names a person or a group: "stallholders", "shopkeepers",
        // "sternmen", "grandfamilies".
        if data.classes(owner).isEmpty, owner.count >= 7, owner.allSatisfy({ $0.isLetter }) {
            let letters = Array(owner)
            for split in 3...(letters.count - 3) {
                guard let c = data.category(ofNoun: String(letters[split...])), c == .person || c == .group,
                      data.category(ofNoun: String(letters[..<split])) != nil else { continue }
                return .category(c)
            }
        }
        // A possessor no table knows ("the colonia's problems") is a name of a place or a person (not a closed compound of
        // two nouns the tables know, a thing's: "the dataset's lack of weekend counts").
        if isPossessiveForm(w), data.classes(owner).isEmpty, case let letters = Array(owner) {
            let compound = letters.count >= 6 && (3...(letters.count - 3)).contains {
                data.category(ofNoun: String(letters[..<$0])) != nil && data.category(ofNoun: String(letters[$0...])) != nil
            }
            return compound ? nil : .name
        }
        return nil
    }

    /// A capitalised name: an organisation or thing when its last word says
    /// so ("Second Street Neighbors Council", "Google Form"), else a person
    /// or a place.
    func nameReferent(_ i: Int) -> Referent {
        var last = i
        while last + 1 < tokens.count, !clauseBreak(before: last + 1), tokens[last + 1].capitalised, !tokens[last + 1].lineStart { last += 1 }
        let word = possessor(tokens[last].text)
        // A month or a day of the week: a time ("a printing issue in April").
        if last == i, Sentence.timeNames.contains(word) || word.hasSuffix("s") && Sentence.timeNames.contains(String(word.dropLast())) { return .category(.event) }
        // A housing court or a street named "… Court" is a place, unless the word before names a court of law ("Maple
        // Court", not "Family Court").
        if ["court", "courts"].contains(word), last >= 1, last > i || tokens[i - 1].capitalised && !clauseBreak(before: i),
           !Sentence.courtKinds.contains(possessor(tokens[last - 1].text)) { return .name }
        // An acronym names an organisation or a programme ("the MCDC").
        let letters = tokens[last].range.count
        if letters >= 2, tokens[last].capitalised, isAcronym(last) { return .category(.organisation) }
        // "Second Street Neighbors Council", "Google Form": an organisation, an event or a document by its last word;
        // "Linden Heights", "Badger Creek", "Dayton Street": a place.
        // ("the Hartwell No Barriers Challenge", "Camp Hope": a name ending in an abstraction names a programme;
        // "Sharps Point", whose last word may name a location, a place.)
        if let c = data.category(ofNoun: word), c == .organisation || c == .event || c == .document || (c == .abstract && !word.hasSuffix("s") && (last > i || i > 0 && tokens[i - 1].capitalised && !clauseBreak(before: i))
                && !data.wordnetCategories(ofNoun: word).contains(where: { ["location", "object", "shape"].contains($0) })) {
            return .category(c)
        }
        if last == i, let c = data.category(ofNoun: word), c == .person || c == .group { return .category(c) }
        // A language after "in": "a real deficit in Spanish", "only in English, which was a problem".
        if last == i, i > 0, ["in", "into"].contains(tokens[i - 1].text), !clauseBreak(before: i), data.isLanguageName(word) {
            return .category(.document)
        }
        // A structure numbered in a series, "Alley 14", "Room 204", "Pier 9": a site, not a community (a district or a
        // ward by its number stays a place).
        if last == i, i + 1 < tokens.count, tag(i + 1) == .number, !clauseBreak(before: i + 1), data.wordnetCategories(ofNoun: word).first == "artifact" {
            return .category(.thing)
        }
        return .name
    }

    static let timeNames = LanguageData.embedded.words(.timeNames)
    static let sizeAdjectives = LanguageData.embedded.words(.sizeAdjectives)
    static let courtKinds = LanguageData.embedded.words(.courtKinds)

    /// Every letter of the word a capital, or a brand's capital inside ("GitHub").
    func isAcronym(_ i: Int) -> Bool {
        acronyms[i]
    }

    /// "It" opening a clause joined by a conjunction after a comma keeps the first clause's subject, a thing: "My October
    /// survey went home in English and Spanish, but it lacked a Vietnamese version" (not the language before it).
    func clauseSubject(before i: Int) -> Referent? {
        guard tokens[i].text == "it", i >= 2, ["but", "and", "so", "yet"].contains(tokens[i - 1].text), commaOnly(before: i - 1),
              let v = (0..<(i - 1)).first(where: { tag($0) == .verb }), let h = subjectHead(of: v), nounPhraseStart(h) == 0,
              let r = referent(h), case .category(let c) = r, [.thing, .document, .event].contains(c) else { return nil }
        return r
    }

    /// The nearest earlier noun in this sentence (or the one before) that a
    /// pronoun can stand for.
    func antecedent(before i: Int, plural: Bool) -> Referent? {
        var j = i - 1
        var fallback: Referent?
        // A verb's object is not its own subject: in "the kitchen crew saved it", "it" is not the crew.
        let ownSubject = i > 0 && tag(i - 1) == .verb && !clauseBreak(before: i) ? subjectHead(of: i - 1) : nil
        var sentence: Sentence? = self
        while let s = sentence {
            while j >= 0 {
                let t = s.tag(j)
                // A plural pronoun in the sentence before carries its people on: "The circle helps them overcome their
                // deficits in reading. Some of them are struggling."
                if s !== self, plural, ["they", "them", "their", "themselves"].contains(s.tokens[j].text) { return .category(.group) }
                // And one earlier in this sentence that stands for people: "They lack stable housing, work references,
                // and any network outside the yard, and many of them are broken", not the references.
                if s === self, plural, ["they", "them", "their", "themselves"].contains(s.tokens[j].text), let r = s.referent(j), r.isPeople {
                    return r
                }
                if t == .noun || t == .name || (t == .possessive && s.isPossessiveForm(s.tokens[j].text)) {
                    let w = s.possessor(s.tokens[j].text)
                    let group = s.data.category(ofNoun: w) == .group
                    let isPlural = w.hasSuffix("s") || w.hasSuffix("'") || w.hasSuffix("ren") || w.hasSuffix("people") || s.isIrregularPlural(w)
                    if plural == isPlural || t == .name || (group && !plural) {
                        // A noun only modifying the next is not the antecedent ("the county extension agent").
                        if j + 1 < s.tokens.count, s.isNominal(j + 1), !s.clauseBreak(before: j + 1), s.tag(j) == .noun { j -= 1; continue }
                        // "they", "their": people first ("People on Second Street need everything, … many of them").
                        // Not the noun a relative clause opened by the pronoun modifies ("the issues they face").
                        // (A relative word stands for the noun right before it: "tenants who lack one".)
                        if s === self, j == i - 1, !["who", "whom", "whose"].contains(tokens[i].text) { j -= 1; continue }
                        // (Nor a possessor in that subject: in "the union's campaign saved it", "it" is not the union.)
                        if s === self, let own = ownSubject, j == own || (nounPhraseStart(own) <= j && j < own) { j -= 1; continue }
                        // ("it" never stands for one person: "my mom didn't know where I was. It is just a need".)
                        if let r = s.referent(j), r != .generic, plural || r != .category(.person) {
                            // For "they": people first ("People …, and many of them"), then the nearest plural.
                            if !plural || r.isPeople { return r }
                            // (Not a time: in "Some weeks it feels like half of them are …", "them" are not the weeks.)
                            if fallback == nil, s.data.wordnetCategories(ofNoun: w).first != "time" { fallback = r }
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
        let connectors: Set<String> = ["of", "for", "in", "and", "the", "on", "to", "at", "&"]
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
        // Nor is a word at the start whose capitals run on into a lower-case noun: "Vulnerable Native families" (the
        // capitals modify the noun; a name ends in its own capitalised word, "Underserved Families Fund").
        if startsLine(i), i == start, end + 1 < tokens.count, !clauseBreak(before: end + 1), !tokens[end + 1].capitalised,
           tag(end + 1) == .noun { return nil }
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
        // Past a verb of its own (not one joined to the word by "to"), a negation is that verb's: in "parents who were
        // never enrolled themselves struggle", "never" denies the enrolling.
        var passedVerb = false
        while j >= 0, steps < 8, !clauseBreak(before: j + 1) {
            let t = tag(j)
            let w = tokens[j].text
            if inPhrase, w == "no" || w == "without" { return true }
            if t == .negation || w == "never" {
                if passedVerb { return false }
                // "were never waiting for the school to rescue them", "did not lack", "are not disengaged".
                if w.hasSuffix("n't") || w == "never" { return true }
                // A phrase set against another: "a signage problem, not a people problem".
                if w == "not", inPhrase, j == 0 || commaOnly(before: j), j + 1 < tokens.count, ["a", "an", "the"].contains(tokens[j + 1].text) { return true }
                return j > 0 && !clauseBreak(before: j) && [.be, .doVerb, .modal, .have].contains(tag(j - 1))
            }
            if [.conjunction, .subordinator, .relative].contains(t) { return false }
            // In the complement of another word, the negation is that word's: "is not trivial for vulnerable seniors".
            if t == .preposition, j > 0, [.adjective, .noun].contains(tag(j - 1)) { return false }
            // A noun's negation stands in its phrase or right before it ("no problems", "are not problems");
            // "did not want their struggles displayed" leaves the struggles framed.
            // (A noun that modifies the word is in its phrase: "not a people problem".)
            let modifier = t == .noun && inPhrase && steps < 2
            if nounPhraseOnly, ![.adverb, .adjective, .determiner].contains(t), !modifier { return false }
            if t == .verb, j + 1 < i, tag(j + 1) != .to { passedVerb = true }
            if [.be, .doVerb, .modal, .have].contains(t) { passedAuxiliary = true }
            else if passedAuxiliary, ![.adverb].contains(t) { return false }
            if ![.adverb, .adjective, .determiner].contains(t), !modifier { inPhrase = false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// Verbs of a belief reported in the past ("he thought", "I assumed"); "I think" asserts.
    static let beliefVerbs: Set<String> = ["thought", "believed", "assumed", "supposed", "imagined", "guessed", "figured", "feared", "worried"]

    /// A hypothetical or a reported belief: the word's clause opens with
    /// "if", "unless" or "whether", or follows a verb of belief ("he thought
    /// he needed an appointment"), or the sentence marks it as a belief after
    /// it ("… — or so I thought").
    public func hypothetical(_ i: Int) -> Bool {
        var j = i - 1
        let beliefs = Sentence.beliefVerbs
        // Said, then marked as a belief after it: "Deaf elders lack the cues — or so I had assumed".
        if let o = (i + 1..<max(i + 1, tokens.count - 2)).first(where: { tokens[$0].text == "or" && tokens[$0 + 1].text == "so" }),
           (o + 2..<min(tokens.count, o + 5)).contains(where: { beliefs.contains(tokens[$0].text) }) {
            return true
        }
        while j >= 0 {
            let w = tokens[j].text
            if ["if", "unless", "whether"].contains(w) { return true }
            if beliefs.contains(w) { return true }
            if clauseBreak(before: j) { return false }
            // A relative clause inside what was believed of someone: "I thought of the members as people who lacked music".
            if tag(j) == .relative, let a = (max(0, j - 6)..<j).reversed().first(where: { tokens[$0].text == "as" }),
               !(a + 1...j).contains(where: { clauseBreak(before: $0) }),
               (max(0, a - 8)..<a).contains(where: { beliefs.contains(tokens[$0].text) && !(($0 + 1)...a).contains(where: { clauseBreak(before: $0) }) }) {
                return true
            }
            // A relative clause in what was supposed (not worried about or thought of): "a few students assumed the
            // telescopes should go to families who are struggling".
            if tag(j) == .relative, let b = (max(0, j - 12)..<j).last(where: { beliefs.contains(tokens[$0].text) }),
               !["worried", "feared"].contains(tokens[b].text), tag(b + 1) != .preposition,
               !(b + 1...j).contains(where: { clauseBreak(before: $0) }) {
                return true
            }
            if w != "that", tag(j) == .subordinator || tag(j) == .conjunction || tag(j) == .relative { return false }
            j -= 1
        }
        return false
    }
}
