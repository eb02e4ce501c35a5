import EssayCore
import EssayText

/// The sense of a term's occurrence, from the context rules of its lexicon
/// entry (Lexicons/deficit-language.yml `contexts`).
extension DeficitScan {
    /// Words that open a new clause after a comma: a rejection before them does not reach past them.
    static let clauseOpeners = LanguageData.embedded.words(.clauseOpeners)

    /// A word that opens a new clause after a comma: a clause opener, or "and"/"or"/"but" before one (", and because
    /// …"); a subject pronoun, after "and"/"or"/"but" or alone (", and I have learned that …", "Instead of a needs-based
    /// plan, we ran …"); a subject with the applicant (", Naaja and I ran …").
    static func opensClause(_ word: String, then next: String?, and third: String? = nil) -> Bool {
        clauseOpeners.contains(word) || Sentence.subjectPronouns.contains(word)
            || ["and", "or", "but"].contains(word) && next.map({ clauseOpeners.contains($0) || Sentence.subjectPronouns.contains($0) }) == true
            || next == "and" && third.map({ ["i", "we"].contains($0) }) == true
    }

    /// Words around a term with "the" of "in the plain sense of the word" (or "term") blanked: the idiom uses the word
    /// in full, it does not name it to reject it ("most are poor in the plain sense of the word").
    static func affirmingSense(_ words: [String]) -> [String] {
        var out = words
        for k in out.indices.dropFirst(2) where out[k] == "the" && out[k - 1] == "of" && out[k - 2] == "sense" { out[k] = "" }
        return out
    }

    /// The sense of an occurrence, from its term's context rules: a `skip`
    /// sets it aside (a verb, a method's name), anything else keeps it.
    package static func sense(form: CompiledLexicon.Form, at w: Int, length: Int, words: [Word], source: [UInt16], text: [UInt16],
                              compiled: CompiledLexicon, context: ScanContext) -> (Decision, String) {
        let range = Int(words[w].start)..<Int(words[w + length - 1].end)
        return decide(form: form, at: w, length: length, words: words, source: source, text: text, compiled: compiled,
                      context: context, inQuote: false, range: range, rejecting: false, hyphenPrefix: false)
    }

    // MARK: context

    package static func decide(form: CompiledLexicon.Form, at w: Int, length: Int, words: [Word], source: [UInt16], text: [UInt16],
                       compiled: CompiledLexicon, context: ScanContext, inQuote: Bool, range: Range<Int>,
                       rejecting: Bool = true, hyphenPrefix: Bool = true) -> (Decision, String) {
        if inQuote { return (.skip, "inside quotation marks: a quotation, not the applicant's own framing") }
        let sentence = context.sentence(containing: range.lowerBound)
        // Neighbours within the same block and sentence.
        func neighbour(_ index: Int) -> String? {
            guard index >= 0, index < words.count else { return nil }
            let (a, b) = index < w ? (words[index], words[index + 1]) : (words[index - 1], words[index])
            // (Nor across a comma, a semicolon, a colon or a dash: "language-starved, with little talk" is no "starved with".)
            if gap(text, a, b).contains(where: { [0x0A, 0x2C, 0x3B, 0x3A, 0x2014, 0x2013].contains($0) }) { return nil }
            if let s = sentence, !s.contains(Int(words[index].start)) { return nil }
            return word(source, words[index])
        }
        // A plural's possessive keeps its apostrophe outside the word ICU breaks: "Socrates' challenge" reads "socrates'".
        let previous = neighbour(w - 1).map { p in
            p.hasSuffix("s") && gap(text, words[w - 1], words[w]).first.map({ $0 == 0x27 || $0 == 0x2019 }) == true ? p + "'" : p
        }
        let next = neighbour(w + length)
        // A neighbour kept apart by punctuation is no start or end of the sentence ("parents who are checked out, and").
        func punctuated(_ a: Int, _ b: Int) -> Bool {
            a >= 0 && b < words.count && !gap(text, words[a], words[b]).contains(0x0A) && sentence?.contains(Int(words[b].start)) != false
                && sentence?.contains(Int(words[a].start)) != false
        }
        let nextJoinedByHyphen = next != nil && isHyphen(gap(text, words[w + length - 1], words[w + length]))
        let previousJoinedByHyphen = previous != nil && isHyphen(gap(text, words[w - 1], words[w]))

        func window(_ from: Int, _ to: Int) -> [String] {
            var out: [String] = []
            var i = max(0, from)
            while i <= min(words.count - 1, to) {
                let r = words[i].range
                if let s = sentence, !(s.contains(r.lowerBound)) { i += 1; continue }
                out.append(word(source, words[i]))
                i += 1
            }
            return out
        }

        // A compound of damage keeps its head's sense: "cavity-riddled", "war-torn", "drought-stricken".
        if hyphenPrefix, previousJoinedByHyphen, let p = previous, !compiled.allowedHyphenPrefixes.contains(p),
           !DeficitScan.damageCompoundTerms.contains(compiled.lexicon.terms[form.term].id) {
            return (.skip, "the second part of the compound “\(p)-…”")
        }
        // Read for its sense only, an occurrence no rule sets aside is kept.
        var decision = rejecting ? form.otherwise : .flag
        var why = decision == .flag ? "deficit framing" : "no context made it deficit framing"
        for rule in form.rules {
            var holds = true
            if let list = rule.previous {
                holds = previous.map { compiled.matches($0, list, hyphenated: previousJoinedByHyphen) } ?? (list.start && !punctuated(w - 1, w))
            }
            if holds, let files = rule.previousNoun {
                holds = previous.map { isNoun($0, capitalised: (0x41...0x5A).contains(source[Int(words[w - 1].start)]), filedUnder: files) } ?? false
            }
            if holds, let list = rule.next {
                holds = next.map { compiled.matches($0, list, hyphenated: nextJoinedByHyphen) } ?? (list.end && !punctuated(w + length - 1, w + length))
                // A name standing alone after the word: "poor Thrasymachus.", "poor Mr. Diaz", "wept for poor Jess with
                // such authority" (a preposition or a relative word after it; not "poor Hmong families", "poor Hmong and Lao
                // families").
                // (A title and a name read as one, with a verb after them: "poor Chief Dan flipped pancakes".)
                if !holds, list.name, let n = next, n.first.map({ $0.isLetter }) == true, !nextJoinedByHyphen,
                   (0x41...0x5A).contains(source[Int(words[w + length].start)]) {
                    var last = w + length
                    while last + 1 < words.count, last < w + length + 2, !gap(text, words[last], words[last + 1]).contains(where: { $0 != 0x20 }),
                          (0x41...0x5A).contains(source[Int(words[last + 1].start)]) { last += 1 }
                    let after = last + 1
                    let data = LanguageData.embedded
                    holds = after >= words.count || gap(text, words[last], words[after]).contains(where: { $0 != 0x20 })
                        || !(0x41...0x5A).contains(source[Int(words[after].start)])
                            && (!data.roles(word(source, words[after])).isDisjoint(with: [.preposition, .relative])
                                || last > w + length && data.classes(word(source, words[after])).contains(.verb)
                                    && !data.classes(word(source, words[after])).contains(.noun)
                                // One name, no people's or language's, before a verb that names no people or place:
                                // "poor Gus reset lane 4" (not "poor Hmong kids", "poor Appalachian towns").
                                // (Pity takes the plain word and a name spelt as one: not "the poorest ZIP code".)
                                || last == w + length && data.languageNames.value(n) == nil && word(source, words[w]) == "poor"
                                    && n.count > 1 && !(0x41...0x5A).contains(source[Int(words[last].start) + 1])
                                    && data.classes(word(source, words[after])).contains(.verb)
                                    && !(data.category(ofNoun: word(source, words[after]))?.isPeople ?? false))
                }
            }
            let reach = rule.within ?? 3
            if holds, let list = rule.before {
                holds = compiled.containsAny(window(w - reach, w - 1), list)
            }
            if holds, let list = rule.after {
                holds = compiled.containsAny(window(w + length, w + length - 1 + reach), list)
            }
            if holds {
                decision = rule.decision
                why = rule.why
                break
            }
        }
        if rejecting, decision == .flag, let rejection = compiled.lexicon.rejection,
           (max(0, w - rejection.within)..<min(words.count, w + length + rejection.within)).contains(where: { compiled.cueFilter.mayContain(hash(source, words[$0])) }) {
            // (The idiom read whole though its first words fall before the window: "sense of the word, and a lot of parents lack".)
            let wide = window(w - rejection.within - 2, w + length - 1 + rejection.within)
            let around = Array(DeficitScan.affirmingSense(wide).dropFirst(wide.count - window(w - rejection.within, w + length - 1 + rejection.within).count))
            if compiled.containsAny(around, compiled.rejectionCues) {
                return (.skip, "reported as a label the applicant rejects")
            }
            // (Not across a new clause: "rather than on campus, because the more vulnerable elders …", "instead of
            // deficits; the poorest families …".)
            let clause = stride(from: w - 1, to: max(0, w - rejection.within), by: -1).first { k in
                let between = gap(text, words[k - 1], words[k])
                return between.contains(0x3B) || between.contains(where: { [0x2C, 0x2014, 0x2013, 0x3A].contains($0) })
                    && DeficitScan.opensClause(word(source, words[k]), then: k + 1 < w ? word(source, words[k + 1]) : nil,
                                               and: k + 2 < w ? word(source, words[k + 2]) : nil)
            } ?? max(0, w - rejection.within)
            if compiled.containsAny(window(clause, w - 1), compiled.precedingRejectionCues) {
                return (.skip, "named as what the applicant turns away from")
            }
        }
        return (decision, why)
    }
}
