import EssayCore

/// Words of depletion or damage ("empty", "frayed", "leftovers") as a picture
/// of people or a place. The picture is said of them directly ("frayed
/// parents", "families are drained"), or through the thing it shows: a
/// predicate ("the neighbourhood is a leaky bucket"), a simile ("feels like a
/// lot of dead batteries"), an apposition, what they come with ("kids arrive
/// with empty nets"), what they live on ("households run on bald tires") or
/// what a place is made of ("a street of empty chairs"). Said of a thing
/// only, the word is literal ("an empty lot", "a leaky faucet").
extension Sentence {
    /// Words of a state people, places and things are often literally in ("an empty lot", "a dead man", "a quiet town"):
    /// said of them directly they are read literally; only the picture they paint is imagery.
    static let stateWords = LanguageData.embedded.words(.stateWords)
    /// Verbs whose "on" or "at" names what one lives by or where: "households run on bald tires", "raised on leftovers".
    static let livingVerbs = LanguageData.embedded.words(.livingVerbs)
    /// Verbs of where one stands or sits, whose "like" is a simile of their subject: "the church sits like a cut-off island".
    static let postureVerbs = LanguageData.embedded.words(.postureVerbs)
    /// Participles of being put or left somewhere, whose "in" names where: "parked in the city's waiting room".
    static let placedVerbs = LanguageData.embedded.words(.placedVerbs)
    /// Participles of making from pieces, whose "from" names what a place or people is made of: "stitched from leftovers".
    static let madeFromVerbs = LanguageData.embedded.words(.madeFromVerbs)

    /// Copulas of an adjective whose noun after them is an object, not a predicate: "get poor reception", "grow poor crops".
    static let objectCopulas: Set<String> = ["get", "grow"]

    /// A word read only through the thing it paints (`frames: picture`); a participle after its noun is a part taken:
    /// "North Hill is a stage with its lights blown".
    func pictureFraming(first: Int, last: Int) -> Framing? {
        let f = imageryFraming(first: first, last: last, pictureOnly: true)
        if f.map({ !$0.referent.isPeople }) ?? true, first > 0, tag(first - 1) == .noun,
           tokens[first].text.hasSuffix("ed") || tokens[first].text.hasSuffix("n"),
           let g = withRemovedFraming(first: first, last: last), g.referent.isPeople {
            return g
        }
        return f
    }

    /// The copula of a predicate noun starting at `s`, right before it, past adverbs and negation only, or past "to me"
    /// after a verb of seeming ("is a leaky bucket", "are not really hulls", "seem to me a shelf of stopped clocks"); not a
    /// verb whose noun is its object ("families get poor reception").
    func predicateCopula(before s: Int) -> Int? {
        guard let c = copula(before: s), c == s - 1 || (c + 1..<s).allSatisfy({ [.adverb, .negation].contains(tag($0)) })
            || s == c + 3 && seemsTo(c), !Sentence.objectCopulas.contains(data.verbLemma(tokens[c].text) ?? "") else { return nil }
        return c
    }

    /// A person noun as a predicate noun of a place or a group, a picture of it: "the blocks are a flatlined patient".
    func personPicture(_ h: Int) -> Framing? {
        let start = nounPhraseStart(h)
        guard let c = copula(before: start), c == start - 1 || (c + 1..<start).allSatisfy({ [.adverb, .negation].contains(tag($0)) }),
              let subject = subjectOfCopula(c, predicate: start), subject != h, case .category(let k)? = referent(subject), k == .place || k == .group,
              var f = framing(subject, "pictured as ‘\(phrase(from: pastArticles(from: start, to: h), to: h))’ (predicate after ‘\(tokens[c].text)’)") else { return nil }
        f.extentWord = tokens[h].word
        return f
    }

    /// A state after the part it leaves so, in a "with" phrase, is a part taken: "a pantry with the shelves bare", "with
    /// the shelves swept bare" (its past participle too).
    func stateAfterPart(first: Int, last: Int) -> Framing? {
        let f = imageryFraming(first: first, last: last)
        guard f.map({ !$0.referent.isPeople }) ?? true, first >= 3, !clauseBreak(before: first) else { return f }
        let from = tag(first - 1) != .noun && data.verbLemma(tokens[first - 1].text).map({ $0 != tokens[first - 1].text }) == true
            && !clauseBreak(before: first - 1) ? first - 1 : first
        guard tag(from - 1) == .noun, case let s = nounPhraseStart(from - 1), s >= 1, tokens[s - 1].text == "with",
              let g = withRemovedFraming(first: from, last: last), g.referent.isPeople else { return f }
        return g
    }

    func imageryFraming(first: Int, last: Int, pictureOnly: Bool = false) -> Framing? {
        let word = phrase(from: first, to: last)
        // A word that is only ever a picture's: of a literal state, or of a thing left unmade ("unwatered").
        let state = pictureOnly || Sentence.stateWords.contains(word)
        // A picture that opens with a preposition ("on its last legs"): said of the noun before it ("a town on its last
        // battery"), or of the subject of the verb before it ("a town running on its last spool of line").
        if tag(first) == .preposition, first > 0, !clauseBreak(before: first) {
            // (Its noun, when one follows in the same phrase: "on its last battery", not "on empty, and their parents".)
            let next = last + 1 < tokens.count && !clauseBreak(before: last + 1) && ![.conjunction, .preposition].contains(tag(last + 1))
                ? nounPhraseHead(from: last + 1) : nil
            let end = next.map { $0 - last <= 3 && !(last + 1...$0).contains(where: { clauseBreak(before: $0) }) ? $0 : last } ?? last
            var f: Framing?
            // (After where a verb of motion goes, its subject: "kids come to school on empty".)
            if isNominal(first - 1), case let start = nounPhraseStart(first - 1), start >= 2, tag(start - 1) == .preposition || tag(start - 1) == .to,
               tag(start - 2) == .verb, Sentence.motionVerbs.contains(tokens[start - 2].text), !clauseBreak(before: start), !clauseBreak(before: start - 1) {
                f = subjectHead(of: start - 2).flatMap { framing($0, "pictured as ‘\(phrase(from: first, to: end))’") }
            } else if first >= 2, tokens[first - 1].text.hasSuffix("ing"), data.verbLemma(tokens[first - 1].text) != nil, isNominal(first - 2),
                      !clauseBreak(before: first - 1) {
                // (A participle after its noun, whatever its tag: "a town running on borrowed time".)
                f = doer(of: first - 1).flatMap { framing($0, "pictured as ‘\(phrase(from: first, to: end))’") }
            } else if isNominal(first - 1) {
                f = framing(attachedHead(first - 1), "pictured as ‘\(phrase(from: first, to: end))’")
            } else if tag(first - 1) == .verb || tag(first - 1) == .be || first >= 2 && tokens[first - 1].text.hasSuffix("ing") && tag(first - 2) == .be {
                var v = first - 1
                // (A progressive: "families are living on fumes".)
                if v >= 1, tag(v - 1) == .be, tokens[v].text.hasSuffix("ing"), !clauseBreak(before: v) { v -= 1 }
                f = doer(of: v).flatMap { framing($0, "pictured as ‘\(phrase(from: first, to: end))’") }
            }
            guard var found = f, found.referent.isPeople else { return nil }
            found.extentWord = tokens[end].word
            return found
        }
        // (A participle of a thing left unmade is read as an adjective whatever its tag: "like unwatered seedlings".)
        let head = nounPhraseHead(from: first)
            ?? (pictureOnly && first == last && first + 1 < tokens.count && !clauseBreak(before: first + 1) ? nounPhraseHead(from: first + 1) : nil)
        // A noun ("leftovers", "ghosts") pictures only through its phrase; so does a word of a state people and places are
        // often literally in ("an empty lot", "a dead man", "a quiet town").
        // (Part of a hyphenated compound, it is a picture whatever it says: "bare-cupboard families", "pantry-bare".)
        // (So does a picture of a noun and what it is of: "the edge of the map", "a world of silence".)
        let isNoun = (head == last || head == first && last > first + 1 && tokens[first + 1].text == "of") && tag(head ?? last) == .noun
            && !word.hasSuffix("ing") && !word.hasSuffix("ed")
        let inCompound = tokens[first].hyphenBefore || (last + 1 < tokens.count && tokens[last + 1].hyphenBefore)
        // A noun before a doer's noun is what the doer works on: "ghost hunters", "ghost writers".
        if first == last, last + 1 < tokens.count, !clauseBreak(before: last + 1), !data.classes(tokens[first].text).contains(.adjective),
           case let next = tokens[last + 1].text, next.hasSuffix("er") || next.hasSuffix("ers"),
           case let stem = String(next.dropLast(next.hasSuffix("s") ? 3 : 2)), data.verbLemma(stem) != nil || data.verbLemma(stem + "e") != nil {
            return nil
        }
        var direct: Framing?
        if !isNoun, inCompound || !state {
            direct = modifierFraming(first: first, last: last)
            if var f = direct, f.referent.isPeople || f.referent == .applicant || f.referent == .generic {
                // What holds it together is part of the picture: "households patched together with duct tape and prayer".
                if word.hasSuffix("together"), ["with", "by"].contains(text(last + 1)), !clauseBreak(before: last + 1),
                   var end = nounPhraseHead(from: last + 2) {
                    if text(end + 1) == "and", !clauseBreak(before: end + 1), let more = nounPhraseHead(from: end + 2) { end = more }
                    f.extentWord = tokens[end].word
                }
                return f
            }
        }
        // A word of state that a passive's participle brings about is a picture of its subject: "Some ranches past the cattle
        // guard are wrung dry by drought", "The town is scraped bare" (not "the well is dry", said plainly).
        if state, first == last, first >= 2, !clauseBreak(before: first), !clauseBreak(before: first - 1), !tokens[first - 1].text.hasSuffix("ing"),
           data.verbLemma(tokens[first - 1].text).map({ $0 != tokens[first - 1].text }) == true, let c = copula(before: first - 1), tag(c) == .be,
           let s = subjectOfCopula(c, predicate: first - 1), let f = framing(s, "pictured as ‘\(tokens[first - 1].text) \(tokens[first].text)’"), f.referent.isPeople {
            return f
        }
        // A picture is a noun phrase: the word before its noun ("a leaky bucket"), or a noun of remains ("ghosts"); a word
        // of state alone after a verb ("looked dead") is a predicate, said directly or not at all.
        guard let head, head > last || (isNoun && !state) else { return direct }
        // A word of state with a part of the body is literal: "with his bare hands", "bare feet".
        // (A plural may have senses of its own, "hands" as workers: the singular decides too.)
        // (Not what a verb of seeing makes of people: "I see them as cracked vessels".)
        if state, head > last, case let start = nounPhraseStart(head), !(start >= 1 && text(start - 1) == "as" && namedAs(start - 1) != nil),
           isBodyPart(head) {
            return direct
        }
        // Whose the picture is, when its word is no literal state: "the families' threadbare lives".
        // (Not one person's body: "his helpless body".)
        if head > last, !state, case let start = nounPhraseStart(head), start < first,
           data.wordnetCategories(ofNoun: tokens[head].text).first != "body",
           let owner = (start..<first).last(where: { tag($0) == .possessive }), !["his", "her", "my", "your", "its"].contains(tokens[owner].text),
           var f = framing(owner, "pictured as ‘\(phrase(from: first, to: head))’ (by a possessive)"), case .category(let c) = f.referent, c == .person || c == .group {
            f.extentWord = tokens[head].word
            return f
        }
        // A thing left unmade is a picture only of a made or growing thing ("unwritten pages", "unwatered seedlings"), not of
        // a condition, an act or an event, which it states literally ("struggling with untreated presbyopia"); a noun
        // that is also a made thing may be one ("some households are unbraced spans").
        if pictureOnly, case let cats = data.wordnetCategories(ofNoun: tokens[head].text), let c = cats.first,
           ["state", "act", "attribute", "event", "process", "phenomenon", "feeling", "time", "cognition", "motive"].contains(c),
           !cats.contains("artifact") {
            return nil
        }
        guard var f = pictured(head, absence: isNoun, depth: 0, opening: first) else { return direct }
        // The finding covers the picture: "a leaky bucket", "a rust-scarred husk".
        if head > last { f.extentWord = tokens[head].word }
        return f
    }

    static let difficultyWords = LanguageData.embedded.words(.difficultyWords)

    /// A noun WordNet files under the body first ("wrist", "hands"; a plural by its singular too).
    func isBodyPart(_ i: Int) -> Bool {
        let noun = tokens[i].text
        return data.wordnetCategories(ofNoun: noun).first == "body"
            || noun.hasSuffix("s") && data.wordnetCategories(ofNoun: String(noun.dropLast())).first == "body"
    }

    /// A thing a word of lack at `first...last` modifies (`modified`) that is itself said of people or a place pictures them:
    /// "many of our families arrive like half-stuffed socks", "the elders are broken clocks"; so does a piece of writing,
    /// "the children came to us as half-written letters". (Not a part of the body, "an
    /// auntie with a broken wrist", nor a material, which is literal ground: "a field of asphalt and broken concrete"; nor
    /// how hard a thing is to do or cross, "the walk up Grand is a challenging hill".)
    func pictureOfModifiedThing(_ modified: Framing?, first: Int, last: Int) -> Framing? {
        guard let f = modified, f.referent == .category(.thing) || f.referent == .category(.document), f.head > last, !Sentence.difficultyWords.contains(tokens[first].text),
              !isBodyPart(f.head), data.wordnetCategories(ofNoun: tokens[f.head].text).first != "substance",
              var g = pictured(f.head, absence: false, depth: 0, opening: first), g.referent.isPeople,
              // (A piece of writing someone comes with is no picture of them: "left a homeowner with … a broken promise".)
              f.referent == .category(.thing) || !comesWith(f.head) else { return nil }
        g.extentWord = tokens[f.head].word
        return g
    }

    /// The noun phrase at `head` follows "with", or another that does and "and": "with poor workmanship and a broken promise".
    private func comesWith(_ head: Int) -> Bool {
        var p = nounPhraseStart(head) - 1
        while p >= 1, ["and", "or"].contains(tokens[p].text), isNominal(p - 1), !clauseBreak(before: p) { p = nounPhraseStart(p - 1) - 1 }
        return text(p) == "with"
    }

    /// Who does the verb at `v`: the noun a participle follows ("kids running on …"), else its subject.
    /// (Not the noun of a phrase of place before the participle: in "the kids come to school running on bald tires" the
    /// kids run, not the school.)
    private func doer(of v: Int) -> Int? {
        guard tokens[v].text.hasSuffix("ing"), v >= 1, isNominal(v - 1), !clauseBreak(before: v) else { return subjectHead(of: v) }
        let start = nounPhraseStart(v - 1)
        if start >= 2, tag(start - 1) == .to || ["at", "from", "into"].contains(tokens[start - 1].text), !clauseBreak(before: start),
           let s = subjectHead(of: start - 2) { return s }
        return attachedHead(v - 1)
    }

    /// The words `from...to` as written, hyphens kept.
    private func phrase(from: Int, to: Int) -> String {
        var out = tokens[from].text
        for k in stride(from: from + 1, through: to, by: 1) { out += (tokens[k].hyphenBefore ? "-" : " ") + tokens[k].text }
        return out
    }

    /// Whom the noun phrase at `head`, a picture, is said of. `opening`: the term's first word, where the phrase opens
    /// though the tables read it as a verb's participle ("like unplugged amplifiers": "unplug" is a verb); not past an
    /// "of" (the phrase of "the poorest corner of the city" is the city's).
    func pictured(_ head: Int, absence: Bool, depth: Int, opening: Int? = nil) -> Framing? {
        let natural = nounPhraseStart(head)
        let start = opening.map { o in
            o < natural && (o..<natural).allSatisfy({ tokens[$0].text != "of" && !clauseBreak(before: $0 + 1) }) ? o : natural
        } ?? natural
        let picture = phrase(from: max(start, head - 5), to: head)
        func said(of subject: Int?, _ how: String) -> Framing? {
            guard let subject, var f = framing(subject, how) else { return nil }
            // (A building where people live pictures its people: "The whole flat is the town's leaky basement".)
            if f.referent == .category(.thing), Sentence.rankedPlaces.contains(tokens[subject].text) {
                f.referent = .category(.place)
                f.construction += " (a home, its people)"
            }
            guard f.referent.isPeople || f.referent == .applicant else { return nil }
            return f
        }
        // The picture names what follows its "of a": "a dead battery of a neighborhood", "a drained pool of a town".
        // (Not a part of a body: "the scarred skin of a man".)
        if head + 3 < tokens.count, tokens[head + 1].text == "of", ["a", "an"].contains(tokens[head + 2].text),
           data.wordnetCategories(ofNoun: tokens[head].text).first != "body",
           !clauseBreak(before: head + 1), !clauseBreak(before: head + 2), let n = nounPhraseHead(from: head + 2),
           let f = said(of: n, "pictured as ‘\(picture) of a …’") {
            return f
        }
        // A part of a town pictured as a thing, after "a" or "this": "a torn seam of the county", "this forgotten cupboard
        // of the county" (not a building, "a leaky basement of the house", nor a place that is also a made thing and holds
        // things, "a broken bench of the park", nor things in a place, "the empty lots of the town").
        if head + 3 < tokens.count, tokens[head + 1].text == "of", tokens[head + 2].text == "the", ["a", "an", "this", "that"].contains(tokens[start].text),
           case .category(.thing)? = referent(head), !isBodyPart(head), !clauseBreak(before: head + 1), !clauseBreak(before: head + 2),
           let n = nounPhraseHead(from: head + 2), case .category(.place)? = referent(n), !Sentence.rankedPlaces.contains(tokens[n].text),
           !data.wordnetCategories(ofNoun: tokens[n].text).contains("artifact"),
           let f = said(of: n, "pictured as ‘\(picture) of the …’") {
            return f
        }
        guard start > 0 else { return nil }
        // An apposition: "Our town, a leaky bucket, …"; a plural after people needs no article ("They are society's
        // throwaways, ghosts on the sidewalk"), nor a mass noun that ends no list ("The corner's regulars, frayed rope by
        // the third unpaid week, …").
        let listGoesOn = head + 1 < tokens.count && (["and", "or"].contains(tokens[head + 1].text)
            || commaOnly(before: head + 1) && ["and", "or"].contains(text(head + 2)))
        if commaOnly(before: start), isNominal(start - 1), ["a", "an", "the"].contains(tokens[start].text)
            || (tokens[head].text.hasSuffix("s") || !listGoesOn) && (referent(attachedHead(start - 1))?.isPeople ?? false),
           let f = said(of: attachedHead(start - 1), "pictured as ‘\(picture)’ (an apposition)") {
            return f
        }
        // A predicate after an aside: "The men over sixty are, in plain terms, a fading signal", "are, frankly, seedlings
        // without light", "are, I think, unfinished sentences".
        if commaOnly(before: start), tag(start) == .determiner || tag(start) == .adjective || tag(start) == .possessive || isNominal(start),
           let c = copula(before: start), c < start - 1, commaOnly(before: c + 1) {
            return said(of: subjectOfCopula(c, predicate: start), "pictured as ‘\(picture)’ (predicate after ‘\(tokens[c].text)’)")
        }
        guard !clauseBreak(before: start) else { return nil }
        let p = start - 1
        let before = tokens[p].text
        // The second object of a verb of naming: "I have privately called those families my leaky hulls", "I call them our
        // half-charged radios".
        if let (verb, object) = namedDirectly(start) {
            return said(of: object, "pictured as ‘\(picture)’ (named so by ‘\(tokens[verb].text)’)")
        }
        // A simile after a verb of seeming: "the building can feel like a box of spent shells".
        if before == "like", p >= 1, !clauseBreak(before: p), tag(p - 1) == .be
            || data.verbLemma(tokens[p - 1].text).map({ Sentence.copulaVerbs.contains($0) }) == true {
            return said(of: subjectHead(of: p - 1), "pictured as ‘like \(picture)’")
        }
        // What people come as or like: "they arrived as a cloth with the weft pulled out", "came in like violins without strings".
        if before == "like" || before == "as", case var v = p - 1, v >= 0 {
            // (Past where they come: "come to me as half-packed suitcases", "arrive at school as blank panels".)
            if v >= 2, isNominal(v) || tag(v) == .pronoun, case let q = (max(1, v - 3)...v).reversed().first(where: { [.preposition, .to].contains(tag($0)) }) ?? 0,
               q >= 1, (q + 1...v).allSatisfy({ [.determiner, .possessive, .pronoun, .number].contains(tag($0)) || isNominal($0) }) {
                v = q - 1
            }
            if v >= 1, ["in", "up", "out", "back", "home"].contains(tokens[v].text) { v -= 1 }
            // (Past when they came: "the teenagers arrived last spring as unstrung guitars", "arrive mid-year as …".)
            // (Or how long: "the grandmothers sit all summer like spent batteries".)
            if v >= 2, isTime(v), ["last", "this", "that", "each", "every", "next", "all", "most"].contains(tokens[v - 1].text) || tokens[v].hyphenBefore { v -= 2 }
            // (Or how they live: "the families on the flats live like dry-docked boats".)
            let living = before == "like" && ["live", "lives", "lived", "living"].contains(tokens[v].text)
            if tag(v) == .verb, Sentence.motionVerbs.contains(tokens[v].text) || Sentence.postureVerbs.contains(tokens[v].text) || living,
               !(v + 1...p).contains(where: { clauseBreak(before: $0) }) {
                return said(of: doer(of: v), "pictured as \(living ? "living" : "coming") \(before) ‘\(picture)’")
            }
        }
        // What a verb of naming or seeing makes of its object: "I still see them as cracked vessels", "I think of my
        // quietest kids as leftovers", "I picture the homes along the wash as islands cut off from the mainland".
        if before == "as", let (verb, object) = namedAs(p) {
            return said(of: object, "pictured as ‘\(picture)’ (object of ‘\(tokens[verb].text)’)")
        }
        // Of the noun a relative clause's verb of naming or seeing is said of: "men and women I have come to think of as
        // rusted hulls".
        if before == "as", p >= 2, case let v = tokens[p - 1].text == "of" ? p - 2 : p - 1, let f = relativeObject(ofNaming: v) {
            return said(of: f.head, "pictured as ‘\(picture)’ (object of ‘\(tokens[v].text)’ in a relative clause)")
        }
        // A predicate noun: "the neighbourhood is a leaky bucket", "these folks are news orphans" (past "to me" after a verb
        // of seeming: "the members seem to me a shelf of stopped clocks").
        if tag(start) == .determiner || tag(start) == .possessive || isNominal(start) || tag(start) == .adjective,
           let c = predicateCopula(before: start) {
            return said(of: subjectOfCopula(c, predicate: start), "pictured as ‘\(picture)’ (predicate after ‘\(tokens[c].text)’)")
        }
        // What people come with: "some children come to school with empty nets", "kids with empty toolboxes".
        if before == "with" {
            // A thing that is a predicate noun has it, said of the subject: "the men who wash up there are hulls with empty
            // holds", "the north end is a pantry with bare shelves" (not a place or people of its own: "a neighborhood with
            // empty lots").
            if p >= 2, isNominal(p - 1), !clauseBreak(before: p), case .category(.thing)? = referent(p - 1),
               case let s = nounPhraseStart(p - 1), let c = predicateCopula(before: s),
               let f = said(of: subjectOfCopula(c, predicate: s), "pictured as ‘\(tokens[p - 1].text) with \(picture)’ (predicate after ‘\(tokens[c].text)’)") {
                return f
            }
            var v = p - 1
            while v >= 0, p - v <= 5, !clauseBreak(before: v + 1) {
                if isNominal(v), case .category(let c)? = referent(v), c == .person || c == .group {
                    return said(of: attachedHead(v), "pictured as coming with ‘\(picture)’")
                }
                // A thing that is a preposition's object just before is what has it: "people beside a bench with a
                // broken slat" (not "kids come to the table with empty hands", "arrive as seedlings with scorched roots").
                if isNominal(v), case .category(.thing)? = referent(v), case let s = nounPhraseStart(v), s > 0, tag(s - 1) == .preposition,
                   !["to", "into", "at", "as", "like"].contains(tokens[s - 1].text) { return nil }
                // (Past a particle: "most showed up with an empty parts bin".)
                if ["up", "in", "out", "back", "home", "down", "around"].contains(tokens[v].text), v > 0, tag(v - 1) == .verb { v -= 1; continue }
                if tag(v) == .verb {
                    guard Sentence.motionVerbs.contains(tokens[v].text) || Sentence.livingVerbs.contains(tokens[v].text)
                            || data.verbLemma(tokens[v].text).map({ ["leave", "start"].contains($0) }) == true else { return nil }
                    return said(of: doer(of: v), "pictured as coming with ‘\(picture)’")
                }
                v -= 1
            }
            return nil
        }
        // What people live on or where: "households run on bald tires", "kids running on a leaky number line", "a town
        // living at the dim end of the line".
        // (A noun of absence is where people live or grow up: "live in a kind of cultural blackout", "children who grew up
        // in a concrete drought".)
        let livingVerb = p >= 1 && (Sentence.livingVerbs.contains(tokens[p - 1].text)
            || p >= 2 && tokens[p - 1].text == "up" && ["grow", "grows", "grew", "grown", "growing"].contains(tokens[p - 2].text))
        let inAbsence = before == "in" && absence
        // (Or stand or sit in one, or at or on a picture: "the newest arrivals are still standing in the rubble", "the
        // elders sit at the frayed end of every supply line".)
        let posture = (inAbsence || before != "in") && p >= 1 && Sentence.postureVerbs.contains(tokens[p - 1].text)
        // (Or off one: "the folks back there live off the edge of the map".)
        if before == "on" || before == "at" || before == "off" || inAbsence, livingVerb || posture, !clauseBreak(before: p) {
            let v = tokens[p - 1].text == "up" ? p - 2 : p - 1
            return said(of: doer(of: v), livingVerb ? "pictured as living \(before) ‘\(picture)’" : "pictured \(before) ‘\(picture)’ (after ‘\(tokens[v].text)’)")
        }
        // What people come on, past where they come: "the kids come to school on a half tank".
        if before == "on", p >= 3, !clauseBreak(before: p), isNominal(p - 1), case let w = nounPhraseStart(p - 1), w >= 2, tag(w - 1) == .to,
           Sentence.motionVerbs.contains(tokens[w - 2].text), !(w - 1...p).contains(where: { clauseBreak(before: $0) }) {
            return said(of: subjectHead(of: w - 2), "pictured as coming on ‘\(picture)’")
        }
        // What a place or a people is made from: "a county stitched from leftovers", "a town stitched together out of
        // spare parts" (the participle after its noun, or after the copula of its subject).
        if before == "from" || before == "of" && p >= 2 && tokens[p - 1].text == "out", !clauseBreak(before: p) {
            var v = before == "from" ? p - 1 : p - 2
            if v >= 1, tokens[v].text == "together", !clauseBreak(before: v) { v -= 1 }
            if v >= 1, !clauseBreak(before: v + 1), Sentence.madeFromVerbs.contains(tokens[v].text) {
                let who = isNominal(v - 1) && !clauseBreak(before: v) ? attachedHead(v - 1) : subjectHead(of: v)
                return said(of: who, "pictured as made from ‘\(picture)’")
            }
        }
        // Where people are put or left: "a generation parked in the city's waiting room", "families stuck in a holding pattern".
        if before == "in", p >= 2, Sentence.placedVerbs.contains(tokens[p - 1].text), !clauseBreak(before: p), !clauseBreak(before: p - 1) {
            let v = p - 1
            let who = isNominal(v - 1) && !clauseBreak(before: v) ? attachedHead(v - 1) : subjectHead(of: v)
            return said(of: who, "pictured as put in ‘\(picture)’")
        }
        // What a place or a people is made of: "a neighbourhood of parched roots", "a street of empty chairs"; a thing of
        // it pictures in turn ("the east side is a parking lot of dead batteries").
        if before == "of", p >= 1, !clauseBreak(before: p), isNominal(p - 1), !Sentence.partitives.contains(tokens[p - 1].text) || depth > 0 {
            if let f = said(of: p - 1, "pictured as made of ‘\(picture)’") { return f }
            // (The finding covers the thing of it too: "the oldest members are «the last threads of a worn cloth»".)
            if depth == 0, case .category(let c)? = referent(p - 1), c == .thing || c == .abstract || c == .organisation,
               var f = pictured(p - 1, absence: absence, depth: 1) {
                f.startWord = f.startWord ?? tokens[pastArticles(from: nounPhraseStart(p - 1), to: p - 1)].word
                return f
            }
        }
        if before == "of", p >= 1, depth == 0, Sentence.partitives.contains(tokens[p - 1].text), var f = pictured(p - 1, absence: absence, depth: 1) {
            f.startWord = f.startWord ?? tokens[pastArticles(from: nounPhraseStart(p - 1), to: p - 1)].word
            return f
        }
        // Where a thing of the picture is: "The grandmothers are jars on a bare shelf". (The finding covers the thing too, so
        // that a picture flagged at its own word stays one finding: "shipwrecks on dry land".)
        if ["on", "in", "at"].contains(before), p >= 1, depth == 0, !clauseBreak(before: p), isNominal(p - 1),
           case .category(.thing)? = referent(p - 1), var f = pictured(p - 1, absence: absence, depth: 1) {
            f.startWord = tokens[pastArticles(from: nounPhraseStart(p - 1), to: p - 1)].word
            return f
        }
        // The second of two things pictured, joined by "and", reads as the first: "a strip of shuttered storefronts and empty
        // pockets" (not after people: "a club with forty members and a project book nobody had opened").
        if ["and", "or"].contains(before), p >= 1, !clauseBreak(before: p), isNominal(p - 1), !clauseBreak(before: p - 1),
           case .category(let c)? = referent(p - 1), !c.isPeople {
            return pictured(p - 1, absence: absence, depth: depth)
        }
        return nil
    }
}
