import Foundation
import EssayCore
import EssayText

/// Reading a document's sentences for rubric elements (see `RubricEvidence`):
/// the reader, the facts each sentence keeps, and how a group's places are counted.
extension RubricEvidence {
    /// Reads the sentences of a range for elements. One per linted document:
    /// each sentence is read once (its stems' places and what it claims),
    /// however many ranges ask for it. Not for use from two threads at once.
    package final class Reader: @unchecked Sendable {
        let document: Document
        let analysis: TextAnalysis
        let text: PartText
        let compiled: Compiled
        var concepts: [String: [String]] { compiled.concepts }
        /// Kept, not fetched from `compiled` at each use: a fetch copies its many tables.
        let cues: CompiledStatementCues
        private var readings: [Range<Int>: Sentence] = [:]

        /// An open document's sentence readings from its last lint (see `ChunkMemo`).
        private let memo: Memo?
        /// An open document's pieces, whose digests make a range's.
        private let chunks: DocumentChunks?

        /// `memo`: the facts of the sentences an edit left alone are taken
        /// from the last lint of the same open document; `chunks`: its pieces.
        package init(document: Document, analysis: TextAnalysis, text: PartText, compiled: Compiled,
                     memo: Memo? = nil, chunks: DocumentChunks? = nil) {
            self.document = document
            self.analysis = analysis
            self.text = text
            self.compiled = compiled
            self.cues = compiled.cues
            self.memo = memo
            self.chunks = chunks
            // Readings depend on the statement cues: another compiled profile starts again.
            memo?.begin(owner: compiled)
        }

        /// A sentence's reading, made the first time it is asked for.
        func reading(_ range: Range<Int>) -> Sentence {
            if let known = readings[range] { return known }
            let words = analysis.wordIndices(in: range)
            // A reading is a function of the sentence's words and the marks between them.
            let key = memo.map { _ in TextDigest([document.source.utf16[range], document.analysisText[range]]) }
            let facts: SentenceFacts
            if let memo, let key, let known = memo.value(key) {
                facts = known
            } else {
                var positions: [UInt64: [Int]] = [:]
                for i in words { positions[text.stems[i], default: []].append(i - words.lowerBound) }
                facts = SentenceFacts(StatementReading(text: text, words: words, cues: cues), positions: positions,
                                      elements: compiled.ordinals.count, groups: compiled.groupCount)
                if let memo, let key { memo.remember(key, facts) }
            }
            let sentence = Sentence(words: words, facts: facts)
            readings[range] = sentence
            return sentence
        }

        /// Each element with the first sentence of the range that shows it
        /// (or the first run of sentences, for an element that allows a run).
        func results(_ elements: [RubricElement], in range: Range<Int>) -> [ElementResult] {
            // The same text gives the same sentences: they depend on the range's words and paragraphs only.
            let key = chunks?.digest(range, in: document) ?? TextDigest([document.source.utf16[range], document.analysisText[range]])
            let base = range.lowerBound
            let known = RubricEvidence.debug ? [:] : compiled.remembered(key) ?? [:]
            let missing = elements.filter { known[$0.id] == nil }
            var read: [String: Range<Int>?] = [:]
            if !missing.isEmpty {
                for r in self.read(missing, in: range) {
                    read[r.element.id] = .some(r.sentence.map { $0.shifted(by: -base) })
                }
                compiled.remember(key, read)
            }
            return elements.map { element in
                let relative = known[element.id] ?? read[element.id] ?? nil
                return ElementResult(element: element, sentence: relative.map { $0.shifted(by: base) })
            }
        }

        private func read(_ elements: [RubricElement], in range: Range<Int>) -> [ElementResult] {
            let sentences = RubricEvidence.paragraphSentences(document: document, analysis: analysis, in: range)
            let readings = sentences.map { reading($0.range) }
            if RubricEvidence.debug, getenv("ESSAYLINT_DEBUG_EVIDENCE").map({ String(cString: $0) }) == "2" {
                for r in readings {
                    let marked = r.words.map { i -> String in
                        let m = r.reading.modes[i - r.words.lowerBound].modes.map { String($0.rawValue.prefix(3)) }.sorted().joined(separator: ",")
                        return document.source.string(text.words[i].range) + (m.isEmpty ? "" : "[\(m)]")
                    }
                    FileHandle.standardError.write(Data((marked.joined(separator: " ") + "\n").utf8))
                }
            }
            var results: [ElementResult] = []
            for element in elements {
                let ordinal = compiled.ordinals[element.id]
                let wordings = ordinal.map { compiled.wordings[$0] }
                    ?? element.allWordings.map { RubricEvidence.compile($0, concepts: concepts).map(Group.init) }
                let minimums = ordinal.map { compiled.minimums[$0] } ?? element.allWordings.map(RubricEvidence.minimums)
                let accepted = StatementModes(element.accepts ?? [])
                let run = max(1, element.sentences ?? 1)
                // What one sentence shows of the element (on its own, and of
                // each of its groups) is a fact of the sentence, kept with it.
                let slot = RubricEvidence.debug ? nil : ordinal
                let search = Search(wordings: wordings, minimums: minimums, slots: slot.map { compiled.groupSlots[$0] },
                                    accepted: accepted, partner: element.partner == true, slot: slot)
                var found: Range<Int>?
                search: for k in readings.indices {
                    // Sentences k...e of one paragraph, shortest run first.
                    for e in k..<min(readings.count, k + run) where sentences[e].block == sentences[k].block {
                        let window = readings[k...e]
                        let known = e == k ? slot.map { readings[k].facts.shown[$0] } ?? 0 : 0
                        if known == SentenceFacts.notShown { continue }
                        let w = known == SentenceFacts.shown ? nil : self.wording(search, in: window)
                        if e == k, let slot, known == 0 { readings[k].facts.shown[slot] = w == nil ? SentenceFacts.notShown : SentenceFacts.shown }
                        if known == SentenceFacts.shown || w != nil {
                            found = RubricEvidence.withClosingPunctuation(sentences[k].range.lowerBound..<sentences[e].range.upperBound,
                                                                          document.analysisText)
                            if RubricEvidence.debug, let w { report(element, wording: w, of: search, in: window, sentence: found!) }
                            break search
                        }
                    }
                }
                results.append(ElementResult(element: element, sentence: found))
            }
            return results
        }

        /// One element's search: its compiled wordings, and where a
        /// sentence keeps what it showed of them (nil: not kept).
        struct Search {
            let wordings: [[Group]]
            let minimums: [[Int]]
            /// Per wording, the slot of its first group in `SentenceFacts.places`.
            let slots: [Int]?
            let accepted: StatementModes
            let partner: Bool
            /// The element's slot in `SentenceFacts.partner`.
            let slot: Int?
        }

        /// The first wording a run of sentences shows, if any: every group
        /// at its places (their number over the run), for a partner element
        /// a word naming the community side, and in a run of more than one
        /// sentence each telling of the first group (the listening, the
        /// reflection), so that the phases are the same activity's.
        private func wording(_ search: Search, in window: ArraySlice<Sentence>) -> Int? {
            if search.partner, !window.contains(where: { partner($0, search) }) { return nil }
            wordings: for (w, groups) in search.wordings.enumerated() where !groups.isEmpty {
                let first = search.slots.map { $0[w] }
                if window.count > 1 {
                    for sentence in window where count(groups[0], slot: first, in: sentence, search.accepted) == 0 { continue wordings }
                }
                for (g, group) in groups.enumerated() {
                    let need = search.minimums[w][g]
                    var total = 0
                    // Sentences of a run hold different places, so their counts add up.
                    for sentence in window where total < need {
                        total += count(group, slot: first.map { $0 + g }, in: sentence, search.accepted)
                    }
                    if total < need { continue wordings }
                }
                return w
            }
            return nil
        }

        /// How many different places of a group one sentence holds (up to
        /// the compiled cap, as many as any group needs), kept in its facts.
        private func count(_ group: Group, slot: Int?, in sentence: Sentence, _ accepted: StatementModes) -> Int {
            if let slot, sentence.facts.places[slot] > 0 { return Int(sentence.facts.places[slot]) - 1 }
            let n = min(compiled.countCap, RubricEvidence.places(group, in: sentence, stems: text.stems, allowing: accepted, need: compiled.countCap))
            if let slot { sentence.facts.places[slot] = UInt16(n + 1) }
            return n
        }

        private func partner(_ sentence: Sentence, _ search: Search) -> Bool {
            if let slot = search.slot, sentence.facts.partner[slot] > 0 { return sentence.facts.partner[slot] == 2 }
            let found = sentence.hasPartner(cues, stems: text.stems, allowing: search.accepted)
            if let slot = search.slot { sentence.facts.partner[slot] = found ? 2 : 1 }
            return found
        }

        /// ESSAYLINT_DEBUG_EVIDENCE: which phrase of each group a shown element matched.
        private func report(_ element: RubricElement, wording w: Int, of search: Search, in window: ArraySlice<Sentence>, sentence: Range<Int>) {
            let names = RubricEvidence.expand(element.allWordings[w], concepts: concepts)
            let groups = search.wordings[w]
            let matched = groups.indices.map { g in
                groups[g].phrases.indices.first { k in
                    window.contains { RubricEvidence.places(Group([groups[g].phrases[k]]), in: $0, stems: text.stems, allowing: search.accepted) > 0 }
                }.map { names[g][$0] } ?? "?"
            }
            FileHandle.standardError.write(Data("\(element.id): \(matched) in “\(document.source.string(sentence))”\n".utf8))
        }
    }

    /// The sentence facts of an open document, by a digest of each
    /// sentence's text, from its last lint (see `ChunkMemo`).
    package typealias Memo = ChunkMemo<TextDigest, SentenceFacts>

    /// What a sentence's text gives, whatever range it is read in: what it
    /// claims, and which elements it shows on its own (asked element by
    /// element). Shared by the reads of one lint and, in an open document,
    /// kept for the next lint while the sentence stands.
    package final class SentenceFacts: @unchecked Sendable {
        static let notShown: UInt8 = 1
        static let shown: UInt8 = 2
        let reading: StatementReading
        /// Where each stem stands, in words from the sentence's first.
        let positions: [UInt64: [Int]]
        /// By element ordinal (`Compiled.ordinals`): 0 not asked yet, else `notShown` or `shown`.
        var shown: [UInt8]
        /// By element ordinal: 0 not asked yet, 1 no word for the community side, 2 one.
        var partner: [UInt8]
        /// By group slot (`Compiled.groupSlots`): 0 not asked yet, else 1 + how many places of the group the sentence holds.
        var places: [UInt16]

        init(_ reading: StatementReading, positions: [UInt64: [Int]], elements: Int, groups: Int) {
            self.reading = reading
            self.positions = positions
            self.shown = [UInt8](repeating: 0, count: elements)
            self.partner = [UInt8](repeating: 0, count: elements)
            self.places = [UInt16](repeating: 0, count: groups)
        }
    }

    /// A sentence read for elements: its word indices, where each stem stands, and what it claims.
    package struct Sentence {
        var words: Range<Int>
        let facts: SentenceFacts
        var reading: StatementReading { facts.reading }
        var positions: [UInt64: [Int]] { facts.positions }

        /// Where the phrase stands at words whose modes are allowed.
        func place(_ phrase: [UInt64], stems: [UInt64], allowing: StatementModes) -> Int? {
            guard let starts = positions[phrase[0]] else { return nil }
            return starts.lazy.map { self.words.lowerBound + $0 }.first { s in
                guard s + phrase.count <= words.upperBound else { return false }
                for j in 0..<phrase.count {
                    if j > 0, stems[s + j] != phrase[j] { return false }
                    if !reading.modes[s + j - words.lowerBound].isSubset(of: allowing) { return false }
                }
                return true
            }
        }

        /// A word for the community side, or a role not made the institution's own ("my director").
        func hasPartner(_ cues: CompiledStatementCues, stems: [UInt64], allowing: StatementModes) -> Bool {
            if cues.partners.contains(where: { place($0, stems: stems, allowing: allowing) != nil }) { return true }
            return cues.partnerRoles.contains { phrase in
                (positions[phrase[0]] ?? []).lazy.map { self.words.lowerBound + $0 }.contains { s in
                    s + phrase.count <= words.upperBound
                        && (1..<phrase.count).allSatisfy { stems[s + $0] == phrase[$0] }
                        && (s == words.lowerBound || !cues.institutionPossessives.contains(stems[s - 1]))
                        && (s..<(s + phrase.count)).allSatisfy { reading.modes[$0 - words.lowerBound].isSubset(of: allowing) }
                }
            }
        }
    }

    /// How many different places of a group a sentence holds (counting
    /// stops at `need`): its stems looked up among the group's first stems.
    package static func places(_ group: Group, in sentence: Sentence, stems: [UInt64], allowing: StatementModes, need: Int = 3) -> Int {
        var found: Set<Int> = []
        for (stem, _) in sentence.positions {
            guard let candidates = group.byFirst[stem] else { continue }
            for k in candidates {
                if let s = sentence.place(group.phrases[k], stems: stems, allowing: allowing) { found.insert(s) }
            }
            if found.count >= need { return found.count }
        }
        return found.count
    }
}
