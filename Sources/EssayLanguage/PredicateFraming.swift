import EssayCore

/// What a predicate noun is said of: the verb of holding, a subject that names a thing or a task, a comparison;
/// and what a verb of lack is said of: its subject.
extension Sentence {
    /// The word before the noun phrase that the noun at `first` ends, past its determiners and modifiers:
    /// "have so many needs" -> "have".
    func wordBeforeObject(_ first: Int) -> Int {
        var j = first - 1
        while j >= 0, !clauseBreak(before: j + 1), [.determiner, .adjective, .adverb, .number, .negation].contains(tag(j))
                || ["so", "many", "such", "more", "real", "own"].contains(tokens[j].text) { j -= 1 }
        // Past a quantity: "face a litany of problems", "carry a lot of needs".
        // (Not inside a word joined by hyphens: "a range-of-motion deficit".)
        if j >= 1, tokens[j].text == "of", Sentence.partitives.contains(tokens[j - 1].text), !clauseBreak(before: j + 1), !clauseBreak(before: j),
           !tokens[j].hyphenBefore, !tokens[j + 1].hyphenBefore {
            return wordBeforeObject(j - 1)
        }
        return j
    }

    /// A figure after a verb and its preposition, said of who the verb is said of: "families are living on fumes",
    /// "a neighborhood stuck in survival mode" (a participle after its noun).
    func afterVerbAndPreposition(first: Int) -> Framing? {
        var v = first - 1
        if tag(first) != .preposition {
            guard v >= 1, ["in", "into", "on"].contains(tokens[v].text), !clauseBreak(before: first) else { return nil }
            v -= 1
        }
        guard v >= 1, !clauseBreak(before: v + 1) else { return nil }
        // (A participle may be irregular, and read as an adjective: "stuck", "caught".)
        let participle = tokens[v].text.hasSuffix("ed") || tokens[v].text.hasSuffix("ing") || tag(v) == .adjective
        guard tag(v) == .verb || participle else { return nil }
        if participle || tag(v) == .verb && data.verbLemma(tokens[v].text) != tokens[v].text, isNominal(v - 1), !clauseBreak(before: v), tag(v - 1) != .pronoun,
           let f = framing(v - 1, "participle ‘\(tokens[v].text)’ after its noun"), f.referent.isPeople {
            return f
        }
        guard let s = subjectHead(of: v), let f = framing(s, "subject of ‘\(tokens[v].text) \(tokens[v + 1].text) …’"), f.referent.isPeople else { return nil }
        return f
    }

    /// People after "on", "in" or "with" at `i`, past a quantity ("in so many of the mesa's families").
    func peopleAfter(_ i: Int, _ how: String) -> Framing? {
        guard i < tokens.count, ["on", "in", "with", "upon"].contains(tokens[i].text), !clauseBreak(before: i) else { return nil }
        var k = i + 1
        while k < tokens.count, ["so", "too", "very", "many", "much", "most", "some", "all", "of"].contains(tokens[k].text), !clauseBreak(before: k) { k += 1 }
        guard k < tokens.count, !clauseBreak(before: k), let h = nounPhraseHead(from: k), let f = framing(h, how), f.referent.isPeople else { return nil }
        return f
    }

    /// People who hold what the noun ending at `last` names, by a relative clause after it: "fix the problems these
    /// families face" says whose problems they are, though fixing them is a task.
    func heldInRelativeClause(after last: Int) -> Framing? {
        guard let (h, v, lemma) = relativeClause(after: last), Sentence.holdingVerbs.contains(lemma),
              let f = framing(h, "subject of ‘\(tokens[v].text)’ in a relative clause"), f.referent.isPeople else { return nil }
        return f
    }

    /// The relative clause right after the noun ending at `last`: its subject's head, its verb and the verb's
    /// lemma ("the challenges we faced", "the problems that, by the manager's count, the teenagers in the towers bring").
    func relativeClause(after last: Int) -> (head: Int, verb: Int, lemma: String)? {
        var k = last + 1
        // Past an apposition between commas: "the problems, mostly benefits portals and frozen phones, that older members carry".
        // (A list between the commas too: "the deficits, in sleep, in routine, and in trust, that these parents carry".)
        if k < tokens.count, commaOnly(before: k),
           let close = (k + 1..<min(tokens.count, k + 14)).first(where: { commaOnly(before: $0) && tokens[$0].text == "that" }),
           (k + 1..<close).allSatisfy({ !clauseBreak(before: $0) || commaOnly(before: $0) }),
           !(k..<close).contains(where: { tag($0) == .verb || tag($0) == .be }) { k = close }
        if k < tokens.count, tokens[k].text == "that" || tokens[k].text == "which" {
            k += 1
            // Past a parenthesis.
            if k < tokens.count, commaOnly(before: k), let close = (k + 1..<min(tokens.count, k + 10)).first(where: { commaOnly(before: $0) }) { k = close }
        }
        // (A conjunction opens a clause of its own: "was a constant problem, and one member took issue".)
        // (A comma only after "that" or an apposition: "Where the association sees a problem, it names it" opens a new clause.)
        guard k < tokens.count, !clauseBreak(before: k) || k > last + 1 && tokens[k].before == ",", tag(k) != .conjunction,
              let h = nounPhraseHead(from: k) else { return nil }
        var v = h + 1
        // Past a prepositional phrase: "the teenagers in the towers bring …".
        if v < tokens.count, tag(v) == .preposition, !clauseBreak(before: v), let o = nounPhraseHead(from: v + 1) { v = o + 1 }
        // (Over auxiliaries; "have" with no verb after it is the verb: "the problems these families have".)
        while v < tokens.count, [.adverb, .modal, .doVerb, .have, .negation].contains(tag(v)),
              tag(v) != .have || v + 1 < tokens.count && !clauseBreak(before: v + 1)
                && ([.verb, .adverb, .negation, .be].contains(tag(v + 1)) || data.verbLemma(tokens[v + 1].text).map { $0 != tokens[v + 1].text } == true) { v += 1 }
        // (A participle after "have" is a verb whatever else it can be: "the deficits that the years had left on them".)
        guard v < tokens.count, tag(v) == .verb || tag(v) == .have || v > h + 1 && tag(v - 1) == .have,
              let lemma = data.verbLemma(tokens[v].text) else { return nil }
        return (h, v, lemma)
    }

    static let durationNouns = LanguageData.embedded.words(.durationNouns)

    /// "for decades", "over the years": how long, not what a word is for ("the families have struggled for decades").
    func isDuration(at k: Int) -> Bool {
        // (Or a point of time: "students tend to struggle in the second week", "on Saturdays".)
        guard k < tokens.count, ["for", "over", "throughout", "in", "during", "within", "until", "on", "at"].contains(tokens[k].text),
              let h = nounPhraseHead(from: k + 1) else { return false }
        return isTime(h)
    }

    /// A length or a point of time: "weeks", "a season", "most of October".
    func isTime(_ h: Int) -> Bool {
        Sentence.durationNouns.contains(tokens[h].text) || Sentence.timeNames.contains(tokens[h].text)
    }

    /// The subject of the verb of holding whose object the noun at `first` is: "families have so many needs",
    /// "riders face deep deficits".
    func heldBy(first: Int) -> Framing? {
        // (Past a noun that names its kind: "The children have a real vocabulary deficit".)
        let j = wordBeforeObject(first > 1 && tag(first - 1) == .noun && !clauseBreak(before: first) && !tokens[first].hyphenBefore ? first - 1 : first)
        // Brought along is held: "They arrive with deficits in fractions", past where they come: "come to us with real
        // deficits".
        if j >= 1, tokens[j].text == "with", !clauseBreak(before: j), !clauseBreak(before: j + 1) {
            var v = j - 1
            while v > 0, j - v <= 3, !clauseBreak(before: v + 1), [.pronoun, .noun, .determiner, .possessive, .preposition, .to].contains(tag(v)) { v -= 1 }
            if tag(v) == .verb, Sentence.motionVerbs.contains(tokens[v].text), !clauseBreak(before: v + 1), let s = subjectHead(of: v) {
                return framing(s, "subject of ‘\(tokens[v].text)\(v == j - 1 ? "" : " …") with’")
            }
        }
        guard j >= 0, !clauseBreak(before: j + 1), tag(j) == .verb || tag(j) == .have, let lemma = data.verbLemma(tokens[j].text),
              Sentence.holdingVerbs.contains(lemma) else { return nil }
        // (A participle after the clause's verb of motion has its subject: "The teenagers arrived carrying more issues".)
        if tokens[j].text.hasSuffix("ing"), j >= 1, !clauseBreak(before: j), tag(j - 1) == .verb, Sentence.motionVerbs.contains(tokens[j - 1].text),
           let s = subjectHead(of: j - 1) {
            return framing(s, "subject of ‘\(tokens[j - 1].text) \(tokens[j].text)’")
        }
        guard let s = subjectHead(of: j) else { return nil }
        return framing(s, "subject of ‘\(tokens[j].text)’")
    }

    /// The subject of a predicate noun at `first` when it names a thing, a task or an abstraction: after a copula
    /// ("the bus schedule is a problem"), or in a question that opens with one ("Is getting there a challenge …?").
    func thingSubject(ofPredicate first: Int) -> Framing? {
        // A question's first word, past a list number ("5. Is the bus pickup an issue …?").
        let q = tokens.count > 1 && tokens[0].number && !clauseBreak(before: 1) ? 1 : 0
        // A question whose subject points at what was just named ("Is this a problem for your family?", "Would any of
        // these be a challenge …?"): the situation or the options listed, not people.
        if first > q + 1, [.be, .modal, .doVerb].contains(tag(q)),
           let k = (q + 1..<first).first(where: { Sentence.pointingWords.contains(tokens[$0].text) && !isNominal($0 + 1) }),
           (q + 1...first).allSatisfy({ !clauseBreak(before: $0) }) {
            return task(k, "subject of ‘\(tokens[q].text)’ (what was just named)")
        }
        var j = first - 1
        while j >= 0, !clauseBreak(before: j + 1), [.determiner, .adjective, .adverb, .number, .negation].contains(tag(j))
                || ["so", "such", "real", "ever", "big"].contains(tokens[j].text) { j -= 1 }
        guard j >= 0, !clauseBreak(before: j + 1) else { return nil }
        var subject: Framing?
        if let c = copula(before: j + 1), c > q {
            // "Which of these is a challenge for your family?": the options just listed.
            if c >= 2, text(c - 2) == "of", Sentence.pointingWords.contains(text(c - 1)), !clauseBreak(before: c - 1) {
                return task(c - 1, "subject of ‘\(tokens[c].text)’ (what was just named)")
            }
            // An activity that opens the clause: "Phishing is a problem for every age group".
            // (A word no table knows, capitalised because it opens the sentence, is read as a verb, not a name.)
            if tokens[c - 1].text.hasSuffix("ing"), c - 1 == q || clauseBreak(before: c - 1),
               referent(c - 1)?.isPeople != true || tag(c - 1) == .verb && data.classes(tokens[c - 1].text).isEmpty {
                return task(c - 1, "subject of ‘\(tokens[c].text)’ (an activity)")
            }
        }
        // "…, which is a problem for any parent who works a morning shift": the matter just told.
        if let c = copula(before: j + 1), c > 0, tokens[c - 1].text == "which", clauseBreak(before: c - 1) {
            return task(c - 1, "subject of ‘\(tokens[c].text)’ (‘which’: the matter just told)")
        }
        if let c = copula(before: j + 1), let s = subjectOfCopula(c, predicate: j + 1) {
            // A pronoun that points at what was just named ("Would any of these be a challenge for your family?",
            // "Is this a problem for you?"): the situation or the options listed, not people.
            if Sentence.pointingWords.contains(tokens[s].text) || (text(s + 1) == "of" && Sentence.pointingWords.contains(text(s + 2))) {
                return task(s, "subject of ‘\(tokens[c].text)’ (what was just named)")
            }
            subject = framing(s, "subject of ‘\(tokens[c].text)’")
        } else if tag(q) == .be, j > q, (q + 1...j).allSatisfy({ !clauseBreak(before: $0) }) {
            // A question: "Is getting to school on time a challenge …?", "Is transportation … a problem …?".
            if tag(q + 1) == .verb, tokens[q + 1].text.hasSuffix("ing") { return task(q + 1, "subject of ‘\(tokens[q].text)’ (an activity)") }
            if let s = nounPhraseHead(from: q + 1), s <= j { subject = framing(s, "subject of ‘\(tokens[q].text)’") }
        } else if j > q, tag(j) == .verb, tokens[j].text.hasSuffix("ing"), tag(q) == .be {
            return task(j, "subject of ‘\(tokens[q].text)’ (an activity)")
        }
        guard let f = subject, case .category(let c) = f.referent, [.thing, .event, .abstract, .document].contains(c) else { return nil }
        return f
    }

    /// What "as …" or "like …" is said of: the noun before it ("described the elders … as vulnerable",
    /// past a prepositional phrase), or the subject of the verb before it ("students arrive as blank slates").
    func comparison(before j: Int) -> Framing? {
        guard j > 0 else { return nil }
        let word = tokens[j].text
        var p = j - 1
        // An aside between a verb of naming and its "as": "whom I would still describe, after two years, as poor".
        if clauseBreak(before: j) {
            guard word == "as", commaOnly(before: j), let open = (max(1, j - 16)..<j).reversed().first(where: { commaOnly(before: $0) }),
                  tag(open - 1) == .verb, isNaming(open - 1) else { return nil }
            p = open - 1
        }
        // Past a prepositional phrase: "the elders in a school newsletter as vulnerable".
        if isNominal(p), case let start = nounPhraseStart(p), start > 1, tag(start - 1) == .preposition, !clauseBreak(before: start),
           isNominal(start - 2) || tag(start - 2) == .pronoun, !clauseBreak(before: start - 1) {
            p = attachedHead(start - 2)
        }
        if isNominal(p) || (tag(p) == .pronoun && !["it", "this", "that"].contains(tokens[p].text)) || (tokens[p].text == "other" && text(p - 1) == "each") {
            return framing(attachedHead(p), "‘\(word)’ comparison")
        }
        if let f = relativeObject(ofNaming: p) { return f }
        if tag(p) == .verb || tag(p) == .be, let s = subjectHead(of: p) { return framing(s, "‘\(word)’ comparison") }
        return nil
    }

    /// The noun a verb of naming has for its object when the verb is a relative clause's, its object the noun the
    /// clause is said of: "the workers, most of whom I would describe as poor" says it of the workers; the clause may
    /// open with no relative word: "children I would call, without much hesitation, at risk".
    func relativeObject(ofNaming p: Int) -> Framing? {
        guard tag(p) == .verb, isNaming(p) else { return nil }
        if let r = (max(1, p - 6)..<p).reversed().first(where: { ["whom", "who", "which", "that"].contains(tokens[$0].text) }),
           (r + 1...p).allSatisfy({ !clauseBreak(before: $0) }),
           (r + 1..<p).contains(where: { Sentence.subjectPronouns.contains(tokens[$0].text) || isNominal($0) }) {
            // ("most of whom": the noun before the quantity.)
            let q = r >= 3 && tokens[r - 1].text == "of" && tag(r - 2) == .determiner || r >= 3 && tokens[r - 1].text == "of" && Sentence.standaloneQuantifiers.contains(tokens[r - 2].text) ? r - 2 : r
            if q > 0, isNominal(q - 1), let f = framing(attachedHead(q - 1), "object of ‘\(tokens[p].text)’ (‘\(tokens[r].text)’)") { return f }
            return nil
        }
        // Without its relative word: the subject pronoun right after the noun, its auxiliaries before the verb (and a verb
        // of coming to do it: "men and women I have come to think of as …").
        var s = p - 1
        while s > 0, !clauseBreak(before: s + 1),
              [.modal, .adverb, .have, .be, .doVerb].contains(tag(s))
                || tag(s) == .to && s >= 2 && data.classes(tokens[s - 1].text).contains(.verb) && !isNaming(s - 1) {
            s -= tag(s) == .to ? 2 : 1
        }
        guard s >= 2, s < p, Sentence.subjectPronouns.contains(tokens[s].text), !clauseBreak(before: s), !clauseBreak(before: s + 1),
              isNominal(s - 1), tag(s - 1) != .pronoun else { return nil }
        return framing(attachedHead(s - 1), "object of ‘\(tokens[p].text)’ (a clause without its ‘whom’)")
    }

    /// The verb of naming or seeing and its object, when the object stands right before "as" at `a`: "see them as",
    /// "think of my kids as", "picture the homes along the wash as"; after "and of", the verb of the phrase before
    /// ("think of the hall as …, and of the blocks around it as …").
    func namedAs(_ a: Int) -> (verb: Int, object: Int)? {
        guard let (object, start) = objectPhrase(before: a), start >= 2 else { return nil }
        var v = start - 1
        if tokens[v].text == "of" {
            if tokens[v - 1].text == "and" {
                guard let earlier = (0..<(v - 1)).reversed().first(where: { tag($0) == .verb && isNaming($0) && text($0 + 1) == "of" }) else { return nil }
                return (earlier, object)
            }
            v -= 1
        }
        // The second of two with the verb left out: "I picture the quiet ones as unlit lanterns, and the apartments on
        // Grover Street as our neighborhood's blown fuse".
        if tokens[v].text == "and", !clauseBreak(before: v + 1), !tokens[v].before.contains(";"),
           let e = (max(1, v - 14)..<v).reversed().first(where: { tokens[$0].text == "as" }),
           !(e + 1...v).contains(where: { clauseBreak(before: $0) && !commaOnly(before: $0) }), let (verb, _) = namedAs(e) {
            return (verb, object)
        }
        guard tag(v) == .verb, isNaming(v), !clauseBreak(before: v + 1) else { return nil }
        return (v, object)
    }

    /// The noun or pronoun that ends right before `a` (through a prepositional phrase to the noun it is attached to)
    /// and the first word of its phrase, for the verb before it: what "as" or a second object is said of.
    private func objectPhrase(before a: Int) -> (object: Int, start: Int)? {
        guard a >= 2, !clauseBreak(before: a), isNominal(a - 1) || tag(a - 1) == .pronoun else { return nil }
        // (Past a time after the object: "I see the children some mornings as unfinished drawings".)
        if isTime(a - 1), case let t = nounPhraseStart(a - 1), t > 2, t < a - 1, ["some", "most", "many", "every", "each", "these"].contains(tokens[t].text),
           !clauseBreak(before: t) {
            return objectPhrase(before: t)
        }
        let object = attachedHead(a - 1)
        let start = tag(object) == .pronoun ? object : nounPhraseStart(object)
        guard start >= 1, !clauseBreak(before: start) else { return nil }
        return (object, start)
    }

    /// A verb of naming or seeing: its "as" phrase is said of its object.
    func isNaming(_ v: Int) -> Bool {
        data.verbLemma(tokens[v].text).map { Sentence.namingVerbs.contains($0) } ?? false
    }

    static let namingVerbs = LanguageData.embedded.words(.namingVerbs)
    static let directNamingVerbs = LanguageData.embedded.words(.directNamingVerbs)

    /// The verb of naming and its first object when a second object starts at `start`: "called those families my leaky
    /// hulls", "I call them our half-charged radios".
    func namedDirectly(_ start: Int) -> (verb: Int, object: Int)? {
        guard [.determiner, .possessive].contains(tag(start)), let (object, open) = objectPhrase(before: start),
              !(open...start).contains(where: { clauseBreak(before: $0) }) else { return nil }
        var v = open - 1
        while v > 0, tag(v) == .adverb, !clauseBreak(before: v + 1) { v -= 1 }
        guard tag(v) == .verb, data.verbLemma(tokens[v].text).map({ Sentence.directNamingVerbs.contains($0) }) == true else { return nil }
        return (v, object)
    }

    /// A progressive before "and": "the mothers are raising kids alone and struggling", whatever the tables call its
    /// participle ("working" may be an adjective).
    func progressiveBefore(_ first: Int) -> Bool { progressive(before: first) != nil }

    /// The participle of that progressive.
    func progressive(before first: Int) -> Int? {
        guard first > 2, ["and", "or"].contains(tokens[first - 1].text), !clauseBreak(before: first), !clauseBreak(before: first - 1) else { return nil }
        var v = first - 2
        while v > 0, first - v <= 10, !clauseBreak(before: v + 1) {
            if tokens[v].text.hasSuffix("ing"), tag(v - 1) == .be, !clauseBreak(before: v) { return v }
            if [.be, .conjunction, .subordinator, .relative, .modal].contains(tag(v)) { return nil }
            v -= 1
        }
        return nil
    }

    /// The verb before "and" (or "or") right before `first`, in the same clause: "families live in poverty and lack …".
    func coordinatedVerb(before first: Int) -> Int? {
        // (Not a noun that opens a clause of its own: "students read the poems and issues were discussed".)
        // (Nor after a comma, which joins clauses more often than verbs: "…, or need".)
        guard first > 1, ["and", "or"].contains(tokens[first - 1].text), !clauseBreak(before: first), !clauseBreak(before: first - 1),
              first + 1 >= tokens.count || clauseBreak(before: first + 1) || ![.be, .verb, .modal, .have, .doVerb].contains(tag(first + 1)) else { return nil }
        var v = first - 2
        while v >= 0, first - v <= 12 {
            if tag(v) == .verb { return v }
            if clauseBreak(before: v) && !commaOnly(before: v) || [.be, .conjunction, .subordinator, .relative].contains(tag(v)) { return nil }
            v -= 1
        }
        return nil
    }

    /// The first part of a hyphenated compound before a noun that names no
    /// one: "challenge-response authentication" is about the authentication.
    func compoundBeforeThing(first: Int, last: Int) -> Framing? {
        // Unhyphenated, before a singular noun that ends the subject: "The Uno challenge table was loud" is about the table.
        if last + 1 < tokens.count, !tokens[last + 1].hyphenBefore, !clauseBreak(before: last + 1), tag(last + 1) == .noun,
           !tokens[last + 1].text.hasSuffix("s"), last + 2 < tokens.count,
           clauseBreak(before: last + 2) || [.be, .modal, .have, .relative].contains(tag(last + 2)) || tokens[last + 2].text == "that",
           let f = framing(last + 1, "the compound ‘\(tokens[first].text) \(tokens[last + 1].text)’"),
           case .category(let c) = f.referent, [.thing, .event, .document].contains(c) {
            return f
        }
        guard last + 1 < tokens.count, tokens[last + 1].hyphenBefore else { return nil }
        var end = last + 1
        while end + 1 < tokens.count, tokens[end + 1].hyphenBefore { end += 1 }
        guard end + 1 < tokens.count, !clauseBreak(before: end + 1), isNominal(end + 1), let h = nounPhraseHead(from: end + 1), h - end < 4,
              let f = framing(h, "the compound ‘\((first...end).map { tokens[$0].text }.joined(separator: "-"))’ before its noun"),
              case .category(let c) = f.referent, [.thing, .abstract, .event, .document].contains(c) else { return nil }
        return f
    }

    /// A passive participle after its noun and a comma, said of people: "the poorest county in the state, left behind
    /// by every highway", "a struggling town, bled dry by second-home buyers".
    func participleAfterComma(first: Int, last: Int) -> Framing? {
        guard commaOnly(before: first), first > 0, isNominal(first - 1), text(last + 1) == "by" || tokens[first].text.hasSuffix("ed"),
              let f = framing(attachedHead(first - 1), "participle after its noun and a comma"), f.referent.isPeople else { return nil }
        return f
    }

    // MARK: verbs: their subject

    func subjectFraming(first: Int, last: Int) -> Framing? {
        // A passive participle after what is needed: "- Interpreter needed for Mixteco speakers", "volunteers needed at
        // the camp".
        if first == last, tokens[first].text == "needed", first > 0, isNominal(first - 1), !clauseBreak(before: first),
           first + 1 >= tokens.count || clauseBreak(before: first + 1) || ["for", "by", "at", "in", "on", "from", "during"].contains(tokens[first + 1].text),
           nounPhraseStart(attachedHead(first - 1)) == 0 || [.preposition, .conjunction].contains(tag(nounPhraseStart(attachedHead(first - 1)) - 1))
            || clauseBreak(before: nounPhraseStart(attachedHead(first - 1))) {
            return noOne(first - 1, "what is needed (‘\(tokens[first - 1].text) needed’), not who needs it")
        }
        if let f = afterVerbAndPreposition(first: first) { return f }
        // A participle that opens the sentence: "Lacking, in most cases, any family nearby, the households …".
        if tokens[first].text.hasSuffix("ing"), let f = frontedFraming(first: first, last: last) { return f }
        // An idiom that is a verb's object: "families are barely keeping their heads above water" says it of the subject.
        if first >= 2, tag(first - 1) == .possessive, tag(first - 2) == .verb, !clauseBreak(before: first - 1), !clauseBreak(before: first),
           let s = subjectHead(of: first - 2), let f = framing(s, "subject of ‘\(tokens[first - 2].text)’") {
            return f
        }
        if let f = participleAfterComma(first: first, last: last) { return f }
        // A participle after its noun: "families lacking transport".
        if first > 0, !clauseBreak(before: first), isNominal(first - 1), tokens[first].text.hasSuffix("ing"),
           let f = framing(attachedHead(first - 1), "participle after its noun") {
            // After the place of a verb ("kids come to rehearsal running on empty"), the participle is said of the subject.
            let start = nounPhraseStart(attachedHead(first - 1))
            if !f.referent.isPeople, start > 1, [.preposition, .to].contains(tag(start - 1)), tag(start - 2) == .verb, !clauseBreak(before: start - 1),
               let s = subjectHead(of: start - 2), let g = framing(s, "subject of ‘\(tokens[start - 2].text)’"), g.referent.isPeople {
                return g
            }
            // After a verb and a time ("my students arrive each morning running on empty"), the same.
            if !f.referent.isPeople, start > 0, ["each", "every", "most", "some"].contains(tokens[start].text), tag(start - 1) == .verb,
               !clauseBreak(before: start), let s = subjectHead(of: start - 1), let g = framing(s, "subject of ‘\(tokens[start - 1].text)’"),
               g.referent.isPeople {
                return g
            }
            return f
        }
        // After a verb and its particle: "some of my kids come in running on empty" says it of the subject.
        if first >= 2, ["in", "up", "out", "back", "home", "over", "around"].contains(tokens[first - 1].text), tag(first - 2) == .verb,
           tokens[first].text.hasSuffix("ing"), !clauseBreak(before: first), !clauseBreak(before: first - 1),
           let s = subjectHead(of: first - 2), let f = framing(s, "subject of ‘\(tokens[first - 2].text) \(tokens[first - 1].text)’"), f.referent.isPeople {
            return f
        }
        // Right after a verb of motion: "a handful of kids arrive running on empty" says it of the subject.
        if first >= 1, Sentence.motionVerbs.contains(tokens[first - 1].text), tokens[first].text.hasSuffix("ing"), !clauseBreak(before: first),
           let s = subjectHead(of: first - 1), let f = framing(s, "subject of ‘\(tokens[first - 1].text)’"), f.referent.isPeople {
            return f
        }
        // The second of two progressives: "the families are living in motels and lacking beds".
        if let v = progressive(before: first), let s = subjectHead(of: v - 1),
           let f = framing(s, "progressive after ‘\(tokens[v - 1].text) \(tokens[v].text)’"), f.referent.isPeople {
            return f
        }
        // The second of two verbs joined by "and": "families in the trailer park live in poverty and lack basic supplies".
        if let v = coordinatedVerb(before: first), let s = subjectHead(of: v),
           let f = framing(s, "subject of ‘\(tokens[v].text) … \(tokens[first - 1].text) \(tokens[first].text)’"), f.referent.isPeople {
            return f
        }
        // The last of a list of predicates: "a population that is frail, isolated and lacking the workforce".
        if first > 0, tokens[first - 1].text == "and" || tokens[first - 1].text == "or" || commaOnly(before: first),
           let c = coordinatedCopula(before: commaOnly(before: first) ? first : first - 1), let s = subjectOfCopula(c, predicate: first),
           let f = framing(s, "predicate after ‘\(tokens[c].text)’") {
            return f
        }
        // A progressive, whatever the tables call its participle: "parents, who are often lacking in confidence".
        if tokens[first].text.hasSuffix("ing"), let c = copula(before: first), tag(c) == .be, let s = subjectOfCopula(c, predicate: first),
           let f = framing(s, "subject of ‘\(tokens[c].text) \(tokens[first].text)’"), f.referent.isPeople {
            return f
        }
        if let s = subjectHead(of: first), var f = framing(s, "subject of the verb") {
            // "choose what they need", "the help they need": a relative clause, not a portrait.
            let start = nounPhraseStart(s)
            if start > 0, ["what", "whatever", "that", "which"].contains(tokens[start - 1].text) || Sentence.indefinitePronouns.contains(tokens[start - 1].text)
                || (start > 0 && isNominal(start - 1) && !clauseBreak(before: start)) {
                f.construction = "subject of the verb in a relative clause"
            }
            return f
        }
        return nil
    }

    /// People in an of-complement set off from its noun by an aside: "the needs, as I understood them after two months,
    /// of the newest mothers", "the needs, material and, I would argue, recognitional, of the guests".
    func ofComplementAfterAside(last: Int) -> Framing? {
        let k = last + 1
        guard k < tokens.count, commaOnly(before: k),
              let close = (min(tokens.count, k + 1)..<min(tokens.count, k + 20)).first(where: { commaOnly(before: $0) && tokens[$0].text == "of" }),
              text(close + 1) != "course", let h = nounPhraseHead(from: close + 1), let f = framing(h, "of-complement after an aside"),
              f.referent.isPeople else { return nil }
        return f
    }

    /// Adjectives that say how widespread a thing is among people ("common among").
    static let prevalence = LanguageData.embedded.words(.prevalenceWords)

    /// People among whom the term's phrase, ending at `end`, is said to be common: "Deficits in early vocabulary are
    /// common, in my experience, among the children of junior enlisted families."
    func commonAmong(after end: Int) -> Framing? {
        var c = end + 1
        while c < tokens.count, c - end < 6, tag(c) != .be, !clauseBreak(before: c) { c += 1 }
        guard c < tokens.count, tag(c) == .be, !clauseBreak(before: c) else { return nil }
        var p = c + 1
        while p < tokens.count, tag(p) == .adverb || Sentence.degreeWords.contains(tokens[p].text), !clauseBreak(before: p) { p += 1 }
        guard p < tokens.count, !clauseBreak(before: p), Sentence.prevalence.contains(tokens[p].text),
              let among = (p + 1..<min(tokens.count, p + 12)).first(where: { ["among", "amongst"].contains(tokens[$0].text) }),
              !(p + 1...among).contains(where: { clauseBreak(before: $0) && !commaOnly(before: $0) || tag($0) == .be }),
              let h = nounPhraseHead(from: among + 1), let f = framing(h, "said to be common among them"), f.referent.isPeople else { return nil }
        return f
    }
}
