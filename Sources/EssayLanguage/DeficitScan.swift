import EssayCore
import EssayText
import EssayStructure

/// One occurrence of a lexicon term, with the decision its context made.
public struct TermOccurrence: Sendable, Hashable {
    public var term: Int            // index into the lexicon's terms
    public var range: Range<Int>
    public var decision: Decision
    /// Why it was skipped (or which rule flagged it).
    public var why: String
}

/// Finds deficit terms and asset terms in one pass over the ICU words and
/// decides each occurrence from its context, as the lexicon's data says.
/// Computed once per document; the deficit rule and the statistics read it.
public struct DeficitScan: Sendable {
    public let lexicon: Lexicon
    public let occurrences: [TermOccurrence]
    public let assetCount: Int
    public var flagged: [TermOccurrence] { occurrences.filter { $0.decision == .flag } }

    public init(lexicon: Lexicon, compiled: CompiledLexicon, context: ScanContext) {
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

        // Most words are in no list: one bit of a hash tells, and a first
        // pass keeps the words that may be.
        var candidates: [(index: Int, key: UInt64)] = []
        for i in words.indices {
            if let h = compiled.candidateKey(source, words[i]) { candidates.append((i, h)) }
        }
        var consumedUpTo = 0
        for (w, key) in candidates where w >= consumedUpTo {
            if let forms = compiled.assetForms[key], forms.contains(where: { DeficitScan.equals(source, words[w], $0) }) {
                assets += 1
            }
            guard let forms = compiled.first[key] else { continue }
            var matched: (CompiledLexicon.Form, Int)?
            for form in forms where DeficitScan.equals(source, words[w], form.units[0]) {
                guard w + form.words.count <= words.count else { continue }
                var ok = true
                for k in 1..<max(1, form.words.count) {
                    let next = words[w + k]
                    let gap = DeficitScan.gap(text, words[w + k - 1], next)
                    if !DeficitScan.equals(source, next, form.units[k]) || !form.joinerMatches(gap, at: k - 1) { ok = false; break }
                }
                if ok, matched == nil || form.words.count > matched!.0.words.count { matched = (form, form.words.count) }
            }
            guard let (form, length) = matched else { continue }
            let range = Int(words[w].start)..<Int(words[w + length - 1].end)
            if quotedCache == nil { quotedCache = DeficitScan.quotedRanges(text) }
            let quoted = quotedCache!
            while quoteIndex < quoted.count, quoted[quoteIndex].upperBound <= range.lowerBound { quoteIndex += 1 }
            let inQuote = quoteIndex < quoted.count && quoted[quoteIndex].lowerBound < range.lowerBound && range.upperBound <= quoted[quoteIndex].upperBound
            let (decision, why) = DeficitScan.decide(form: form, at: w, length: length, words: words, source: source, text: text,
                                                     compiled: compiled, context: context, inQuote: inQuote, range: range)
            found.append(TermOccurrence(term: form.term, range: range, decision: decision, why: why))
            consumedUpTo = w + length
        }
        occurrences = found
        assetCount = assets
    }

    // MARK: context

    package static func decide(form: CompiledLexicon.Form, at w: Int, length: Int, words: [Word], source: [UInt16], text: [UInt16],
                       compiled: CompiledLexicon, context: ScanContext, inQuote: Bool, range: Range<Int>) -> (Decision, String) {
        if inQuote { return (.skip, "inside quotation marks: a quotation, not the applicant's own framing") }
        // The term's id only: a LexiconTerm is a large value to copy.
        if let reason = context.exception(compiled.lexicon.terms[form.term].id, range.lowerBound) { return (.skip, reason) }
        let sentence = context.sentence(containing: range.lowerBound)
        // Neighbours within the same block and sentence.
        func neighbour(_ index: Int) -> String? {
            guard index >= 0, index < words.count else { return nil }
            let (a, b) = index < w ? (words[index], words[index + 1]) : (words[index - 1], words[index])
            if gap(text, a, b).contains(0x0A) { return nil }
            if let s = sentence, !s.contains(Int(words[index].start)) { return nil }
            return word(source, words[index])
        }
        let previous = neighbour(w - 1)
        let next = neighbour(w + length)
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

        if previousJoinedByHyphen, let p = previous, !compiled.allowedHyphenPrefixes.contains(p) {
            return (.skip, "the second part of the compound “\(p)-…”")
        }
        var decision = form.otherwise
        var why = form.otherwise == .flag ? "deficit framing" : "no context made it deficit framing"
        for rule in form.rules {
            var holds = true
            if let list = rule.previous {
                holds = previous.map { compiled.matches($0, list, hyphenated: previousJoinedByHyphen) } ?? list.start
            }
            if holds, let list = rule.next {
                holds = next.map { compiled.matches($0, list, hyphenated: nextJoinedByHyphen) } ?? list.end
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
        if decision == .flag, let rejection = compiled.lexicon.rejection,
           (max(0, w - rejection.within)..<min(words.count, w + length + rejection.within)).contains(where: { compiled.cueFilter.mayContain(hash(source, words[$0])) }) {
            let around = window(w - rejection.within, w + length - 1 + rejection.within)
            if compiled.containsAny(around, compiled.rejectionCues) {
                return (.skip, "reported as a label the applicant rejects")
            }
            if compiled.containsAny(window(w - rejection.within, w - 1), compiled.precedingRejectionCues) {
                return (.skip, "named as what the applicant turns away from")
            }
        }
        return (decision, why)
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

    package static func isHyphen(_ gap: ArraySlice<UInt16>) -> Bool {
        let visible = gap.filter { $0 != Document.wordJoiner }
        return visible.count == 1 && (visible[0] == 0x2D || visible[0] == 0x2010 || visible[0] == 0x2011)
    }

    /// Spans inside quotation marks, within one block.
    package static func quotedRanges(_ text: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var openDouble: Int?
        var openSingle: Int?
        func boundary(_ i: Int) -> Bool { i < 0 || i >= text.count || isSpace(text[i]) || [0x28, 0x5B, 0x2014, 0x2013].contains(text[i]) }
        func letter(_ i: Int) -> Bool {
            guard i >= 0, i < text.count else { return false }
            let u = text[i]
            return (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) || u >= 0xC0 && u != 0x2019 && u != 0x201D && u != 0x2060
        }
        let n = text.count
        var i = 0
        while i < n {
            defer { i += 1 }
            switch text[i] {
            case 0x0A:
                openDouble = nil; openSingle = nil
            case 0x201C:
                openDouble = i
            case 0x201D:
                if let o = openDouble { ranges.append(o..<(i + 1)); openDouble = nil }
            case 0x22:
                if let o = openDouble, !boundary(i - 1) || boundary(i + 1) { ranges.append(o..<(i + 1)); openDouble = nil }
                else if boundary(i - 1) { openDouble = i }
            case 0x2018:
                if boundary(i - 1) { openSingle = i }
            case 0x2019, 0x27:
                if let o = openSingle, !letter(i + 1) { ranges.append(o..<(i + 1)); openSingle = nil }
                else if text[i] == 0x27, boundary(i - 1), letter(i + 1) { openSingle = i }
            default:
                break
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        // Merge nested spans.
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}

/// What the scan needs to know of the document beyond its words.
public struct ScanContext: Sendable {
    package let document: Document
    package let analysis: TextAnalysis
    package let structure: EssayStructure
    package let exceptions: [DeficitException]

    package func exception(_ term: String, _ offset: Int) -> String? {
        for e in exceptions where e.terms.contains(term) {
            guard let criteria = e.criteria else { return e.reason }
            if let c = structure.criterion(at: offset), criteria.contains(c) { return e.reason }
        }
        return nil
    }

    package func sentence(containing offset: Int) -> Range<Int>? { analysis.sentence(containing: offset) }

    package init(document: Document, analysis: TextAnalysis, structure: EssayStructure, exceptions: [DeficitException]) {
        self.document = document
        self.analysis = analysis
        self.structure = structure
        self.exceptions = exceptions
    }
}
