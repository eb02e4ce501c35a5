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

    package init(candidates: [ProfileSummary], profile: @escaping (String) -> CredentialProfile?,
                 mapper: @escaping (CredentialProfile, Part) -> HeadingMapper) {
        self.candidates = candidates
        self.profile = profile
        self.mapper = mapper
    }

    /// Lower-case words separated by single spaces, for whole-word matching.
    package static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// A heading cue as " word word " bytes, made once per wording.
    static func needle(_ phrase: String) -> [UInt8] {
        needleLock.lock()
        if let known = needles[phrase] { needleLock.unlock(); return known }
        needleLock.unlock()
        let made = Array((" " + words(phrase) + " ").utf8)
        needleLock.lock()
        needles[phrase] = made
        needleLock.unlock()
        return made
    }

    private static let needleLock = NSLock()
    nonisolated(unsafe) private static var needles: [String: [UInt8]] = [:]

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
        func inHeading(_ phrase: String) -> Bool {
            let needle = PartDetector.needle(phrase)
            return headingBytes.contains { hay in
                guard hay.count >= needle.count else { return false }
                return (0...(hay.count - needle.count)).contains { i in
                    hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle)
                }
            }
        }
        // Where the first stem of each keyword cue stands, once, for the keyword cues.
        let firsts = Set(profiles.flatMap { $0.parts }.flatMap { ($0.detect?.keywords ?? [:]).keys }.compactMap { PartText.compile($0).first })
        let index = text.stemIndex(of: all, firsts: firsts)
        for summary in profiles {
            for part in summary.parts {
                var score = 0.0
                var cues: [(weight: Double, phrase: String)] = []
                // Cues in a fixed order (a dictionary's changes from run to
                // run, and so would the last bits of the sums).
                for (phrase, weight) in (part.detect?.keywords ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let compiled = PartText.compile(phrase)
                    guard !compiled.isEmpty, index.contains(compiled) else { continue }
                    score += weight
                    cues.append((weight, phrase))
                }
                for (phrase, weight) in (part.detect?.headings ?? [:]).sorted(by: { $0.key < $1.key }) {
                    guard inHeading(phrase) else { continue }
                    score += weight
                    cues.append((weight, "heading: " + phrase))
                }
                var why = cues.sorted { ($0.weight, $1.phrase) > ($1.weight, $0.phrase) }.map(\.phrase)
                if let labels = part.detect?.labels, let weight = part.detect?.labelWeight {
                    let n = text.labelledLines(labels)
                    if n >= 3 { score += weight; why.insert("\(n) entries labelled “\(labels[0].capitalized) N”", at: 0) }
                }
                if let weight = part.detect?.datedLines {
                    let n = text.lines.filter { !DateScanner.dates(in: $0.text).isEmpty }.count
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
