import EssayCore
import EssayText

/// A sentence's phrases: noun-phrase heads and starts, subjects, copulas.
extension Sentence {
    // MARK: phrases

    private static let quantifiers = LanguageData.embedded.words(.quantifiers)

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
                // (An adverb after the head ends the phrase: "the problems of our families head-on".)
                if head != nil, case let classes = data.classes(tokens[j].text + "-" + tokens[j + 1].text), classes.contains(.adverb),
                   !classes.contains(.noun) { break }
                j += 1
                continue
            }
            let t = tag(j)
            if head != nil {
                // "blocks east of the rail yard": a direction after the head says where.
                if ["east", "west", "north", "south"].contains(tokens[j].text), text(j + 1) == "of" { break }
                // (A name after a common noun opens a clause: "a broken joist Dwayne wanted to sister".)
                if t == .name, tag(j - 1) == .noun, !tokens[j - 1].capitalised { break }
                // An "-ed" form of a verb after the head is its verb: "poor taping doomed three runs" (a noun only as
                // "the doomed").
                if t == .noun, tokens[j].text.hasSuffix("ed"), let lemma = data.verbLemma(tokens[j].text), lemma != tokens[j].text { break }
                if t == .noun || t == .name || (tokens[j].hyphenBefore && !clauseBreak(before: j)) { head = j; j += 1; continue }
                // After "a", a name modifies the noun that follows it: "a challenging Sousa march".
                if let h = head, h == j - 1, tag(h) == .name, !tokens[j].capitalised, data.classes(tokens[j].text).contains(.noun),
                   let a = (max(0, h - 3)..<h).last(where: { ["a", "an"].contains(tokens[$0].text) }),
                   (a + 1...j).allSatisfy({ !clauseBreak(before: $0) }), (a + 1..<h).allSatisfy({ [.adjective, .adverb].contains(tag($0)) }) {
                    head = j; j += 1; continue
                }
                // A name's possessive opens the phrase as "the county's" does: "Ashby County's farming families".
                if t == .possessive, isPossessiveForm(tokens[j].text), j + 1 < tokens.count, !clauseBreak(before: j + 1),
                   [.noun, .name, .adjective, .number].contains(tag(j + 1)) || tokens[j + 1].text.hasSuffix("ing") {
                    head = nil
                    j += 1
                    continue
                }
                // A name before a modifier and its noun was a modifier itself: "Black farming families".
                if let h = head, tag(h) == .name, t == .adjective || t == .verb && tokens[j].text.hasSuffix("ing"), j + 1 < tokens.count,
                   !clauseBreak(before: j + 1), tag(j + 1) == .noun {
                    head = nil
                    j += 1
                    continue
                }
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
                // A plural noun is seldom a modifier: a word after it that can be a verb is its verb
                // ("its elderly homeowners drove our choice").
                if let h = head, h == j - 1, tag(h) == .noun, tokens[h].text.hasSuffix("s"), data.classes(tokens[j].text).contains(.verb),
                   data.verbLemma(tokens[j].text) != nil, data.verbLemma(tokens[j].text) != tokens[j].text {
                    return head
                }
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
            // A determiner opens the phrase: a noun before it ends another ("the permit and fire inspection the district needed").
            // (So does a possessive word: "the elders our volunteers visited".)
            if tag(j) == .determiner || Sentence.possessiveWords.contains(tokens[j].text), [.noun, .name].contains(tag(j - 1)) { break }
            // (The last part of a hyphenated modifier, whatever its class: "the sign-up table", "the co-op roster".)
            if [.determiner, .number, .adverb, .adjective, .possessive, .noun, .name].contains(t) || tokens[j].hyphenBefore
                || (t == .pronoun && Sentence.quantifiers.contains(tokens[j - 1].text)) || (j >= 2 && tokens[j - 1].hyphenBefore) {
                j -= 1
            } else {
                break
            }
        }
        return j
    }

    private static let skippableBeforeVerb: Set<Tag> = [.adverb, .negation, .modal, .be, .have, .doVerb]

    /// The noun a participle before `head` modifies, when there is one: in "the women raising grandchildren", the
    /// women; otherwise `head`.
    func participleSubject(_ head: Int) -> Int {
        let start = nounPhraseStart(head)
        guard tag(head) == .noun, start >= 2, tag(start - 1) == .verb, tokens[start - 1].text.hasSuffix("ing"), !clauseBreak(before: start),
              !clauseBreak(before: start - 1), isNominal(start - 2) else { return head }
        return attachedHead(start - 2)
    }

    /// The head of the subject of the verb (or copula) at `verb`: walking
    /// back over auxiliaries and adverbs ("did not", "here"), past a
    /// prepositional phrase ("People on Second Street need …"), out of a
    /// relative clause ("the parents who did not come are …"), and over a
    /// parenthesis between commas or dashes ("The families, as I put it, were …").
    public func subjectHead(of verb: Int) -> Int? {
        var j = verb - 1
        var crossed = false
        var asides = 0
        while j >= 0 {
            if clauseBreak(before: j + 1) {
                // A relative clause or a parenthesis between the subject and its verb.
                if !crossed, let s = interruptedSubject(before: j + 1) { return s }
                // A parenthesis between commas: jump to before its opening comma.
                // (Up to four, when each before the last opens with a participle, a preposition or a quantity: "The women
                // who came in January, bundled against the wind, two of them recently widowed, were …", "The
                // great-grandmothers in the group, several in their late seventies, widowed, and minding toddlers …, are".)
                // (Or between dashes: "The older members — most of them gave the mill forty years — are …".)
                let open = commaOnly(before: j + 1) && j >= 1 ? (1...j).reversed().first(where: { commaOnly(before: $0) })
                    : dashOnly(before: j + 1) && j >= 1 ? (1...j).reversed().first(where: { dashOnly(before: $0) }) : nil
                let again = crossed && asides < 4 && open.map(opensAside) == true
                guard let open, !crossed || again else {
                    if j + 1 == verb { return nil }
                    break
                }
                asides += 1
                crossed = true
                // (A place or time adverb may end the subject's phrase: "the grandmothers raising grandchildren here, …".)
                let end = open >= 2 && ["here", "there", "now"].contains(tokens[open - 1].text) && !clauseBreak(before: open - 1) ? open - 2 : open - 1
                // An apposition renames the subject: "Clínica del Pueblo, a volunteer-run clinic on Ninth Street, needs …".
                // (Not "the ones …", which points back at it: "the youngest fathers, the ones just out, need …".)
                if ["a", "an", "the"].contains(tokens[open].text), let h = nounPhraseHead(from: open), h <= j, isNominal(end),
                   !["one", "ones"].contains(tokens[h].text) {
                    // (One that counts or sorts people names no one: in "the grandparents raising grandchildren, a number
                    // that has tripled, are …", the subject is the people before it.)
                    if referent(h) == .category(.abstract), case let before = participleSubject(attachedHead(end)),
                       case .category(let c)? = referent(before), c == .person || c == .group {
                        return before
                    }
                    return h
                }
                j = end
                continue
            }
            let t = tag(j)
            // A number that ends the subject's phrase: a name's or a noun's ("the workers at the center on Route 9 are"),
            // or a time after a preposition ("the families who settled here in 2019 lack").
            if t == .number, j >= 1, !clauseBreak(before: j) {
                if [.name, .noun].contains(tag(j - 1)) {
                    j -= 1
                    break
                }
                if tag(j - 1) == .preposition, j >= 2, !clauseBreak(before: j - 1) {
                    j -= 2
                    continue
                }
            }
            // "the families up here", "the kids out there": a particle and its place adverb.
            // (Or a verb's: "the families who live out there".)
            if ["here", "there"].contains(tokens[j].text), j >= 2, ["up", "down", "out", "over", "back", "in", "around"].contains(tokens[j - 1].text),
               !clauseBreak(before: j), isNominal(j - 2) || tag(j - 2) == .verb {
                j -= 2
                continue
            }
            if Sentence.skippableBeforeVerb.contains(t) || (t == .pronoun && ["here", "there", "also", "all", "both"].contains(tokens[j].text)) {
                j -= 1
                continue
            }
            // ("once" before a verb is the adverb of the past: "A colleague once described …".)
            if ["here", "there", "now", "still", "nearby"].contains(tokens[j].text) || tokens[j].text == "once" && j == verb - 1 {
                j -= 1
                continue
            }
            break
        }
        guard j >= 0 else { return nil }
        // A relative clause of one verb and its adverbs right before this verb: "the families who live out there lack".
        if tag(j) == .verb, j >= 2, ["who", "that"].contains(tokens[j - 1].text), tag(j - 1) == .relative, !clauseBreak(before: j),
           !clauseBreak(before: j - 1), isNominal(j - 2), j < verb - 1 {
            return attachedHead(j - 2)
        }
        // A second predicate of the same subject: "Most were poor when they went in and are poorer now".
        if ["and", "but"].contains(tokens[j].text), j + 1 == verb, tag(verb) == .be,
           let k = (max(0, j - 15)..<j).reversed().first(where: { tag($0) == .be }), k < j - 1 {
            return subjectHead(of: k)
        }
        // Or of a verb before it: "Some younger singers came through Libya and are, I think, still broken".
        if ["and", "but"].contains(tokens[j].text), j + 1 == verb, tag(verb) == .be, j >= 2,
           let k = (max(0, j - 12)..<j).reversed().first(where: { tag($0) == .verb && !tokens[$0].text.hasSuffix("ing") }), k < j - 1,
           (k + 1...j).allSatisfy({ !clauseBreak(before: $0) }) {
            return subjectHead(of: k)
        }
        // A verb after adjectival predicates: "Many of the residents are retired or disabled and lack reliable transportation".
        if ["and", "but"].contains(tokens[j].text), j + 1 == verb, [.verb, .noun].contains(tag(verb)), j >= 2,
           let k = (max(0, j - 8)..<j).reversed().first(where: { tag($0) == .be }), k < j - 1,
           (k + 1..<j).allSatisfy({ !clauseBreak(before: $0) && ([.adjective, .adverb].contains(tag($0)) || ["or", "and"].contains(tokens[$0].text)) }),
           tag(j - 1) == .adjective {
            return subjectHead(of: k)
        }
        // A reflexive that stresses the subject: "the hollow itself has been …".
        if ["itself", "themselves", "himself", "herself"].contains(tokens[j].text), j > 0, !clauseBreak(before: j), isNominal(j - 1) { j -= 1 }
        // (Or a particle after a relative clause's participle: "Children whose parents are held over are …".)
        if ["over", "up", "out", "back", "down", "off", "away"].contains(tokens[j].text), j >= 3, j + 1 == verb, [.verb, .adjective].contains(tag(j - 1)), !clauseBreak(before: j) { j -= 1 }
        let t = tag(j)
        // A relative word with its auxiliary contracted after a noun: "a neighborhood that's been treading water".
        if ["that", "who", "which"].contains(Sentence.pronounBase(tokens[j].text)), tokens[j].text != Sentence.pronounBase(tokens[j].text),
           j >= 1, !clauseBreak(before: j), isNominal(j - 1) {
            return attachedHead(j - 1)
        }
        // An object pronoun is no subject: "They come to us running on empty" says it of the subject of "come".
        if ["us", "me", "them", "him"].contains(tokens[j].text), j >= 2, [.preposition, .to].contains(tag(j - 1)), tag(j - 2) == .verb,
           !clauseBreak(before: j), !clauseBreak(before: j - 1) {
            return subjectHead(of: j - 2)
        }
        // A relative clause that ends in its participle or adjective right before this verb: "Children whose parents are
        // deployed are at risk", "parents who were never enrolled themselves struggle" (or in the verb of "whose" or
        // "where": "The families whose son leaves are at risk", "the apartments where they live are").
        if t == .verb || t == .adjective, j >= 2, j + 1 < verb || tag(verb) == .be || tag(j) == .adjective || tokens[j].text.hasSuffix("ed"),
           let w = (max(1, j - 10)..<j).reversed().first(where: { ["whose", "who", "where"].contains(tokens[$0].text) }), isNominal(w - 1),
           !(w...verb).contains(where: { clauseBreak(before: $0) }),
           (w + 1..<j).contains(where: { [.be, .have, .verb, .modal].contains(tag($0)) }) || t == .verb && j - w >= 2 && tokens[w].text != "who",
           tokens[w].text == "where" || !(w + 1..<j).contains(where: { tokens[$0].text == "that" || Sentence.subjectPronouns.contains(Sentence.pronounBase(tokens[$0].text)) }) {
            return attachedHead(w - 1)
        }
        if t == .noun || t == .name || t == .pronoun {
            var head = attachedHead(j)
            // What a subject is for is no subject: "The paperwork for the distributor was", "A program for families is".
            if case let start = nounPhraseStart(head), start >= 2, tokens[start - 1].text == "for", !clauseBreak(before: start),
               !clauseBreak(before: start - 1), isNominal(start - 2) {
                head = attachedHead(start - 2)
            }
            // A relative word and a phrase of place or time before the verb: in "backpacks, which in fourth grade is a
            // black hole", the subject is what "which" stands for.
            let start = nounPhraseStart(head)
            if start >= 3, tag(start - 1) == .preposition, tag(start - 2) == .relative, !clauseBreak(before: start), !clauseBreak(before: start - 1),
               isNominal(start - 3) {
                return attachedHead(start - 3)
            }
            // The object of a participle that modifies the subject: in "the issues facing trailer-court families are
            // invisible", the subject is "issues" ("the women raising grandchildren are" reads the same).
            if t == .noun, case let subject = participleSubject(head), subject != head { return subject }
            if let gerund = gerundSubject(object: head, verb: verb) { return gerund }
            // A relative clause of "whose" with its own verb before this one: "Children whose parent has deployed
            // three times are vulnerable".
            // (Or of "where", its own subject and verb inside: "Households where both parents work the kill floor are …".)
            if head >= 2, let w = (max(1, head - 16)..<head).reversed().first(where: { ["whose", "where"].contains(tokens[$0].text) }), isNominal(w - 1),
               !(w...verb).contains(where: { clauseBreak(before: $0) }),
               (w + 1..<verb).contains(where: { [.be, .have, .verb, .modal].contains(tag($0)) }) {
                return attachedHead(w - 1)
            }
            return relativeAntecedent(before: head) ?? head
        }
        // An age or a count after the subject: "the men over sixty are", "children under five need".
        if t == .number, j >= 2, ["over", "under"].contains(tokens[j - 1].text), !clauseBreak(before: j), !clauseBreak(before: j - 1), isNominal(j - 2) {
            return attachedHead(j - 2)
        }
        // A quantifier standing for people named before: "Most arrive with nothing", "a handful are …".
        if t == .determiner, Sentence.standaloneQuantifiers.contains(tokens[j].text) { return j }
        // A relative clause with no relative word ends right before the verb: "the tenants we watch are poor", "the
        // families I've met are lacking".
        // ("the women I worked with were struggling": its verb may strand a preposition.)
        var v = j
        if t == .preposition, j >= 1, tag(j - 1) == .verb, !clauseBreak(before: j) { v = j - 1 }
        if tag(v) == .verb, v >= 2, Sentence.subjectPronouns.contains(Sentence.pronounBase(tokens[v - 1].text)), !clauseBreak(before: v), !clauseBreak(before: v - 1),
           isNominal(v - 2) {
            return attachedHead(v - 2)
        }
        // Its subject may be a noun phrase: "the elders our clean-out days reach are poor".
        if t == .verb, j >= 2, isNominal(j - 1), !clauseBreak(before: j), case let start = nounPhraseStart(attachedHead(j - 1)), start >= 1,
           tag(start) == .possessive || tag(start) == .determiner, isNominal(start - 1), !clauseBreak(before: start) {
            return attachedHead(start - 1)
        }
        // "parents who are disengaged": the noun the relative pronoun stands for.
        if t == .relative || (tokens[j].text == "that" && j > 0 && isNominal(j - 1)) {
            // "the parents, many of whom are poor": the people before the comma.
            if j >= 3, tokens[j - 1].text == "of", Sentence.quantifiers.contains(tokens[j - 2].text), commaOnly(before: j - 2) {
                return isNominal(j - 3) || tag(j - 3) == .pronoun ? attachedHead(j - 3) : nil
            }
            // "a street of tenants who are struggling": "who" stands for the people right before it.
            if tokens[j].text == "who", j >= 1, !clauseBreak(before: j), isNominal(j - 1), referent(j - 1)?.isPeople == true { return j - 1 }
            // "some who are struggling": a quantifier standing for people.
            if j >= 1, !clauseBreak(before: j), Sentence.standaloneQuantifiers.contains(tokens[j - 1].text) { return j - 1 }
            guard j > 0, !clauseBreak(before: j) || commaOnly(before: j), isNominal(j - 1) || tag(j - 1) == .pronoun || tokens[j - 1].text == "those"
            else { return nil }
            // "who" stands for people: after a thing, a place or an organisation that closes an earlier interruption
            // ("parents, many of whom work at the distribution center, who lack"), the people before it.
            if tokens[j].text == "who", commaOnly(before: j), referent(attachedHead(j - 1))?.isPeople != true,
               let s = interruptedSubject(before: j) { return s }
            // Or the people a phrase of place follows ("The parents in our attendance zone, who struggle with the cost").
            if tokens[j].text == "who", referent(attachedHead(j - 1))?.isPeople != true {
                var h = attachedHead(j - 1)
                for _ in 0..<2 {
                    let start = nounPhraseStart(h)
                    guard start >= 2, tag(start - 1) == .preposition, !clauseBreak(before: start), !clauseBreak(before: start - 1), isNominal(start - 2)
                    else { break }
                    h = attachedHead(start - 2)
                    if referent(h)?.isPeople == true { return h }
                }
            }
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
        // The second of two names or numbers after one preposition: "the blocks around 35th and Burleigh", "the households
        // in Clearspring and Newbury townships".
        if start >= 3, ["and", "or"].contains(tokens[start - 1].text), !clauseBreak(before: start), !clauseBreak(before: start - 1),
           [start, start - 2].allSatisfy({ [.name, .number].contains(tag($0)) || tokens[$0].text.first?.isNumber == true }),
           case let a = attachedHead(start - 2), a != start - 2 {
            return a
        }
        // The object of a gerund after a preposition belongs to the noun before it: "her story of crossing the Mekong".
        if start >= 3, tokens[start - 1].text.hasSuffix("ing"), [.verb, .noun].contains(tag(start - 1)), tag(start - 2) == .preposition, isNominal(start - 3),
           !(start - 2...start).contains(where: { clauseBreak(before: $0) }) {
            return attachedHead(start - 3)
        }
        // (A superlative of nearness is a preposition here: "the families nearest the haul road".)
        guard start > 0, !clauseBreak(before: start),
              tag(start - 1) == .preposition || ["nearest", "closest"].contains(tokens[start - 1].text) else { return head }
        let preposition = tokens[start - 1].text
        if preposition == "of", start >= 2, Sentence.quantifiers.contains(tokens[start - 2].text) { return head }
        guard ["on", "in", "at", "from", "of", "near", "around", "across", "along", "with", "above", "below", "beyond", "behind",
               "outside", "off", "by", "beside", "throughout", "inside", "under", "past", "to", "among", "toward", "towards", "within",
               "over", "through", "like", "nearest", "closest", "without"].contains(preposition), start >= 2,
              !clauseBreak(before: start - 1) else { return head }
        var before = start - 2
        // "families out on the county roads", "households east of the rail line": a particle or a direction between.
        if before >= 1, ["out", "up", "down", "over", "back", "off", "east", "west", "north", "south", "downstream", "upstream", "upriver", "downriver"].contains(tokens[before].text),
           !clauseBreak(before: before), isNominal(before - 1) {
            before -= 1
        }
        guard isNominal(before) || tag(before) == .pronoun else { return head }
        return attachedHead(before)
    }

    /// The word after which a predicate begins: a copula ("is", "are",
    /// "seem", "=") before `i`, with adverbs and negation between.
    public func copula(before i: Int) -> Int? {
        var j = i - 1
        let degree = Sentence.degreeWords
        var aside = false
        while j >= 0 {
            if !clauseBreak(before: j + 1), [.adverb, .negation].contains(tag(j)) || degree.contains(tokens[j].text) { j -= 1; continue }
            // An adverb between commas after "and": "were lonely and, frankly, vulnerable".
            if !aside, j >= 2, commaOnly(before: j + 1), commaOnly(before: j), tag(j) == .adverb, ["and", "or", "but"].contains(tokens[j - 1].text) {
                aside = true
                j -= 1
                continue
            }
            break
        }
        if aside { return coordinatedCopula(before: j) }
        guard j >= 0 else { return nil }
        // An aside of a few words after "and": "are isolated and, in my honest estimate, vulnerable".
        if i >= 3, commaOnly(before: i), let open = (max(2, i - 7)..<i).reversed().first(where: { commaOnly(before: $0) }),
           ["and", "or", "but"].contains(tokens[open - 1].text), !(open + 1..<i).contains(where: { clauseBreak(before: $0) }),
           !(open..<i).contains(where: { [.verb, .be, .modal, .subordinator, .relative].contains(tag($0)) }),
           let c = coordinatedCopula(before: open - 1) {
            return c
        }
        // Among the most: "are among the most economically vulnerable", "is one of the poorest".
        if j >= 2, tokens[j].text == "the", ["among", "of"].contains(tokens[j - 1].text), !clauseBreak(before: j), !clauseBreak(before: j - 1) {
            let c = tokens[j - 1].text == "of" && text(j - 2) == "one" ? j - 3 : j - 2
            if c >= 0, tag(c) == .be, !clauseBreak(before: c + 1) { return c }
        }
        // "Parents = disengaged".
        if tokens[j + 1].before == "=" { return j + 1 }
        if clauseBreak(before: j + 1) {
            // A parenthesis between commas after the copula (and a degree word): "are, in plain terms, disadvantaged", "are, on
            // every wage table I have seen and after two drought years, poor", "are still, by every measure a bank would use, poor".
            if j >= 1, commaOnly(before: j + 1), let open = (max(1, j - 20)...j).reversed().first(where: { commaOnly(before: $0) }), open - 1 >= 0,
               case let c = (0..<open).reversed().first(where: { !degree.contains(tokens[$0].text) || $0 + 1 < open && clauseBreak(before: $0 + 1) }) ?? 0, tag(c) == .be { return c }
            // The second of a list of predicates: "frail, isolated and lacking".
            return commaOnly(before: j + 1) ? coordinatedCopula(before: j + 1) : nil
        }
        let w = tokens[j].text
        if tag(j) == .be || isBeContraction(j) { return j }
        // A hedge between: "Maple Ridge is kind of a science desert".
        if w == "of", j >= 2, ["kind", "sort"].contains(tokens[j - 1].text), tag(j - 2) == .be, !clauseBreak(before: j - 1), !clauseBreak(before: j) { return j - 2 }
        // The applicant's naming in a free relative: "most of the families are what I would still call culturally deprived".
        if j >= 2, data.verbLemma(w) == "call", let what = (max(1, j - 5)..<j).reversed().first(where: { tokens[$0].text == "what" }), tag(what - 1) == .be,
           (what...j).allSatisfy({ !clauseBreak(before: $0) }), (what + 1..<j).contains(where: { ["i", "we", "i'd", "we'd"].contains(tokens[$0].text) }) {
            return what - 1
        }
        if let lemma = data.verbLemma(w), Sentence.copulaVerbs.contains(lemma) { return j }
        // (A contrast joins predicates too: "proud but struggling", "warm yet vulnerable".)
        if ["and", "or", "but", "yet"].contains(w) { return coordinatedCopula(before: j) }
        // A prepositional phrase between the copula and its predicate: "are in my opinion very vulnerable",
        // "were by every measure my department used poorer", "seem to me deeply broken".
        if isNominal(j) || tag(j) == .verb || tag(j) == .pronoun {
            var c = j - 1
            while c > 0, j - c < 9, !clauseBreak(before: c + 1) {
                if tag(c) == .be || (data.verbLemma(tokens[c].text).map { Sentence.copulaVerbs.contains($0) } ?? false) {
                    return c + 1 < tokens.count && (tag(c + 1) == .preposition || seemsTo(c)) && tokens[c + 1].text != "of" ? c : nil
                }
                if [.conjunction, .subordinator, .relative, .modal].contains(tag(c)) { return nil }
                c -= 1
            }
        }
        return nil
    }

    static let copulaVerbs = LanguageData.embedded.words(.copulaVerbs)

    /// A verb of seeming and to whom: "seem to me", "looked to us".
    func seemsTo(_ c: Int) -> Bool {
        c + 2 < tokens.count && tokens[c + 1].text == "to" && ["me", "us", "them", "him", "her", "everyone", "outsiders"].contains(tokens[c + 2].text)
            && data.verbLemma(tokens[c].text).map { ["seem", "appear", "look", "sound", "feel"].contains($0) } == true
    }
    /// Degree words between a copula and its predicate ("are so poor").
    static let degreeWords = LanguageData.embedded.words(.degree)

    /// The copula of a list of predicates whose last conjunction or comma
    /// stands at `k`: walks back over adjectives and participles joined by
    /// commas and "and" ("is frail, isolated and lacking").
    func coordinatedCopula(before k: Int) -> Int? {
        var j = k - 1
        var items = 0
        while j > 0, items < 5 {
            let t = tag(j)
            // (Or a word of place used as one: "who are behind and lacking credits".)
            let predicateLike = t == .adjective || (t == .verb && (tokens[j].text.hasSuffix("ed") || tokens[j].text.hasSuffix("ing")))
                || ["behind", "ahead", "apart", "alone", "away"].contains(tokens[j].text) || Sentence.predicativeOnly.contains(tokens[j].text)
                || data.classes(tokens[j].text).contains(.adjective)
            guard predicateLike else { return nil }
            items += 1
            var p = j - 1
            while p > 0, !clauseBreak(before: p + 1), tag(p) == .adverb { p -= 1 }
            if !clauseBreak(before: p + 1), tag(p) == .be || (data.verbLemma(tokens[p].text).map { Sentence.copulaVerbs.contains($0) } ?? false) {
                return p
            }
            if commaOnly(before: p + 1) { j = p; continue }
            if !clauseBreak(before: p + 1), ["and", "or", "but", "yet"].contains(tokens[p].text) { j = p - 1; continue }
            return nil
        }
        return nil
    }
}
