import EssayCore

/// What a label or a metaphor of lack is said of, and people words near a term.
extension Sentence {
    // MARK: labels and metaphors

    func labelFraming(first: Int, last: Int) -> Framing? {
        // A label that opens with a preposition ("with nothing", "like children"): what it is said of.
        if tag(first) == .preposition, first > 0, !clauseBreak(before: first), first == last || !tokens[first + 1].hyphenBefore {
            var p = first - 1
            while p > 0, tag(p) == .adverb, !clauseBreak(before: p + 1) { p -= 1 }
            // A verb's particle: "growing up on the wrong side of the tracks".
            if p > 0, ["up", "out", "down", "back", "along"].contains(tokens[p].text), tag(p - 1) == .verb || tokens[p - 1].text.hasSuffix("ing"),
               !clauseBreak(before: p) { p -= 1 }
            if tag(p) == .be, let s = subjectHead(of: p), let f = framing(s, "predicate (‘\(tokens[p].text) \(tokens[first].text) …’)") { return f }
            // (A progressive is a verb whatever the tables call its participle: "are growing".)
            let progressive = p > 0 && tokens[p].text.hasSuffix("ing") && tag(p - 1) == .be
            if tag(p) == .verb || tag(p) == .have || progressive, let s = subjectHead(of: p), let f = framing(s, "subject of ‘\(tokens[p].text)’") { return f }
            // After the place of a verb of motion: "kids come to school with nothing" says it of the kids.
            if isNominal(p), case let start = nounPhraseStart(p), start > 1, [.preposition, .to].contains(tag(start - 1)),
               tag(start - 2) == .verb, !clauseBreak(before: start - 1), let subject = subjectHead(of: start - 2),
               let f = framing(subject, "subject of ‘\(tokens[start - 2].text)’") { return f }
            // After a time of a verb and its particle: "the ones who come in at 7:40 with nothing in the tank".
            if tag(p) == .number {
                var start = p
                while start > 0, tag(start - 1) == .number, !clauseBreak(before: start) { start -= 1 }
                var v = start - 2
                if v > 0, ["in", "out", "back", "up", "home", "down"].contains(tokens[v].text), !clauseBreak(before: v + 1) { v -= 1 }
                if start > 1, tag(start - 1) == .preposition, v >= 0, tag(v) == .verb, !(v + 1...start).contains(where: { clauseBreak(before: $0) }),
                   let subject = subjectHead(of: v), let f = framing(subject, "subject of ‘\(tokens[v].text)’") { return f }
            }
            if isNominal(p) || tag(p) == .pronoun, let f = framing(attachedHead(p), "noun + ‘\(tokens[first].text) …’") { return f }
        }
        // A compound noun before it: "a cell dead zone". A domain or a thing ("a health wasteland", "an information
        // graveyard", "casino orphans") names what is lacking or where, not what is pictured: what the label is said of
        // decides, failing that the compound.
        var domain: Framing?
        // (A noun that ends a phrase after the copula is no part of a compound: "is in many ways disadvantaged", "are in a
        // real sense underprivileged".)
        let afterCopulaPhrase = copula(before: first).map { $0 + 1 < first && tag($0 + 1) == .preposition } ?? false
        if first > 0, !clauseBreak(before: first), tag(first - 1) == .noun, !afterCopulaPhrase, let f = framing(first - 1, "compound noun") {
            if case .category(let c) = f.referent, [.abstract, .event, .document, .organisation, .thing].contains(c) { domain = f } else { return f }
        }
        // Before a noun it modifies: "hard-to-reach families", "at-risk, underserved and disadvantaged families",
        // "an underserved corner of the city".
        var k = last + 1
        if k < tokens.count, !clauseBreak(before: k), tokens[k].text == "and" || tokens[k].text == "or" { k += 1 }
        // (A superlative standing for people, with an adverb after it: "reaching the neediest first".)
        let superlativeAlone = k < tokens.count && tokens[last].text.hasSuffix("est") && clauseBreak(before: k + 1)
            && data.classes(tokens[k].text).contains(.adverb)
        // (An adverb of frequency before a word that can be a verb says when it is done, and ends the phrase: "families
        // who are underprivileged often skip evening events", not "often overlooked families".)
        let adverbOfVerb = k + 1 < tokens.count && Sentence.frequencyAdverbs.subtracting(["mostly", "simply", "also"]).contains(tokens[k].text)
            && !clauseBreak(before: k + 1)
            && data.classes(tokens[k + 1].text).contains(.verb) && !data.classes(tokens[k + 1].text).contains(.adjective)
            && !["ed", "en", "ing"].contains(where: tokens[k + 1].text.hasSuffix)
        if k < tokens.count, !clauseBreak(before: k) || modifierListFollows(k), !adverbOfVerb, let h = nounPhraseHead(from: k),
           h - last < 6, tag(k) != .preposition, tag(k) != .determiner, isNominal(h), !(h == k && superlativeAlone),
           let f = framing(h, "label before its noun") {
            // A picture of what is left of something that names no one, said of what a verb of naming or seeing makes
            // it: "I described my quietest kids as the leftovers of second shift".
            if !f.referent.isPeople, tokens[last].text == "of", let g = namedAsObject(before: first) { return g }
            if !f.referent.isPeople, let g = possessorFraming(from: k, to: h, "label before a possessor") { return g }
            return f
        }
        // Said of something: "the trailer court is a wasteland", "students arrive as blank slates",
        // "described Linden Heights as underserved".
        // After a parenthesis that follows the copula: "are, in plain terms, disadvantaged".
        if commaOnly(before: first), let c = copula(before: first), let s = subjectOfCopula(c, predicate: first), let f = framing(s, "predicate noun") {
            return f
        }
        var j = domain == nil ? first - 1 : first - 2
        // (Past the first parts of a hyphenated domain: "a maternity-care desert".)
        while domain != nil, j >= 0, tokens[j + 1].hyphenBefore { j -= 1 }
        while j >= 0, !clauseBreak(before: j + 1), [.determiner, .possessive, .adjective, .adverb].contains(tag(j)) { j -= 1 }
        // The place where people live or grow up: "families live in a service dead zone" says it of the families.
        if j >= 1, ["in", "into"].contains(tokens[j].text), !clauseBreak(before: j + 1), !clauseBreak(before: j), tag(j - 1) == .verb,
           let subject = subjectHead(of: j - 1), let f = framing(subject, "subject of ‘\(tokens[j - 1].text) \(tokens[j].text)’"), f.referent.isPeople {
            return f
        }
        // After a parenthesis that follows the copula: "Eastgate is, for Vietnamese speakers, a pharmacy desert".
        if j >= 0, commaOnly(before: j + 1), let c = copula(before: j + 1), c < j, let s = subjectOfCopula(c, predicate: j + 1),
           let f = framing(s, "predicate noun") {
            return f
        }
        // "it's a health-care desert": a subject with its "is" contracted.
        if j >= 0, !clauseBreak(before: j + 1), ["it's", "it’s", "he's", "he’s", "she's", "she’s"].contains(tokens[j].text),
           let f = framing(j, "predicate noun") {
            return f
        }
        if j >= 0, !clauseBreak(before: j + 1) {
            if let c = copula(before: j + 1), let s = subjectOfCopula(c, predicate: j + 1), let f = framing(s, "predicate noun") { return f }
            // (What a verb of naming or seeing makes its object, past a possessive and a domain: "I see the families as our
            // attendance sinkhole".)
            if tokens[j].text == "as", let (verb, object) = namedAs(j), let f = framing(object, "pictured as ‘\(tokens[first].text)’ (object of ‘\(tokens[verb].text)’)"),
               f.referent.isPeople { return f }
            if let f = shiftedObject(first: first, last: last) { return f }
            if ["as", "like"].contains(tokens[j].text), let f = comparison(before: j) { return f }
        }
        return domain
    }

    /// The object of a verb of naming or seeing whose "as" phrase the words at `first` open: "described my kids as the …".
    func namedAsObject(before first: Int) -> Framing? {
        var a = first - 1
        while a > 0, !clauseBreak(before: a + 1), [.determiner, .possessive, .adjective].contains(tag(a)) { a -= 1 }
        guard a > 0, tokens[a].text == "as", !clauseBreak(before: a + 1), let (verb, object) = namedAs(a),
              let f = framing(object, "pictured as ‘\(tokens[first].text) …’ (object of ‘\(tokens[verb].text)’)"), f.referent.isPeople else { return nil }
        return f
    }

    /// After a comma, another modifier of the same noun: "at-risk, underserved and disadvantaged families".
    func modifierListFollows(_ k: Int) -> Bool {
        guard k < tokens.count, commaOnly(before: k) else { return false }
        let t = tag(k)
        return t == .adjective || (t == .verb && tokens[k].text.hasSuffix("ed")) || (k + 1 < tokens.count && tokens[k + 1].hyphenBefore)
    }

    /// After a comma, a list of modifiers with their adverbs, and the people they
    /// end on: "vulnerable, mostly widowed, mostly over-seventy members", "poor,
    /// mostly recently arrived and largely uninsured women". The head, when every
    /// word between is a modifier, an adverb, a comma or "and"/"or".
    func modifierSeriesHead(after last: Int) -> Int? {
        var j = last + 1
        guard commaOnly(before: j) else { return nil }
        var modifiers = 0
        while j < tokens.count, j - last <= 14 {
            if j > last + 1, clauseBreak(before: j), !commaOnly(before: j) { return nil }
            if tokens[j].hyphenBefore || (j + 1 < tokens.count && tokens[j + 1].hyphenBefore) {
                // A part of a hyphenated compound: its last part may be the head ("over-seventy members" is not).
                if j + 1 < tokens.count, !tokens[j + 1].hyphenBefore, isNominal(j), modifiers > 0,
                   clauseBreak(before: j + 1) || !isNominal(j + 1) { return j }
                j += 1; modifiers += 1; continue
            }
            let t = tag(j)
            let word = tokens[j].text
            if t == .adverb || word == "and" || word == "or" { j += 1; continue }
            if t == .adjective || (t == .verb && (word.hasSuffix("ed") || word.hasSuffix("ing"))) { j += 1; modifiers += 1; continue }
            guard modifiers > 0, isNominal(j) else { return nil }
            return nounPhraseHead(from: j, limit: 4)
        }
        return nil
    }

    /// A modifier that opens its sentence, with a phrase or a parenthesis
    /// before the subject it is said of: "Poor, at least by the free-lunch
    /// numbers, most of the families still came", "Broken by two decades of
    /// transfers, the returning writers …", "Lacking, in most cases, any
    /// family nearby, the junior enlisted households …". The subject is the
    /// first noun phrase after a comma that its verb follows, and it is said
    /// of it only when that names people; the opening phrase holds no clause
    /// of its own ("Challenging as it was, the families came" says it of "it").
    func frontedFraming(first: Int, last: Int) -> Framing? {
        // (Not with what it struggles with after it, which decides as it does elsewhere.)
        // (A degree word may open it: "Most vulnerable, and most on my mind, are the teenagers".)
        var opening = first
        while opening > 0, ["most", "least", "more", "very", "so", "especially", "particularly", "even", "equally"].contains(tokens[opening - 1].text) {
            opening -= 1
        }
        // (Or the last of a list of modifiers that opens it: "Rural, roadless, and at risk in every statistic, the
        // village's children …".)
        // (A word the tables also know as an adjective is one there, whatever its tag: "Rural, remote, and at risk".)
        func adjectival(_ p: Int) -> Bool { tag(p) == .adjective || data.classes(tokens[p].text).contains(.adjective) }
        var j = opening
        while j > 0 {
            let p = j - 1
            if ["and", "or"].contains(tokens[p].text), !clauseBreak(before: j) || commaOnly(before: j) { j = p; continue }
            if adjectival(p), commaOnly(before: j) || ["and", "or"].contains(tokens[j].text) { j = p; continue }
            break
        }
        if j < opening, startsLine(j), adjectival(j) { opening = j }
        // (Or a short phrase of age or degree and "and": "Mostly over fifty and poor by any census measure, the
        // technicians …"; no verb, pronoun or subordinator in it.)
        if !startsLine(opening), opening >= 2, ["and", "or"].contains(tokens[opening - 1].text),
           let s = (max(0, opening - 6)..<(opening - 1)).first(where: { startsLine($0) }),
           (s + 1..<opening).allSatisfy({ !clauseBreak(before: $0) }),
           (s..<(opening - 1)).allSatisfy({ [.adverb, .preposition, .number, .adjective].contains(tag($0)) }) {
            opening = s
        }
        // (After a comma, "with" opens an aside: "Vulnerable, with no paid leave and often no car, the parents …".)
        guard startsLine(opening), last + 1 < tokens.count, text(last + 1) != "with" || commaOnly(before: last + 1) else { return nil }
        var k = last + 1
        // Its verb straight after it, then the subject: "Most vulnerable are the teenagers".
        if tag(k) == .be, !clauseBreak(before: k), k + 1 < tokens.count, !clauseBreak(before: k + 1), let h = nounPhraseHead(from: k + 1) {
            guard let f = framing(h, "fronted predicate, said of the subject after ‘\(tokens[k].text)’"), f.referent.isPeople else { return nil }
            return f
        }
        // Inside the asides between commas anything may stand ("Lacking, as so many of them do, any quiet space, the
        // older siblings …"); before the first comma a verb or a subordinator makes the word a clause's ("Poor as it is, …").
        var aside = false
        while k < tokens.count, k - last <= 40 {
            if clauseBreak(before: k), !commaOnly(before: k) { return nil }
            if commaOnly(before: k) { aside = true }
            // (A clause that says which of a noun's, without its "that", is the phrase's: "Challenged at home in ways I
            // can only guess at, a handful of my students …".)
            let contactClause = k >= 2 && Sentence.subjectPronouns.contains(tokens[k - 1].text) && isNominal(k - 2)
                && !clauseBreak(before: k - 1) && !clauseBreak(before: k)
            // ("as well as" joins two phrases: "Challenged by age as well as by the city's indifference, most of …".)
            if tokens[k].text == "as", text(k + 1) == "well", text(k + 2) == "as", !clauseBreak(before: k + 1), !clauseBreak(before: k + 2) {
                k += 3
                continue
            }
            if !aside, !contactClause, [.be, .modal, .subordinator].contains(tag(k)) || ["it", "as", "though", "although", "if", "when"].contains(tokens[k].text) {
                return nil
            }
            // After the aside, the verb and then its subject: "Vulnerable, in the most literal sense, are the twelve vendors".
            if commaOnly(before: k), tag(k) == .be, k + 1 < tokens.count, !clauseBreak(before: k + 1), let h = nounPhraseHead(from: k + 1) {
                guard let f = framing(h, "fronted predicate, said of the subject after ‘\(tokens[k].text)’"), f.referent.isPeople else { return nil }
                return f
            }
            if commaOnly(before: k), let h = nounPhraseHead(from: k) {
                // Its verb, past adverbs and the phrases that end the subject ("a third of responding households pay",
                // "the households at the far end of the chapter road got", "in Clearspring and Newbury townships see",
                // "the streets between the mill and the creek still produce").
                var v = h + 1
                while v < tokens.count, v - h <= 12, !clauseBreak(before: v),
                      [.adverb, .preposition, .determiner, .adjective, .noun, .name, .number, .possessive].contains(tag(v))
                        || ["and", "or"].contains(tokens[v].text) && v > h + 1 && v + 1 < tokens.count && [.name, .noun].contains(tag(v - 1))
                        && (tag(v + 1) == tag(v - 1) || v + 2 < tokens.count && tag(v + 1) == .determiner && [.name, .noun].contains(tag(v + 2))) { v += 1 }
                // (Past a relative clause without its "who": "many of the mothers we meet arrive exhausted".)
                if v + 2 < tokens.count, Sentence.subjectPronouns.contains(tokens[v].text), tag(v + 1) == .verb, !clauseBreak(before: v + 1),
                   !clauseBreak(before: v + 2), [.verb, .be, .have, .doVerb, .modal].contains(tag(v + 2)) {
                    v += 2
                }
                if v < tokens.count, !clauseBreak(before: v), [.verb, .be, .have, .doVerb, .modal, .relative].contains(tag(v)) {
                    // (A comment of the applicant's between commas is an aside: "Vulnerable, I still think, in all the ways …, the
                    // young people …".)
                    if ["i", "we"].contains(tokens[h].text) { k += 1; continue }
                    guard let f = framing(h, "fronted modifier, said of the subject after it"), f.referent.isPeople else { return nil }
                    return f
                }
            }
            k += 1
        }
        return nil
    }

    /// The word opening its sentence, named as the word for people after "is": "Vulnerable is the only honest word I have,
    /// after two seasons of sampling, for most of the households", "Broken, after three winters, is the word for the
    /// second-floor men", "Vulnerable is how I would describe the dancers in the back row".
    func wordForPeople(first: Int, last: Int) -> Framing? {
        guard startsLine(first) || first == 0, last + 1 < tokens.count else { return nil }
        var k = last + 1
        // (Past an aside between commas: "Broken, after three winters in that building, is …".)
        if let close = asideEnd(opening: k, reach: 12) { k = close }
        guard k + 2 < tokens.count, ["is", "was"].contains(tokens[k].text), !clauseBreak(before: k + 1) else { return nil }
        let end = min(tokens.count - 1, k + 24)
        // "… the word for …": the noun phrase after "for".
        if let w = (k + 1..<end).first(where: { ["word", "term", "name"].contains(tokens[$0].text) }),
           let f = (w + 1..<end).first(where: { tokens[$0].text == "for" }), let h = nounPhraseHead(from: f + 1),
           let p = framing(h, "named as the word for ‘\(tokens[h].text)’"), p.referent.isPeople {
            return p
        }
        // "… how I would describe …": the verb's object, past an aside.
        if tokens[k + 1].text == "how", let v = (k + 2..<min(end, k + 6)).first(where: { data.verbLemma(tokens[$0].text).map { ["describe", "call"].contains($0) } == true }),
           case let o = commaOnly(before: v + 1) ? ((min(v + 2, end)..<end).first(where: { commaOnly(before: $0) }) ?? v + 1) : v + 1,
           o < tokens.count, let h = nounPhraseHead(from: o),
           let p = framing(h, "named as how the applicant would describe ‘\(tokens[h].text)’"), p.referent.isPeople {
            return p
        }
        return nil
    }

    /// A predicate put first, its subject after the verb: "Poorest among the corridor's storefront owners are the widows",
    /// "Vulnerable, after so many moves, to losing … are the grandmothers", "Those most in need, I expect, will be the families",
    /// "At risk, on paper, are about forty of my kids".
    /// (Only people after the verb: "Challenging, for the first month, was the commute" frames no one.)
    func invertedSubject(first: Int, last: Int) -> Framing? {
        guard first < 4, (0..<first).allSatisfy({ ["those", "most", "least", "more", "even", "far", "in", "at"].contains(tokens[$0].text) && !clauseBreak(before: $0 + 1) }),
              startsLine(0) || tokens[0].capitalised else { return nil }
        let end = min(tokens.count - 2, last + 30)
        guard last + 1 <= end, let v = (last + 1...end).first(where: { [.be, .modal].contains(tag($0)) }),
              case let b = tag(v) == .modal ? v + 1 : v, tokens[b].text == "be" || tag(b) == .be, b + 1 < tokens.count, !clauseBreak(before: b + 1) else { return nil }
        // (Past a word of approximation and a count of the people: "are about forty of my kids".)
        var k = b + 1
        while k + 1 < tokens.count, tag(k) == .adverb || ["about", "around", "roughly", "nearly", "almost", "over"].contains(tokens[k].text) { k += 1 }
        if k + 2 < tokens.count, tag(k) == .number || Sentence.standaloneQuantifiers.contains(tokens[k].text), text(k + 1) == "of" { k += 2 }
        guard !(b + 1...k).contains(where: { clauseBreak(before: $0) }), [.determiner, .possessive, .number].contains(tag(k)) || isNominal(k),
              let h = nounPhraseHead(from: k), let f = framing(attachedHead(h), "subject after ‘\(tokens[b].text)’ (a predicate put first)"),
              f.referent.isPeople else { return nil }
        return f
    }

    static let noticingVerbs = LanguageData.embedded.words(.noticingVerbs)

    /// A people word a few words away in the same clause (not the applicant):
    /// "the families …, as I put it, were damaged" when nothing closer is found.
    func nearbyPeople(first: Int, last: Int, after: Bool = true) -> Framing? {
        var best: (distance: Int, framing: Framing)?
        // The noun phrase right after it is what is needed ("needs volunteers"), not whose need it is.
        let object = last + 1 < tokens.count && !clauseBreak(before: last + 1) ? nounPhraseHead(from: last + 1) : nil
        for k in max(0, first - 4)...min(tokens.count - 1, last + 4) where k < first || (k > last && object == nil && after) {
            // (Or people pointed to, with it: "most of them with deficits in number sense", "those with problems".)
            let pointed = k == first - 2 && text(first - 1) == "with" && ["them", "those", "these", "others"].contains(tokens[k].text)
            guard isNominal(k) || tag(k) == .possessive || pointed else { continue }
            // A pronoun after it points back, often at the term itself ("cost issues got their own debrief").
            if k > last, ["their", "theirs", "them", "they", "its"].contains(tokens[k].text) { continue }
            // A noun that modifies the next is not the people word ("the lack of a Spanish version").
            if k + 1 < tokens.count, !clauseBreak(before: k + 1), isNominal(k + 1), tag(k) != .possessive { continue }
            // Nor the first part of a hyphenated modifier ("a Hmong-speaking hygienist").
            if k + 1 < tokens.count, tokens[k + 1].hyphenBefore { continue }
            // Nor the idiom "in person" ("Two issues surfaced in person").
            if ["person", "persons"].contains(tokens[k].text), k > 0, tokens[k - 1].text == "in", !clauseBreak(before: k) { continue }
            // A word that may be an adjective ("common", "familiar", "expert") is no people word from afar.
            if tag(k) == .noun, data.classes(tokens[k].text).contains(.adjective), !tokens[k].text.hasSuffix("s") { continue }
            // The same clause.
            let range = k < first ? (k + 1)...first : (last + 1)...k
            if range.contains(where: { clauseBreak(before: $0) }) { continue }
            // After it, past a verb of its own phrase's clause, people are who it touches: "the lack of chairs meant people
            // stood".
            if k > last, (last + 1..<k).contains(where: { [.be, .modal].contains(tag($0)) || tag($0) == .verb && !tokens[$0].text.hasSuffix("ing") }) {
                continue
            }
            // Nor the object of the activity its phrase names: "the biggest challenge in enrolling your grandchild".
            if k > last + 2, tag(last + 1) == .preposition, tag(last + 2) == .verb, tokens[last + 2].text.hasSuffix("ing") { continue }
            // A problem of a named kind is an incident: people before it are whose it is only in its own phrase ("the
            // seniors' mobility problems"), not the subject of another verb with it as object ("My students saw a
            // paperwork issue").
            // (A verb of holding keeps them its owners: "my students have language deficits".)
            // (Nor, whatever the kind, the subject of a verb of noticing with it as object: "Where the association sees a
            // problem"; not people another noticed: "the returning citizens I see lack …".)
            if k < first, (k + 1..<first).contains(where: { v in
                guard tag(v) == .verb else { return false }
                let lemma = data.verbLemma(tokens[v].text) ?? tokens[v].text
                return !after && !Sentence.holdingVerbs.contains(lemma)
                    || Sentence.noticingVerbs.contains(lemma) && tag(first) == .noun && subjectHead(of: v) == k
                        && (v + 1..<first).allSatisfy({ [.determiner, .adjective, .number, .noun].contains(tag($0)) })
            }) { continue }
            guard let r = referent(k), r.isPeople else { continue }
            let d = k < first ? first - k : k - last
            if best == nil || d < best!.distance {
                best = (d, Framing(head: k, headText: tokens[k].text, referent: r, construction: "a people word nearby"))
            }
        }
        return best?.framing
    }

    /// A modifier after a determiner, with an aside before its noun: "The three most vulnerable, and also the three
    /// longest-standing, members", "a vulnerable and, since the clinic closed, largely uninsured group of families".
    func asideBeforeNoun(first: Int, last: Int) -> Framing? {
        var opener = first - 1
        while opener >= 0, tag(opener) == .adverb || Sentence.degreeWords.contains(tokens[opener].text), !clauseBreak(before: opener + 1) { opener -= 1 }
        guard opener >= 0, tag(opener) == .determiner || tag(opener) == .number, !clauseBreak(before: opener + 1), last + 2 < tokens.count,
              ["and", "or"].contains(tokens[last + 1].text), commaOnly(before: last + 1) || commaOnly(before: last + 2),
              let close = (last + 3..<min(tokens.count, last + 20)).first(where: { commaOnly(before: $0) }),
              let h = nounPhraseHead(from: close), h - close < 5, isNominal(h), let f = framing(h, "attributive adjective (an aside between)"),
              f.referent.isPeople else { return nil }
        return f
    }

    /// A possessor between a modifier and the noun it stands before is what the modifier is said of: "our at-risk
    /// students' attendance", "a poor family's car" (not "poor man's saffron", an idiom in fixed-phrases.yml).
    func possessorFraming(from k: Int, to h: Int, _ construction: String) -> Framing? {
        // (Not a name's: "poor Marisol's van" pities her.)
        guard k < h, let p = (k..<h).first(where: { tag($0) == .possessive && isPossessiveForm(tokens[$0].text) }), !tokens[p].capitalised,
              (k..<p).allSatisfy({ [.adjective, .noun, .adverb].contains(tag($0)) }),
              let f = framing(p, construction), f.referent.isPeople else { return nil }
        return f
    }
}
