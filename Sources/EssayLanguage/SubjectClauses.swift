import EssayCore
import EssayText

/// What may stand between a subject and its verb: a gerund that opens the
/// clause, an interruption between commas or brackets, a relative clause.
extension Sentence {
    /// A gerund that opens its clause with the noun phrase at `object` as its
    /// object: after it a determiner ("Mapping the 1937 crest was hard"), or
    /// a plural noun before a singular verb ("fitting students around the
    /// shops' hours was a challenge": the fitting was; "working parents are"
    /// agrees with its noun and stays a subject).
    func gerundSubject(object: Int, verb: Int) -> Int? {
        let start = nounPhraseStart(object)
        // The gerund before the noun phrase, or read as its first modifier ("fitting students").
        let singular = ["is", "was", "has", "remains", "remained", "seems", "seemed", "becomes", "became", "'s"].contains(tokens[verb].text)
        // A gerund that opens the clause a few words before, with a singular verb: "Getting paper surveys out to ranch
        // families is a challenge" (the getting is).
        if singular, start >= 2, case let open = (max(0, start - 8)...start - 2).reversed().first(where: { $0 == 0 || clauseBreak(before: $0) || tag($0 - 1) == .subordinator }) ?? -1,
           open >= 0, tokens[open].text.hasSuffix("ing"), data.verbLemma(tokens[open].text) != nil, !clauseBreak(before: open + 1),
           !(open + 1..<start).contains(where: { clauseBreak(before: $0) }) {
            return open
        }
        // (A gerund that opens the sentence may be read as a noun: "Mapping the 1937 crest was a challenge".)
        let opening = start == 1 && tokens[0].text.hasSuffix("ing") && data.verbLemma(tokens[0].text) != nil
        let g = start >= 1 && (tag(start - 1) == .verb || opening) ? start - 1 : start
        guard g < object, tokens[g].text.hasSuffix("ing"), data.verbLemma(tokens[g].text) != nil,
              g == 0 || clauseBreak(before: g) || ["and", "but", "or"].contains(tokens[g - 1].text) || tag(g - 1) == .subordinator else { return nil }
        // A determiner after it makes it a verb with its object ("Mapping the 1937 crest was"): no participle precedes one.
        if g == start - 1, [.determiner, .possessive, .number].contains(tag(start)) { return g }
        // (A modal tells no number: "Scheduling interpreters for six languages will be challenging".)
        let modal = tag(verb) == .modal || (verb >= 1 && tokens[verb].text == "be" && tag(verb - 1) == .modal)
        if g == 0, modal { return g }
        guard singular else { return nil }
        let w = tokens[object].text
        guard w.hasSuffix("s") && !w.hasSuffix("ss") || ["children", "people", "men", "women"].contains(w) else { return nil }
        return g
    }

    /// Verbs of saying whose short clause may stand between a subject and its verb ("it adds").
    static let reportingVerbs = LanguageData.embedded.words(.reportingVerbs)

    /// The subject before an interruption that ends right before `i`: a
    /// parenthesis ("volunteers (most of them retirees) lack"), or a clause
    /// between commas that opens with a relative word or "many of whom"
    /// ("the parents, who drive cabs and work doubles, lack"; "townspeople,
    /// who, although they hosted the road, remain"). Nil when no such
    /// interruption ends at `i` or no noun stands before it.
    func interruptedSubject(before i: Int) -> Int? {
        guard i > 1, i < tokens.count, !tokens[i].lineStart else { return nil }
        if tokens[i].before.contains(")") {
            guard let open = (max(1, i - 40)..<i).reversed().first(where: { tokens[$0].before.contains("(") }), !tokens[open].lineStart,
                  isNominal(open - 1) || tag(open - 1) == .pronoun else { return nil }
            return peopleBefore(open)
        }
        guard commaOnly(before: i) else { return nil }
        var k = i - 1
        while k >= 1, i - k <= 40 {
            if tokens[k].lineStart || tokens[k].before.contains(";") || tokens[k].before.contains("(") { return nil }
            // ("The households along Route 9, some of them …": a number ends the name.)
            // "many of whom", "a good number of them", "several of them": a part of the people before it, whatever ends
            // the phrase before the comma ("The jornaleros I interviewed, a few of them …", "… on their own, a few of them").
            let partOf = commaOnly(before: k) && (k..<min(tokens.count - 1, k + 4)).contains { text($0) == "of" && ["whom", "them", "which", "us"].contains(text($0 + 1)) }
            if commaOnly(before: k), partOf || isNominal(k - 1) || tag(k - 1) == .pronoun || data.classes(tokens[k - 1].text).contains(.noun)
                || tokens[k - 1].hyphenBefore || tag(k - 1) == .preposition || tag(k - 1) == .number && k >= 2 && isNominal(k - 2) {
                let w = tokens[k].text
                // (A part of things is no part of the people: in "… in January, bundled against the wind, two of them
                // recently widowed, were", the women come before the first aside.)
                let opensClause = ["who", "whom", "whose", "which"].contains(w) || partOf && referent(peopleBefore(k))?.isPeople != false
                    // "The parents, many on night shifts, struggle": a part of them and a phrase about it (past an adverb: "many
                    // still without a steady address").
                    || Sentence.standaloneQuantifiers.contains(w) && (k + 1..<i).first(where: { tag($0) != .adverb }).map({ tag($0) == .preposition && text($0) != "of" }) == true
                        && referent(peopleBefore(k))?.isPeople == true
                    // "The families we cook with, after a decade of closures, are": a phrase about people set off by commas.
                    || ([.preposition, .adverb, .adjective].contains(tag(k)) || tokens[k].text.hasSuffix("ed") || isNominal(k) && referent(nounPhraseHead(from: k) ?? k)?.isPeople == true)
                        && !["of", "to", "and"].contains(w) && referent(peopleBefore(k))?.isPeople == true
                    // A short clause of saying: "Their grandkids, it adds, lack …", "The parents, the report claims, lack …".
                    || (2...3).contains(i - k) && Sentence.reportingVerbs.contains(data.verbLemma(tokens[i - 1].text) ?? tokens[i - 1].text)
                        && (Sentence.subjectPronouns.contains(w) || w == "it" || [.determiner, .possessive].contains(tag(k)) && isNominal(i - 2))
                        && referent(peopleBefore(k))?.isPeople == true
                if opensClause { return peopleBefore(k) }
            }
            k -= 1
        }
        return nil
    }

    /// A phrase set off by commas after a subject that opens with a preposition, a participle or a quantity ("in their
    /// late seventies", "widowed", "two of them …", "and minding toddlers").
    func opensAside(_ k: Int) -> Bool {
        let w = tokens[k].text
        if tag(k) == .preposition || tag(k) == .number || Sentence.standaloneQuantifiers.contains(w) { return true }
        if tag(k) == .verb || tag(k) == .adjective, w.hasSuffix("ed") { return true }
        if (tag(k) == .verb || tag(k) == .adjective) && w.hasSuffix("ing") { return true }
        return ["and", "or"].contains(w) && k + 1 < tokens.count && !clauseBreak(before: k + 1) && (tokens[k + 1].text.hasSuffix("ing") || tokens[k + 1].text.hasSuffix("ed"))
    }

    /// The subject that an interruption opening at `open` follows: the noun
    /// before it, or, when that noun ends a relative clause of the subject,
    /// the clause's antecedent ("the learners who reach my room, most of
    /// them …", "the men who came through his door that first spring, …").
    func peopleBefore(_ open: Int) -> Int {
        var last = open - 1
        if tag(last) == .number, last >= 1, isNominal(last - 1) { last -= 1 }
        // A relative clause with no relative word: "the tenants we serve, …", "the elders we danced with, …".
        if tag(last) == .preposition, last >= 1, !clauseBreak(before: last) { last -= 1 }
        if last >= 2, Sentence.subjectPronouns.contains(Sentence.pronounBase(tokens[last - 1].text)), !clauseBreak(before: last), !clauseBreak(before: last - 1),
           isNominal(last - 2), tag(last) == .verb || data.classes(tokens[last].text).contains(.verb) {
            return attachedHead(last - 2)
        }
        let h = attachedHead(last)
        if let a = relativeAntecedent(before: h) { return a }
        // The people a relative word stands for, when the clause it opens runs up to the interruption: "the women who
        // arrived from Somalia and Yemen in the last decade, several of them …", "Spouses whose partners deploy …, often …".
        var k = h - 1
        while k >= 1, h - k <= 16, !clauseBreak(before: k + 1) {
            if ["who", "whom", "whose"].contains(tokens[k].text), !clauseBreak(before: k), isNominal(k - 1), referent(attachedHead(k - 1))?.isPeople == true {
                return attachedHead(k - 1)
            }
            k -= 1
        }
        guard referent(h)?.isPeople != true else { return h }
        // A time or a thing ends the clause: the first noun phrase of the clause, when it names people ("The grandparents
        // raising children on their own, a few of them …").
        var start = h
        while start > 0, !clauseBreak(before: start) { start -= 1 }
        if let first = nounPhraseHead(from: start), first < h, referent(first)?.isPeople == true { return first }
        return h
    }

    static let subjectPronouns = LanguageData.embedded.words(.subjectPronouns)
    /// Pronouns of an indefinite thing: "something she needed", "anything they lack".
    static let indefinitePronouns: Set<String> = ["something", "anything", "everything", "nothing", "whatever"]

    /// A subject pronoun without its contracted auxiliary: "i've" -> "i", "we’d" -> "we".
    static func pronounBase(_ word: String) -> String {
        String(word.prefix { $0 != "'" && $0 != "\u{2019}" })
    }
    /// Quantifiers that stand alone for people or things named before ("Most arrive …", "a handful are …").
    static let standaloneQuantifiers = LanguageData.embedded.words(.standaloneQuantifiers)

    /// The noun a relative clause modifies when the noun phrase at `head`
    /// lies inside that clause: "the freshmen who arrive with low scores are"
    /// -> freshmen, "the program that serves families is" -> program, "the
    /// residents I met that month seemed" -> residents. Nil when no verb of
    /// a relative clause stands between.
    func relativeAntecedent(before head: Int) -> Int? {
        // "the women selling produce": a participle's object, the women its subject.
        let start = nounPhraseStart(head)
        if start >= 2, !clauseBreak(before: start), !clauseBreak(before: start - 1), tag(start - 1) == .verb,
           tokens[start - 1].text.hasSuffix("ing"), isNominal(start - 2), referent(start - 2)?.isPeople == true {
            return attachedHead(start - 2)
        }
        var k = nounPhraseStart(head) - 1
        var verbSeen = false
        var steps = 0
        var reach = 20
        while k > 0, steps < reach, !clauseBreak(before: k + 1) {
            steps += 1
            let t = tag(k)
            if t == .verb || t == .have || t == .doVerb || t == .modal { verbSeen = true }
            // The second of two relative clauses joined by "and": "The growers who resettled here … and who now farm the lots".
            if t == .relative, verbSeen, k >= 2, ["and", "or"].contains(tokens[k - 1].text), !clauseBreak(before: k), !clauseBreak(before: k - 1) {
                k -= 2
                reach = 40
                continue
            }
            if t == .relative || (tokens[k].text == "that" && isNominal(k - 1)) {
                // (A number after "the" names a route or a room: "the riders on the 22 who depend on …".)
                let numbered = k >= 2 && tag(k - 1) == .number && tag(k - 2) == .determiner
                guard verbSeen, !clauseBreak(before: k), isNominal(k - 1) || numbered else { return nil }
                return attachedHead(k - 1)
            }
            // A clause with no relative word: "the residents I met".
            if Sentence.subjectPronouns.contains(tokens[k].text), verbSeen, !clauseBreak(before: k), isNominal(k - 1) {
                return attachedHead(k - 1)
            }
            // A progressive or passive in the clause: "families that are lacking a support network can feel".
            if t == .be, k >= 2, ["that", "who", "which"].contains(tokens[k - 1].text), !clauseBreak(before: k), !clauseBreak(before: k - 1),
               isNominal(k - 2) {
                return attachedHead(k - 2)
            }
            // (Past nouns joined in the clause: "the families who stayed on through the buyouts and the three big storms".)
            if t == .conjunction, ["and", "or"].contains(tokens[k].text), k >= 1, isNominal(k - 1), !clauseBreak(before: k) { k -= 1; continue }
            if [.conjunction, .subordinator, .be].contains(t) { return nil }
            k -= 1
        }
        return nil
    }

    /// Adverbs of frequency or time between a subject and its verb: "the families … still lack cars".
    static let frequencyAdverbs: Set<String> = ["still", "also", "often", "usually", "rarely", "seldom", "sometimes", "simply", "mostly", "typically",
                                                "generally", "already"]

    /// Whether a word that can be a noun or a verb ("need", "lack", "struggle") is a verb by its place in the sentence,
    /// whatever the tables call it.
    func isVerbByPlace(_ first: Int) -> Bool {
        // A progressive ("are lacking"), or right after "who" ("tenants who lack one").
        // After a subject pronoun it agrees with ("that needs a signature", "they lack transport"), the same.
        let word = tokens[first].text
        let agrees = first > 0 && (["it", "this", "that", "he", "she"].contains(tokens[first - 1].text) && word.hasSuffix("s")
            || ["they", "we", "i", "you"].contains(tokens[first - 1].text) && !word.hasSuffix("s") && !word.hasSuffix("ing"))
        // Between a noun and its object's determiner ("widows out past the reservoir lack any reliable ride"), the same.
        let beforeObject = first > 0 && first + 1 < tokens.count && isNominal(first - 1) && !clauseBreak(before: first + 1)
            && (tag(first + 1) == .determiner && ["a", "an", "any", "the", "enough", "basic"].contains(tokens[first + 1].text)
                // (or an adjective and a plural: "Families in the RV park lack stable addresses"; or a noun that ends the
                // clause, after an adjective or a participle: "the families past the windmill lack piped water.")
                || first + 2 < tokens.count && data.classes(tokens[first + 1].text).contains(.adjective) && isNominal(first + 2)
                    && tokens[first + 2].text.hasSuffix("s") && !clauseBreak(before: first + 2) && !word.hasSuffix("s")
                || first + 2 < tokens.count && [.adjective, .verb].contains(tag(first + 1)) && isNominal(first + 2) && !clauseBreak(before: first + 2)
                    && !word.hasSuffix("s") && (first + 3 >= tokens.count || clauseBreak(before: first + 3) || tag(first + 3) == .preposition
                        || ["and", "but"].contains(tokens[first + 3].text) && first + 4 < tokens.count && data.classes(tokens[first + 4].text).contains(.verb)))
        // After a place adverb that ends its subject, before its object ("the families who live out there lack
        // transportation", "residents nearby lack a pharmacy"), the same.
        // (Or after the verb of a relative clause: "elders who live alone there struggle to get to town", "tenants who live
        // nearby struggle with the stairs".)
        let afterPlaceAdverb = first > 1 && first + 1 < tokens.count && ["there", "here", "nearby", "alone"].contains(tokens[first - 1].text)
            && !clauseBreak(before: first - 1) && !clauseBreak(before: first + 1)
            && (isNominal(first - 2) || ["out", "up", "down", "over", "back", "in", "around"].contains(tokens[first - 2].text)
                || tag(first - 2) == .verb || first > 2 && ["alone", "nearby"].contains(tokens[first - 2].text) && tag(first - 3) == .verb)
            && (isNominal(first + 1) || [.adjective, .determiner, .number, .to].contains(tag(first + 1)) || tokens[first + 1].text == "with")
        // After a plural noun that ends its subject, the base form before its complement ("tenants who rely on power
        // chairs struggle with the doors", "parents who work the sheds struggle to reach"), or after an adverb of
        // frequency or time ("the families … still lack cars"), the same.
        let complementAfter = first + 1 < tokens.count && !clauseBreak(before: first + 1)
            && (["with", "to", "through", "against"].contains(tokens[first + 1].text) || tag(first + 1) == .determiner)
        let afterPlural = first > 0 && !word.hasSuffix("s") && !word.hasSuffix("ing") && !word.hasSuffix("ed") && complementAfter
            && [.noun, .verb].contains(tag(first - 1)) && tokens[first - 1].text.hasSuffix("s") && !tokens[first - 1].text.hasSuffix("ss")
            && !tokens[first].hyphenBefore
        let afterAdverb = first > 1 && Sentence.frequencyAdverbs.contains(tokens[first - 1].text) && !word.hasSuffix("ing") && !word.hasSuffix("ed")
            && first + 1 < tokens.count && !clauseBreak(before: first + 1)
            && (complementAfter || isNominal(first + 1) || tag(first + 1) == .adjective)
        return first > 0 && !clauseBreak(before: first)
            && (tag(first - 1) == .be && word.hasSuffix("ing") || tokens[first - 1].text == "who" || agrees || beforeObject || afterPlaceAdverb
                || afterPlural || afterAdverb
                || coordinatedVerb(before: first) != nil && !word.hasSuffix("ing"))
    }

    /// Whether the subject found from a copula at `c` sits right before it
    /// ("=" copulas have no word of their own).
    public func subjectOfCopula(_ c: Int, predicate: Int) -> Int? {
        if c == predicate, tokens[c].before == "=" {
            var j = c - 1
            while j >= 0, !tokens[j + 1].lineStart, !isNominal(j) && tag(j) != .pronoun { j -= 1 }
            return j >= 0 && !tokens[j + 1].lineStart ? attachedHead(j) : nil
        }
        // "They're at risk": the pronoun is its own subject.
        if isBeContraction(c) { return c }
        // "to be" after a verb that lends it its subject: "Children of deployed parents tend to be more at risk".
        if c >= 2, tokens[c].text == "be", tokens[c - 1].text == "to", !clauseBreak(before: c), !clauseBreak(before: c - 1),
           data.verbLemma(tokens[c - 2].text).map(Sentence.raisingVerbs.contains) == true, let s = subjectHead(of: c - 2) {
            return s
        }
        return subjectHead(of: c)
    }

    static let raisingVerbs = LanguageData.embedded.words(.raisingVerbs)

    /// Examples that are things after a noun, which say what it is: "neighborhood problems, such as the potholes and the
    /// vacant lot", "problems like a cracked foundation" (not "challenges such as poverty", a state, nor "residents face
    /// challenges such as a two-bus trip", an event they go through).
    func examplesOfThings(after last: Int) -> Framing? {
        var k = last + 1
        if text(k) == "such", text(k + 1) == "as", !clauseBreak(before: k + 1) { k += 1 } else if !["including", "like"].contains(text(k)) { return nil }
        guard k + 1 < tokens.count, !clauseBreak(before: k + 1), var h = nounPhraseHead(from: k + 1) else { return nil }
        // (To the last noun of a compound: "a two-bus trip".)
        while h + 1 < tokens.count, !clauseBreak(before: h + 1), isNominal(h + 1) || tag(h + 1) == .verb && data.classes(tokens[h + 1].text).contains(.noun) { h += 1 }
        guard h - k <= 5, referent(h) == .category(.thing) else { return nil }
        return noOne(h, "things given as examples (‘\(tokens[last + 1].text) … \(tokens[h].text)’)")
    }

    /// A subject pronoun with "be" contracted onto it: "they're", "we're", "she's".
    func isBeContraction(_ i: Int) -> Bool {
        let w = tokens[i].text
        let base = Sentence.pronounBase(w)
        guard base != w, Sentence.subjectPronouns.contains(base) || base == "it" else { return false }
        return ["'re", "'s", "'m"].contains(String(w.dropFirst(base.count)).replacingOccurrences(of: "\u{2019}", with: "'"))
    }
}
