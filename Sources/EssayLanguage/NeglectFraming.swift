import EssayCore
import EssayText

/// Verbs that picture a place or people by what was done to them: neglect in
/// a relative clause that defines the place ("a zip code the city forgot"),
/// a part taken out after "with" ("a town with its heart cut out"), a thing
/// without a part said of them ("boats with no oars"), and a verb's object
/// ("rescue the block").
extension Sentence {
    /// The noun a relative clause defines, when the clause's verb (`first...last`) leaves its object to it:
    /// "a zip code the city forgot", "a town that the coal economy used up", "a place prosperity skipped decades ago".
    func relativeObjectFraming(first: Int, last: Int) -> Framing? {
        // A participle right after its noun, with no subject of its own: "neighborhoods neglected for decades"; a thing so
        // left is a picture, said of what it pictures: "The retired mates are coils of rope left to rot on the pilings".
        if first >= 1, !clauseBreak(before: first), isNominal(first - 1), tag(first - 1) != .pronoun,
           data.verbLemma(tokens[first].text).map({ $0 != tokens[first].text }) == true, !tokens[first].text.hasSuffix("s"),
           case let owner = attachedHead(first - 1), case let start = ofPhraseStart(owner), start >= 1, !clauseBreak(before: start),
           // (The noun not a subject, whose verb the participle would be: "Deacon Moon challenged one of my headlines".)
           [.be, .verb, .preposition].contains(tag(start - 1)) || ["like", "as"].contains(tokens[start - 1].text),
           // (Nor a verb with an object of its own: "why loving families skipped conferences".)
           last + 1 >= tokens.count || clauseBreak(before: last + 1) || ![.determiner, .possessive, .noun, .name, .pronoun, .number].contains(tag(last + 1)) {
            if let f = framing(owner, "the participle’s noun (‘\(tokens[owner].text) \(tokens[first...last].map(\.text).joined(separator: " "))’)") {
                if case .category(.thing) = f.referent, var g = pictured(owner, absence: false, depth: 0) {
                    g.startWord = tokens[pastArticles(from: nounPhraseStart(owner), to: owner)].word
                    return g
                }
                if f.referent.isPeople { return f }
            }
        }
        // Nothing after the verb that is its own object ("the city forgot the permit"); a time may follow ("decades ago").
        let n = last + 1
        if n < tokens.count, !clauseBreak(before: n), [.determiner, .possessive, .noun, .name, .pronoun, .number].contains(tag(n)),
           !(n + 1 < tokens.count && ["ago", "later", "earlier"].contains(tokens[n + 1].text)) { return nil }
        // The clause's subject, over auxiliaries and adverbs ("the county has simply forgotten").
        var j = first - 1
        while j >= 0, !clauseBreak(before: j + 1), [.adverb, .have, .be, .modal].contains(tag(j)) { j -= 1 }
        guard j >= 0, !clauseBreak(before: j + 1), isNominal(j) || tag(j) == .pronoun else { return nil }
        let verb = tokens[first...last].map(\.text).joined(separator: " ")
        func antecedent(subjectStart start: Int) -> Framing? {
            var a = start - 1
            guard a >= 0, !clauseBreak(before: start) else { return nil }
            if ["that", "which", "whom"].contains(tokens[a].text) { a -= 1 }
            guard a >= 0, !clauseBreak(before: a + 1), isNominal(a), var f = framing(attachedHead(a), "defined by a relative clause (‘… \(verb)’)") else { return nil }
            // A thing so defined pictures what it is said of: "the east side is a cold pocket the utilities have written off".
            if case .category(let c) = f.referent, [.thing, .abstract, .organisation].contains(c), let g = pictured(attachedHead(a), absence: false, depth: 0) {
                f = g
            }
            // The finding covers the place so defined, from its first word past an article, with any noun it belongs to:
            // "a «pocket of the city the schedulers forget»".
            f.startWord = tokens[pastArticles(from: ofPhraseStart(a), to: a, possessives: true)].word
            return f
        }
        // A subject with its "of" phrase: "a place the rest of Canada forgot".
        let start = tag(j) == .pronoun ? j : ofPhraseStart(j)
        if let f = antecedent(subjectStart: start) { return f }
        // A bare noun as the clause's subject reads as a compound with the noun before it: "a place prosperity skipped".
        // Only an abstraction is taken for a subject of its own ("my family member has" is one noun phrase).
        guard start < j, tag(j - 1) == .noun, data.category(ofNoun: tokens[j].text) == .abstract else { return nil }
        return antecedent(subjectStart: j)
    }

    /// Where the noun phrase of `head` opens, with the nouns its "of" phrases belong to: "the rest of Canada".
    func ofPhraseStart(_ head: Int) -> Int {
        var start = nounPhraseStart(head)
        while start >= 2, tokens[start - 1].text == "of", !clauseBreak(before: start), !clauseBreak(before: start - 1), isNominal(start - 2) {
            start = nounPhraseStart(start - 2)
        }
        return start
    }

    /// Parts whose removal pictures their owner as gutted (WordNet categories of a noun's first two senses): a
    /// body's ("heart"), a thing's ("floor", "pockets", "batteries"), light or sound ("lights", "volume"); not when
    /// the first sense is a possession, an act, a time or a quality ("hours cut", "benefits cut", "power shut off").
    static let removablePartCategories: Set<Substring> = ["body", "artifact", "phenomenon", "quantity"]
    static let causeCategories: Set<Substring> = ["possession", "act", "time", "attribute"]
    static let physicalCategories: Set<Substring> = ["artifact", "object", "body", "plant"]

    func isRemovablePart(_ i: Int) -> Bool {
        let categories = data.wordnetCategories(ofNoun: tokens[i].text)
        guard let first = categories.first, !Sentence.causeCategories.contains(first) else { return false }
        return categories.prefix(2).contains(where: Sentence.removablePartCategories.contains)
    }

    /// Where a finding that covers a picture starts: the first word from `start` past its articles (and possessives),
    /// never past the head.
    func pastArticles(from start: Int, to head: Int, possessives: Bool = false) -> Int {
        var s = start
        while s < head, tag(s) == .determiner || possessives && tag(s) == .possessive { s += 1 }
        return s
    }

    /// "a town with its heart cut out", "a neighbourhood with half its lights switched off", "kids who come in with
    /// the batteries already drained": who has the part; else a thing with a part taken that pictures people or a
    /// place ("feels like a page torn out of the city", "a drained pool of a neighborhood").
    func withRemovedFraming(first: Int, last: Int) -> Framing? {
        let taken = partTaken(first: first, last: last)
        if let taken, taken.referent.isPeople { return taken }
        // After a thing, a picture: "the block feels like a page torn out of the city".
        if first >= 1, !clauseBreak(before: first), tag(first - 1) == .noun, case .category(let c)? = referent(first - 1), c == .thing || c == .document,
           data.wordnetCategories(ofNoun: tokens[first - 1].text).first != "body", var f = pictured(first - 1, absence: false, depth: 0) {
            f.startWord = tokens[pastArticles(from: nounPhraseStart(first - 1), to: first - 1)].word
            return f
        }
        // Before a thing, a picture: "the east side is a drained pool of a neighborhood".
        if last + 1 < tokens.count, !clauseBreak(before: last + 1), let h = nounPhraseHead(from: last + 1), h - last < 3,
           case .category(.thing)? = referent(h), data.wordnetCategories(ofNoun: tokens[h].text).first != "body" {
            var f = pictured(h, absence: false, depth: 0)
            f?.extentWord = tokens[h].word
            if f != nil { return f }
        }
        return taken
    }

    static let withComplementVerbs = LanguageData.embedded.words(.withComplementVerbs)

    /// Who has the part taken: "with its heart cut out", "whose clock stopped", "have the floorboards missing".
    private func partTaken(first: Int, last: Int) -> Framing? {
        var p = first - 1
        // (An auxiliary too, after "whose": "guys whose compass got knocked out".)
        while p >= 0, !clauseBreak(before: p + 1), tag(p) == .adverb || ["got", "gets", "was", "were", "had", "has", "been"].contains(tokens[p].text) { p -= 1 }
        // (A part with "a" before it is a compound, no part taken: "she had a short hair cut".)
        // (After "its", any part but a cause: "a map with its legend torn off".)
        // (Not people gone from a place, which is where they went: "its young people gone to Atlanta".)
        // (After a thing and "with", any part but a cause or people either: "songs with the middle verses torn out".)
        guard p >= 2, !clauseBreak(before: p + 1), isNominal(p), case let start = nounPhraseStart(p), !["a", "an"].contains(tokens[start].text) else { return nil }
        var with = start - 1
        while with >= 0, ["half", "all", "most", "some", "of"].contains(tokens[with].text) { with -= 1 }
        let ofThing = with >= 1 && tokens[with].text == "with" && !clauseBreak(before: with) && isNominal(with - 1)
            && referent(attachedHead(with - 1)).map({ !$0.isPeople }) == true
        // (After a thing, a part that is an object in one of its first three senses, whatever the first: "a bucket with the
        // bottom cut out", "quilts with the batting pulled out", "a tree with the lower branches sawn off".)
        let categories = data.wordnetCategories(ofNoun: tokens[p].text)
        let physical = ofThing && categories.prefix(3).contains(where: Sentence.physicalCategories.contains) && referent(p) != .category(.person)
        guard isRemovablePart(p) || physical || (tokens[start].text == "its" || ofThing) && !(referent(p)?.isPeople ?? false)
                && !categories.prefix(1).contains(where: Sentence.causeCategories.contains) else { return nil }
        let found = partTakenOwner(p, first: first, last: last)
        // The finding covers the part taken with what took it: "with their inner «metronome knocked off» its beat"; a
        // place or people before "with", from them: "many of them «small islands with the bridge washed out»".
        guard var f = found?.framing else { return nil }
        let from = found?.from ?? pastArticles(from: nounPhraseStart(p), to: p, possessives: true)
        if f.startWord == nil, from < first { f.startWord = tokens[from].word }
        return f
    }

    /// Who has the part at `p` taken (`partTaken`), and where the finding opens when not at the part.
    private func partTakenOwner(_ p: Int, first: Int, last: Int) -> (framing: Framing?, from: Int?)? {
        var w = nounPhraseStart(p) - 1
        // Whose part it is: "a neighborhood whose clock stopped", "families whose string got cut".
        if w >= 1, tokens[w].text == "whose", isNominal(w - 1), !clauseBreak(before: w) {
            return (framing(w - 1, "‘whose \(tokens[p].text) … \(tokens[first...last].map(\.text).joined(separator: " "))’"), nil)
        }
        while w >= 0, ["half", "all", "most", "some", "of"].contains(tokens[w].text) { w -= 1 }
        // An absolute phrase after its noun and a comma: "The hill, its heart scooped out along with the ore, …".
        if w >= 1, w + 1 < p, ["its", "their"].contains(tokens[w + 1].text), commaOnly(before: w + 1), isNominal(w),
           tokens[w].text != "with" {
            return (framing(attachedHead(w), "‘\(tokens[w + 1].text) \(tokens[p].text) … \(tokens[first...last].map(\.text).joined(separator: " "))’ after a comma"), nil)
        }
        // ("some homes have the floorboards missing": the subject of "have".)
        if w >= 1, tag(w) == .have, !clauseBreak(before: w + 1), let s = subjectHead(of: w) {
            return (framing(s, "‘\(tokens[w].text) … \(tokens[p].text) … \(tokens[first...last].map(\.text).joined(separator: " "))’"), nil)
        }
        guard w >= 1, tokens[w].text == "with", !clauseBreak(before: w + 1) else { return nil }
        let construction = "‘with … \(tokens[p].text) … \(tokens[first...last].map(\.text).joined(separator: " "))’"
        // The noun before "with" ("a town with …"), or the subject of the verb before it ("came home with …"). A thing
        // so pictured is a picture in turn: "our school is a grain bin with the bottom rusted through".
        if isNominal(w - 1), !clauseBreak(before: w) {
            // (A simile's thing is the picture itself, not the noun before "like": "come to school like quilts with …".)
            let owner = ["like", "as"].contains(text(nounPhraseStart(w - 1) - 1)) ? w - 1 : attachedHead(w - 1)
            let f = framing(owner, construction)
            // (The finding covers the picture from its first word past an article, as a thing without a part does: "our
            // members are a «card catalog with half the drawers pulled out»".)
            if let f, case .category(let c) = f.referent, c == .thing || c == .abstract || c == .organisation || c == .document,
               var g = pictured(owner, absence: false, depth: 0) {
                g.startWord = tokens[pastArticles(from: nounPhraseStart(owner), to: owner)].word
                return (g, nil)
            }
            return (f, pastArticles(from: nounPhraseStart(owner), to: owner))
        }
        var v = w - 1
        while v >= 0, !clauseBreak(before: v + 1), tag(v) == .adverb || ["home", "in", "out", "back", "up"].contains(tokens[v].text) { v -= 1 }
        // (Not after a verb whose "with" brings its object: "riders struggle with the old curb cut".)
        guard v >= 0, !clauseBreak(before: v + 1), tag(v) == .verb, !Sentence.withComplementVerbs.contains(data.verbLemma(tokens[v].text) ?? tokens[v].text),
              let s = subjectHead(of: v) else { return nil }
        return (framing(s, construction), nil)
    }

    /// A thing pictured without a part, said of people or a place: "the neighborhood is a sandlot with no bases",
    /// "some of our households are boats with no oars", "they are like islands without bridges", "the chapter had
    /// become a trophy case nobody dusts". Only a thing so pictured: "families without cars" or "a town without a
    /// clinic" says plainly who lacks what.
    func withoutPartFraming(first: Int, last: Int) -> Framing? {
        guard first >= 1, last + 1 < tokens.count, !clauseBreak(before: first), !clauseBreak(before: last + 1) else { return nil }
        let words = tokens[first...last].map(\.text).joined(separator: " ")
        // Nobody where the thing needs someone: "kites with nobody at the other end of the line", "hulls with no one at the
        // wheel".
        let withNobody = words == "with no" && text(last + 1) == "one" ? last + 2
            : ["nobody", "no one"].contains(words) && first >= 2 && tokens[first - 1].text == "with" ? last + 1 : nil
        var end = last
        var owner = first - 1
        // (Past a participle of the thing: "the young mothers are seedlings lifted without their soil".)
        if first >= 2, tokens[first - 1].text.hasSuffix("ed"), [.verb, .adjective].contains(tag(first - 1)), isNominal(first - 2),
           !clauseBreak(before: first - 1) {
            owner = first - 2
        }
        if let k = withNobody, k + 1 < tokens.count, tag(k) == .preposition, !clauseBreak(before: k), !clauseBreak(before: k + 1),
           let place = nounPhraseHead(from: k + 1), place - k <= 4, case let w = tokens[first].text == "with" ? first : first - 1, w >= 1, isNominal(w - 1) {
            owner = w - 1
            end = place
        } else if !isNominal(owner) {
            return nil
        } else if ["nobody", "no one"].contains(words) {
            // What nobody does to it: "a trophy case nobody dusts", "seedlings nobody remembered to water".
            // (Whatever the tables call the verb: "a pantry nobody bothered to restock", "a pantry nobody restocks".)
            guard [.verb, .have, .adverb, .modal].contains(tag(last + 1)) || data.verbLemma(tokens[last + 1].text).map({ $0 != tokens[last + 1].text }) == true
            else { return nil }
            end = last + 1
        } else {
            // What is missing is a noun phrase: "without a ladder", "with no oars", "with no string"; not an act ("without
            // asking").
            guard let missing = nounPhraseHead(from: last + 1), tag(last + 1) != .verb,
                  !(missing == last + 1 && tokens[missing].text.hasSuffix("ing") && data.verbLemma(tokens[missing].text).map({ $0 != tokens[missing].text }) == true)
            else { return nil }
            end = missing
        }
        // (A simile's thing is the picture itself, not the noun before "like": "arrive at school like kites with no string".)
        let picture = ["like", "as"].contains(text(nounPhraseStart(owner) - 1)) ? owner : attachedHead(owner)
        // (A made thing by any of its first senses: "kites", whose first is a cheque's.)
        let senses = data.wordnetCategories(ofNoun: tokens[picture].text)
        // (A place that is a natural feature too, said of people or of what is not one: "the complexes are islands without
        // bridges"; not a town or a neighbourhood, whose lack is said plainly, "Hollis is a town without a pharmacy", nor
        // a named place, which may be one, "Kodiak is an island without a bridge".)
        guard case .category(let c)? = referent(picture), c == .thing || !c.isPeople && senses.prefix(2).contains("artifact")
                || c == .place && senses.first != "location",
              senses.first != "body", var f = pictured(picture, absence: false, depth: 0), c != .place || f.referent != .name else { return nil }
        // (The finding covers the picture from its first word past an article: "a «ship without an anchor»".)
        f.startWord = tokens[pastArticles(from: nounPhraseStart(picture), to: picture)].word
        f.extentWord = tokens[end].word
        return f
    }

    // MARK: verbs whose object is framed

    func objectFraming(first: Int, last: Int) -> Framing? {
        // The second part of a compound has its object before the hyphen: "a seed-saving network", "life-saving skills".
        if first > 0, tokens[first].hyphenBefore, !clauseBreak(before: first) { return framing(first - 1, "object joined by a hyphen") }
        // Passive: "the block was rescued".
        if first > 0, !clauseBreak(before: first), tag(first - 1) == .be, let s = subjectHead(of: first - 1), let f = framing(s, "subject of the passive") {
            return f
        }
        if last + 1 < tokens.count, !clauseBreak(before: last + 1), let h = nounPhraseHead(from: last + 1), let f = framing(h, "object of the verb") {
            // A second object after the first ("it can save others headaches"): the verb spares them something.
            // (Not a time after it: "rescue kids every summer".)
            if h + 1 < tokens.count, !clauseBreak(before: h + 1),
               ["a", "an", "the"].contains(tokens[h + 1].text) || tag(h + 1) == .possessive
                || (isNominal(h + 1) || data.classes(tokens[h + 1].text).contains(.noun)) && tag(h + 1) != .determiner {
                return task(h + 1, "a second object after ‘\(tokens[h].text)’ (spared something)")
            }
            return f
        }
        return nil
    }
}

extension Sentence {
    static let afflictingVerbs = LanguageData.embedded.words(.afflictingVerbs)

    /// People a lack that opens its sentence lies on, the object of a verb of affecting, past the lack's complements and
    /// an aside: "A deficit of trust, built over years of closed church doors, follows many of the youth", "Deficits in
    /// sleep, in supervision, and in morning routines mark nearly every night-shift family".
    /// (Or in a relative clause of its own: "the problems that, for three generations, have followed the cannery families",
    /// "the issues that come with these families".)
    func afflicted(by first: Int) -> Framing? {
        let relative = ["that", "which"].contains(text(first + 1)) && !clauseBreak(before: first + 1)
        guard nounPhraseStart(first) == 0 || relative else { return nil }
        var k = first + (relative ? 2 : 1)
        var verb: Int?
        func afflicting(_ v: Int) -> Bool { v < tokens.count && tag(v) == .verb && data.verbLemma(tokens[v].text).map(Sentence.afflictingVerbs.contains) == true }
        while k < min(tokens.count, first + 30) {
            if tag(k) == .verb, !tokens[k].text.hasSuffix("ing"), !(commaOnly(before: k) && opensAside(k)) {
                verb = k
                break
            }
            // (An auxiliary before the verb: "Problems have followed these mothers".)
            if [.modal, .have].contains(tag(k)), !clauseBreak(before: k) || commaOnly(before: k), afflicting(k + 1), !clauseBreak(before: k + 1) {
                k += 1
                continue
            }
            // (Another clause or its subject ends the reach: "Problems at the plant: they follow …".)
            if [.be, .modal, .have, .relative, .subordinator].contains(tag(k)) || clauseBreak(before: k) && !commaOnly(before: k)
                || Sentence.subjectPronouns.contains(tokens[k].text) { return nil }
            // (An aside set off by commas: its words are no verb of the sentence; any aside, when a verb of affecting
            // follows it: "Problems, more than any survey can list, follow these mothers".)
            if commaOnly(before: k), let close = (k + 1..<min(tokens.count, k + 14)).first(where: { clauseBreak(before: $0) }),
               opensAside(k) || commaOnly(before: close) && (afflicting(close) || [.modal, .have].contains(tag(close)) && afflicting(close + 1)) {
                k = close
                continue
            }
            k += 1
        }
        guard let k = verb, let lemma = data.verbLemma(tokens[k].text), Sentence.afflictingVerbs.contains(lemma) else { return nil }
        var o = k + 1
        // ("come with": "the issues that come with these families".)
        while o < tokens.count, !clauseBreak(before: o), tag(o) == .adverb || ["on", "upon"].contains(tokens[o].text) || lemma == "come" && tokens[o].text == "with" { o += 1 }
        guard lemma != "come" || tokens[o - 1].text == "with" else { return nil }
        guard o < tokens.count, !clauseBreak(before: o), let h = nounPhraseHead(from: o),
              let f = framing(attachedHead(h), "object of ‘\(tokens[k].text)’, its subject the lack"), f.referent.isPeople else { return nil }
        return f
    }
}
