import EssayCore
import EssayText

/// The statement cues (`StatementCues`) as word hashes: cue words are
/// compared as written (lower case, apostrophes folded), never stemmed, so
/// "will" is not "willing"; partner words are compared on stems, like the
/// wordings of an element.
package struct CompiledStatementCues: Sendable {
    package var negation: [[UInt64]]
    package var ignorance: [[UInt64]]
    package var stanceNegations: [[UInt64]]
    package var stateWords: Set<UInt64>
    package var notNegation: [[UInt64]]
    package var hypothetical: [[UInt64]]
    package var wish: [[UInt64]]
    package var intention: [[UInt64]]
    package var generic: [[UInt64]]
    package var hypotheticalAfterFirstPerson: [[UInt64]]
    package var wishAfterFirstPerson: [[UInt64]]
    package var intentionAfterFirstPerson: [[UInt64]]
    package var firstPerson: Set<UInt64>
    package var habitual: Set<UInt64>
    package var leadingSubordinators: [[UInt64]]
    package var contrast: Set<UInt64>
    package var clauseOpeners: Set<UInt64>
    package var conjunctions: Set<UInt64>
    package var subordinators: Set<UInt64>
    package var norms: [[UInt64]]
    package var embedded: Set<UInt64>
    /// Stems, like an element's wordings.
    package var partners: [[UInt64]]
    package var partnerRoles: [[UInt64]]
    /// Stems of the words that make a role the institution's ("my director").
    package var institutionPossessives: Set<UInt64>
    /// The hash of "not": a phrase's "not" also reads a negative contraction.
    package let not = Terms.hash("not")
    /// The first word of every cue phrase: a word that is none of them starts no cue.
    package var starts: Set<UInt64> = []

    package init(_ cues: StatementCues) {
        func words(_ phrase: String) -> [UInt64] {
            phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Terms.hash(Terms.normalize($0)) }
        }
        negation = cues.negation.map(words)
        ignorance = cues.ignorance.map(words)
        stanceNegations = cues.stanceNegations.map(words)
        stateWords = Set(cues.stateWords.map { Terms.hash($0) })
        notNegation = cues.notNegation.map(words)
        hypothetical = cues.hypothetical.map(words)
        wish = cues.wish.map(words)
        intention = cues.intention.map(words)
        generic = cues.generic.map(words)
        hypotheticalAfterFirstPerson = cues.hypotheticalAfterFirstPerson.map(words)
        wishAfterFirstPerson = cues.wishAfterFirstPerson.map(words)
        intentionAfterFirstPerson = cues.intentionAfterFirstPerson.map(words)
        firstPerson = Set(cues.firstPerson.map { Terms.hash($0) })
        habitual = Set(cues.habitual.map { Terms.hash($0) })
        leadingSubordinators = cues.leadingSubordinators.map(words)
        contrast = Set(cues.contrast.map { Terms.hash($0) })
        clauseOpeners = Set(cues.clauseOpeners.map { Terms.hash($0) })
        conjunctions = Set(cues.conjunctions.map { Terms.hash($0) })
        subordinators = Set(cues.subordinators.map { Terms.hash($0) })
        norms = cues.norms.map(words)
        for list in [negation, ignorance, stanceNegations, notNegation, hypothetical, wish, intention, generic,
                     hypotheticalAfterFirstPerson, wishAfterFirstPerson, intentionAfterFirstPerson, norms] {
            for p in list where !p.isEmpty { starts.insert(p[0]) }
        }
        embedded = Set(cues.embedded.map { Terms.hash($0) })
        partners = cues.partners.map(PartText.compile).filter { !$0.isEmpty }
        partnerRoles = cues.partnerRoles.map(PartText.compile).filter { !$0.isEmpty }
        institutionPossessives = Set(cues.institutionPossessives.flatMap(PartText.compile))
    }
}

/// One sentence read for what it claims: for each of its words, whether it
/// stands where the sentence negates, supposes, wishes or plans rather than
/// states.
///
/// The sentence is cut into clauses at semicolons, colons, dashes and
/// brackets; before a contrasting word ("but", "rather", "instead"); before
/// a subordinator ("that"); before a word that opens a clause after a comma
/// ("we", "which", "so"); before a conjunction followed by such a word ("and
/// we"); and before a word that opens an embedded question ("what",
/// "whether"; not after a comma, where it opens a relative clause). Then:
/// - a negation ("not", "never", "no one", any "n't") marks its clause and
///   the embedded questions that clause governs ("we never asked what they
///   wanted"), unless a phrase of `notNegation` holds it ("not only", "never
///   missed", "not from here") or it stands inside an embedded question
///   itself ("we asked what was not working") or in the content of a rule
///   ("my rule is that I never take a photo without asking");
///   The writer's own negation ("we never asked": "I" or "we" before it in
///   its clause, or negated learning, "no one told me") is `selfNegation`,
///   which no element accepts unless it names it; others' is `negation`;
/// - a hypothetical, a wish, an intention or a generality ("if we had", "I
///   hope to", "next time", "in any partnership") marks its clause and the rest of the sentence up to a contrasting
///   word ("I had hoped to co-write it, but we ran out of time" keeps the
///   second clause a statement); those that need a first-person word before
///   them ("would", "will") count only within three words after "I" or "we"
///   in their clause, so a partner's reported wish ("they said they would
///   like …") is not the applicant's.
package struct StatementReading: Sendable {
    /// Per word of the sentence (offset from its first word): the modes it stands in.
    package var modes: [StatementModes]

    /// `words`: the sentence's word indices into `text.words`.
    package init(text: PartText, words range: Range<Int>, cues: CompiledStatementCues) {
        let n = range.count
        modes = Array(repeating: [], count: n)
        guard n > 0 else { return }
        let source = text.document.source.utf16
        let analysis = text.document.analysisText
        var tokens: [UInt64] = []
        var negativeContraction: [Bool] = []
        tokens.reserveCapacity(n)
        negativeContraction.reserveCapacity(n)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for i in range {
            Terms.normalizedBytes(source[text.words[i].range], into: &bytes)
            tokens.append(Terms.hash(bytes))
            negativeContraction.append(bytes.count >= 3 && bytes[bytes.count - 3] == 0x6E && bytes[bytes.count - 2] == 0x27 && bytes[bytes.count - 1] == 0x74)
        }

        // Clauses: where each starts, whether it is an embedded question, whether it opens with a contrast.
        var clauseStart = [Int](repeating: 0, count: n)
        var afterComma = [Bool](repeating: false, count: n)
        var embeddedClause = [Bool](repeating: false, count: n)
        var opensWithContrast = [Bool](repeating: false, count: n)
        var start = 0
        var embedded = false
        // A sentence that opens with a subordinate clause: its first comma closes it.
        var leadingClauseOpen = cues.leadingSubordinators.contains { p in
            p.count <= n && p.indices.allSatisfy { tokens[$0] == p[$0] }
        }
        for k in 0..<n {
            if k > 0 {
                let gap = Int(text.words[range.lowerBound + k - 1].end)..<Int(text.words[range.lowerBound + k].start)
                var hard = false
                var comma = false
                for u in analysis[gap] {
                    switch u {
                    case 0x3B, 0x3A, 0x2014, 0x2013, 0x28, 0x29, 0x5B, 0x5D: hard = true   // ; : — – ( ) [ ]
                    case 0x2D: if gap.count >= 3 { hard = true }                            // " - "
                    case 0x2C: comma = true
                    default: break
                    }
                }
                let t = tokens[k]
                // "not yet", "never until": a contrast word right after a negation is part of it.
                let contrast = cues.contrast.contains(t) && !(negativeContraction[k - 1] || cues.negation.contains { $0 == [tokens[k - 1]] })
                let opensEmbedded = cues.embedded.contains(t) && !comma && !hard
                let conjunction = cues.conjunctions.contains(t) && k + 1 < n && cues.clauseOpeners.contains(tokens[k + 1])
                afterComma[k] = comma
                let opensAfterComma = comma && (cues.clauseOpeners.contains(t) || cues.embedded.contains(t))
                let closesLeading = comma && leadingClauseOpen
                if comma { leadingClauseOpen = false }
                if hard || contrast || opensEmbedded || conjunction || opensAfterComma || closesLeading || cues.subordinators.contains(t) {
                    start = k
                    embedded = opensEmbedded
                    opensWithContrast[k] = contrast
                }
            }
            clauseStart[k] = start
            embeddedClause[k] = embedded
        }
        func clauseEnd(_ k: Int) -> Int {
            var e = k + 1
            while e < n, clauseStart[e] == clauseStart[k] { e += 1 }
            return e
        }
        func matches(_ phrase: [UInt64], at k: Int) -> Bool {
            guard !phrase.isEmpty, k + phrase.count <= n else { return false }
            for j in phrase.indices where tokens[k + j] != phrase[j] {
                if j == 0, phrase[j] == cues.not, negativeContraction[k] { continue }
                return false
            }
            return true
        }

        // Words that may start a cue (most words start none).
        let candidate = (0..<n).map { cues.starts.contains(tokens[$0]) || negativeContraction[$0] }
        // The clauses after a rule or commitment ("my rule is that I never take …") are its content.
        if let k = (0..<n).first(where: { k in candidate[k] && cues.norms.contains { matches($0, at: k) } }) {
            let end = clauseEnd(k)
            for j in end..<n { embeddedClause[j] = true }
        }

        // Words held by a phrase that only looks negative.
        var affirmative = [Bool](repeating: false, count: n)
        for k in 0..<n where candidate[k] {
            for p in cues.notNegation where matches(p, at: k) {
                for j in k..<(k + p.count) { affirmative[j] = true }
            }
        }
        for k in 0..<n where candidate[k] && !affirmative[k] && !embeddedClause[k] {
            let ignorant = cues.ignorance.contains { matches($0, at: k) }
            guard ignorant || negativeContraction[k] || cues.negation.contains(where: { matches($0, at: k) }) else { continue }
            // The writer's own: "I"/"we" before it in its clause, or negated learning ("no one told me").
            // A stance ("we cannot", "I will not") or a state ("we are not") is no failure to act.
            let stance = cues.stanceNegations.contains { matches($0, at: k) } || (k > 0 && cues.stanceNegations.contains { matches($0, at: k - 1) })
            let state = cues.stateWords.contains(tokens[k]) || (k > 0 && cues.stateWords.contains(tokens[k - 1]))
            let own = ignorant || (!stance && !state && (clauseStart[k]..<k).contains { cues.firstPerson.contains(tokens[$0]) })
            let mode: StatementMode = own ? .selfNegation : .negation
            // The clause, and the embedded questions it governs; a negation right
            // after a comma contrasts what follows it only ("to hear, not to recruit").
            var end = clauseEnd(k)
            while end < n, embeddedClause[end] { end = clauseEnd(end) }
            for j in (afterComma[k] ? k : clauseStart[k])..<end { modes[j].insert(StatementModes(mode)) }
        }

        // Hypotheticals, wishes and intentions: from their clause to the sentence's end or a contrast.
        func mark(_ mode: StatementMode, from k: Int) {
            var j = clauseStart[k]
            while j < n {
                if j > k, opensWithContrast[j] { break }
                modes[j].insert(StatementModes(mode))
                j += 1
            }
        }
        func afterFirstPerson(_ k: Int) -> Bool {
            var q = k - 1
            while q >= max(0, k - 3), clauseStart[q] == clauseStart[k] {
                if cues.firstPerson.contains(tokens[q]) { return true }
                q -= 1
            }
            return false
        }
        let kinds: [(StatementMode, [[UInt64]], [[UInt64]])] = [
            (.hypothetical, cues.hypothetical, cues.hypotheticalAfterFirstPerson),
            (.wish, cues.wish, cues.wishAfterFirstPerson),
            (.intention, cues.intention, cues.intentionAfterFirstPerson),
            (.generic, cues.generic, []),
        ]
        // "Would" in a clause of repeated action is habitual ("at every meeting I would check in").
        func habitualClause(_ k: Int) -> Bool {
            (clauseStart[k]..<clauseEnd(k)).contains { cues.habitual.contains(tokens[$0]) }
        }
        for k in 0..<n where candidate[k] && !embeddedClause[k] {
            let first = afterFirstPerson(k)
            for (mode, anywhere, afterFirst) in kinds {
                let afterFirstCue = first && afterFirst.contains { matches($0, at: k) }
                    && !(mode == .hypothetical && habitualClause(k))
                if anywhere.contains(where: { matches($0, at: k) }) || afterFirstCue { mark(mode, from: k) }
            }
        }
    }
}
