import EssayCore
import EssayText

/// The words of a lexicon's `rejection` section that tell a framing the
/// essay reports in order to turn away from it, as sets.
package struct RejectionWords: Sendable {
    let namedAsWord, pointers, nextWording, nextTurn, settingVerbs: Set<String>
    let proposal, naming, past, presentTurn, turn, wordingNouns, replies, refusedUses, keepingVerbs: Set<String>
    /// Two-word turns ("set aside"), first word to second words.
    let turnPhrases: [String: Set<String>]

    init(_ cues: RejectionCues?) {
        func set(_ list: [String]?) -> Set<String> { Set((list ?? []).map { Terms.normalize($0) }) }
        namedAsWord = set(cues?.namedAsWord)
        pointers = set(cues?.pointers)
        nextWording = set(cues?.nextWording)
        nextTurn = set(cues?.nextTurn)
        settingVerbs = set(cues?.settingVerbs)
        let reported = cues?.reported
        proposal = set(reported?.proposal)
        naming = set(reported?.naming)
        past = set(reported?.past)
        presentTurn = set(reported?.presentTurn)
        turn = set(reported?.turn)
        wordingNouns = set(reported?.wordingNouns)
        replies = set(reported?.replies)
        refusedUses = set(reported?.refusedUses)
        keepingVerbs = set(reported?.keepingVerbs)
        var phrases: [String: Set<String>] = [:]
        for phrase in reported?.turnPhrases ?? [] {
            let parts = Terms.normalize(phrase).split(separator: " ").map(String.init)
            if parts.count == 2 { phrases[parts[0], default: []].insert(parts[1]) }
        }
        turnPhrases = phrases
    }

    /// A turn word, or a two-word turn ("came out of the script", "She was right").
    func turnedDown(_ words: [String]) -> Bool {
        words.contains(where: turn.contains)
            || zip(words, words.dropFirst()).contains { turnPhrases[$0.0]?.contains($0.1) == true }
            || pointedBack(words)
            || deniedToBe(words)
            || keptOff(words)
            || acceptedByNoOne(words)
    }

    /// A wording kept off a page: "keep that word off the survey", "we left the label out" (not "kept the label on"), or
    /// the place for it left blank: "I left that box empty".
    func keptOff(_ words: [String]) -> Bool {
        words.indices.contains { k in
            k + 3 < words.count && keepingVerbs.contains(words[k]) && pointers.contains(words[k + 1])
                && (wordingNouns.contains(words[k + 2]) && ["off", "out"].contains(words[k + 3]) || ["empty", "blank"].contains(words[k + 3]))
        }
    }

    /// A wording no one took up: "Nobody at the table accepted that", "no one agreed with it".
    func acceptedByNoOne(_ words: [String]) -> Bool {
        words.indices.contains { k in
            guard words[k] == "nobody" || words[k] == "no" && k + 1 < words.count && words[k + 1] == "one" else { return false }
            return (k + 1..<min(words.count, k + 7)).contains { j in
                ["accepted", "agreed", "bought", "liked"].contains(words[j])
                    && (j + 1 < words.count && RejectionWords.backPointers.contains(words[j + 1]) || j + 2 < words.count && words[j + 1] == "with" && RejectionWords.backPointers.contains(words[j + 2]))
            }
        }
    }

    /// Another wording asked for or chosen in its place: "I asked for a different one", "we chose another word".
    func replaced(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { ["different", "another", "new", "better"].contains($0.0) && ($0.1 == "one" || wordingNouns.contains($0.1)) }
    }

    /// What the thing is said not to be: "A colleague suggested we pitch it as nature for at-risk youth; that is not what
    /// this is" (not "which is not what the recipe wall shows", of a habit the applicant still has), or how the applicant
    /// sees it: "A colleague called the event enrichment for children who lack experiences. That is not how I saw it", or
    /// who the people are: "A reviewer called the cast a needy group. That is not who they are".
    func deniedToBe(_ words: [String]) -> Bool {
        words.indices.contains { k in
            guard k + 2 < words.count, words[k + 1] == "not", words[k + 2] == "what"
                    || k + 3 < words.count && (words[k + 2] == "how" && ["i", "we"].contains(words[k + 3])
                        || words[k + 2] == "who" && ["they", "we", "these", "those", "our"].contains(words[k + 3])) else { return false }
            return ["that's", "it's"].contains(words[k])
                || k >= 1 && ["is", "was"].contains(words[k]) && ["that", "this", "it"].contains(words[k - 1])
        }
    }

    /// The wording pointed at and denied: "I do not find that framing useful", "that label never fit", "that word appears
    /// nowhere on our banners".
    /// Or disowned ("that is the state's label, not mine"), or refused with a verb pointing back ("I will not repeat that").
    func deniesWording(_ words: [String]) -> Bool {
        let negations = RejectionWords.denials
        if zip(words, words.dropFirst()).contains(where: { pointers.contains($0.0) && $0.0 != "the" && wordingNouns.contains($0.1) }),
           words.contains(where: negations.contains) {
            return true
        }
        return words.indices.contains { k in
            guard negations.contains(words[k]), k + 1 < words.count else { return false }
            if ["mine", "ours"].contains(words[k + 1]) { return words[max(0, k - 3)..<k].contains(where: wordingNouns.contains) }
            return k + 2 < words.count && refusedUses.contains(words[k + 1]) && RejectionWords.backPointers.contains(words[k + 2])
        }
    }

    /// The applicant's refusal that opens a sentence, its words counted: "I don't", "I will not", "We no longer do"
    /// (a bare one, its verb left out, turns from a wording just given: `Reading.refusesAlone`).
    static func refusal(_ words: [String]) -> Int? {
        guard words.count >= 2, ["i", "we"].contains(words[0]) else { return nil }
        var n: Int
        if ["don't", "won't", "wouldn't", "never", "refuse"].contains(words[1]) {
            n = 2
        } else if words.count >= 3, ["do", "will", "would"].contains(words[1]) && words[2] == "not" || words[1] == "no" && words[2] == "longer" {
            n = 3
        } else {
            return nil
        }
        // ("I never have", "we no longer do".)
        if words.count > n, ["do", "did", "have", "will", "would"].contains(words[n]), words[n - 1] == "never" || words[n - 1] == "longer" { n += 1 }
        return n
    }

    /// A label said to fit, not negated: "…, and it fits", "which is accurate" (not "that label never fit").
    static func endorsed(_ words: [String]) -> Bool {
        words.indices.dropFirst().contains { k in
            ["it", "that", "which"].contains(words[k - 1]) && (["fits", "fit"].contains(words[k])
                || ["is", "was"].contains(words[k]) && k + 1 < words.count && ["accurate", "apt", "fair", "true"].contains(words[k + 1]))
        }
    }

    /// Words that deny a wording: "that label never fit", "I will not repeat that".
    static let denials: Set<String> = ["not", "never", "don't", "doesn't", "didn't", "won't", "no", "nowhere"]

    /// Objects that point back at a wording: "I rewrote it", "I set both aside".
    static let backPointers: Set<String> = ["it", "that", "them", "this", "both", "those", "these"]

    /// A turn whose object points back at the wording: "I rewrote it", "I set both aside" (an object inside a two-word turn).
    /// (Or the sentence opens pointing back at it: "That was the first thing I had to unlearn".)
    func pointedBack(_ words: [String]) -> Bool {
        if words.count > 2, ["that", "this"].contains(words[0]), ["was", "is"].contains(words[1]), words.contains(where: turn.contains) { return true }
        return words.indices.contains { k in
            guard k + 1 < words.count, RejectionWords.backPointers.contains(words[k + 1]) else { return false }
            return turn.contains(words[k]) || k + 2 < words.count && turnPhrases[words[k]]?.contains(words[k + 2]) == true
        }
    }
}

extension DeficitScan.Reading {
        /// Reported in order to be rejected: a cue around it in its sentence,
        /// or at the start of the next ("We stopped using the phrase.").
        func rejection(_ s: Sentence, _ sentenceRange: Range<Int>) -> String? {
            guard let rejection = compiled.lexicon.rejection else { return nil }
            // The sentence's own words, already read.
            guard let first = s.index(ofWord: at) else { return nil }
            let texts = s.tokens.map(\.text)
            // Named as a word, not used: "printed the words at-risk youth on the cover".
            let cue = compiled.rejectionWords
            // ("in plain terms, vulnerable": after a comma the word is used.)
            if first > 0, cue.namedAsWord.contains(texts[first - 1]), !s.commaOnly(before: first) {
                return "named as a word, not used"
            }
            // The object of a verb that strikes words from a page, with no noun after it: "I crossed out needy, and we
            // talked about why" (not "the county cut needy families from the list").
            let struck = first > 0 && ["deleted", "erased", "struck", "circled", "underlined", "highlighted"].contains(texts[first - 1])
                || first > 1 && texts[first - 1] == "out" && ["crossed", "struck", "scratched", "blacked", "inked"].contains(texts[first - 2])
            if struck, !s.clauseBreak(before: first), first + length >= texts.count || s.clauseBreak(before: first + length) || !s.isNominal(first + length) {
                return "named as a word, not used"
            }
            // A label of a thing is no wording ("prescription labels", "food labels"): not a cue.
            // A label something is printed on is a thing too ("the Latin names on our labels").
            let window = max(0, first - rejection.within)..<min(texts.count, first + length + rejection.within)
            // (The idiom read whole though its first words fall before the window.)
            let plain = DeficitScan.affirmingSense(texts)
            let around = window.map { k -> String in
                guard ["label", "labels"].contains(texts[k]), k > 0 else { return plain[k] }
                // The first noun of a compound names a thing: "lacking the basics of label reading", "a label maker",
                // "label-reading sessions".
                if k + 1 < texts.count, !(first..<first + length).contains(k + 1), !s.clauseBreak(before: k + 1),
                   s.tag(k + 1) == .noun || texts[k + 1].hasSuffix("ing"), let c = s.data.category(ofNoun: texts[k + 1]), !c.isPeople {
                    return ""
                }
                let printedOn = (k - 2...k - 1).contains { j in
                    j >= 0 && ["on", "onto", "off"].contains(texts[j]) && (j == k - 1 || [.determiner, .possessive].contains(s.tag(k - 1)))
                }
                // (Whatever the tag of a noun that can be an adjective: "the prescription labels".)
                guard printedOn || (s.tag(k - 1) == .noun || s.tag(k - 1) == .adjective && s.data.classes(texts[k - 1]).contains(.noun)) && !s.tokens[k].hyphenBefore
                        && s.data.category(ofNoun: texts[k - 1]).map({ [.thing, .document, .event].contains($0) }) == true else { return texts[k] }
                return ""
            }
            // The applicant's own naming, now, is used, not reported: "I call them my half-tank kids" (not "the county
            // calls them", nor "I called them" of a past wording).
            // (After the wording it names the same ("The empty-case kids, I call them in my head"), unless it gives
            // another name, which turns from it: "what the county calls 'at-risk youth'; we call them students".)
            // (Past auxiliaries and a verb of coming to do it: "we have come to call them our borrowed-time households".)
            let own = window.map { k in
                ["call", "calling"].contains(texts[k]) && s.text(k + 1) == "them"
                    && (k < first || k + 2 >= texts.count || s.clauseBreak(before: k + 2) || [.preposition, .adverb].contains(s.tag(k + 2)))
                    && (max(0, k - 5)..<k).reversed().first(where: { !([.adverb, .have, .modal, .to].contains(s.tag($0))
                        || s.data.classes(texts[$0]).contains(.verb) && s.text($0 + 1) == "to") }).map { ["i", "we"].contains(texts[$0]) && !s.clauseBreak(before: $0 + 1) } == true
            }
            // (Unless the applicant says the label fits: "Problematic is the word the clinical literature uses for families
            // like these, and it fits".)
            if compiled.containsAny(zip(around, own).map { $0.1 ? "" : $0.0 }, compiled.rejectionCues), !RejectionWords.endorsed(Array(texts[(first + length)...])) {
                return "reported as a label the applicant rejects"
            }
            // "instead of", "stopped using": anything after them in the sentence; a cue of one word ("replaced") only
            // what follows it within reach ("a place that never replaced those jobs, and most parents lack …").
            // A new clause after them is outside their reach ("at the temple rather than on campus, because the more
            // vulnerable elders …", "instead of a lecture; the poorest households …").
            let clause = (1..<max(1, first)).last { (k: Int) -> Bool in
                guard s.clauseBreak(before: k) else { return false }
                if s.tokens[k].before.contains(";") { return true }
                let next: String? = k + 1 < first ? texts[k + 1] : nil
                let third: String? = k + 2 < first ? texts[k + 2] : nil
                return DeficitScan.opensClause(texts[k], then: next, and: third)
            } ?? 0
            if compiled.containsAny(Array(texts[clause..<first]), compiled.precedingRejectionCues.phrasesOnly)
                || compiled.containsAny(Array(texts[max(clause, first - rejection.within)..<first]), compiled.precedingRejectionCues) {
                return "named as what the applicant turns away from"
            }
            // The turn at the start of the next sentence, pointing back at the words: "We stopped using the phrase.",
            // "Ruth asked me to stop using that phrase." (a plan replaced is not a label rejected).
            if let next = sentence(after: sentenceRange.upperBound) {
                let opening = openingWords(of: next, 8)
                // (Not the conditions someone sets: "Lupe set the terms: 'We don't need a map …'".)
                // (Nor a word it names in quotation marks that is not the term: "My students log the deficits of our
                // users … The word "user" itself turned out to be problematic".)
                let term = Set(texts[first..<min(texts.count, first + length)])
                let pointsBack = opening.indices.dropLast().contains { k in
                    cue.pointers.contains(opening[k]) && cue.nextWording.contains(opening[k + 1]) && !(k > 0 && cue.settingVerbs.contains(opening[k - 1]))
                        && !(k + 2 < opening.count && quoted(in: next, word: k + 2) && !term.contains(opening[k + 2]))
                }
                // ("I don't use that phrase.": a negated verb before the words pointed back at.)
                // (A cue besides the words pointed back: "Problematic is the word the literature uses …" names one, no turn.)
                let rest = opening.indices.map { k in
                    k + 1 < opening.count && cue.pointers.contains(opening[k]) && cue.nextWording.contains(opening[k + 1])
                        || k > 0 && cue.pointers.contains(opening[k - 1]) && cue.nextWording.contains(opening[k]) ? "" : opening[k]
                }
                if pointsBack, compiled.containsAny(rest, compiled.rejectionCues) || compiled.containsAny(opening, compiled.precedingRejectionCues)
                    || opening.contains(where: cue.nextTurn.contains) || opening.contains(where: ["don't", "never", "won't", "avoid"].contains) {
                    return "a label the next sentence rejects"
                }
            }
            if let who = namedBySomeoneElse(s, first: first, sentenceRange) { return who }
            return proposalTurnedDown(texts, first: first, sentenceRange)
        }

        /// Whether the sentence opens with the applicant's bare refusal, its verb left out and a stop after it: "I
        /// don't, because …", "I will not;", "I no longer do:" (not "I do not know how …").
        func refusesAlone(_ sentence: Range<Int>) -> Bool {
            let indices = Array(context.analysis.wordIndices(in: sentence).prefix(6))
            guard let n = RejectionWords.refusal(indices.map { DeficitScan.word(source, words[$0]) }) else { return false }
            guard n < indices.count else { return true }
            return DeficitScan.gap(text, words[indices[n - 1]], words[indices[n]]).contains { [0x2C, 0x3B, 0x3A, 0x2E, 0x2014, 0x2013].contains($0) }
        }

        /// A sentence from the word after a comma that ends an opening phrase of at most four words ("After Thursday
        /// night, I won't.").
        func afterOpeningPhrase(_ sentence: Range<Int>) -> Range<Int>? {
            let indices = Array(context.analysis.wordIndices(in: sentence).prefix(6))
            guard let k = (1..<max(1, min(5, indices.count))).first(where: {
                DeficitScan.gap(text, words[indices[$0 - 1]], words[indices[$0]]).contains(0x2C)
            }) else { return nil }
            return Int(words[indices[k]].start)..<sentence.upperBound
        }

        /// Whether the `k`th word of a sentence opens a quotation: "the word "user"".
        func quoted(in sentence: Range<Int>, word k: Int) -> Bool {
            let indices = Array(context.analysis.wordIndices(in: sentence).prefix(k + 1))
            guard k > 0, k < indices.count else { return false }
            return DeficitScan.gap(text, words[indices[k - 1]], words[indices[k]]).contains { [0x22, 0x201C, 0x2018, 0x27].contains($0) }
        }

        /// The sentence that starts after `end` (the next one), if any.
        func sentence(after end: Int) -> Range<Int>? {
            guard let next = context.sentence(containing: end + 1), next.lowerBound >= end else { return nil }
            return next
        }

        /// The first `count` words of a sentence, lower case.
        func openingWords(of sentence: Range<Int>, _ count: Int) -> [String] {
            context.analysis.wordIndices(in: sentence).prefix(count).map { DeficitScan.word(source, words[$0]) }
        }

        /// A framing someone else gives with a verb of naming ("The county reports call Tongan families here at-risk",
        /// "the college press release described the women as vulnerable refugees", "one stylist kept calling the
        /// teenagers at-risk girls"), which the rest of the sentence or the next one turns from. Repeated with no turn,
        /// or named by the applicant ("I would call them needy") or their own document, it stays the applicant's.
        func namedBySomeoneElse(_ s: Sentence, first: Int, _ sentenceRange: Range<Int>) -> String? {
            let cue = compiled.rejectionWords
            guard let v = (max(0, first - 10)..<first).last(where: { cue.naming.contains(s.tokens[$0].text) }),
                  v > 0, !(v + 1...first).contains(where: { s.clauseBreak(before: $0) && !s.commaOnly(before: $0) || s.tag($0) == .subordinator }),
                  s.tag(v - 1) != .to else { return nil }
            // The namer: the verb's subject, or that of the verb it follows ("kept calling", "started to call").
            var verb = v
            if s.tag(v - 1) == .verb || s.tag(v - 1) == .adverb, v >= 2, !s.clauseBreak(before: v) { verb = v - 1 }
            guard let namer = s.subjectHead(of: verb) ?? s.subjectHead(of: v), let who = s.referent(namer), who != .applicant,
                  // ("our grant proposal calls …", "my intake memo describes …": the applicant's own document.)
                  !(s.nounPhraseStart(namer)...namer).contains(where: { ["my", "our"].contains(s.tokens[$0].text) }) else { return nil }
            // Reported and turned from, after it or in the next sentence: "… We asked the communications office to pull
            // it.", "… The families do not, and I have stopped." Reported alone, the applicant repeats it.
            let nextSentence = sentence(after: sentenceRange.upperBound)
            let opening = nextSentence.map { openingWords(of: $0, 20) } ?? []
            let words = Array(s.tokens[min(s.tokens.count, first + length)...].map(\.text)) + opening
            // (Or the next sentence opens with the applicant's own "I don't": "Some colleagues call the neighborhood
            // underserved. I don't, because the gap there is ours".)
            let elliptical = nextSentence.map(refusesAlone) ?? false
            // (Or the word itself denied, as a partner answers it: "the university describes them as vulnerable; Rosa once
            // told a dean, 'We are not vulnerable.'")
            let term = s.tokens[first].text
            let deniedItself = words.indices.contains { k in
                s.data.roles(words[k]).contains(.negation) && words[(k + 1)..<min(words.count, k + 3)].contains(term)
            }
            // (Or another name given with a verb of naming, the term not repeated: "A county report calls the ridge an
            // underserved corner of the state; the elders call it the place where the best ash grows".)
            let counterNamed = !words.contains(term) && words.indices.dropLast().contains { cue.naming.contains(words[$0]) && ["it", "them"].contains(words[$0 + 1]) }
            guard elliptical || deniedItself || counterNamed || cue.turnedDown(words) || cue.deniesWording(words) || words.contains(where: { cue.presentTurn.contains($0) || cue.replies.contains($0) })
            else { return nil }
            return "a framing someone else gives (‘\(s.tokens[namer].text) … \(s.tokens[v].text)’), turned from"
        }

        /// Someone proposed the framing and it was turned down: a proposal
        /// before it in its sentence ("a student wanted a segment on …",
        /// "the first draft, which called the hollow …") and a turn after it
        /// in the same sentence ("… and the hosts objected"), or in the next
        /// sentence when that one names the wording ("The word came out of
        /// the script", "Her framing was set aside").
        func proposalTurnedDown(_ texts: [String], first: Int, _ sentenceRange: Range<Int>) -> String? {
            let cue = compiled.rejectionWords
            let before = texts[0..<first]
            // "I used to teach this as …": the applicant's own past habit reports a wording of theirs.
            // ("I also used to", "we once used to": an adverb between.)
            let ownHabit = before.indices.dropFirst().contains { k in
                before[k] == "used" && k + 1 < first && texts[k + 1] == "to"
                    && (["i", "we"].contains(before[k - 1]) || k >= 2 && ["i", "we"].contains(before[k - 2])
                        && ["also", "once", "always", "often", "even", "sometimes", "usually", "just", "really"].contains(before[k - 1]))
            }
            // (A referral is no wording: "toddlers referred by pediatric clinics"; "referred to them as" is.)
            // (Or written before, in the past perfect: "I had written in my planning notes that …", not "I have written".)
            let proposed = before.indices.contains { k in
                cue.proposal.contains(before[k]) && (before[k] != "referred" || texts[k + 1] != "by") || before[k] == "written" && k > 0 && before[k - 1] == "had"
            }
            guard ownHabit || proposed else { return nil }
            // A wording the applicant nearly used, and so did not: "I almost wrote that the kids … struggle".
            if before.indices.dropFirst().contains(where: { ["almost", "nearly"].contains(before[$0 - 1]) && cue.proposal.contains(before[$0]) }) {
                return "a wording the applicant almost used"
            }
            // Or might once have used: "In September I might have called this a tea for struggling families" (unless the next
            // sentence takes it up again: "… in terms of its challenges: … Those challenges are real.").
            if before.indices.dropFirst(3).contains(where: { cue.naming.contains(before[$0]) && before[$0 - 1] == "have"
                   && ["might", "would", "could", "may"].contains(before[$0 - 2]) && ["i", "we"].contains(before[$0 - 3]) }),
               !(sentence(after: sentenceRange.upperBound).map { openingWords(of: $0, 40) } ?? []).contains(where: { texts[first..<min(texts.count, first + length)].contains($0) }) {
                return "a wording the applicant would once have used"
            }
            // A wording dated to the past ("I used to call", "my first draft described", "when I started I'd have told you").
            let dated = before.contains(where: { cue.past.contains($0) }) || zip(before, before.dropFirst()).contains { $0.0 == "used" && $0.1 == "to" }
            let after = Array(texts[min(texts.count, first + length)...])
            // (Or the way of putting it denied: "…; I have not run a review that way since".)
            if cue.turnedDown(after) || cue.deniesWording(after) { return "a framing someone proposed, turned down in the same sentence" }
            // "… and I still catch that phrase in my drafts": the applicant has not turned from it.
            if after.contains("still") { return nil }
            if dated, after.contains(where: { cue.presentTurn.contains($0) }) {
                return "a wording the applicant used before, turned from in the same sentence"
            }
            // The next sentence, then the two after it (a partner's reply may come between: "Dee read it and said, '…
            // …' She was right; we started over.").
            var end = sentenceRange.upperBound
            // A wording named in between takes a later "it" ("the label 'knowledge deficit' … we dropped it").
            var otherWording = false
            var otherProposal = false
            for step in 0..<3 {
                guard let next = sentence(after: end) else { return nil }
                end = next.upperBound
                let words = openingWords(of: next, 40)
                let quotes = text[next].contains(where: { $0 == 0x22 || $0 == 0x201C })
                // Another wording reported in between, in quotation marks, takes any later turn: "(A colleague once called it
                // "a program for …" She corrected him, and I have not used that phrase since.)"
                if step > 0, otherProposal { return nil }
                let place = step == 0 ? "the next sentence" : "the sentences after it"
                let named = words.contains(where: { cue.wordingNouns.contains($0) })
                // ("I rewrote it.": a turn whose object points back at the wording; not when the sentence reports a wording
                // of its own in quotation marks, which "it" takes: "The flyer had called the group "at-risk seniors"; I
                // asked that it be withdrawn.")
                let ownWording = quotes && words.contains(where: cue.naming.contains)
                if cue.turnedDown(words), named || cue.keptOff(words) || !otherWording && !ownWording && cue.pointedBack(words) {
                    return "a framing someone proposed, turned down in \(place)"
                }
                // What was done in its place, said by the applicant: "A colleague suggested we map the deficits of the
                // neighborhood. We mapped the bakeries instead."
                // (Or a bare refusal: "Grant forms ask me to call the town disadvantaged. I will not.")
                // (Or asked to be dropped: "I asked them not to, and the council agreed".)
                let askedNotTo = words.indices.dropLast(3).contains { ["asked", "told", "begged", "urged"].contains(words[$0]) && words[$0 + 2] == "not"
                    && words[$0 + 3] == "to" && ($0 + 4 == words.count || ["and", "but", "so"].contains(words[$0 + 4])) }
                if step == 0, ["we", "i"].contains(words.first ?? ""), words.contains("instead") || refusesAlone(next) || cue.replaced(words) || askedNotTo {
                    return "a framing someone proposed, turned down in the next sentence"
                }
                // (After a short opening phrase set off by a comma: "After Thursday night, I won't.")
                if step == 0, let rest = afterOpeningPhrase(next), ["we", "i"].contains(openingWords(of: rest, 1).first ?? ""), refusesAlone(rest) {
                    return "a framing someone proposed, turned down in the next sentence"
                }
                otherWording = otherWording || named
                // (A verb of naming, not of saying: a partner's reply, "Dee read it and said, '…'", is no wording of its own.)
                otherProposal = otherProposal || quotes && words.contains(where: cue.naming.contains)
                // A dated wording flatly contradicted: "My first report said they lacked it. They didn't."
                // (Or someone else's, answered by a pronoun: "One mentor wrote … that the kids struggle with abstraction.
                // They do not.")
                // (Or by a verdict alone: "I went in figuring the parents were lacking interest. Wrong!")
                let verdict = words.count <= 2 && words.contains(where: { ["wrong", "mistaken", "untrue", "nope"].contains($0) })
                if step == 0, words.count <= 4, verdict || (dated || ["they", "it", "that", "she", "he"].contains(words.first ?? ""))
                    && words.contains(where: { ["didn't", "don't", "doesn't", "weren't", "wasn't", "aren't", "isn't", "not", "never"].contains($0) }) {
                    return dated ? "a wording the applicant used before, contradicted in the next sentence" : "a framing someone proposed, contradicted in the next sentence"
                }
                // A dated wording and a turn to the present: "Captain Ruarc corrected me, and I stopped.", "I don't say that
                // anymore.", "A colleague asked me what that word did for the kids.", "She was right; we started over."
                // (Not the word a sentence gives for people: "Broken … is the word for the second-floor men".)
                if dated, cue.turnedDown(words) || words.contains(where: { cue.presentTurn.contains($0) })
                    || words.indices.dropLast().contains(where: { cue.pointers.contains(words[$0]) && cue.wordingNouns.contains(words[$0 + 1])
                        && ($0 + 2 == words.count || words[$0 + 2] != "for") }) {
                    return "a wording the applicant used before, turned from in \(place)"
                }
                // A sentence that takes the wording up again keeps it ("Those challenges are real."): no turn after it counts.
                // (A reply in quotation marks is a partner's voice: "At risk of what?")
                if !quotes, words.contains(where: { texts[first..<min(texts.count, first + length)].contains($0) }) { return nil }
            }
            return nil
        }
}
