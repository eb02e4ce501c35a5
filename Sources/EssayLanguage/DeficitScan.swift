import EssayCore
import EssayText
import EssayStructure

/// One occurrence of a lexicon term, with the decision its context made.
public struct TermOccurrence: Sendable, Hashable {
    public var term: Int            // index into the lexicon's terms
    public var range: Range<Int>
    public var decision: Decision
    /// Why it was flagged or skipped, in a few words ("frames ‘families’
    /// (people) by lack", "about ‘scanner’ (a thing), not people").
    public var why: String
    /// What it frames, when the sentence says: the head word, what that
    /// names, and the construction between them.
    public var head: String?
    public var referent: String?
    public var construction: String?
}

/// Finds deficit terms and asset terms in one pass over the ICU words and
/// decides each occurrence by what it frames: a term is flagged when it
/// frames a person, a group or a place as a community by lack, and not when
/// its head is a thing, a task, an event or a document, nor in another sense,
/// an idiom or a fixed compound, a proper name, a quotation, a framing the
/// essay reports rejecting, or the applicant's own growth.
/// Computed once per document; the deficit rule and the statistics read it.
public struct DeficitScan: Sendable {
    public let lexicon: Lexicon
    public let occurrences: [TermOccurrence]
    public let assetCount: Int
    public var flagged: [TermOccurrence] { occurrences.filter { $0.decision == .flag } }

    public init(lexicon: Lexicon, compiled: CompiledLexicon, context: ScanContext, language: LanguageData = .embedded, memo: Memo? = nil) {
        self.lexicon = lexicon
        let document = context.document
        let analysis = context.analysis
        let words = analysis.words
        let text = document.analysisText
        let source = document.source.utf16
        var found: [TermOccurrence] = []
        var assets = 0
        // Quotations matter only around a term: found on the first one.
        var quotedCache: [Range<Int>]?
        var quoteIndex = 0
        // The sentences read so far, by their range's start, and the words looked up.
        var sentences: [Int: Sentence] = [:]
        let facts = language.borrowFacts()
        defer { language.giveBack(facts) }

        // Words matched as part of an earlier occurrence are not read again.
        var consumedUpTo = 0

        /// Finds and decides the occurrences that start at these words.
        func scan(_ indices: Range<Int>) {
            // Most words are in no list: one bit of a hash tells. Each word is
            // read as it comes, nothing kept for the words after it (a file of
            // millions of one-letter lines holds no list of candidates).
            for w in indices where w >= consumedUpTo {
                let key = compiled.candidateKey(source, words[w])
                // A word of lack formed productively ("bookless", "unhoused", "low-literacy"), by its length in words; or
                // a word of a thing left unmade ("unwatered"), read only through what it paints.
                var formation: Int?
                var picture = false
                if compiled.formation != nil, let n = WordFormation.length(at: w, words: words, source: source, text: text, language: language,
                                                                            described: compiled.describedLow) {
                    formation = n
                } else if compiled.pictureFormation != nil, WordFormation.isUnmadeParticiple(at: w, words: words, source: source, language: language) {
                    picture = true
                }
                guard key != nil || formation != nil || picture else { continue }
                if let key, let forms = compiled.assetForms[key], forms.contains(where: { DeficitScan.equals(source, words[w], $0) }) {
                    assets += 1
                }
                var matched: (CompiledLexicon.Form, Int)?
                for form in key.flatMap({ compiled.first[$0] }) ?? [] where DeficitScan.equals(source, words[w], form.units[0]) {
                    guard w + form.words.count <= words.count else { continue }
                    var ok = true
                    for k in 1..<max(1, form.words.count) {
                        let next = words[w + k]
                        let gap = DeficitScan.gap(text, words[w + k - 1], next)
                        if !DeficitScan.equals(source, next, form.units[k]) || !form.joinerMatches(gap, at: k - 1) { ok = false; break }
                    }
                    if ok, matched == nil || form.words.count > matched!.0.words.count { matched = (form, form.words.count) }
                }
                // (The longer match wins: "empty-pantry" as a formation over "empty".)
                if let n = formation, n > (matched?.1 ?? 0), let form = compiled.formationForm(at: w, length: n, words: words, source: source, text: text) {
                    matched = (form, n)
                }
                if matched == nil, picture, let form = compiled.formationForm(at: w, length: 1, words: words, source: source, text: text, picture: true) {
                    matched = (form, 1)
                }
                guard let (form, length) = matched else { continue }
                let range = Int(words[w].start)..<Int(words[w + length - 1].end)
                if quotedCache == nil { quotedCache = DeficitScan.quotedRanges(text) }
                let quoted = quotedCache!
                while quoteIndex < quoted.count, quoted[quoteIndex].upperBound <= range.lowerBound { quoteIndex += 1 }
                let inQuote = quoteIndex < quoted.count && quoted[quoteIndex].lowerBound < range.lowerBound && range.upperBound <= quoted[quoteIndex].upperBound
                func sentence(_ r: Range<Int>, around word: Int) -> Sentence {
                    // A long sentence is read in a window around its first term; a term far from that one gets a window of its own.
                    if let s = sentences[r.lowerBound], let first = s.tokens.first?.word, let last = s.tokens.last?.word {
                        let all = analysis.wordIndices(in: r)
                        if (first == all.lowerBound || word - first >= Sentence.margin) && (last + 1 == all.upperBound || last - word >= Sentence.margin) {
                            return s
                        }
                    }
                    let inHeading = document.headings.contains { $0.range.contains(r.lowerBound) }
                    let s = Sentence.read(r, around: word, analysis: analysis, source: source, text: text, inHeading: inHeading, data: facts)
                    sentences[r.lowerBound] = s
                    return s
                }
                let reading = Reading(form: form, at: w, length: length, words: words, source: source, text: text, compiled: compiled,
                                      context: context, inQuote: inQuote, range: range, language: language, sentence: sentence)
                var decided = reading.decide()
                // A picture already flagged by a word inside it is one finding: "a waiting room nobody gets called out of".
                if decided.decision == .flag, let previous = found.last(where: { $0.decision == .flag }), previous.range.overlaps(decided.range) {
                    decided.decision = .skip
                    decided.range = range
                    decided.why = "part of a picture already flagged at its own word"
                }
                found.append(decided)
                consumedUpTo = w + length
            }
        }

        if let memo, let chunks = context.chunks {
            // Paragraph by paragraph: one whose text, neighbours and section are
            // as before is decided as before (see `Memo`).
            let bounds = chunks.wordBounds(starts: words.map { Int($0.start) })
            memo.begin(compiled: compiled, exceptions: context.exceptions)
            for (c, chunk) in chunks.ranges.enumerated() {
                let low = bounds[c]
                let key = Memo.Key(chunks, at: c, headings: document.headings,
                                   criterion: context.structure.criterion(at: chunk.lowerBound), consumed: max(0, consumedUpTo - low))
                if let known = memo.chunks.value(key) {
                    found += known.occurrences.map { o in
                        var shifted = o
                        shifted.range = o.range.shifted(by: chunk.lowerBound)
                        return shifted
                    }
                    assets += known.assets
                    consumedUpTo = max(consumedUpTo, low + known.consumed)
                    continue
                }
                let before = found.count
                let assetsBefore = assets
                scan(low..<bounds[c + 1])
                memo.chunks.remember(key, Memo.Chunk(occurrences: found[before...].map { o in
                    var relative = o
                    relative.range = o.range.shifted(by: -chunk.lowerBound)
                    return relative
                }, assets: assets - assetsBefore, consumed: max(0, consumedUpTo - low)))
            }
        } else {
            scan(words.indices)
        }
        occurrences = found
        assetCount = assets
        // A sentence's loader of the one before holds this cache, which holds the sentence: let both go, or every
        // document's sentences stay in memory.
        for s in sentences.values { s.releasePrevious() }
    }

    /// One occurrence being decided.
    struct Reading {
        var form: CompiledLexicon.Form
        var at: Int
        var length: Int
        var words: [Word]
        var source: [UInt16]
        var text: [UInt16]
        var compiled: CompiledLexicon
        var context: ScanContext
        var inQuote: Bool
        var range: Range<Int>
        var language: LanguageData
        var sentence: (Range<Int>, Int) -> Sentence

        func occurrence(_ decision: Decision, _ why: String, _ framing: Framing? = nil) -> TermOccurrence {
            var range = range
            if decision == .flag, let e = framing?.extentWord, e < words.count, Int(words[e].end) > range.upperBound {
                range = range.lowerBound..<Int(words[e].end)
            }
            if decision == .flag, let b = framing?.startWord, b < words.count, Int(words[b].start) < range.lowerBound {
                range = Int(words[b].start)..<range.upperBound
            }
            return TermOccurrence(term: form.term, range: range, decision: decision, why: why, head: framing?.headText,
                           referent: framing.map { $0.isTask ? "a task" : $0.referent.described }, construction: framing?.construction)
        }

        func decide() -> TermOccurrence {
            let term = compiled.lexicon.terms[form.term]
            if inQuote { return occurrence(.skip, "inside quotation marks: a quotation, not the applicant's own framing") }
            let excepted = context.applicableException(term.id, range.lowerBound)
            let exception = excepted?.reason
            guard let frames = term.frames else {
                if let reason = exception { return occurrence(.skip, reason) }
                let (d, why) = DeficitScan.decide(form: form, at: at, length: length, words: words, source: source, text: text,
                                                  compiled: compiled, context: context, inQuote: inQuote, range: range)
                return occurrence(d, why)
            }
            guard let sentenceRange = context.sentence(containing: range.lowerBound) else { return occurrence(.skip, "outside any sentence") }
            let s = sentence(sentenceRange, at)
            if !s.previousArranged {
                s.previousArranged = true
                // The sentence just before in the same paragraph: at most its closing punctuation and a space between them.
                if let previousRange = context.sentence(endingBefore: sentenceRange.lowerBound), previousRange != sentenceRange,
                   previousRange.upperBound >= sentenceRange.lowerBound - 4,
                   !text[previousRange.upperBound..<sentenceRange.lowerBound].contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                    let read = sentence
                    let first = context.analysis.wordIndices(in: previousRange).lowerBound
                    s.previousLoader = { read(previousRange, first) }
                }
            }
            guard let first = s.index(ofWord: at), let last = s.index(ofWord: at + length - 1) else { return occurrence(.skip, "outside any sentence") }
            // An idiom or a fixed compound around it.
            // (A health condition with whose it is after it, "the health problems of the families", is read on, as is an
            // idiom with people for whose: "solve the problems of these farm families".)
            func whose() -> Bool {
                ["of", "among", "facing"].contains(s.text(last + 1)) && s.nounPhraseHead(from: last + 2).flatMap(s.referent)?.isPeople == true
            }
            if let phrase = fixedPhrase(s, first: first, last: last, term: term.id),
               phrase.kind == "health" ? !["of", "among"].contains(s.text(last + 1)) : !(phrase.kind == "idiom" && whose()) {
                if phrase.kind == "idiom" { return occurrence(.skip, "the idiom ‘\(phrase.words)’: \(phrase.reason)") }
                if phrase.kind == "disability-term" {
                    return occurrence(.skip, "‘\(phrase.words)’ is disability vocabulary (a question of person-first or identity-first language, not of deficit framing)")
                }
                return occurrence(.skip, "the fixed compound ‘\(phrase.words)’ (\(phrase.kind)): \(phrase.reason)")
            }
            // A proper name: "Community Challenge Award", "Problem Solvers Club".
            // (A term that opens in lower case is in a name by its capitalised word: "I left Value at Risk out".)
            // (A form of several words that holds its own capital is no name around it: "God's waiting room".)
            let capital = (first...last).first { s.tokens[$0].capitalised } ?? first
            if let name = s.properName(containing: capital), name.lowerBound <= first, name.count > 1 || !s.startsLine(first),
               first == last || name.lowerBound < first || name.upperBound > last + 1 {
                let written = name.map { s.tokens[$0].text }.joined(separator: " ")
                return occurrence(.skip, "inside the proper name ‘\(written)’")
            }
            // The sense: context rules set verbs, methods and other senses aside.
            let (sense, senseWhy) = DeficitScan.sense(form: form, at: at, length: length, words: words, source: source, text: text,
                                                      compiled: compiled, context: context)
            if sense == .skip { return occurrence(.skip, senseWhy) }
            if let reason = rejection(s, sentenceRange) { return occurrence(.skip, reason) }
            let asNoun = (frames == .owner || frames == .label || frames == .metaphor) && s.tag(first) != .verb
            if s.negated(first, nounPhraseOnly: asNoun) { return occurrence(.skip, "negated: the sentence says it is not so") }
            // "an interpreter was needed for every session": the passive's subject is what is needed.
            if term.requirementObjects != nil, first == last, first > 0, s.tokens[first].text == "needed" {
                var b = first - 1
                while b > 0, s.tag(b) == .adverb, !s.clauseBreak(before: b + 1) { b -= 1 }
                if s.tag(b) == .be, !(b + 1...first).contains(where: { s.clauseBreak(before: $0) }) {
                    return occurrence(.skip, "a passive (‘\(s.tokens[b].text) needed’): its subject is what is needed, a requirement, not a portrait of lack")
                }
            }
            var framing = s.framing(first: first, last: last, kind: frames, missing: Set(term.missing ?? []))
            // A person pictured, said of the place or group that is the subject: "the blocks around 35th and Burleigh are a
            // flatlined patient" (the term names no person).
            if let f = framing, f.referent == .category(.person), let allowed = term.referents, !allowed.contains("person"),
               let g = s.personPicture(f.head), case .category(let c) = g.referent, allowed.contains(c.rawValue) {
                framing = g
            }
            // Who it is, said after "be": "The person who struggled most that night was me" (the applicant).
            if let f = framing, f.referent.isPeople, let b = (last + 1..<min(s.tokens.count, last + 8)).first(where: {
                   ["was", "is"].contains(s.tokens[$0].text) && ["me", "us", "myself"].contains(s.text($0 + 1)) }),
               b + 2 >= s.tokens.count || s.clauseBreak(before: b + 2), s.subjectHead(of: b) == f.head {
                return occurrence(.skip, "the applicant (‘… \(s.tokens[b].text) \(s.tokens[b + 1].text)’), their own growth", f)
            }
            // "students needed background checks": a requirement, not a portrait of lack.
            if var f = framing, f.construction == "subject of the verb", let classes = term.requirementObjects,
               let object = s.nounPhraseHead(from: last + 1), last + 1 < s.tokens.count, !s.clauseBreak(before: last + 1),
               case .category(let c)? = s.referent(object), classes.contains(c.rawValue) {
                f.construction += ", with ‘\(s.tokens[object].text)’ (\(c.described)) as what is needed"
                return occurrence(.skip, "a requirement (\(f.construction)), not a portrait of lack", f)
            }
            // "The students needed most of October to finish the plots": a time wanted for a task, a requirement.
            if var f = framing, f.construction == "subject of the verb", term.requirementObjects != nil, last + 1 < s.tokens.count,
               !s.clauseBreak(before: last + 1), let object = s.nounPhraseHead(from: last + 1), s.isTime(object) {
                f.construction += ", with ‘\(s.tokens[object].text)’ (a time) as what is needed"
                return occurrence(.skip, "a requirement (\(f.construction)), not a portrait of lack", f)
            }
            // "They needed someone on the griddle": a hand wanted, a requirement.
            if var f = framing, f.construction == "subject of the verb", term.requirementObjects != nil, last + 1 < s.tokens.count, !s.clauseBreak(before: last + 1),
               ["someone", "somebody", "anyone", "anybody"].contains(s.tokens[last + 1].text) {
                f.construction += ", with ‘\(s.tokens[last + 1].text)’ as who is wanted"
                return occurrence(.skip, "a requirement (\(f.construction)), not a portrait of lack", f)
            }
            // "Members need nothing from me", "the circle lacks for nothing": the want denied by its object.
            if let f = framing, f.construction == "subject of the verb", last + 1 < s.tokens.count, !s.clauseBreak(before: last + 1),
               ["nothing", "none"].contains(s.tokens[last + 1].text) || s.tokens[last + 1].text == "for" && s.text(last + 2) == "nothing" {
                return occurrence(.skip, "a want denied by its object (‘\(s.tokens[first].text) nothing’), not a portrait of lack", f)
            }
            // "the permit the district needed", "the forms that families need": what is needed is the noun modified.
            if let f = framing, f.construction == "subject of the verb in a relative clause", let classes = term.requirementObjects {
                var a = s.nounPhraseStart(f.head) - 1
                if a >= 0, ["that", "which"].contains(s.tokens[a].text) { a -= 1 }
                if a >= 0, s.isNominal(a), case .category(let c)? = s.referent(a), classes.contains(c.rawValue) {
                    return occurrence(.skip, "a requirement (\(f.construction), with ‘\(s.tokens[a].text)’ (\(c.described)) as what is needed), not a portrait of lack", f)
                }
                // "something she needed", "anything they lack": an indefinite thing.
                if a >= 0, Sentence.indefinitePronouns.contains(s.tokens[a].text) {
                    return occurrence(.skip, "a requirement (\(f.construction), with ‘\(s.tokens[a].text)’ as what is needed), not a portrait of lack", f)
                }
            }
            // A question asks what is needed (a requirement, as a needs assessment asks it: "What subject does your child
            // need help with?"); asking whether people struggle or lack presumes it, and is read as a statement.
            if let f = framing, s.isQuestion, f.predicated, term.requirementObjects != nil {
                return occurrence(.skip, "a question of what is needed: it asks for a requirement, it does not describe", f)
            }
            if let f = framing, let ask = s.askingVerb(before: first) {
                return occurrence(.skip, "an indirect question after ‘\(s.tokens[ask].text)’: it asks, it does not describe", f)
            }
            if let f = framing, f.predicated, s.hypothetical(first) {
                return occurrence(.skip, "hypothetical or a reported belief (‘if’, ‘thought’), not a description", f)
            }
            if let f = framing {
                if f.isTask { return occurrence(.skip, f.framesNoOne.map { "\($0), not a framing of people" } ?? "a task to solve (\(f.construction)), not a framing of people", f) }
                switch f.referent {
                case .applicant:
                    return occurrence(.skip, "the applicant's own (‘\(f.headText)’, \(f.construction)): their growth, not a framing of others", f)
                case .generic:
                    return occurrence(.skip, "said of anyone (‘\(f.headText)’), not of a group", f)
                default:
                    // A label names the community of an organisation or a building too ("high-needs schools",
                    // "an underserved building"); only tasks, events, documents and abstractions are not its kind.
                    // The labels drawn from WordNet (lack-labels.tsv, word formation) say so only of a person, a group or a
                    // place: "a homeless shelter" names a service, "battered shrimp" a dish.
                    let generated = DeficitScan.generatedLabelTerms.contains(term.id)
                    if generated, f.referent == .category(.person) || f.referent == .category(.group) {
                        // A noun that also names a food is read in that sense by a word of damage
                        // ("battered shrimp"): WordNet lists the person sense of such nouns first only as slang.
                        let lemma = language.nounLemma(f.headText) ?? f.headText
                        if language.wordnetCategories(ofLemma: lemma).contains("food") {
                            return occurrence(.skip, "‘\(f.headText)’ also names a food, the sense a word of damage reads", f)
                        }
                    }
                    // A person noun whose next sense names a thing is read as the thing by some words ("a broken toaster"),
                    // a group noun by others ("a challenging grade").
                    if let senses = f.referent == .category(.person) ? term.thingSenses : f.referent == .category(.group) ? term.groupThingSenses : nil,
                       case let lemma = language.nounLemma(f.headText) ?? f.headText,
                       let sense = language.wordnetCategories(ofLemma: lemma).dropFirst().first, senses.contains(String(sense)) {
                        return occurrence(.skip, "‘\(f.headText)’ also names a thing (\(sense)), the sense ‘\(s.tokens[first].text)’ reads", f)
                    }
                    // (A term that lists its referents names no other kind: "at-risk structures" are literally at risk.)
                    var labelled = false
                    if !generated, frames == .label || frames == .metaphor, case .category(let c) = f.referent, c == .organisation || c == .thing {
                        labelled = term.referents?.contains(c.rawValue) ?? true
                    }
                    // (Through a picture the word is no literal state of theirs: "the men over sixty are a fading signal".)
                    if let allowed = term.referents, case .category(let c) = f.referent, c.isPeople, !allowed.contains(c.rawValue),
                       !f.construction.hasPrefix("pictured") {
                        return occurrence(.skip, "said of ‘\(f.headText)’ (\(f.referent.described)): the literal sense", f)
                    }
                    if f.referent.isPeople || labelled {
                        var inside = ""
                        if let e = excepted {
                            switch e.unless {
                            case .framesPeople?:
                                inside = " (where the part excuses the applicant's own, but about others)"
                            case .predicatedOfPeople? where f.predicated:
                                inside = " (said of people, not the credential's own use of the word)"
                            default:
                                return occurrence(.skip, e.reason, f)
                            }
                        }
                        return occurrence(.flag, "frames ‘\(f.headText)’ (\(f.referent.described)) by lack: \(f.construction)\(inside)", f)
                    }
                    return occurrence(.skip, "about ‘\(f.headText)’ (\(f.referent.described)), not people: \(f.construction)", f)
                }
            }
            if let reason = exception { return occurrence(.skip, reason) }
            // A label names people or places by itself ("at-risk", "food desert"); one that opens with a preposition
            // ("with nothing", "like children") says so only of someone.
            if frames == .label || frames == .metaphor, s.tag(first) != .preposition || (first < last && s.tokens[first + 1].hyphenBefore) {
                return occurrence(.flag, "a label that defines people or places by what they lack")
            }
            return occurrence(.skip, "frames no person, group or place in its sentence")
        }

        /// The longest fixed phrase of Lexicons/language/fixed-phrases.yml
        /// that holds the occurrence and concerns its term.
        func fixedPhrase(_ s: Sentence, first: Int, last: Int, term: String) -> FixedPhrase? {
            let longest = language.longestPhrase
            var best: FixedPhrase?
            var bestLength = 0
            let low = max(0, last - longest + 1)
            guard low <= first else { return nil }
            for start in low...first {
                // Most words open no fixed phrase: one halving tells.
                let opening = s.tokens[start].text
                guard s.data.phraseMayStart(with: opening.contains("-") ? String(opening.split(separator: "-")[0]) : opening) else { continue }
                var phrase = ""
                for end in start..<min(s.tokens.count, start + longest) {
                    if end > start {
                        if s.clauseBreak(before: end) && !s.tokens[end].hyphenBefore { break }
                        phrase += s.tokens[end].hyphenBefore ? "-" : " "
                    }
                    phrase += s.tokens[end].text
                    guard end >= last, end - start + 1 > bestLength else { continue }
                    if let p = language.fixedPhrase(phrase), p.terms.contains(where: { $0 == term || term.hasPrefix($0) || $0.hasPrefix(term) }) {
                        best = p
                        bestLength = end - start + 1
                    }
                }
            }
            return best
        }
    }

    // MARK: text helpers

    /// FNV-1a over the word's units, lower-cased (ASCII and Latin-1) and with ’ folded to '.
    package static func hash(_ source: [UInt16], _ word: Word) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var i = Int(word.start)
        let end = Int(word.end)
        while i < end {
            var u = source[i]
            if u >= 0x41 && u <= 0x5A { u |= 0x20 }
            else if u == 0x2019 || u == 0x2018 { u = 0x27 }
            else if u >= 0xC0 && u <= 0xDE && u != 0xD7 { u |= 0x20 }
            h = (h ^ UInt64(u)) &* 0x100000001b3
            i += 1
        }
        return h
    }

    /// Does a word equal lower-case units (ASCII and Latin-1 folded, ’ as ')?
    @inline(__always)
    package static func equals(_ source: [UInt16], _ word: Word, _ units: [UInt16]) -> Bool {
        let start = Int(word.start)
        guard Int(word.end) - start == units.count else { return false }
        for k in 0..<units.count {
            var u = source[start + k]
            if u >= 0x41 && u <= 0x5A { u |= 0x20 }
            else if u == 0x2019 || u == 0x2018 { u = 0x27 }
            else if u >= 0xC0 && u <= 0xDE && u != 0xD7 { u |= 0x20 }
            if u != units[k] { return false }
        }
        return true
    }

    package static func hash(_ string: String) -> UInt64 {
        let units = Array(string.utf16)
        return hash(units, Word(start: 0, end: Int32(units.count), status: 200))
    }

    package static func word(_ source: [UInt16], _ word: Word) -> String {
        Terms.normalize(Substring(SourceText.string(source[word.range])))
    }

    package static func gap(_ text: [UInt16], _ a: Word, _ b: Word) -> ArraySlice<UInt16> {
        text[Int(a.end)..<max(Int(a.end), Int(b.start))]
    }

    /// The terms whose words come from WordNet data (Lexicons/language/lack-labels.tsv) or word formation.
    static let generatedLabelTerms: Set<String> = ["lack-adjective", "lack-formation", "lack-person", "damaged-picture"]
    /// The terms whose words keep their sense as a compound's second part ("flood-ravaged", "book-starved",
    /// "hearing-challenged").
    static let damageCompoundTerms: Set<String> = ["lack-adjective", "lack-formation", "challenged", "damaged-picture"]

    /// A lower-case noun (no function word, adjective or -ing form) whose first
    /// WordNet sense in the embedded language data is filed under one of `files`.
    static func isNoun(_ word: String, capitalised: Bool, filedUnder files: Set<String>) -> Bool {
        let language = LanguageData.embedded
        guard !capitalised, language.roles(word).isEmpty, !word.hasSuffix("ing"), !language.classes(word).contains(.adjective),
              let first = language.wordnetCategories(ofLemma: language.nounLemma(word) ?? word).first else { return false }
        return files.contains(String(first))
    }

    package static func isHyphen(_ gap: ArraySlice<UInt16>) -> Bool {
        let visible = gap.filter { $0 != Document.wordJoiner }
        return visible.count == 1 && (visible[0] == 0x2D || visible[0] == 0x2010 || visible[0] == 0x2011)
    }
}
