import Foundation
import EssayCore
import EssayText

/// Maps an essay's headings onto a profile's competencies from three kinds of
/// evidence: the heading's wording (keywords and synonyms from the profile,
/// tolerant of misspellings), its number ("Competency 4", "4."), and, for
/// headings whose wording says nothing, what the section says (compared with
/// the competency's description, guiding questions and rubric) and where the
/// heading stands among the others. Headings confidently named by wording or
/// number anchor the sequence; the headings between two anchors are aligned,
/// in order, with the competencies the anchors leave between them. A heading
/// that matches no competency (a title, "References") is not forced onto one.
public final class HeadingMapper: Sendable {
    public let criteria: [Criterion]
    package let cues: [[Cue]]
    package let nonCompetency: Set<String>
    /// Built the first time a heading's content is needed.
    private let vocabularyBox: LazyVocabulary
    package var vocabulary: ContentVocabulary { vocabularyBox.get() }

    package final class LazyVocabulary: @unchecked Sendable {
        private let lock = NSLock()
        private let criteria: [Criterion]
        private var value: ContentVocabulary?
        package init(_ criteria: [Criterion], computed: ContentVocabulary? = nil) {
            self.criteria = criteria
            value = computed
        }
        package func get() -> ContentVocabulary {
            lock.lock(); defer { lock.unlock() }
            if let v = value { return v }
            let v = ContentVocabulary(criteria: criteria)
            value = v
            return v
        }
    }

    package struct Cue {
        package var words: [[UInt32]]   // stems, as scalars
        package var weight: Double
    }

    /// Minimum wording score that names a competency on its own.
    package static let anchorScore = 0.9
    /// How far the best wording score must lead the second.
    package static let anchorMargin = 0.3
    /// Wording strong enough to keep a heading that ranks above the others.
    package static let titleLineScore = 1.6
    /// Below this cosine similarity a section's content is no evidence.
    package static let minimumContentSimilarity = 0.03
    package static let debug = getenv("ESSAYLINT_DEBUG_HEADINGS") != nil

    public init(profile: CredentialProfile, part: Part?) {
        criteria = profile.criteria
        var allCues: [[Cue]] = []
        for criterion in profile.criteria {
            var list: [Cue] = []
            var seen = Set<String>()
            // In the phrases' order, not the dictionary's (which changes from
            // run to run): `score` gives a heading word to the first cue that
            // takes it, so the order decides the score.
            for (phrase, weight) in (criterion.heading?.keywords ?? [:]).sorted(by: { $0.key < $1.key }) {
                let stems = Terms.contentWords(phrase).map(Terms.stem)
                guard !stems.isEmpty else { continue }
                seen.insert(stems.joined(separator: " "))
                list.append(Cue(words: stems.map(Terms.scalars), weight: weight))
            }
            // The short title's own words count a little, when not listed.
            for word in Terms.contentWords(criterion.shortTitle) {
                let s = Terms.stem(word)
                if !seen.contains(s), !HeadingMapper.generic.contains(s) {
                    list.append(Cue(words: [Terms.scalars(s)], weight: 0.35))
                    seen.insert(s)
                }
            }
            // Longest phrases first, then the heaviest (a stable order: ties keep the phrases' order).
            list = list.enumerated().sorted { a, b in
                (a.element.words.count, a.element.weight, -a.offset) > (b.element.words.count, b.element.weight, -b.offset)
            }.map(\.element)
            allCues.append(list)
        }
        cues = allCues
        nonCompetency = Set((part?.headingMapping?.nonCompetency ?? HeadingMapper.defaultNonCompetency).map { Terms.stem(Terms.normalize($0)) })
        vocabularyBox = LazyVocabulary(profile.criteria, computed: profile.vocabulary)
    }

    package static let generic: Set<String> = ["partnership", "partner", "communiti", "knowledg", "critical", "commit", "abiliti", "effectiv"]
    package static let defaultNonCompetency = ["introduction", "conclusion", "references", "bibliography", "appendix", "summary", "abstract"]

    // The heading wording memo (HeadingWording.swift): a heading's facts by a digest of its wording.
    let factsLock = NSLock()
    nonisolated(unsafe) var factsMemo: [TextDigest: HeadingFacts] = [:]
    /// Past this many wordings the memo starts again (a server runs for days).
    static let factsMemoLimit = 4096
    // The section content memo (HeadingWording.swift): similarities by a digest of the section's text.
    let contentLock = NSLock()
    nonisolated(unsafe) var contentMemo: [TextDigest: [Double]] = [:]

    // MARK: mapping

    public func map(_ document: Document, _ analysis: TextAnalysis, convention: WordConvention = .wordProcessor) -> EssayStructure {
        map(document, analysis, convention: convention, facts: nil)
    }

    /// Maps with the headings' facts when they were already worked out (by detection).
    /// `elements`: for a section's body, how many rubric elements of each
    /// competency (by position) it shows (`RubricEvidence.counts`); content
    /// evidence for headings whose wording names nothing.
    package func map(_ document: Document, _ analysis: TextAnalysis, convention: WordConvention, facts known: [HeadingFacts]?,
                     elements: ((Range<Int>) -> [Int])? = nil) -> EssayStructure {
        let headings = document.headings
        let n = headings.count
        let facts = known ?? headings.map(facts)
        var mappings = (0..<n).map { HeadingMapping(headingIndex: $0, criterion: nil, evidence: nil, duplicateOf: nil, reason: "matches no competency") }
        var owner = [Int?](repeating: nil, count: criteria.count)

        // 1. Anchors: wording or number.
        for i in 0..<n where !facts[i].nonCompetency {
            guard let (c, evidence, why) = anchor(facts[i]) else { continue }
            if let first = owner[c] {
                mappings[i] = HeadingMapping(headingIndex: i, criterion: criteria[c].id, evidence: evidence, duplicateOf: first,
                                             reason: why + "; repeats the heading at index \(first)")
            } else {
                owner[c] = i
                mappings[i] = HeadingMapping(headingIndex: i, criterion: criteria[c].id, evidence: evidence, duplicateOf: nil, reason: why)
            }
        }

        // 2. The rank competency headings are written at: most anchors'. An
        // anchor of another, higher rank with wording alone is a title line
        // ("Community Partnerships Essay – Eastgate Voices") and is released.
        var anchored = (0..<n).filter { mappings[$0].criterion != nil }
        if anchored.count >= 3 {
            var counts: [Int: Int] = [:]
            for i in anchored { counts[headings[i].rank, default: 0] += 1 }
            let majority = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!.key
            for i in anchored where headings[i].rank < majority && facts[i].number == nil
                && (facts[i].titleScores.max() ?? 0) < HeadingMapper.titleLineScore {
                let c = criteria.firstIndex { $0.id == mappings[i].criterion }!
                if owner[c] == i {
                    // Hand the competency to its first duplicate, if any.
                    let next = (0..<n).first { mappings[$0].duplicateOf == i }
                    owner[c] = next
                    if let d = next {
                        mappings[d].duplicateOf = nil
                        for j in 0..<n where mappings[j].duplicateOf == i { if j != d { mappings[j].duplicateOf = d } }
                    }
                }
                mappings[i] = HeadingMapping(headingIndex: i, criterion: nil, evidence: nil, duplicateOf: nil,
                                             reason: "ranks above the competency headings: a title")
            }
            // A deeper heading that names its own section's competency again is
            // a sub-heading of that section ("#### A Note on Anonymous Feedback").
            for i in anchored where headings[i].rank > majority {
                guard let parent = (0..<i).last(where: { mappings[$0].criterion != nil && headings[$0].rank == majority }),
                      mappings[parent].criterion == mappings[i].criterion,
                      mappings[i].duplicateOf != nil else { continue }
                mappings[i] = HeadingMapping(headingIndex: i, criterion: nil, evidence: nil, duplicateOf: nil,
                                             reason: "a sub-heading inside its competency's section")
            }
            anchored = (0..<n).filter { mappings[$0].criterion != nil }
        }
        let competencyRank: Int? = {
            var counts: [Int: Int] = [:]
            let pool = anchored.isEmpty ? Array(0..<n).filter { !facts[$0].nonCompetency } : anchored
            for i in pool { counts[headings[i].rank, default: 0] += 1 }
            // Without anchors, a lone first heading of its own rank is the title.
            if anchored.isEmpty, let first = pool.first, counts[headings[first].rank] == 1, pool.count > 1 {
                counts[headings[first].rank] = nil
            }
            return counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
        }()

        // 3. Headings between anchors, aligned by content and order.
        // A title line: the document's first block, a heading followed at once by another heading.
        let blocks = document.blocks
        let titleLine = blocks.count > 1 && blocks[0].kind == .heading && blocks[0].headingIndex == 0 && blocks[1].kind == .heading
        let candidates = (0..<n).filter { i in
            mappings[i].criterion == nil && !facts[i].nonCompetency && (competencyRank == nil || headings[i].rank == competencyRank!)
                && !(i == 0 && titleLine)
        }
        // Without any anchor, a sequence needs at least three headings to tell anything.
        if !candidates.isEmpty, !anchored.isEmpty || candidates.count >= 3 {
            let bodies = HeadingMapper.bodyRanges(document)
            // Group candidates into runs separated by anchors.
            var runs: [[Int]] = []
            var current: [Int] = []
            var lastAnchorBefore: [Int: Int?] = [:]
            var previousAnchor: Int? = nil
            var runStartAnchor: Int? = nil
            for i in 0..<n {
                if mappings[i].criterion != nil && mappings[i].duplicateOf == nil {
                    if !current.isEmpty { runs.append(current); lastAnchorBefore[current[0]] = runStartAnchor; current = [] }
                    previousAnchor = i
                } else if candidates.contains(i) {
                    if current.isEmpty { runStartAnchor = previousAnchor }
                    current.append(i)
                }
            }
            if !current.isEmpty { runs.append(current); lastAnchorBefore[current[0]] = runStartAnchor }

            for run in runs {
                let before = lastAnchorBefore[run[0]] ?? nil
                let after = (run.last! + 1..<n).first { mappings[$0].criterion != nil && mappings[$0].duplicateOf == nil }
                let low = before.flatMap { b in criteria.firstIndex { $0.id == mappings[b].criterion } } ?? -1
                let high = after.flatMap { a in criteria.firstIndex { $0.id == mappings[a].criterion } } ?? criteria.count
                var available = (0..<criteria.count).filter { owner[$0] == nil }
                var stealable: Set<Int> = []
                if low < high {
                    available = available.filter { $0 > low && $0 < high }
                    // A competency that belongs here by order but whose heading stands
                    // out of order elsewhere ("More on Neighborhood History" after
                    // Competency 5): this run may take it on clear content evidence,
                    // and that later heading becomes the repeat.
                    for c in (low + 1)..<high {
                        guard let o = owner[c] else { continue }
                        if let a = after, o > a { stealable.insert(c) }
                        if let b = before, o < b { stealable.insert(c) }
                    }
                    available = Array(Set(available).union(stealable)).sorted()
                }
                guard !available.isEmpty else { continue }
                let content = run.map { i in similarities(analysis, document, bodies[i]) }
                let shown = elements.map { count in run.map { count(bodies[$0]) } } ?? []
                let assignment = align(run: run, available: available, facts: facts, content: content, needsContent: stealable,
                                       shown: shown)
                if HeadingMapper.debug {
                    for (k, i) in run.enumerated() {
                        let sims = content[k].map { String(format: "%.2f", $0) }.joined(separator: " ")
                        FileHandle.standardError.write(Data("heading \(headings[i].text) available \(available.map { $0 + 1 }) sims [\(sims)]\n".utf8))
                    }
                }
                for (k, c) in assignment {
                    let i = run[k]
                    if let previous = owner[c] {
                        for j in 0..<n where mappings[j].duplicateOf == previous { mappings[j].duplicateOf = i }
                        mappings[previous].duplicateOf = i
                        mappings[previous].reason += "; repeats the competency of an earlier heading"
                    }
                    owner[c] = i
                    let sims = content[k]
                    let best = sims.indices.max { sims[$0] < sims[$1] }
                    let byContent = best == c && sims[c] >= HeadingMapper.minimumContentSimilarity
                    mappings[i] = HeadingMapping(
                        headingIndex: i, criterion: criteria[c].id, evidence: byContent ? .content : .order, duplicateOf: nil,
                        reason: byContent ? "the section's content is closest to this competency" : "its place between the neighbouring competency headings")
                }
            }
        }

        // 4. Sections.
        var sections: [Section] = []
        for i in 0..<n {
            let h = headings[i]
            var end = document.source.count
            for j in (i + 1)..<max(i + 1, n) {
                let other = headings[j]
                let endsHere: Bool
                if mappings[i].criterion == nil {
                    endsHere = other.rank <= h.rank || mappings[j].criterion != nil
                } else {
                    endsHere = mappings[j].criterion != nil || other.rank < h.rank || (facts[j].nonCompetency && other.rank <= h.rank)
                }
                if endsHere { end = headings[j].range.lowerBound; break }
            }
            let start = h.range.lowerBound
            let bodyStart = min(end, h.range.upperBound)
            sections.append(Section(headingIndex: i, criterion: mappings[i].criterion, range: start..<end, bodyRange: bodyStart..<end,
                                    words: analysis.count(in: bodyStart..<end, convention) - nestedHeadingWords(i, bodyStart..<end, headings, analysis, convention)))
        }
        let missing = criteria.indices.filter { owner[$0] == nil }.map { criteria[$0].id }
        return EssayStructure(mappings: mappings, sections: sections, missing: missing)
    }

    /// Words of deeper headings inside a section's body (they are headings, not body).
    package func nestedHeadingWords(_ i: Int, _ body: Range<Int>, _ headings: [Heading], _ analysis: TextAnalysis, _ convention: WordConvention) -> Int {
        var total = 0
        for (j, h) in headings.enumerated() where j != i && body.contains(h.range.lowerBound) {
            total += analysis.count(in: h.range, convention)
        }
        return total
    }

    /// How many competencies the document's headings name by their wording
    /// (for detecting the part; numbers alone do not count).
    package func namedCriteria(_ facts: [HeadingFacts]) -> Int {
        var named = Set<Int>()
        for f in facts {
            guard !f.nonCompetency, let (c, evidence, _) = anchor(f), evidence == .title else { continue }
            named.insert(c)
        }
        return named.count
    }

    /// The confident mapping of a heading by wording or number, if any.
    package func anchor(_ f: HeadingFacts) -> (Int, HeadingEvidence, String)? {
        let scores = f.titleScores
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        let best = order[0]
        let second = order.count > 1 ? scores[order[1]] : 0
        let wordingNames = scores[best] >= HeadingMapper.anchorScore && scores[best] - second >= HeadingMapper.anchorMargin
        if let number = f.number {
            let c = number - 1
            // A number whose competency the wording also supports, or wording silent.
            if scores[c] >= 0.3 || !wordingNames {
                return (c, scores[c] >= HeadingMapper.anchorScore ? .title : .number, "numbered \(number)")
            }
            return (best, .title, "wording names it (the number \(number) does not match)")
        }
        if wordingNames { return (best, .title, "wording names it") }
        return nil
    }

    /// Aligns a run of headings, in order, with the available competencies.
    /// `shown`: per heading of the run, the rubric elements of each competency its section shows.
    package func align(run: [Int], available: [Int], facts: [HeadingFacts], content: [[Double]], needsContent: Set<Int> = [],
                       shown: [[Int]] = []) -> [(Int, Int)] {
        let k = run.count
        let m = available.count
        let tight = k == m
        func score(_ h: Int, _ cIndex: Int) -> Double {
            let c = available[cIndex]
            let sims = content[h]
            let top = sims.max() ?? 0
            // Content too far from every competency says nothing.
            let relative = top >= HeadingMapper.minimumContentSimilarity ? sims[c] / top : 0
            // Taking a competency from a heading elsewhere needs the content to say so.
            if needsContent.contains(c), relative < 0.75 { return 0 }
            var s = 0.5 * facts[run[h]].titleScores[c] + relative
            s += tight ? 0.75 : 0.3
            // Rubric elements of the competency the section shows: what it says,
            // read by meaning ("Where I stand" over a section about the writer's
            // own background), where its words alone say little.
            if h < shown.count, c < shown[h].count { s += min(0.45, 0.15 * Double(shown[h][c])) }
            return s
        }
        let threshold = 0.85
        // dp[i][j]: best total using headings i... and competencies j...
        var dp = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: k + 1)
        var choice = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: k + 1)
        for i in stride(from: k - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var best = dp[i + 1][j]       // heading i not a competency
                var pick = 0
                if dp[i][j + 1] > best { best = dp[i][j + 1]; pick = 1 }  // competency j missing
                let s = score(i, j)
                if s >= threshold, s + dp[i + 1][j + 1] > best { best = s + dp[i + 1][j + 1]; pick = 2 }
                dp[i][j] = best
                choice[i][j] = pick
            }
        }
        var result: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < k, j < m {
            switch choice[i][j] {
            case 2: result.append((i, available[j])); i += 1; j += 1
            case 1: j += 1
            default: i += 1
            }
        }
        return result
    }

    /// For each heading, the text under it up to the next heading of the same or higher rank.
    package static func bodyRanges(_ document: Document) -> [Range<Int>] {
        let hs = document.headings
        return hs.indices.map { i in
            var end = document.source.count
            for j in (i + 1)..<max(i + 1, hs.count) where hs[j].rank <= hs[i].rank { end = hs[j].range.lowerBound; break }
            return min(end, hs[i].range.upperBound)..<end
        }
    }
}
