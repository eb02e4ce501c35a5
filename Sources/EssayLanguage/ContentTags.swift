import EssayCore

/// The class of a content word (noun, verb, adjective, adverb), read from the
/// word tables and the words around it; function words are read in
/// Sentence.swift.
extension Sentence {
    /// Verbs whose plain form is never the second noun of a compound ("lack"): after a noun, with an object, a verb.
    static let uncompoundedVerbs = LanguageData.embedded.words(.uncompoundedVerbs)

    /// The class of a content word, from the tables and the word before.
    func contentTag(_ i: Int, previous: Tag?, at previousIndex: Int? = nil) -> Tag {
        let w = tokens[i].text
        let classes = data.classes(w)
        if w.hasSuffix("ly"), classes.isEmpty || classes.contains(.adverb) && !classes.contains(.noun) { return .adverb }
        if classes.isEmpty {
            // (An "un-" participle no table knows is an adjective: no verb "unwater" has a past form, "like unwatered seedlings".)
            if w.hasSuffix("ed") {
                return previous == .determiner || previous == .possessive || w.hasPrefix("un") && data.verbLemma(String(w.dropFirst(2))) != nil ? .adjective : .verb
            }
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
        // A quantifier that stands for people, before its verb: "several come from", "Many lack schooling" ("many" takes
        // no singular noun).
        if previous == .determiner, i >= 1, ["many", "several", "few", "both", "most"].contains(tokens[i - 1].text),
           i == 1 || clauseBreak(before: i - 1) || ["and", "but", "or"].contains(tokens[i - 2].text),
           classes.contains(.verb), !w.hasSuffix("s"), w != "people", !isIrregularPlural(w) {
            return .verb
        }
        switch previous {
        case .determiner?, .possessive?, .preposition?, .number?, .adjective?:
            // An adjective before its noun ("the real problem"), unless the next word is a verb in -s: then this is
            // the noun and that its verb ("THE CENTER SERVES").
            // (Or before a plural that can be a noun after an article, with no object after it: "the old pages torn out", "the
            // middle verses", whatever the tables make of them.)
            // (Read from the tables, not the tags after it: tagging on past the plural costs a first essay 2 MiB of peak.)
            // (Asked only of a word that can be an adjective: most words after an article are not.)
            func pluralNext() -> Bool {
                guard previous == .determiner, i + 1 < tokens.count, !clauseBreak(before: i + 1), case let plural = tokens[i + 1].text,
                      plural.hasSuffix("s"), !plural.hasSuffix("ss"), data.classes(plural).contains(.noun) else { return false }
                guard i + 2 < tokens.count, !clauseBreak(before: i + 2) else { return true }
                let t = tokens[i + 2]
                let objectFollows = t.number || t.capitalised || Sentence.possessiveWords.contains(t.text)
                    || !data.roles(t.text).isDisjoint(with: [.determiner, .pronoun]) || data.classes(t.text) == .noun
                return !objectFollows
            }
            if classes.contains(.adjective), case let plural = pluralNext(), nextTag == .noun || nextTag == .name || plural {
                let next = i + 1 < tokens.count ? tokens[i + 1].text : ""
                // (Not after a preposition, whose object comes next: "a stretch of high plains".)
                if previous == .preposition || plural || !(classes.contains(.noun) && next.hasSuffix("s") && data.classes(next).contains(.verb)) { return .adjective }
            }
            // (After a predicate adjective, a word that can be an adverb before a preposition is one: "were underprivileged
            // even by cannery standards".)
            if previous == .adjective, classes.contains(.adverb), nextTag == .preposition, i >= 2, Sentence.beWords.contains(tokens[i - 2].text) {
                return .adverb
            }
            if classes.contains(.noun) { return .noun }
            return classes.contains(.adjective) ? .adjective : .verb
        case .to? where classes.contains(.noun) && i > 1 && Sentence.motionVerbs.contains(tokens[i - 2].text)
            && !(classes.contains(.verb) && ["them", "us", "me", "him", "her", "it", "of", "that", "about", "what", "how"].contains(text(i + 1))):
            // The goal of a verb of motion: "come to school", "went to church" (not a verb with its object or complement
            // after it: "we have come to call them …", "I came to think of them as …").
            return .noun
        case .to? where classes.contains(.noun) && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is"):
            // A plural after "to" is its object, not an infinitive: "rides to tenants who lack a car".
            return .noun
        case .negation? where i > 0 && tokens[i - 1].text == "no" && classes.contains(.noun):
            // "No" before a noun is its determiner: "kites with no string", "no support".
            return .noun
        case .pronoun?, .modal?, .to?, .negation?, .doVerb?, .relative?:
            if classes.contains(.verb) { return .verb }
            return classes.contains(.adjective) ? .adjective : .noun
        case .be?:
            if classes.contains(.adjective) { return .adjective }
            if classes.contains(.verb), w.hasSuffix("ing") || w.hasSuffix("ed") { return .verb }
            return classes.contains(.noun) ? .noun : .verb
        case .noun?, .name?, nil where classes.contains(.verb) && infinitiveFollows(i):
            // "the ones on the night line struggle to attend", "the growers, …, struggle to get credit".
            if classes.contains(.verb), infinitiveFollows(i), !w.hasSuffix("ing") { return .verb }
            // "families need", "Linwood struggles": a verb after a subject.
            // A person or group noun stays a noun ("tutor kids"), unless a plural before it is its subject and its object
            // follows: "the households guard their seed".
            if classes.contains(.noun), let c = data.category(ofNoun: w), c == .person || c == .group {
                let pluralSubject = i >= 1 && previousIndex == i - 1 && previous == .noun && !w.hasSuffix("s") && data.verbLemma(w) != nil
                    && tokens[i - 1].text.hasSuffix("s") && !tokens[i - 1].text.hasSuffix("ss") && !tokens[i - 1].hyphenBefore
                    && nextTag.map { [.determiner, .possessive].contains($0) } == true && !clauseBreak(before: i + 1)
                return pluralSubject ? .verb : .noun
            }
            guard classes.contains(.verb), data.verbLemma(w) != nil else { return classes.contains(.noun) ? .noun : .adjective }
            guard classes.contains(.noun) else { return .verb }
            // Noun or verb after a noun, by agreement: "families need" (a plural and a plain verb), "a driver update"
            // (a singular and a plain noun), "the clinic needs volunteers" and "Linwood struggles with" (a singular and an
            // -s verb), "the program needs are" (a compound before a verb).
            let before = tokens[previousIndex ?? (i - 1)].text
            // A plural: in -s, or irregular ("women", "children", "people").
            func plural(_ word: String) -> Bool {
                word.hasSuffix("s") && !word.hasSuffix("ss") || word == "people" || isIrregularPlural(word)
            }
            // The subject's head may stand before a prepositional phrase: "the parents at our school struggle".
            var start = previousIndex ?? (i - 1)
            // (Past two nouns joined by "and": "the streets between the mill and the creek still produce".)
            while start > 0, !clauseBreak(before: start), [.determiner, .possessive, .adjective, .noun, .name, .number].contains(tag(start - 1))
                    || start > 1 && ["and", "or"].contains(tokens[start - 1].text) && [.noun, .name].contains(tag(start - 2)) { start -= 1 }
            // (Only when what follows it can begin a verb's complement; "the ones on the night line struggle" keeps "line" a noun.)
            // (A verb that forms no compound noun takes a noun object too: "the colonias on the east side lack paved roads".)
            // (Nor an adjective after a plain verb that agrees with a plural head before "of" and not with the singular
            // noun before it: "The problems of the park run deeper than pets".)
            let complementFollows = nextTag.map { [.preposition, .determiner, .possessive, .adverb, .to, .pronoun, .number].contains($0)
                || [.noun, .adjective].contains($0) && Sentence.uncompoundedVerbs.contains(w)
                || $0 == .adjective && !w.hasSuffix("s") && !plural(before) && start >= 2 && text(start - 1) == "of" } ?? true
            let headBeforePhrase = complementFollows && start >= 2 && !clauseBreak(before: start) && tag(start - 1) == .preposition
                && !clauseBreak(before: start - 1) && tag(start - 2) == .noun && plural(tokens[start - 2].text)
            let pluralBefore = plural(before) || headBeforePhrase && !w.hasSuffix("s")
            if w.hasSuffix("s") && !w.hasSuffix("ss") {
                if pluralBefore { return .noun }
                // After a singular noun that "whose" opens, the relative clause's verb: "a child whose father leaves on a
                // Tuesday is at risk".
                if let r = (max(0, start - 1)..<i).last(where: { tokens[$0].text == "whose" }), r + 1 < i, !tokens[r + 1..<i].contains(where: { $0.text.hasSuffix("s") }),
                   !(r + 1...i).contains(where: { clauseBreak(before: $0) }) { return .verb }
                // In the object of a preposition right after the clause's verb, a noun: "The choir draws from the poorest
                // apartment blocks on the east side" (not "We know the school in the valley needs help").
                if start >= 2, tag(start - 1) == .preposition, !clauseBreak(before: start), !clauseBreak(before: start - 1) {
                    var v = start - 2
                    while v > 0, tag(v) == .adverb, !clauseBreak(before: v + 1) { v -= 1 }
                    if [.verb, .be, .have].contains(tag(v)), !clauseBreak(before: v + 1) { return .noun }
                }
                // A verb takes an object or a preposition after it ("needs volunteers", "struggles with"); a
                // subject or a conjunction after it ("the language issues they face", "community needs because")
                // makes it a plural noun.
                let next = i + 1 < tokens.count && !clauseBreak(before: i + 1) ? tokens[i + 1].text : ""
                if ["them", "us", "me", "him", "it", "her"].contains(next) { return .verb }
                // (Not when the clause's verb comes later: "the sound on our video calls with grandparents overseas is often
                // poor".)
                if [.determiner, .possessive, .number, .adjective, .noun, .name, .preposition, .to, .adverb].contains(nextTag) {
                    return clauseVerbFollows(i) ? .noun : .verb
                }
                return .noun
            }
            if w.hasSuffix("ed") { return .verb }
            // After a name, a noun of a compound when the phrase's verb follows: "a broken Jenga tower got", "the Uno
            // challenge table was".
            if previous == .name, !pluralBefore, let n = nextTag, !clauseBreak(before: i + 1) {
                if [.be, .modal, .have].contains(n) || n == .verb && data.verbLemma(tokens[i + 1].text).map({ $0 != tokens[i + 1].text }) == true {
                    return .noun
                }
                if n == .noun, !plural(tokens[i + 1].text), i + 2 < tokens.count, !clauseBreak(before: i + 2),
                   [.be, .modal, .have].contains(lexicalTag(i + 2)) { return .noun }
            }
            // A name after a determiner modifies a noun of a made thing: "the Lao headline still needed work", "our
            // Spanish flyer". (Not a noun of an act or a state: "the Hmong need rides" keeps its verb.)
            if previous == .name, !pluralBefore, case let p = previousIndex ?? (i - 1), p >= 1, !clauseBreak(before: p),
               [.determiner, .possessive].contains(tag(p - 1)), let c = data.category(ofNoun: w), [.thing, .document].contains(c) {
                return .noun
            }
            // A past form after a noun, before its object: "poor primer adhesion left two readings at issue".
            if data.verbLemma(w).map({ $0 != w }) == true, let n = nextTag, [.determiner, .number, .possessive, .pronoun].contains(n) { return .verb }
            // A plain verb after a relative clause of a plural that ends in a prepositional phrase: "The young men who leave
            // for the oil fields in winter come home" (not "who run the summer camp", its object).
            if !pluralBefore, start >= 1, tag(start - 1) == .preposition, case let low = max(1, i - 14), low < start,
               let r = (low..<start).last(where: { tokens[$0].text == "who" }), plural(tokens[r - 1].text),
               (r + 1..<start).contains(where: { tag($0) == .verb }), !(r...i).contains(where: { clauseBreak(before: $0) }) {
                return .verb
            }
            return pluralBefore || previous == .name ? .verb : .noun
        default:
            // An adverb between an auxiliary and its participle: "The parents I work with have long struggled".
            if previous == .have, classes.contains(.adverb), i + 1 < tokens.count, !clauseBreak(before: i + 1),
               data.verbLemma(tokens[i + 1].text).map({ $0 != tokens[i + 1].text }) == true { return .adverb }
            // After an apposition between commas, a verb with its object: "The clinic …, a volunteer-run clinic, needs volunteers".
            if previous == nil, commaOnly(before: i), classes.contains(.verb), w.hasSuffix("s"),
               [.determiner, .noun, .adjective, .possessive, .number].contains(nextTag) { return .verb }
            // After a relative clause or a parenthesis that follows a subject: "the parents, who drive cabs, lack the
            // time", "volunteers (most of them retirees) struggle with".
            if previous == nil, classes.contains(.verb), nextTag != .verb, interruptedSubject(before: i) != nil { return .verb }
            // A verb after predicate adjectives: "are retired or disabled and lack reliable transportation".
            if previous == .conjunction, i >= 3, ["and", "but", "yet"].contains(tokens[i - 1].text), classes.contains(.verb), tag(i - 2) == .adjective || data.classes(tokens[i - 2].text).contains(.adjective) || tag(i - 2) == .verb && tokens[i - 2].text.hasSuffix("ed"),
               !clauseBreak(before: i - 1), [.determiner, .adjective, .possessive, .number, .preposition, .to].contains(nextTag),
               (max(0, i - 8)..<(i - 2)).contains(where: { tag($0) == .be }), !(max(0, i - 8)..<i).contains(where: { clauseBreak(before: $0 + 1) && !commaOnly(before: $0 + 1) }) {
                return .verb
            }
            if classes.contains(.adjective), nextTag == .noun { return .adjective }
            if classes.contains(.noun) { return .noun }
            if classes.contains(.verb) { return .verb }
            return .adjective
        }
    }

    /// "to" and a plain verb after the word: "struggle to attend".
    func infinitiveFollows(_ i: Int) -> Bool {
        guard i + 2 < tokens.count, tokens[i + 1].text == "to", !clauseBreak(before: i + 1), !clauseBreak(before: i + 2) else { return false }
        let next = tokens[i + 2].text
        let classes = data.classes(next)
        return classes.contains(.verb) && data.roles(next).isEmpty && !classes.contains(.noun) || classes == .verb
            || ["get", "go", "attend", "find", "pay", "keep", "make", "read", "reach", "buy", "learn", "stay"].contains(next)
    }
}

extension Sentence {
    /// Whether "be" or a modal follows in the same clause, with no word that opens another between: then a word before
    /// it that could be a verb in -s is a plural noun ("our video calls with grandparents overseas is often poor").
    func clauseVerbFollows(_ i: Int) -> Bool {
        var k = i + 1
        while k < tokens.count, k - i <= 10, !clauseBreak(before: k) {
            let w = tokens[k].text
            if ["and", "or", "but", "that", "than", "to", "who", "which", "whose", "whom", "where", "when", "if", "because", "as"].contains(w) { return false }
            let t = lexicalTag(k)
            if t == .be || t == .modal { return true }
            if [.subordinator, .relative, .conjunction, .verb, .have, .doVerb].contains(t) { return false }
            k += 1
        }
        return false
    }
}
