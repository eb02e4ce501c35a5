import EssayCore

/// Adjectives: the noun a word of lack modifies or is said of ("needy
/// families", "families who are struggling").
extension Sentence {
    static let rankedPlaces = LanguageData.embedded.words(.rankedPlaces)
    /// Words that name a person as nouns but modify a noun as adjectives ("a comic challenge").
    static let adjectiveFirst = LanguageData.embedded.words(.adjectiveFirst)
    /// Nouns whose adjective before a to-infinitive judges fitness: "a poor place to stand".
    static let fitnessNouns = LanguageData.embedded.words(.fitnessNouns)
    /// Adjectives never before their noun ("adrift", "alone").
    static let predicativeOnly = LanguageData.embedded.words(.predicativeOnly)

    func modifierFraming(first: Int, last: Int) -> Framing? {
        // The last part of a compound after a noun stands for the compound: "several parents were math-challenged" (not
        // "the district's special-needs busing").
        if first > 0, tokens[first].hyphenBefore, !clauseBreak(before: first), tag(first - 1) == .noun,
           !data.classes(tokens[first - 1].text).contains(.adjective) {
            var lead = first - 1
            while lead > 0, tokens[lead].hyphenBefore { lead -= 1 }
            return modifierFraming(first: lead, last: last)
        }
        // A verb in -ed between its subject and a name or a number, its object: "One girl challenged Walt", "Dil Bahadur
        // challenged two of my entries".
        // (Or a noun and "to" with its verb: "Every booth challenged players to estimate".)
        if first == last, first > 0, tokens[first].text.hasSuffix("ed"), !clauseBreak(before: first), isNominal(first - 1) || tag(first - 1) == .pronoun,
           last + 1 < tokens.count, !clauseBreak(before: last + 1),
           tag(last + 1) == .name || tag(last + 1) == .number
            || last + 3 < tokens.count && isNominal(last + 1) && text(last + 2) == "to" && !clauseBreak(before: last + 2)
                && data.classes(tokens[last + 3].text).contains(.verb) && !clauseBreak(before: last + 3) { return nil }
        // Attributive: "needy families", "the poorest census tract", "poor and working families".
        var k = last + 1
        var afterAside = false
        if k < tokens.count, !clauseBreak(before: k), tokens[k].text == "and" || tokens[k].text == "or" {
            // (After a predicate, "and" and a determiner open a clause of their own: "the bridge is still broken and two bus
            // routes were cut".)
            k = k + 1 < tokens.count && [.determiner, .number, .possessive].contains(tag(k + 1)) && copula(before: first) != nil ? tokens.count : k + 1
            // Past an aside after "and": "vulnerable and, in my experience, deeply hospitable households".
            if k < tokens.count, commaOnly(before: k), let close = (k + 1..<min(tokens.count, k + 8)).first(where: { commaOnly(before: $0) }),
               !(k..<close).contains(where: { [.verb, .be, .modal, .have].contains(tag($0)) }) {
                k = close
                afterAside = true
            }
        } else if k < tokens.count, commaOnly(before: k), ["if", "though", "albeit", "but", "yet"].contains(tokens[k].text),
                  let close = (k + 1..<min(tokens.count, k + 10)).first(where: { clauseBreak(before: $0) }), commaOnly(before: close),
                  !(k..<close).contains(where: { [.verb, .be, .modal, .have].contains(tag($0)) }) {
            // Past a concession between commas: "a poor, if loud and extremely funny, crew of twelve-year-olds".
            k = close
            afterAside = true
        }
        // (An adverb after it ends its phrase: "guardians who are uninvolved rarely call back"; so does a time ago: "a
        // street that flatlined years ago".)
        // (Nor does a time: "riders … are at risk every January".)
        if k < tokens.count, !clauseBreak(before: k) || modifierListFollows(k) || afterAside, tag(k) != .adverb || afterAside, text(k + 1) != "ago",
           !(["every", "each", "last", "next"].contains(tokens[k].text) && k + 1 < tokens.count && isTime(k + 1)),
           first < last || !Sentence.predicativeOnly.contains(tokens[first].text) {
            if let h = nounPhraseHead(from: k), h - k < (afterAside ? 6 : 4), !clauseBreak(before: h) || h == k && afterAside, isNominal(h),
               var f = framing(h, "attributive adjective") {
                // A judgment of fitness: "a poor place to stand thirty people", "a poor time to ask".
                if Sentence.fitnessNouns.contains(tokens[h].text), text(h + 1) == "to", !clauseBreak(before: h + 1) {
                    return noOne(h, "a judgment of fitness (‘\(tokens[h].text) to …’)")
                }
                if !f.referent.isPeople, let g = possessorFraming(from: k, to: h, "attributive adjective before a possessor") { return g }
                // "the poorest school in the district": a school described by its pupils' circumstances is its community.
                if f.referent == .category(.organisation), ["school", "schools"].contains(tokens[h].text) {
                    f.referent = .category(.place)
                    f.construction += " (a school, its community)"
                }
                // "the poorest building on the avenue": a superlative of lack ranks a building by its people.
                let superlative = data.adjectiveBase(tokens[first].text)?.1 == .superlative || first > 0 && ["most", "least"].contains(tokens[first - 1].text)
                if superlative, !f.referent.isPeople, Sentence.rankedPlaces.contains(tokens[h].text) {
                    f.referent = .category(.place)
                    f.construction += " (ranked by its people)"
                }
                // What a building where people live is without, its people are: "many come from bookless apartments".
                if tokens[last].text.hasSuffix("less"), !f.referent.isPeople, Sentence.rankedPlaces.contains(tokens[h].text) {
                    f.referent = .category(.place)
                    f.construction += " (what its people are without)"
                }
                // After a copula, a noun that names no one may be no head of it ("families are struggling right now"):
                // the subject decides when it names people.
                // (Not after a verb whose noun is its object: "families get poor cell reception".)
                if !f.referent.isPeople, let c = copula(before: first), !Sentence.objectCopulas.contains(data.verbLemma(tokens[c].text) ?? ""),
                   let s = subjectOfCopula(c, predicate: first),
                   !["it", "this", "that"].contains(tokens[s].text), let p = framing(s, "predicate adjective"), p.referent.isPeople {
                    // (A thing it modifies there is their picture, and the finding covers it: "by Friday my kids are
                    // worn-out dishrags".)
                    return pictureOfModifiedThing(f, first: first, last: last) ?? p
                }
                // A collective noun said of people: "the men in the back room … are frankly a broken lot".
                if Sentence.collectiveNouns.contains(tokens[h].text), text(h + 1) != "of", case let start = nounPhraseStart(h),
                   let c = copula(before: start), let s = subjectOfCopula(c, predicate: start), let p = framing(s, "predicate noun (‘\(tokens[h].text)’)"),
                   p.referent.isPeople {
                    return p
                }
                // A person noun said of a thing names its role: "Cardboard is a poor conductor" (not "what remains are the
                // leftover residents").
                if f.referent == .category(.person), case let start = nounPhraseStart(h), ["a", "an"].contains(tokens[start].text),
                   let c = copula(before: start), c + 2 >= start,
                   let s = subjectOfCopula(c, predicate: start), s != h, referent(s) == .category(.thing) {
                    return noOne(h, "a role said of a thing (‘\(tokens[s].text) … \(tokens[h].text)’)")
                }
                return f
            }
        }
        if let f = asideBeforeNoun(first: first, last: last) { return f }
        if let f = frontedFraming(first: first, last: last) { return f }
        if let f = wordForPeople(first: first, last: last) ?? invertedSubject(first: first, last: last) ?? howPredicate(first: first, last: last) {
            return f
        }
        // The first of a list of modifiers with adverbs: "these vulnerable, mostly widowed, mostly over-seventy members".
        if let h = modifierSeriesHead(after: last), let f = framing(h, "attributive adjective in a list"), f.referent.isPeople { return f }
        // The last of two predicates, the first a phrase: "students who are below grade level and lacking number sense",
        // "students who are behind in reading and at risk of retention".
        // (Past an aside between commas after "and": "are over eighty and, in plain terms, vulnerable".)
        let aside = first > 2 && commaOnly(before: first) ? (max(2, first - 6)..<first).reversed().first(where: { commaOnly(before: $0) }) : nil
        let and = aside.map { $0 - 1 } ?? first - 1
        if first > 2, and > 1, ["and", "or"].contains(tokens[and].text), !clauseBreak(before: and),
           aside == nil ? !clauseBreak(before: first) : (and + 2..<first).allSatisfy({ !clauseBreak(before: $0) })
            && !(and..<first).contains(where: { [.verb, .be, .modal, .subordinator, .relative].contains(tag($0)) }),
           let c = (max(0, and - 8)..<(and - 1)).reversed().first(where: { tag($0) == .be }),
           (c + 1..<and).allSatisfy({ !clauseBreak(before: $0) && [.adjective, .adverb, .preposition, .noun, .determiner, .number].contains(tag($0)) }),
           let s = subjectOfCopula(c, predicate: c + 1), let f = framing(s, "predicate after ‘\(tokens[c].text) … \(tokens[and].text)’"), f.referent.isPeople {
            return f
        }
        // Predicative: "parents are disengaged", "the residents were apathetic", "Parents = disengaged",
        // "parents who are disengaged" (a relative clause).
        if let c = copula(before: first), let s = subjectOfCopula(c, predicate: first), let f = framing(s, "predicate adjective") {
            return f
        }
        // The second of two progressives: "the mothers are raising kids alone and struggling to keep up with rent".
        if let v = progressive(before: first), let s = subjectHead(of: v - 1),
           let f = framing(s, "progressive after ‘\(tokens[v - 1].text) \(tokens[v].text)’") {
            return f
        }
        // "described the elders as vulnerable".
        var a = first - 1
        while a > 0, tag(a) == .adverb, !clauseBreak(before: a + 1) { a -= 1 }
        if let f = shiftedObject(first: first, last: last) { return f }
        if a > 0, tokens[a].text == "as" || tokens[a].text == "like", !clauseBreak(before: a + 1), let f = comparison(before: a) { return f }
        // Said by a relative clause's verb of naming of the noun the clause is said of, past an aside: "children I would
        // call, without much hesitation, at risk".
        var naming = first - 1
        if commaOnly(before: first), let open = (max(1, first - 12)..<first).reversed().first(where: { commaOnly(before: $0) }),
           (open + 1..<first).allSatisfy({ !clauseBreak(before: $0) }) {
            naming = open - 1
        } else if clauseBreak(before: first) {
            naming = -1
        }
        if naming > 0, let f = relativeObject(ofNaming: naming) { return f }
        // After a noun and a participle that makes the adjective its result: "a village cut adrift", "families left
        // stranded", "a town set adrift".
        if first > 1, ["cut", "left", "set", "sent", "cast"].contains(tokens[first - 1].text), !clauseBreak(before: first),
           !clauseBreak(before: first - 1), isNominal(first - 2), tag(first - 2) != .pronoun,
           let f = framing(attachedHead(first - 2), "adjective after its noun and ‘\(tokens[first - 1].text)’") {
            return f
        }
        // The same participle in the passive: "the mill families … were left poor", "were made vulnerable".
        if first > 1, ["left", "made", "rendered", "kept"].contains(tokens[first - 1].text), tag(first - 2) == .be, !clauseBreak(before: first),
           !clauseBreak(before: first - 1), let s = subjectHead(of: first - 2),
           let f = framing(s, "predicate after ‘\(tokens[first - 2].text) \(tokens[first - 1].text)’"), f.referent.isPeople {
            return f
        }
        // After its noun: "families struggling with rent", "members most vulnerable to …".
        // Never straight after a subject pronoun: "he wrecked" is its verb.
        if first > 0, !clauseBreak(before: first), isNominal(first - 1) || (tag(first - 1) == .pronoun && first - 1 > 0),
           !Sentence.subjectPronouns.contains(tokens[first - 1].text) {
            // People right before it are what it is said of ("full of men broken by thirty years on the line").
            if let f = framing(first - 1, "adjective after its noun"), f.referent.isPeople { return f }
            if let f = framing(attachedHead(first - 1), "adjective after its noun") { return f }
        }
        // After its noun and a degree word: "a community this broken by grief", "families so vulnerable", "the ones most
        // at risk".
        if first > 1, ["this", "that", "so", "too", "most", "more", "especially", "particularly"].contains(tokens[first - 1].text), !clauseBreak(before: first), !clauseBreak(before: first - 1),
           isNominal(first - 2), let f = framing(attachedHead(first - 2), "adjective after its noun and ‘\(tokens[first - 1].text)’"), f.referent.isPeople {
            return f
        }
        // Set off after people by a comma: "The families, poor and proud, came", "Young men on the ridge, vulnerable as they
        // are, …".
        // (Past a degree word: "The grandchildren, more vulnerable than most, …".)
        let degree = first > 1 && ["more", "most", "less", "so", "too", "far", "even"].contains(tokens[first - 1].text) && !clauseBreak(before: first)
        let noun = commaOnly(before: first) ? first - 1 : degree && commaOnly(before: first - 1) ? first - 2 : -1
        // (Or past a relative clause of the people: "The grandchildren who came after school, more vulnerable than most, …".)
        if noun >= 0, isNominal(noun), case let h = attachedHead(noun), let f = framing(relativeAntecedent(before: h) ?? h, "adjective set off after its noun"),
           f.referent.isPeople, case .category(let c) = f.referent, c == .person || c == .group {
            return f
        }
        // The second of two so set off: "the teenagers, displaced and unmoored, who belong neither here nor there".
        if first > 2, ["and", "or"].contains(tokens[first - 1].text), !clauseBreak(before: first), !clauseBreak(before: first - 1),
           commaOnly(before: first - 2), tag(first - 2) == .adjective || tokens[first - 2].text.hasSuffix("ed"), isNominal(first - 3),
           let f = framing(attachedHead(first - 3), "adjective set off after its noun"),
           f.referent.isPeople, case .category(let c) = f.referent, c == .person || c == .group {
            return f
        }
        // The last of an adjective phrase so set off and closed by a comma: "My students, seven years old and vulnerable,
        // notice everything" (past a time and adverbs after "and": "proud and funny and by February often vulnerable"; not
        // a list of modifiers before its noun: "the disadvantaged, mostly widowed and largely carless, retirees").
        if first > 3, let and = (max(2, first - 5)..<first).reversed().first(where: { ["and", "or"].contains(tokens[$0].text) }),
           (and + 1..<first).allSatisfy({ [.adverb, .preposition, .noun, .name, .number, .determiner].contains(tag($0)) }),
           data.classes(tokens[and - 1].text).contains(.adjective), !clauseBreak(before: first),
           last + 1 >= tokens.count || commaOnly(before: last + 1) && (and == first - 1 || [.verb, .be, .have, .modal, .doVerb].contains(tag(last + 1)) && !data.classes(tokens[last + 1].text).contains(.noun)),
           let open = (max(1, and - 6)..<and).reversed().first(where: { commaOnly(before: $0) }),
           (open + 1..<first).allSatisfy({ !clauseBreak(before: $0) }),
           (open..<(and - 1)).allSatisfy({ [.adjective, .number, .noun, .adverb].contains(tag($0)) || ["and", "or"].contains(tokens[$0].text) }),
           isNominal(open - 1),
           let f = framing(attachedHead(open - 1), "adjective set off after its noun"),
           f.referent.isPeople, case .category(let c) = f.referent, c == .person || c == .group {
            return f
        }
        // The second of two after the people they are said of: "the widows, several of them frail and vulnerable".
        if first > 2, ["and", "or"].contains(tokens[first - 1].text), (first - 2...first).allSatisfy({ !clauseBreak(before: $0) }),
           tag(first - 2) == .adjective, isNominal(first - 3) || tag(first - 3) == .pronoun && first - 3 > 0,
           !Sentence.subjectPronouns.contains(tokens[first - 3].text),
           let f = framing(first - 3, "adjective after its noun"), f.referent.isPeople {
            return f
        }
        if let f = participleAfterComma(first: first, last: last) { return f }
        // After its noun and a relative clause between commas: "its older residents, who have buried friends, struggling".
        if commaOnly(before: first), let open = (max(1, first - 16)..<first).reversed().first(where: { commaOnly(before: $0) }),
           tag(open) == .relative, isNominal(open - 1), let f = framing(attachedHead(open - 1), "adjective after its noun and a relative clause") {
            return f
        }
        // An adjective standing for people: "the poor", "the most vulnerable", "our most vulnerable" (not one person's; not
        // before "one", which stands for a thing named before: "the broken one is a planter now").
        var d = first - 1
        while d >= 0, ["most", "very", "truly", "least"].contains(tokens[d].text) { d -= 1 }
        // After "be", said of a subject that has no community to rank: "their prints are the most at risk of ending up in a
        // dumpster" (a document, an event or an abstraction; a thing may stand for where people live: "the sandy farms
        // along the ridge are the poorest in the settlement").
        // (An adverb may stand between: "the joint nearest the load is always the most vulnerable". A part of the body
        // or a living thing other than people is ranked among its kind too, and any thing by what it is exposed to: "The
        // oldest feed-sack rugs are the most vulnerable to light".)
        if d >= 1, tokens[d].text == "the", !clauseBreak(before: d), let c = copula(before: d),
           (c + 1..<d).allSatisfy({ tag($0) == .adverb && !clauseBreak(before: $0) }),
           let s = subjectOfCopula(c, predicate: d), let f = framing(s, "predicate (‘\(tokens[c].text) the …’)"),
           case .category(let k) = f.referent,
           [.document, .event, .abstract].contains(k) || k == .thing && (data.wordnetCategories(ofNoun: tokens[s].text).first.map(Sentence.rankedAmongKind.contains) == true
               || text(last + 1) == "to" && !clauseBreak(before: last + 1) && !infinitiveFollows(last)) {
            return f
        }
        // A word that is also a noun of no one stands for itself where it opens its clause: "The rundown flags any issues".
        if d >= 0, d == 0 || clauseBreak(before: d), data.classes(tokens[first].text).contains(.noun), first == last,
           !Sentence.nominalPeople.contains(tokens[first].text),
           let r = referent(first), !r.isPeople {
            return nil
        }
        if d >= 0, tokens[d].text == "the" || tag(d) == .possessive && !["my", "your", "his", "her"].contains(tokens[d].text), !clauseBreak(before: d + 1),
           last + 1 >= tokens.count || clauseBreak(before: last + 1) || !(isNominal(last + 1) || tag(last + 1) == .adjective || ["one", "ones"].contains(tokens[last + 1].text)),
           // (Not a superlative of a task's difficulty: "Question 8 is the most challenging to translate".)
           !infinitiveFollows(last) {
            return Framing(head: first, headText: tokens[first].text, referent: .category(.group), construction: "adjective as a noun (‘\(tokens[d].text) \(tokens[first].text)’)")
        }
        return nil
    }
}

extension Sentence {
    /// Nouns of lack that sort people into a kind ("problem kids").
    static let classifierNouns = LanguageData.embedded.words(.classifierNouns)

    /// A noun of lack before a noun of people sorts them into a kind: "my problem kids", "these problem families", "a
    /// problem child". After "the", only when the phrase ends there or a place follows ("I taught the problem kids."), since
    /// "the problem families face" is a relative clause. An agent of a task is no kind ("problem solvers").
    func classifierOfPeople(first: Int, last: Int) -> Framing? {
        guard first == last, first > 0, Sentence.classifierNouns.contains(tokens[first].text), !clauseBreak(before: first),
              last + 1 < tokens.count, !clauseBreak(before: last + 1), !tokens[last + 1].hyphenBefore, tag(last + 1) == .noun else { return nil }
        let before = tokens[first - 1].text
        // ("the problem child of the woodwinds" is a figure of a thing.)
        let end = last + 2 >= tokens.count || clauseBreak(before: last + 2) || tag(last + 2) == .preposition && tokens[last + 2].text != "of"
        let noun = tokens[last + 1].text
        // (Or a quantity, or no article before a plural after a verb: "A few problem parents never answer", "I flagged
        // problem households", "They are problem kids".)
        let bare = [.be, .verb].contains(tag(first - 1)) && (noun.hasSuffix("s") || isIrregularPlural(noun)) && end
        guard tag(first - 1) == .possessive || tag(first - 1) == .number || ["these", "those", "a", "an", "some", "such", "any"].contains(before)
                || ["few", "many", "several", "more", "most", "other", "all"].contains(before) || before == "the" && end || bare else { return nil }
        let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
        let agentOfTask = [1, 2, 3].contains { n in
            singular.hasSuffix("er") || singular.hasSuffix("r") ? Sentence.taskVerbs.contains(String(singular.dropLast(n))) : false
        }
        guard !agentOfTask, let f = framing(last + 1, "a kind of people (‘\(tokens[first].text) \(noun)’)"),
              f.referent == .category(.person) || f.referent == .category(.group) else { return nil }
        return f
    }
}

extension Sentence {
    /// First WordNet categories of a thing that a superlative after "be" ranks among its own kind, never standing for
    /// the people who live somewhere ("the joint … is the most vulnerable", not "the farms … are the poorest").
    static let rankedAmongKind: Set<Substring> = ["body", "plant", "animal", "food", "substance", "shape"]
}

extension Sentence {
    /// The object of a verb of naming put after its "as" phrase (the term right after "as"), past an aside: "I would
    /// also name as at-risk, for reasons of language and housing, the four children", "I count as problematic roughly
    /// thirty households".
    func shiftedObject(first: Int, last: Int) -> Framing? {
        guard first >= 2, tokens[first - 1].text == "as", !clauseBreak(before: first), !clauseBreak(before: first - 1),
              tag(first - 2) == .verb, isNaming(first - 2) else { return nil }
        var k = last + 1
        if k < tokens.count, commaOnly(before: k) {
            guard let close = asideEnd(opening: k, reach: 14),
                  !(k..<close).contains(where: { [.verb, .be, .modal, .have].contains(tag($0)) }) else { return nil }
            k = close
        } else if k < tokens.count, clauseBreak(before: k) { return nil }
        while k < tokens.count, tag(k) == .adverb, !clauseBreak(before: k + 1) { k += 1 }
        guard k < tokens.count, [.determiner, .possessive, .number].contains(tag(k)) || isNominal(k), let h = nounPhraseHead(from: k),
              let f = framing(attachedHead(h), "object of a verb of naming after its ‘as’ phrase"), f.referent.isPeople else { return nil }
        return f
    }
}

extension Sentence {
    /// A predicate after "how", its subject after an aside: "how broken, after the highway and the water, the families of
    /// the hill had become", "by how poor, going by the tax tables, the households on each road appeared".
    func howPredicate(first: Int, last: Int) -> Framing? {
        var p = first - 1
        while p >= 0, !clauseBreak(before: p + 1), Sentence.degreeWords.contains(tokens[p].text) || tag(p) == .adverb { p -= 1 }
        guard p >= 0, tokens[p].text == "how", !clauseBreak(before: p + 1), let close = asideEnd(opening: last + 1, reach: 17),
              [.determiner, .possessive, .number].contains(tag(close)) || isNominal(close), let h = nounPhraseHead(from: close),
              let v = (h + 1..<min(tokens.count, h + 10)).first(where: { [.be, .have, .modal, .verb].contains(tag($0)) }),
              !(h + 1...v).contains(where: { clauseBreak(before: $0) }),
              tag(v) != .verb || data.verbLemma(tokens[v].text).map(Sentence.copulaVerbs.contains) == true,
              let f = framing(h, "subject of a predicate after ‘how’"), f.referent.isPeople else { return nil }
        return f
    }
}
