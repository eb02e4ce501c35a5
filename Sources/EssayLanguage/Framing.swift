import EssayCore

/// What a deficit word frames: the head word it is said of, what that word
/// names, and the construction that joins them.
public struct Framing: Sendable, Equatable {
    /// Token index of the head in the sentence.
    public var head: Int
    /// The head as written (lower case).
    public var headText: String
    public var referent: Referent
    /// The construction: "attributive adjective", "of-complement", "possessive", …
    public var construction: String
    /// A task to solve ("a problem your child solved", "the issue was resolved"): frames no one.
    public var isTask = false
    /// Why no one is framed, when the construction frames no one and is no task ("what is missing: lifeguards").
    public var framesNoOne: String?
    /// The analysis word that ends the picture, when it runs past the term ("leaky" in "a leaky bucket", "held
    /// together" in "held together with duct tape"): a finding covers the whole picture.
    public var extentWord: Int?
    /// The analysis word that opens the picture, when it starts before the term ("sandlot" in "a sandlot with no bases").
    public var startWord: Int?

    /// Said of its head by the sentence (a subject's verb, a predicate, a
    /// relative clause), rather than naming a topic ("the needs of families").
    public var predicated: Bool {
        !construction.contains("relative clause") && (construction.hasPrefix("subject") || construction.hasPrefix("predicate") || construction.hasPrefix("participle"))
            || construction.hasPrefix("adjective after") || construction.hasPrefix("‘as’") || construction.hasPrefix("‘like’")
            || construction.hasPrefix("noun + ‘")
    }
}

extension Sentence {
    /// Verbs whose subject owns their object: "families have needs", "the neighbourhood faces challenges".
    static let holdingVerbs = LanguageData.embedded.words(.holdingVerbs)
    /// Verbs that make their object a task: "solve a problem", "the issue was resolved".
    static let taskVerbs = LanguageData.embedded.words(.taskVerbs)
    /// Prepositions whose object is who or what a problem, need or challenge belongs to.
    static let ownerPrepositions = LanguageData.embedded.words(.ownerPrepositions)

    /// Nouns that pass their reference on to an of-complement: "a rough part of town" -> town.
    static let partitives = LanguageData.embedded.words(.partitives)

    /// What divides a town into sides: "the far side of the tracks".
    static let divides = LanguageData.embedded.words(.divides)

    /// Nouns for a set of people that name no kind of their own: "a broken lot", "a struggling bunch".
    static let collectiveNouns = LanguageData.embedded.words(.collectiveNouns)

    /// Pronouns that point at what was just named: "Is this a problem …?".
    static let pointingWords = LanguageData.embedded.words(.pointingWords)

    func framing(_ head: Int, _ construction: String) -> Framing? {
        guard head >= 0, head < tokens.count else { return nil }
        if Sentence.partitives.contains(tokens[head].text), head + 2 < tokens.count, tokens[head + 1].text == "of",
           !clauseBreak(before: head + 1), let inner = nounPhraseHead(from: head + 2), let f = framing(inner, construction) {
            // "the left-behind side of the river", "the wrong end of the tracks": a side of a divide is a neighbourhood.
            if !f.referent.isPeople, ["side", "sides", "end", "ends", "bank", "corner"].contains(tokens[head].text),
               Sentence.divides.contains(possessor(tokens[inner].text)) {
                return Framing(head: head, headText: tokens[head].text, referent: .category(.place), construction: construction)
            }
            return f
        }
        // "those who lack cars", "those most in need": the people a demonstrative stands for.
        if tokens[head].text == "those", ["who", "whose", "most", "in", "with", "without", "living", "facing", "hardest", "least"].contains(text(head + 1)),
           !clauseBreak(before: head + 1) {
            return Framing(head: head, headText: tokens[head].text, referent: .category(.group), construction: construction)
        }
        // "one in three students": the people counted.
        if ["one", "two", "three", "four", "five"].contains(tokens[head].text) || tag(head) == .number, head + 2 < tokens.count,
           tokens[head + 1].text == "in" || tokens[head + 1].text == "out", !clauseBreak(before: head + 1),
           let inner = nounPhraseHead(from: tokens[head + 1].text == "out" ? min(tokens.count - 1, head + 3) : head + 2), inner > head + 1,
           let f = framing(inner, construction) {
            return f
        }
        // "the poorest zip code": a postal area, a place as a community (also when "ZIP", read as a name, is taken for the head).
        if tokens[head].text == "zip", ["code", "codes"].contains(text(head + 1)), !clauseBreak(before: head + 1) {
            return Framing(head: head + 1, headText: tokens[head + 1].text, referent: .category(.place), construction: construction)
        }
        if ["code", "codes"].contains(tokens[head].text), head > 0, !clauseBreak(before: head), ["zip", "postal"].contains(tokens[head - 1].text) {
            return Framing(head: head, headText: tokens[head].text, referent: .category(.place), construction: construction)
        }
        // "the east end", "the north side": a part of a town, a place as a community.
        if ["end", "side", "ends", "sides"].contains(possessor(tokens[head].text)), head > 0, !clauseBreak(before: head),
           Sentence.townDirections.contains(tokens[head - 1].text) {
            return Framing(head: head, headText: tokens[head].text, referent: .category(.place), construction: construction)
        }
        // "I am the person in the room who needs an interpreter": a person noun said of the applicant by "be" is the applicant.
        if case .category(let c)? = referent(head), c == .person || c == .group, case let start = nounPhraseStart(head), start > 0,
           !clauseBreak(before: start), ["i'm", "we're", "i’m", "we’re"].contains(tokens[start - 1].text)
            || (start > 1 && tag(start - 1) == .be && ["i", "we"].contains(tokens[start - 2].text) && !clauseBreak(before: start - 1)) {
            return Framing(head: head, headText: tokens[head].text, referent: .applicant, construction: construction + ", said of the applicant")
        }
        guard let r = referent(head) else { return nil }
        // "my own Mixteco is poor", "my Spanish": a name after "my" is what the applicant has, not people.
        if r == .name, text(nounPhraseStart(head)) == "my" {
            return Framing(head: head, headText: tokens[head].text, referent: .applicant, construction: construction + ", the applicant's own")
        }
        // "your child's Chromebook", "their Toyota": a name after a person's possessive is something they have.
        if r == .name, case let start = nounPhraseStart(head), start < head, tag(start) == .possessive,
           ["your", "their", "his", "her"].contains(tokens[start].text) || (referent(start).map { $0 == .category(.person) } ?? false) {
            return Framing(head: head, headText: tokens[head].text, referent: .category(.thing), construction: construction + ", a name after a person's possessive (what they have)")
        }
        return Framing(head: head, headText: tokens[head].text, referent: r, construction: construction)
    }

    /// Whose life the noun at `head` is: its possessive ("their lives"), its "of" phrase ("the lives of these families"), or
    /// the subject of the verb it is the object of ("they live half-unpacked lives", "women carrying frayed lives").
    private func lifeOwner(_ head: Int) -> Int? {
        let start = nounPhraseStart(head)
        if let p = (start..<head).last(where: { tag($0) == .possessive }) { return p }
        if text(head + 1) == "of", !clauseBreak(before: head + 1), let h = nounPhraseHead(from: head + 2) { return h }
        guard start >= 1, !clauseBreak(before: start) else { return nil }
        var v = start - 1
        if ["together", "back", "up"].contains(tokens[v].text), v >= 1 { v -= 1 }
        guard tag(v) == .verb, !clauseBreak(before: v + 1) else { return nil }
        if tokens[v].text.hasSuffix("ing"), v >= 1, isNominal(v - 1), !clauseBreak(before: v) { return v - 1 }
        return subjectHead(of: v)
    }

    func task(_ head: Int, _ construction: String) -> Framing {
        Framing(head: head, headText: tokens[head].text, referent: .category(.event), construction: construction, isTask: true)
    }

    /// A construction that frames no one and is no task either, saying why.
    func noOne(_ head: Int, _ why: String) -> Framing {
        var f = task(head, why)
        f.framesNoOne = why
        return f
    }

    /// What the deficit word at tokens `first...last` frames, read as `kind`
    /// says; nil when the sentence names nothing it is said of.
    /// `missing`: prepositions that introduce what is lacking rather than who
    /// lacks it ("a lack of time", "the need for translation").
    public func framing(first: Int, last: Int, kind: FramingKind, missing: Set<String> = []) -> Framing? {
        var kind = kind
        // A word that can be a noun or a verb ("need", "lack", "struggle") is read as the sentence uses it.
        if kind == .owner || kind == .subject, first == last, !tokens[first].hyphenBefore {
            let t = tag(first)
            let word = tokens[first].text
            let verbByPlace = isVerbByPlace(first)
            // ("the health needs of the east side": a noun before "of".)
            if kind == .owner, t == .verb || verbByPlace, first > 0, verbByPlace || text(first + 1) != "of",
               commaOnly(before: first) || tokens[first].before.contains(")") || !clauseBreak(before: first) && ([.noun, .name, .pronoun, .relative, .adverb, .modal, .doVerb, .negation].contains(tag(first - 1)) || tag(first - 1) == .determiner && t == .verb)
                || verbByPlace || ["and", "or"].contains(tokens[first - 1].text) && coordinatedCopula(before: first - 1) != nil {
                kind = .subject
            } else if kind == .owner, word.hasSuffix("ing"), first > 0, ["and", "or"].contains(tokens[first - 1].text), !clauseBreak(before: first),
                      coordinatedCopula(before: first - 1) != nil || progressiveBefore(first) {
                kind = .subject  // the last of a list of predicates: "who are behind and lacking credits"
            } else if kind == .owner, startsLine(first), word.hasSuffix("ing"), last + 1 < tokens.count, tag(last + 1) != .preposition || commaOnly(before: last + 1) {
                kind = .subject  // a participle that opens the sentence: "Lacking a van, the families walked"
            } else if kind == .owner, word.hasSuffix("ing"), first > 0, let c = copula(before: first), tag(c) == .be, text(first + 1) != "of" {
                kind = .subject  // a progressive, whatever the tables call its participle: "parents who are often lacking in confidence"
            } else if kind == .subject, t == .noun || (first > 0 && [.determiner, .possessive, .adjective, .preposition].contains(tag(first - 1))) {
                kind = .owner
            }
        }
        // A compound with a hyphen before ("multi-problem families") modifies the noun after it.
        if tokens[first].hyphenBefore, kind == .owner { kind = .modifier }
        // A verb phrase written as one hyphenated word before a noun ("hand-to-mouth households") modifies it.
        if kind == .subject, last > first, (first + 1...last).allSatisfy({ tokens[$0].hyphenBefore }), last + 1 < tokens.count,
           !clauseBreak(before: last + 1), !tokens[last + 1].hyphenBefore, isNominal(last + 1) {
            kind = .modifier
        }
        if kind == .owner, let f = compoundBeforeThing(first: first, last: last) { return f }
        // A word that pictures a life pictures whose it is: "their frayed lives", "the home lives of some children are
        // threadbare", "women carrying frayed lives" (not a life saved or a struggle in it, which the words' own terms read).
        let found = read(first: first, last: last, as: kind, missing: missing)
        if [.modifier, .imagery, .picture].contains(kind), let f = found, !f.referent.isPeople, ["life", "lives"].contains(tokens[f.head].text),
           let owner = lifeOwner(f.head), let g = framing(owner, f.construction + ", of their lives") {
            return g
        }
        return found
    }

    private func read(first: Int, last: Int, as kind: FramingKind, missing: Set<String>) -> Framing? {
        switch kind {
        case .owner: return ownerFraming(first: first, last: last, missing: missing)
        case .modifier:
            let f = modifierFraming(first: first, last: last)
            // A participle that ends a relative clause after people or a place: "a neighborhood the cranes left behind".
            if f.map({ !$0.referent.isPeople }) ?? true, tokens[first].text == "left" || tokens[first].text.hasSuffix("ed"),
               let g = relativeObjectFraming(first: first, last: last), g.referent.isPeople {
                return g
            }
            return pictureOfModifiedThing(f, first: first, last: last) ?? f
        case .subject: return subjectFraming(first: first, last: last)
        case .object: return objectFraming(first: first, last: last)
        case .relativeObject: return relativeObjectFraming(first: first, last: last)
        case .withRemoved: return withRemovedFraming(first: first, last: last)
        case .withoutPart: return withoutPartFraming(first: first, last: last)
        case .imagery: return stateAfterPart(first: first, last: last)
        case .picture: return pictureFraming(first: first, last: last)
        case .label, .metaphor: return labelFraming(first: first, last: last)
        }
    }

    // MARK: nouns: whose need, problem or challenge

    private func ownerFraming(first: Int, last: Int, missing: Set<String>) -> Framing? {
        // 0. What the term is, an activity: "The students' real challenge was converting recipes to grams" (whoever's).
        if last + 2 < tokens.count, tag(last + 1) == .be, !clauseBreak(before: last + 1), !clauseBreak(before: last + 2) {
            var p = last + 2
            while p < tokens.count, tag(p) == .adverb, !clauseBreak(before: p) { p += 1 }
            if p < tokens.count, tag(p) == .verb, tokens[p].text.hasSuffix("ing"), !clauseBreak(before: p) {
                return task(p, "subject of ‘\(tokens[last + 1].text) \(tokens[p].text)’ (an activity)")
            }
        }
        // 0b. A predicate noun whose subject is a thing or an organisation: "The plant is the town's biggest problem" says
        // the plant is, whoever's it is.
        if case let start = nounPhraseStart(last), start > 0, start < first, tag(start) == .determiner || tag(start) == .possessive,
           let c = copula(before: start), c + 1 == start, let s = subjectOfCopula(c, predicate: start), let f = framing(s, "subject of ‘\(tokens[c].text)’"),
           case .category(let k) = f.referent, k == .thing || k == .organisation {
            return f
        }
        // 0c. Trouble had with a person is a quarrel, no one's lack: "has been having problems with @PERSON1", "if you had a
        // problem with a class or a teacher". ("The problem with these families is …", with no one having it, judges them.)
        if last + 2 < tokens.count, tokens[last + 1].text == "with", !clauseBreak(before: last + 1), !clauseBreak(before: last + 2),
           let other = tag(last + 2) == .pronoun ? last + 2 : nounPhraseHead(from: last + 2), other - last < 5,
           let r = referent(other), r == .name || r == .category(.person) || r == .category(.group) || tag(other) == .pronoun && Sentence.personPronouns.contains(tokens[other].text),
           case var h = first - 1, h >= 0 {
            while h > 0, !clauseBreak(before: h + 1), [.determiner, .adjective, .number].contains(tag(h)) { h -= 1 }
            // (Had by one person: a group's problems with landlords are its circumstances, "the tenants have many problems
            // with the landlord".)
            var a = h
            while a > 0, !clauseBreak(before: a), [.be, .have, .modal, .adverb, .negation, .doVerb].contains(tag(a - 1)) { a -= 1 }
            if !clauseBreak(before: h + 1), tag(h) == .have || data.verbLemma(tokens[h].text) == "have", let haver = subjectHead(of: a),
               ["i", "you", "he", "she"].contains(tokens[haver].text) || referent(haver) == .name
                || tokens[haver].capitalised && data.classes(tokens[haver].text).isEmpty
                || referent(haver) == .category(.person) && (!tokens[haver].text.hasSuffix("s") && !isIrregularPlural(tokens[haver].text)
                    || text(nounPhraseStart(haver) - 1) == "of" && text(nounPhraseStart(haver) - 2) == "one") {
                return noOne(other, "trouble had with someone (‘\(tokens[first].text) with \(tokens[other].text)’), a quarrel, not a lack")
            }
        }
        // 0d. Owned by a possessive pronoun after "be": "the issue was ours, not the recipe's".
        if last + 2 < tokens.count, tag(last + 1) == .be, !clauseBreak(before: last + 1), !clauseBreak(before: last + 2),
           ["ours", "mine", "theirs", "his", "hers", "yours"].contains(tokens[last + 2].text),
           let f = framing(last + 2, "owned (‘\(tokens[last + 1].text) \(tokens[last + 2].text)’)") {
            return f
        }
        // 0e. A sum or a score is no one's lack: "a $900 deficit", "came back from a 2-0 deficit".
        if first > 0, !clauseBreak(before: first), tag(first - 1) == .number, tokens[first].text.hasPrefix("deficit") {
            return noOne(first - 1, "a sum or a score (‘\(tokens[first - 1].text) \(tokens[first].text)’), not people")
        }
        // 0f. A noun that sorts people into a kind: "my problem kids", "these problem families", "a problem child".
        if let f = classifierOfPeople(first: first, last: last) { return f }
        // 0g. Things given as its examples: "neighborhood problems, such as the potholes and the vacant lot".
        if let f = examplesOfThings(after: last) { return f }
        // 1. A possessor before: "families' needs", "their problems", "the community's biggest challenges".
        var j = first - 1
        while j >= 0, !clauseBreak(before: j + 1), [.adjective, .adverb].contains(tag(j)) || tokens[j].text == "own" { j -= 1 }
        if j >= 0, !clauseBreak(before: j + 1), tag(j) == .possessive, let f = framing(j, "possessive") { return f }
        // 2a. A participle before it: "a community facing problems", "families experiencing challenges".
        if first >= 2, !clauseBreak(before: first), !clauseBreak(before: first - 1), tokens[first - 1].text.hasSuffix("ing"),
           let lemma = data.verbLemma(tokens[first - 1].text), Sentence.holdingVerbs.contains(lemma), isNominal(first - 2),
           let f = framing(attachedHead(first - 2), "subject of ‘\(tokens[first - 1].text)’") {
            return f
        }
        // 2. A noun before it in a compound: "community needs" (people), "the calibration issue", "the culvert problem"
        // (a thing). An activity or a quality ("reading deficits", "language issues") names the kind of problem, not
        // whose: the other constructions decide, and failing them the compound does.
        var kindOfProblem: Framing?
        // A phrase made one word by hyphens names the kind ("the draw-your-own-hero challenge", "a build-a-bridge problem").
        // (One hyphen is enough before a challenge, a contest: "their egg-drop challenge".)
        if first > 2, !clauseBreak(before: first), tokens[first - 1].hyphenBefore,
           tokens[first - 2].hyphenBefore || tokens[first].text.hasPrefix("challenge") && tag(first - 1) == .noun {
            kindOfProblem = noOne(first - 1, "the kind of \(tokens[first].text) (a phrase joined by hyphens)")
            // (A contest so named is an event, whoever plays it.)
            if tokens[first].text.hasPrefix("challenge") { return kindOfProblem }
        } else if first > 0, !clauseBreak(before: first), !tokens[first].hyphenBefore, tag(first - 1) == .noun || tag(first - 1) == .name,
           let f = framing(first - 1, "compound noun") {
            if case .category(let c) = f.referent, c == .event || c == .abstract || c == .document { kindOfProblem = f }
            // A word that is a person only as a noun modifies as an adjective: "a 24-hour comic challenge".
            else if f.referent == .category(.person), !tokens[first - 1].capitalised, Sentence.adjectiveFirst.contains(tokens[first - 1].text) {
                kindOfProblem = noOne(first - 1, "‘\(tokens[first - 1].text)’ here an adjective (the kind of \(tokens[first].text))")
            }
            // Whose, when an of-complement names people: "the transit problems of night-shift janitors".
            else if !f.referent.isPeople, text(last + 1) == "of", !clauseBreak(before: last + 1), let h = nounPhraseHead(from: last + 2),
                    let g = framing(h, "of-complement"), g.referent.isPeople { return g } else { return f }
        }
        // 3. "families in need (of housing)": the noun before "in".
        if first >= 2, tokens[first - 1].text == "in", !clauseBreak(before: first), !clauseBreak(before: first - 1), isNominal(first - 2),
           let f = framing(attachedHead(first - 2), "noun + in + need") {
            return f
        }
        // 3b. "… are (in my view) deeply in real need": the subject of the copula before "in".
        var n = first - 1
        while n > 0, !clauseBreak(before: n + 1), tag(n) == .adjective { n -= 1 }
        if n > 0, n < first, tokens[n].text == "in", !clauseBreak(before: n + 1), let c = copula(before: n),
           let s = subjectOfCopula(c, predicate: n), let f = framing(s, "predicate (‘\(tokens[c].text) in need’)") {
            return f
        }
        // 3c. A predicate noun with people after "for" or "to", whose subject is a thing or a task: "Is transportation to
        // evening events a problem for your family?", "getting to the clinic is a challenge for families". The problem
        // is the subject; the people are who meet it.
        // ("Distribution was a challenge in the Dari-speaking group": where the task was hard, the same.)
        if last + 1 < tokens.count, ["for", "to", "in", "among", "with", "within", "across"].contains(tokens[last + 1].text), !clauseBreak(before: last + 1),
           let f = thingSubject(ofPredicate: first) {
            return f
        }
        // 3d. The term with a for-phrase as the subject of "be", whose predicate names a task or a thing: "the real issue
        // for him is Saturday staffing". What the issue is decides, not whom it concerns.
        if last + 2 < tokens.count, tokens[last + 1].text == "for", !clauseBreak(before: last + 1), let h = nounPhraseHead(from: last + 2) {
            var c = h + 1
            while c < tokens.count, tag(c) == .adverb, !clauseBreak(before: c) { c += 1 }
            if c + 1 < tokens.count, tag(c) == .be, !clauseBreak(before: c), !clauseBreak(before: c + 1), tokens[c + 1].text != "that",
               tag(c + 1) != .subordinator, let p = nounPhraseHead(from: c + 1), let f = framing(p, "predicate after ‘\(tokens[c].text)’"),
               case .category(let k) = f.referent, [.thing, .event, .abstract, .document].contains(k) {
                return f
            }
        }
        // 3e. A lack opening its sentence, laid on people by a verb ("A deficit of trust, built over years, follows the youth"), or
        // put first ("Most in need, I expect, will be the families").
        if let f = afflicted(by: first) ?? (text(first - 1) == "in" ? invertedSubject(first: first, last: last) : nil) { return f }
        // 4. A complement after: "the needs of families", "an issue with the scanner", "challenges facing residents".
        var k = last + 1
        // Past a list of deficit nouns: "the needs, problems and challenges of …".
        var listed = 0
        var joined = false
        while k + 1 < tokens.count, listed < 6 {
            if tokens[k].text == "and" || tokens[k].text == "or", tag(k + 1) == .noun, !clauseBreak(before: k + 1) {
                k += 2
                joined = true
            } else if commaOnly(before: k), tag(k) == .noun {
                k += 1
            } else {
                break
            }
            listed += 1
        }
        // (A list ends with "and" or "or": "I have a need, common among lecturers, to explain" lists nothing.)
        if k >= tokens.count || clauseBreak(before: k) || (listed > 0 && !joined) { k = last + 1 }
        // A complement set off by commas before the verb: "The problem, for most of the men on the unit, is idleness".
        let setOff = k == last + 1 && k < tokens.count && commaOnly(before: k) && ["for", "among"].contains(tokens[k].text)
            && (min(tokens.count, k + 2)..<min(tokens.count, k + 20)).contains(where: { commaOnly(before: $0) && [.be, .verb, .modal].contains(tag($0)) })
        if k == last + 1, !setOff, let f = ofComplementAfterAside(last: last) { return f }
        if k < tokens.count, !clauseBreak(before: k) || setOff, !isDuration(at: k) {
            var preposition = tokens[k].text
            var object = k + 1
            // What is missing first, then whose it is: "a lack of access among residents".
            if missing.contains(preposition), let h = nounPhraseHead(from: object) {
                let after = h + 1
                if after < tokens.count, !clauseBreak(before: after), ["among", "in", "for", "across", "within", "amongst", "of"].contains(tokens[after].text) {
                    // (A thing missing somewhere is a gap in a place's equipment, not its people: "the lack of a community
                    // room in the park", "a lack of shade at the Ninth Street site".)
                    if ["in", "across", "within"].contains(tokens[after].text), let g = framing(h, "what is missing"), case .category(let c) = g.referent,
                       [.thing, .document, .organisation, .event].contains(c) {
                        return noOne(h, "what is missing: ‘\(tokens[h].text)’, a thing, and where")
                    }
                    preposition = tokens[after].text
                    object = after + 1
                } else {
                    // (People missing with no one said to miss them, "the lack of lifeguards at the bend", name a gap in a
                    // service: no one is framed.)
                    // ("Deficits in these households" says where they are: "in" names whose.)
                    if ["of", "for"].contains(preposition), let g = framing(h, "what is missing"), g.referent.isPeople, case .category = g.referent { return noOne(h, "what is missing: ‘\(tokens[h].text)’, with no one said to miss them") }
                    preposition = ""
                }
            }
            // ("a problem at home": where it happens, the household, not a place as a community; "the drainage problem at
            // Ninth and Vale": where a problem of its kind is.)
            let atHome = preposition == "at" && (text(object) == "home" || kindOfProblem != nil)
                // ("on top of reading deficits": what is added, not whose.)
                || preposition == "on" && text(object) == "top" && text(object + 1) == "of"
            // (A word no table knows is read by the one joined to it: "problems with the inhaler spacer or mask".)
            let known = nounPhraseHead(from: object).flatMap { h in
                framing(h, preposition + "-complement").map { (h, $0) }
                    ?? (["or", "and"].contains(text(h + 1)) && !clauseBreak(before: h + 1) && data.classes(tokens[h].text).isEmpty
                        ? nounPhraseHead(from: h + 2).flatMap { g in framing(g, preposition + "-complement").map { (g, $0) } } : nil)
            }
            if Sentence.ownerPrepositions.contains(preposition), !missing.contains(preposition) || object != k + 1, !atHome,
               let (h, f) = known {
                // A problem of a named kind with a place or an organisation is a matter between parties: "an insurance
                // issue with the county".
                if let kind = kindOfProblem, preposition == "with" || preposition == "between", case .category(let c) = f.referent,
                   c == .place || c == .organisation {
                    return kind
                }
                // "riders face deep deficits of time and money": of an abstraction, what is short; whose, the subject of the
                // verb that holds it.
                if preposition == "of", case .category(.abstract) = f.referent, let held = heldBy(first: first), held.referent.isPeople {
                    return held
                }
                if f.referent == .category(.abstract), let g = commonAmong(after: h) { return g }
                return f
            }
        }
        // 5. The object of a verb: "families have so many needs" (its subject), "solve the problem" (a task).
        j = wordBeforeObject(first)
        // "runs into a problem": an obstacle met on the way, not a trait of whoever meets it.
        if j >= 1, tokens[j].text == "into", !clauseBreak(before: j), data.verbLemma(tokens[j - 1].text) == "run" {
            return task(j - 1, "object of ‘\(tokens[j - 1].text) into’")
        }
        if j >= 0, !clauseBreak(before: j + 1), tag(j) == .verb || tag(j) == .have || tag(j) == .doVerb, let lemma = data.verbLemma(tokens[j].text),
           Sentence.taskVerbs.contains(lemma) {
            return heldInRelativeClause(after: last) ?? task(j, "object of ‘\(tokens[j].text)’")
        }
        if let f = heldBy(first: first) { return f }
        // 5b. A predicate noun said of people: "the fathers …, most of whom drive for the orchards, remain a real problem".
        // (A noun phrase: a determiner opens it; "they are upset and need a lift" is a verb.)
        if j >= 0, j + 1 < first, (j + 1..<first).contains(where: { tag($0) == .determiner }), !clauseBreak(before: j + 1),
           let c = copula(before: j + 1), let s = subjectOfCopula(c, predicate: j + 1),
           let f = framing(s, "predicate noun"), f.referent.isPeople {
            // (An activity opens the clause before "be": "told the association that finding the right home at night was a
            // real problem".)
            if s < c, let g = (s + 1..<c).first(where: { tag($0) == .verb && tokens[$0].text.hasSuffix("ing")
                && (clauseBreak(before: $0) || ["that", "because", "since", "if", "when", "whether"].contains(text($0 - 1))) }) {
                return task(g, "subject of ‘\(tokens[c].text)’ (an activity)")
            }
            return f
        }
        // 6. The term as the subject of "be": "The problem was timing", "the issue is that families …", "the issue was resolved".
        var c = last + 1
        var steps = 0
        while c < tokens.count, steps < 5, !clauseBreak(before: c), tag(c) != .be {
            // A phrase that says between whom or about what: "The issue between the club and the planners was tone".
            if ["between", "with", "about", "over", "around"].contains(tokens[c].text), let h = nounPhraseHead(from: c + 1), h < tokens.count - 1 {
                var end = h
                if text(end + 1) == "and", !clauseBreak(before: end + 1), let more = nounPhraseHead(from: end + 2) { end = more }
                c = end + 1
                steps += 1
                continue
            }
            if ![.verb, .adverb, .to].contains(tag(c)) && tokens[c].text != "out" { c = tokens.count; break }
            c += 1
            steps += 1
        }
        if c < tokens.count, !clauseBreak(before: c), tag(c) == .be, first == 0 || !isNominal(first - 1) {
            var p = c + 1
            while p < tokens.count, [.adverb, .negation].contains(tag(p)) { p += 1 }
            if p < tokens.count, !clauseBreak(before: p) || tokens[p].before == ":" {
                if tag(p) == .verb, let lemma = data.verbLemma(tokens[p].text), Sentence.taskVerbs.contains(lemma) || tokens[p].text.hasSuffix("ed") {
                    return task(p, "subject of ‘\(tokens[c].text) \(tokens[p].text)’")
                }
                // "the issue is that …": a situation, not a framing of the clause's subject.
                if tokens[p].text == "that" || tag(p) == .subordinator { return kindOfProblem }
                if let h = nounPhraseHead(from: p), let f = framing(h, "predicate after ‘\(tokens[c].text)’") {
                    // Denied of them: "The problem was not the interpreter" (not "not only the parents", which adds them).
                    if f.referent.isPeople, tokens[c].text.hasSuffix("n't") || (c + 1..<p).contains(where: { tag($0) == .negation }),
                       !["only", "just", "merely", "simply", "solely"].contains(text(p - 1)) {
                        return noOne(h, "denied of ‘\(tokens[h].text)’: ‘\(tokens[c].text) not …’")
                    }
                    return f
                }
            }
        }
        // 7. A label before a colon: "Problem: van seats 12", "Own challenge: I talk too fast". (Inside a sentence the colon
        // opens what the matter was, a situation: "surfaced a real issue: students were treating the data as theirs".)
        if last + 1 < tokens.count, tokens[last + 1].before.hasPrefix(":"), startsLine(nounPhraseStart(first)) {
            // (A clause after it is what happened, a matter: "Smaller problem: one student kept writing …".)
            if let h = nounPhraseHead(from: last + 1), h + 1 < tokens.count, !clauseBreak(before: h + 1), [.verb, .modal, .have, .doVerb].contains(tag(h + 1)) {
                return kindOfProblem ?? noOne(h + 1, "a matter, told after a colon")
            }
            if let h = nounPhraseHead(from: last + 1), let f = framing(h, "what follows the label") { return f }
        } else if last + 1 < tokens.count, tokens[last + 1].before.hasPrefix(":") {
            return kindOfProblem ?? framing(last, "a matter, explained after a colon")
        }
        // 8. A relative clause after it: "the challenges we faced", "a problem your child solved", "the lack they live with".
        if let (h, v, lemma) = relativeClause(after: last) {
            if Sentence.taskVerbs.contains(lemma) { return task(v, "object of ‘\(tokens[v].text)’") }
            if Sentence.holdingVerbs.contains(lemma) || ["see", "name", "list", "take", "accept"].contains(lemma) || lemma == "live" && text(v + 1) == "with",
               let f = framing(h, "subject of ‘\(tokens[v].text)’ in a relative clause") { return f }
            // Left on people by a cause: "the deficits that decades of neglect have left in so many families".
            if lemma == "leave", let f = peopleAfter(v + 1, "left on them in a relative clause") { return f }
        }
        // 9. The subject of a verb whose object is people: "the same problems, bills, bad roads, follow the families".
        // (A problem of a named kind is an incident: "a paperwork issue knocked a few families off the list".)
        var v = kindOfProblem == nil ? last + 1 : tokens.count
        var crossed = 0
        while v < tokens.count, v - last < 12 {
            if clauseBreak(before: v) {
                // Only an apposition of nouns: "problems, bills, bad roads, bad teeth, follow"; ", and the agreement
                // needed …" opens a clause of its own.
                guard commaOnly(before: v), crossed < 5, !["and", "but", "or", "so", "while", "yet"].contains(tokens[v].text) else { break }
                crossed += 1
            }
            let t = tag(v)
            if t == .verb {
                if let o = nounPhraseHead(from: v + 1), o - v < 5, !clauseBreak(before: v + 1), let f = framing(o, "object of ‘\(tokens[v].text)’, whose subject it is"),
                   f.referent.isPeople { return f }
                break
            }
            if ![.noun, .adjective, .determiner, .conjunction, .number].contains(t) { break }
            v += 1
        }
        // 10. "treating each other as the problem": what it is said to be.
        j = first - 1
        while j >= 0, !clauseBreak(before: j + 1), tag(j) == .determiner || tag(j) == .adjective { j -= 1 }
        if j > 0, tokens[j].text == "as", !clauseBreak(before: j + 1), let f = comparison(before: j) { return f }
        // A predicate noun said of a thing ("the dish machine, which was a constant problem"): the thing, before any
        // people word nearby.
        if let f = thingSubject(ofPredicate: first) { return f }
        // A problem of a named kind is whose stands before it ("the seniors' mobility problems", "students with learning
        // deficits"), not of whoever comes after ("the translation issues meant four families answered late"); nor a lack
        // past what is missing ("the lack of lights on Field 2").
        let missingFollows = last + 1 < tokens.count && !clauseBreak(before: last + 1) && missing.contains(tokens[last + 1].text)
            && ["of", "for"].contains(tokens[last + 1].text)
        return nearbyPeople(first: first, last: last, after: kindOfProblem == nil && !missingFollows) ?? commonAmong(after: last) ?? kindOfProblem
    }
}
