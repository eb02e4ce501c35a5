import Foundation
import EssayCore
import EssayText

/// Which rubric elements each competency section shows, and the sentence
/// that shows each: an element is shown by a sentence of its section in
/// which every phrase group of one of its wordings meets (phrases matched on
/// stems), each at words the sentence states rather than negates, supposes
/// or wishes (`StatementReading`; an element may accept some of those), and,
/// for an element about the partner, with a word naming the community side.
/// Computed once per document for profiles whose criteria list elements.
public struct RubricEvidence: Sendable {
    /// One element of a section: shown by a sentence, or not.
    public struct ElementResult: Sendable {
        public var element: RubricElement
        /// The sentence that shows it (UTF-16 range of the source, its closing punctuation included).
        public var sentence: Range<Int>?
        public var shown: Bool { sentence != nil }

        package init(element: RubricElement, sentence: Range<Int>?) {
            self.element = element
            self.sentence = sentence
        }
    }

    public struct SectionEvidence: Sendable {
        public var criterion: String
        public var headingIndex: Int
        public var evidenced: [RubricElement]
        public var missing: [RubricElement]
        /// Every element in the profile's order, with the sentence that shows it.
        public var results: [ElementResult]
        /// The highest level the evidence supports: 3 when every element is
        /// shown, 2 when every level-2 element is, else 1; an estimate.
        public var estimate: Int
    }

    public var sections: [String: SectionEvidence] = [:]

    /// `reader`: the document's reader, shared with `counts` so that each sentence is read once.
    package init(reader: Reader, structure: EssayStructure, profile: CredentialProfile) {
        for section in structure.sections where section.criterion != nil {
            guard let id = section.criterion, sections[id] == nil,
                  let criterion = profile.criterion(id), let elements = criterion.elements, !elements.isEmpty else { continue }
            let results = reader.results(elements, in: section.bodyRange)
            let shown = results.filter(\.shown).map(\.element)
            let missing = results.filter { !$0.shown }.map(\.element)
            let estimate = missing.isEmpty ? 3 : missing.allSatisfy({ $0.level >= 3 }) ? 2 : 1
            sections[id] = SectionEvidence(criterion: id, headingIndex: section.headingIndex, evidenced: shown, missing: missing,
                                           results: results, estimate: estimate)
        }
    }

    /// For a range of the document, how many elements of each criterion (in
    /// the profile's order) its sentences show: evidence for mapping a
    /// heading whose wording names no competency.
    package static func counts(reader: Reader, profile: CredentialProfile) -> (Range<Int>) -> [Int] {
        let all = profile.criteria.flatMap { $0.elements ?? [] }
        let owner = Dictionary(profile.criteria.enumerated().flatMap { k, c in (c.elements ?? []).map { ($0.id, k) } }, uniquingKeysWith: { a, _ in a })
        return { range in
            // Every criterion's elements in one reading of the range.
            var counts = [Int](repeating: 0, count: profile.criteria.count)
            for r in reader.results(all, in: range) where r.shown { if let k = owner[r.element.id] { counts[k] += 1 } }
            return counts
        }
    }

    /// A phrase group compiled, indexed by each phrase's first stem.
    package struct Group: Sendable {
        package var phrases: [[UInt64]]
        package var byFirst: [UInt64: [Int]]

        init(_ phrases: [[UInt64]]) {
            self.phrases = phrases
            var byFirst: [UInt64: [Int]] = [:]
            for (k, p) in phrases.enumerated() { byFirst[p[0], default: []].append(k) }
            self.byFirst = byFirst
        }
    }

    /// A profile's element wordings and the statement cues, compiled once
    /// (the linter keeps one per profile).
    package final class Compiled: Sendable {
        let concepts: [String: [String]]
        let cues: CompiledStatementCues
        /// Each element's place among the profile's elements (by element id):
        /// its slot here and in a sentence's `SentenceFacts`.
        let ordinals: [String: Int]
        /// By ordinal, each element's wordings: per wording, its groups.
        let wordings: [[[Group]]]
        /// By ordinal, per wording, per group: how many different places of
        /// the group the sentence needs ("#2": two assets, a network).
        let minimums: [[[Int]]]
        /// By ordinal, per wording: the slot of its first group in a
        /// sentence's `SentenceFacts.places` (the groups follow in order).
        let groupSlots: [[Int]]
        let groupCount: Int
        /// Where a sentence's count of a group's places stops: no group needs more.
        let countCap: Int

        /// `stemmed`: the build's stems of an embedded profile's phrases
        /// (whose profile comes without them); else the profile's phrases
        /// are stemmed now, the same way.
        package init(profile: CredentialProfile, cues: StatementCues, stemmed given: StemmedWordings? = nil) {
            concepts = profile.concepts ?? [:]
            self.cues = CompiledStatementCues(cues)
            let all = profile.criteria.flatMap { $0.elements ?? [] }
            let stemmed = given.flatMap { $0.ids == all.map(\.id) ? $0 : nil } ?? StemmedWordings(profile)
            var wordings: [[[Group]]] = []
            var minimums: [[[Int]]] = []
            var ordinals: [String: Int] = [:]
            // Each concept read once: several wordings name the same one.
            var conceptStems: [String: [[UInt64]]] = [:]
            func phrases(_ phrase: Substring.UTF8View) -> [[UInt64]] {
                switch phrase.first {
                case UInt8(ascii: "#"): return []
                case UInt8(ascii: "@"):
                    let name = String(Substring(phrase.dropFirst()))
                    if let known = conceptStems[name] { return known }
                    let made = stemmed.concepts[name].map { StemmedWordings.phrases($0).map(StemmedWordings.hashes) } ?? []
                    conceptStems[name] = made
                    return made
                default: return [StemmedWordings.hashes(phrase)]
                }
            }
            for (e, element) in all.enumerated() {
                // An id given twice: the last element's wordings, as a table by id would hold.
                let k = ordinals[element.id] ?? wordings.count
                if k == wordings.count { wordings.append([]); minimums.append([]) }
                ordinals[element.id] = k
                // As `RubricEvidence.compile(_:concepts:)` and `minimums` make them.
                wordings[k] = stemmed.elements[e].map { groups in
                    groups.map { group in Group(StemmedWordings.phrases(group).flatMap(phrases).filter { !$0.isEmpty }) }
                }
                minimums[k] = stemmed.elements[e].map { groups in
                    groups.map { group in
                        StemmedWordings.phrases(group).lazy.compactMap { $0.first == UInt8(ascii: "#") ? Int(Substring($0.dropFirst())) : nil }.first ?? 1
                    }
                }
            }
            self.wordings = wordings
            self.minimums = minimums
            self.ordinals = ordinals
            var next = 0
            groupSlots = wordings.map { element in
                element.map { groups in
                    defer { next += groups.count }
                    return next
                }
            }
            groupCount = next
            countCap = min(Int(UInt16.max) - 1, max(3, minimums.joined().joined().max() ?? 1))
        }

        private let memoLock = NSLock()
        /// Keyed by a digest of the range's text (as written and as analysed):
        /// the text itself is not kept. Each element's sentence, by element id:
        /// an element's search does not depend on the others looked for, so a
        /// range read for every element (heading mapping) serves a read for
        /// one criterion's.
        nonisolated(unsafe) private var memo: [TextDigest: [String: Range<Int>?]] = [:]
        /// Past this many ranges the memo starts again.
        static let memoLimit = 256

        /// What a range with this text showed before (each element's sentence,
        /// relative to the range's start): a language server re-lints every
        /// section on each edit, and only the edited one has changed.
        func remembered(_ key: TextDigest) -> [String: Range<Int>?]? {
            memoLock.lock(); defer { memoLock.unlock() }
            return memo[key]
        }

        func remember(_ key: TextDigest, _ sentences: [String: Range<Int>?]) {
            memoLock.lock(); defer { memoLock.unlock() }
            if memo.count >= Compiled.memoLimit, memo[key] == nil { memo.removeAll(keepingCapacity: true) }
            memo[key, default: [:]].merge(sentences) { _, new in new }
        }
    }

    package static let debug = getenv("ESSAYLINT_DEBUG_EVIDENCE") != nil

    /// A wording's groups as phrases, "@name" replaced by the profile's concept of that name
    /// (as `compile` keeps them: phrases with no word dropped).
    package static func expand(_ groups: EvidenceGroups, concepts: [String: [String]]) -> [[String]] {
        groups.map { group in
            group.flatMap { phrase -> [String] in
                phrase.hasPrefix("@") ? concepts[String(phrase.dropFirst())] ?? [] : [phrase]
            }.filter { !$0.hasPrefix("#") && !PartText.compile($0).isEmpty }
        }
    }

    /// Per group, the different places of it a sentence needs: "#2" in a group asks for two; else one.
    package static func minimums(_ groups: EvidenceGroups) -> [Int] {
        groups.map { group in group.lazy.compactMap { $0.hasPrefix("#") ? Int($0.dropFirst()) : nil }.first ?? 1 }
    }

    /// A wording's groups as stem phrases, "@name" standing for the profile's concept of that name.
    package static func compile(_ groups: EvidenceGroups, concepts: [String: [String]]) -> [[[UInt64]]] {
        groups.map { group in
            group.flatMap { phrase -> [String] in
                phrase.hasPrefix("@") ? concepts[String(phrase.dropFirst())] ?? [] : [phrase]
            }.filter { !$0.hasPrefix("#") }.map { PartText.compile($0) }.filter { !$0.isEmpty }
        }
    }

    /// The sentences of the paragraphs in a range with the index of the paragraph each is in.
    package static func paragraphSentences(document: Document, analysis: TextAnalysis, in range: Range<Int>) -> [(range: Range<Int>, block: Int)] {
        var out: [(range: Range<Int>, block: Int)] = []
        for (b, block) in document.blocks.enumerated() where block.kind == .paragraph && range.contains(block.range.lowerBound) {
            for s in sentences(document: document, analysis: analysis, in: block.range) { out.append((s, b)) }
        }
        return out
    }

    /// The sentences of the paragraphs in a range: ICU's sentences, with
    /// those a line break alone ends (a hard-wrapped paragraph) joined to the next.
    package static func sentences(document: Document, analysis: TextAnalysis, in range: Range<Int>) -> [Range<Int>] {
        let text = document.analysisText
        var out: [Range<Int>] = []
        for block in document.blocks where block.kind == .paragraph && range.contains(block.range.lowerBound) {
            var pending: Range<Int>?
            for s in analysis.sentences where s.lowerBound >= block.range.lowerBound && s.lowerBound < block.range.upperBound {
                if let p = pending {
                    // The previous piece ends without closing punctuation: the same sentence, wrapped.
                    let gap = text[p.upperBound..<s.lowerBound]
                    let closed = gap.contains { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x2026 }
                    if !closed && gap.contains(0x0A) {
                        pending = p.lowerBound..<s.upperBound
                        continue
                    }
                    out.append(p)
                }
                pending = s
            }
            if let p = pending { out.append(p) }
        }
        return out
    }

    /// A sentence with the punctuation and closing quotation marks right after its last word.
    package static func withClosingPunctuation(_ s: Range<Int>, _ text: [UInt16]) -> Range<Int> {
        var end = s.upperBound
        let closing: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x2026, 0x22, 0x27, 0x2019, 0x201D, 0x29]
        while end < text.count, closing.contains(text[end]) { end += 1 }
        return s.lowerBound..<end
    }
}
