import Foundation
import EssayCore
import EssayText

/// Which credential and part a document is, when the applicant did not say:
/// each part scores the distinct cue phrases of its `detect` list found in
/// the text, headings that name the part's competencies, and whether the
/// length fits its range. The best score wins; with nothing recognised, the
/// default profile's first part.
package struct PartDetector {
    /// Every profile's summary, the candidates.
    package let candidates: [ProfileSummary]
    /// A profile by id (decoded when first asked for).
    package let profile: (String) -> CredentialProfile?
    /// The heading mapper of a profile's part (made once per part by the caller).
    package let mapper: (CredentialProfile, Part) -> HeadingMapper

    /// The candidates' cue phrases, compiled (made once per linter by the caller).
    package let cues: Cues

    package init(candidates: [ProfileSummary], cues: Cues, profile: @escaping (String) -> CredentialProfile?,
                 mapper: @escaping (CredentialProfile, Part) -> HeadingMapper) {
        self.candidates = candidates
        self.cues = cues
        self.profile = profile
        self.mapper = mapper
    }

    /// Each part's keyword cues as stems and heading cues as " word word "
    /// bytes, in a fixed order (a dictionary's changes from run to run, and so
    /// would the last bits of the sums), and the first stems of every keyword
    /// cue: compiled once, not for each document (finding each phrase's
    /// compiled form again was a twentieth of a folder run's CPU, `perf record`).
    package struct Cues: Sendable {
        struct PartCues: Sendable {
            var keywords: [(phrase: String, weight: Double, stems: [UInt64])] = []
            var headings: [(phrase: String, weight: Double, needle: [UInt8])] = []
        }

        /// By "profile/part".
        let parts: [String: PartCues]
        /// Where these stand is all a document's stem index keeps.
        let firsts: Set<UInt64>

        package init(_ candidates: [ProfileSummary]) {
            var parts: [String: PartCues] = [:]
            var firsts: Set<UInt64> = []
            for summary in candidates {
                for part in summary.parts {
                    var cues = PartCues()
                    for (phrase, weight) in (part.detect?.keywords ?? [:]).sorted(by: { $0.key < $1.key }) {
                        let stems = PartText.compile(phrase)
                        guard let first = stems.first else { continue }
                        firsts.insert(first)
                        cues.keywords.append((phrase, weight, stems))
                    }
                    for (phrase, weight) in (part.detect?.headings ?? [:]).sorted(by: { $0.key < $1.key }) {
                        cues.headings.append((phrase, weight, Array((" " + PartDetector.words(phrase) + " ").utf8)))
                    }
                    parts[summary.id + "/" + part.id] = cues
                }
            }
            self.parts = parts
            self.firsts = firsts
        }
    }

    /// Lower-case words separated by single spaces, for whole-word matching.
    package static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// `only`: the profile named, when only its parts are candidates.
    /// `facts`: each heading's facts per "profile/part", kept for mapping.
    package func detect(_ document: Document, analysis: TextAnalysis, text: PartText, profile only: String?,
                        facts: inout [String: [HeadingMapper.HeadingFacts]]) -> (profile: String, part: String, reason: String) {
        let all = text.words(of: 0..<text.lines.count)
        let words = analysis.total(.wordProcessor)
        var scored: [(profile: String, part: String, score: Double, why: [String])] = []
        let profiles = only.flatMap { id in candidates.first { $0.id == id } }.map { [$0] } ?? candidates
        // Headings as " word word " bytes, once, for the heading cues.
        let headingBytes = document.headings.map { Array((" " + PartDetector.words($0.text) + " ").utf8) }
        func inHeading(_ needle: [UInt8]) -> Bool {
            headingBytes.contains { hay in
                guard hay.count >= needle.count else { return false }
                return (0...(hay.count - needle.count)).contains { i in
                    hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle)
                }
            }
        }
        // Where the first stem of each keyword cue stands, once, for the keyword cues.
        let index = text.stemIndex(of: all, firsts: self.cues.firsts)
        for summary in profiles {
            for part in summary.parts {
                var score = 0.0
                var cues: [(weight: Double, phrase: String)] = []
                let compiled = self.cues.parts[summary.id + "/" + part.id] ?? Cues.PartCues()
                for cue in compiled.keywords where index.contains(cue.stems) {
                    score += cue.weight
                    cues.append((cue.weight, cue.phrase))
                }
                for cue in compiled.headings where inHeading(cue.needle) {
                    score += cue.weight
                    cues.append((cue.weight, "heading: " + cue.phrase))
                }
                var why = cues.sorted { ($0.weight, $1.phrase) > ($1.weight, $0.phrase) }.map(\.phrase)
                if let labels = part.detect?.labels, let weight = part.detect?.labelWeight {
                    let n = text.labelledLines(labels)
                    if n >= 3 { score += weight; why.insert("\(n) entries labelled “\(labels[0].capitalized) N”", at: 0) }
                }
                if let weight = part.detect?.datedLines {
                    // Lines the byte scan rules out are not read; fewer than five left count as none.
                    let possible = text.lines.filter { DateScanner.mayHoldDate($0.text) }
                    let n = possible.count < 5 ? 0 : possible.filter { !DateScanner.dates(in: $0.text).isEmpty }.count
                    if n >= 5 { score += weight; why.insert("\(n) dated lines", at: 0) }
                }
                if part.headingPerCriterion ?? true, let profile = profile(summary.id), let part = profile.part(part.id) {
                    let mapper = mapper(profile, part)
                    let headingFacts = document.headings.map(mapper.facts)
                    facts[profile.id + "/" + part.id] = headingFacts
                    let named = mapper.namedCriteria(headingFacts)
                    if named > 0 {
                        score += 1.5 * Double(named)
                        why.insert("\(named) \(named == 1 ? "heading names a competency" : "headings name competencies")", at: 0)
                    }
                }
                if let range = part.wordRange {
                    if words >= range.min && words <= range.max {
                        score += 1
                        why.append("\(format(words)) words, in its range")
                    } else if words > range.max * 2 || words * 2 < range.min {
                        score -= 1
                    }
                }
                scored.append((summary.id, part.id, score, why))
            }
        }
        scored.sort { $0.score > $1.score }
        guard let best = scored.first, best.score >= 2 else {
            let fallback = only ?? LintOptions.defaultProfile
            let part = profile(fallback)?.parts.first?.id ?? "essay"
            return (fallback, part, "nothing in the document names a part of a credential, so it was linted as \(fallback)/\(part); name one with --profile and --part")
        }
        let cues = best.why.prefix(5).map { cue -> String in
            if cue.hasPrefix("heading: ") { return "a heading with “\(cue.dropFirst(9))”" }
            return cue.hasSuffix("competencies") || cue.hasSuffix("competency") || cue.contains("words") || cue.contains("entries labelled") || cue.hasSuffix("dated lines") ? cue : "“\(cue)”"
        }
        var reason = "detected \(best.profile)/\(best.part) from " + cues.joined(separator: ", ")
        if scored.count > 1 {
            func one(_ x: Double) -> String { String((x * 10).rounded() / 10) }
            reason += " (score \(one(best.score)); next: \(scored[1].profile)/\(scored[1].part) \(one(scored[1].score)))"
        }
        return (best.profile, best.part, reason)
    }
}
