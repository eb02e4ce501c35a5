import EssayCore
import EssayText

/// A framing the essay reports in order to turn away from it.
extension DeficitScan {
    /// Words that report someone's proposal: what follows is their framing.
    static let proposalCues: Set<String> = ["proposed", "wanted", "suggested", "pitched", "insisted", "urged", "recommended", "draft",
                                           "drafts", "called", "described", "asked", "requested", "offered", "calling", "call", "describe",
                                           "describing", "wrote", "write", "writing", "listed", "labeled", "labelled", "characterized",
                                           "characterised", "titled", "told", "said", "framed", "pitch", "thinking", "thought",
                                           // A document that carried the wording: "our intake form opened with a tally of each member's deficits".
                                           "form", "forms", "flyer", "flyers", "brochure", "poster", "handout", "intake",
                                           // Someone's view of people: "dialectologists treated Gullah as a broken English".
                                           "treated", "treating", "regarded"]
    /// Words that date a wording to the applicant's (or an institution's) past: "I used to call", "my first draft",
    /// "early on", "when I started". With a turn to the present after it, the wording is one the essay left behind.
    static let pastCues: Set<String> = ["first", "early", "earlier", "originally", "original", "historically", "started", "began", "last",
                                       "previously", "formerly", "initially", "prior", "before", "years", "ago", "memo", "notes"]
    /// A turn to the present after a dated wording: "I now", "I don't say that anymore", "has since been removed".
    static let presentTurnCues: Set<String> = ["now", "anymore", "since", "today", "instead", "stopped", "stop", "corrected", "changed",
                                              "longer", "strike", "cut", "drop", "remove", "reprint", "pull", "rewrote", "rewrite", "quit", "unlearn", "unlearned",
                                              "finished"]
    /// Words that turn a proposal down.
    static let turnCues: Set<String> = ["objected", "objecting", "revision", "revised", "rewrote", "rewritten", "struck", "dropped", "declined",
                                        "vetoed", "removed", "deleted", "replaced", "rejected", "refused", "overruled", "scrapped", "aside",
                                        "withdrew", "withdrawn", "reworded", "pushed", "retired", "abandoned", "ditched", "discarded",
                                        "wrong", "mistaken", "misguided", "stopped", "unlearn", "unlearned", "quit",
                                        "dismantled", "debunked", "disproved", "discredited"]
    /// Nouns that name wording: the turn in the next sentence must point at it.
    static let wordingNouns: Set<String> = ["word", "words", "label", "labels", "framing", "phrase", "term", "terms", "wording", "language",
                                           "description", "way", "idea", "title", "headline", "segment", "script", "draft", "brochure",
                                           "sentence", "sentences", "paragraph", "memo", "frame", "frames"]

    static func turnedDown(_ words: [String]) -> Bool {
        for (k, w) in words.enumerated() where turnCues.contains(w) {
            // "set aside", "pushed back", "came out of": only with their particles.
            if w == "aside" { if k > 0, ["set", "put", "laid"].contains(words[k - 1]) { return true } else { continue } }
            if w == "pushed" { if k + 1 < words.count, words[k + 1] == "back" { return true } else { continue } }
            return true
        }
        // "came out of the script", "crossed out the header", "we started over", "she was right".
        return zip(words, words.dropFirst()).contains {
            (["came", "come", "taken", "took", "crossed"].contains($0.0) && $0.1 == "out") || (["started", "start"].contains($0.0) && $0.1 == "over")
                || (["was", "were"].contains($0.0) && $0.1 == "right")
        }
    }
}

extension DeficitScan.Reading {
        /// Reported in order to be rejected: a cue around it in its sentence,
        /// or at the start of the next ("We stopped using the phrase.").
        func rejection(_ s: Sentence, _ sentenceRange: Range<Int>) -> String? {
            guard let rejection = compiled.lexicon.rejection else { return nil }
            func lowered(_ r: Range<Int>) -> [String] { r.map { DeficitScan.word(source, words[$0]) } }
            // The sentence's own words, already read.
            guard let first = s.index(ofWord: at) else { return nil }
            let texts = s.tokens.map(\.text)
            // Named as a word, not used: "printed the words at-risk youth on the cover".
            if first > 0, ["word", "words", "phrase", "phrases", "term", "terms", "label", "labels", "wording"].contains(texts[first - 1]) {
                return "named as a word, not used"
            }
            // A label of a thing is no wording ("prescription labels", "food labels"): not a cue.
            let window = max(0, first - rejection.within)..<min(texts.count, first + length + rejection.within)
            let around = window.map { k -> String in
                guard ["label", "labels"].contains(texts[k]), k > 0, s.tag(k - 1) == .noun, !s.tokens[k].hyphenBefore,
                      let c = s.data.category(ofNoun: texts[k - 1]), [.thing, .document, .event].contains(c) else { return texts[k] }
                return ""
            }
            if compiled.containsAny(around, compiled.rejectionCues) { return "reported as a label the applicant rejects" }
            // "instead of", "stopped using": anything after them in the sentence.
            if compiled.containsAny(Array(texts[0..<first]), compiled.precedingRejectionCues) {
                return "named as what the applicant turns away from"
            }
            // The turn at the start of the next sentence, pointing back at the words: "We stopped using the phrase.",
            // "Ruth asked me to stop using that phrase." (a plan replaced is not a label rejected).
            if let next = context.sentence(containing: sentenceRange.upperBound + 1), next.lowerBound >= sentenceRange.upperBound {
                let indices = context.analysis.wordIndices(in: next)
                let opening = lowered(indices.lowerBound..<min(indices.upperBound, indices.lowerBound + 8))
                let pointers: Set<String> = ["the", "that", "this", "those", "these", "such"]
                let wording: Set<String> = ["phrase", "phrases", "term", "terms", "label", "labels", "word", "words", "wording", "language", "framing"]
                let pointsBack = zip(opening, opening.dropFirst()).contains { pointers.contains($0.0) && wording.contains($0.1) }
                if pointsBack, compiled.containsAny(opening, compiled.rejectionCues) || compiled.containsAny(opening, compiled.precedingRejectionCues)
                    || opening.contains(where: { ["stop", "stopped", "dropped", "drop", "rewrote", "rewriting", "retired", "cut", "deleted", "struck"].contains($0) }) {
                    return "a label the next sentence rejects"
                }
            }
            return proposalTurnedDown(texts, first: first, sentenceRange)
        }

        /// Someone proposed the framing and it was turned down: a proposal
        /// before it in its sentence ("a student wanted a segment on …",
        /// "the first draft, which called the hollow …") and a turn after it
        /// in the same sentence ("… and the hosts objected"), or in the next
        /// sentence when that one names the wording ("The word came out of
        /// the script", "Her framing was set aside").
        func proposalTurnedDown(_ texts: [String], first: Int, _ sentenceRange: Range<Int>) -> String? {
            let before = texts[0..<first]
            // "I used to teach this as …": the applicant's own past habit reports a wording of theirs.
            let ownHabit = zip(before, zip(before.dropFirst(), before.dropFirst(2))).contains { ["i", "we"].contains($0.0) && $0.1.0 == "used" && $0.1.1 == "to" }
            guard ownHabit || before.contains(where: { DeficitScan.proposalCues.contains($0) }) else { return nil }
            // A wording dated to the past ("I used to call", "my first draft described", "when I started I'd have told you").
            let dated = before.contains(where: { DeficitScan.pastCues.contains($0) }) || zip(before, before.dropFirst()).contains { $0.0 == "used" && $0.1 == "to" }
            let after = Array(texts[min(texts.count, first + length)...])
            if DeficitScan.turnedDown(after) { return "a framing someone proposed, turned down in the same sentence" }
            // "… and I still catch that phrase in my drafts": the applicant has not turned from it.
            if after.contains("still") { return nil }
            if dated, after.contains(where: { DeficitScan.presentTurnCues.contains($0) }) {
                return "a wording the applicant used before, turned from in the same sentence"
            }
            // The next sentence, then the two after it (a partner's reply may come between: "Dee read it and said, '…
            // …' She was right; we started over.").
            var end = sentenceRange.upperBound
            for step in 0..<3 {
                guard let next = context.sentence(containing: end + 1), next.lowerBound >= end else { return nil }
                end = next.upperBound
                let words = context.analysis.wordIndices(in: next).prefix(40).map { DeficitScan.word(source, self.words[$0]) }
                let place = step == 0 ? "the next sentence" : "the sentences after it"
                if DeficitScan.turnedDown(words), words.contains(where: { DeficitScan.wordingNouns.contains($0) }) {
                    return "a framing someone proposed, turned down in \(place)"
                }
                // A dated wording and a turn to the present: "Captain Ruarc corrected me, and I stopped.", "I don't say that
                // anymore.", "A colleague asked me what that word did for the kids.", "She was right; we started over."
                if dated, DeficitScan.turnedDown(words) || words.contains(where: { DeficitScan.presentTurnCues.contains($0) })
                    || zip(words, words.dropFirst()).contains(where: { ["that", "this", "the"].contains($0.0) && DeficitScan.wordingNouns.contains($0.1) }) {
                    return "a wording the applicant used before, turned from in \(place)"
                }
                // A sentence that takes the wording up again keeps it ("Those challenges are real."): no turn after it counts.
                if words.contains(where: { texts[first..<min(texts.count, first + length)].contains($0) }) { return nil }
            }
            return nil
        }
}
