import Foundation
import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `long-sentence`: sentences longer than the profile's threshold.
public struct LongSentenceRule: Rule {
    public init() {}
    public static let id = "long-sentence"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Long sentence", defaultSeverity: defaultSeverity,
        summary: "A sentence (ICU sentence boundaries) with more words than the profile's threshold (40 for the Community Partnerships essay), counted the word-processor way.",
        rationale: "The essay is evaluated for “the clarity of the ideas you present”; a very long sentence hides its idea.",
        triggering: [
            RuleExample("## Knowledge of the Self\n\n«" + ExampleEssay.sentence(words: 45) + "» Short one.\n", note: "45 words"),
            RuleExample("## Knowledge of the Self\n\n«" + ExampleEssay.sentence(words: 45).replacingOccurrences(of: " ", with: "—") + "» Short one.\n",
                        note: "45 words joined by dashes, with no space between them"),
        ],
        nonTriggering: [
            RuleExample("## Knowledge of the Self\n\n" + ExampleEssay.sentence(words: 40) + " Short one.\n", note: "40 words"),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard let limit = context.part.clarity?.maxSentenceWords else { return [] }
        let sentence = context.part.requirement("clarity")
        var out: [Finding] = []
        let text = context.document.analysisText
        var quote: String?
        // Sentences and tokens are both in order: one walk counts them all.
        let tokens = context.analysis.wordProcessorTokens
        var first = 0
        for s in context.analysis.sentences {
            while first < tokens.count, tokens[first].lowerBound < s.lowerBound { first += 1 }
            var past = first
            while past < tokens.count, tokens[past].lowerBound < s.upperBound { past += 1 }
            let n = past - first
            first = past
            guard n > limit else { continue }
            // Headings are not sentences; the sentence must be prose.
            if context.document.headings.contains(where: { $0.range.overlaps(s) }) { continue }
            var end = s.upperBound
            func blank(_ u: UInt16) -> Bool { u == 0x20 || u == 0x0A || u == 0x0D || u == 0x09 || u == 0x2060 }
            while end > s.lowerBound, blank(text[end - 1]) { end -= 1 }
            var start = s.lowerBound
            while start < end, blank(text[start]) { start += 1 }
            if quote == nil { quote = sentence.map(LongSentenceRule.quote) ?? "" }
            out.append(finding(context, "This sentence has \(n) words (more than \(limit)).\(quote!) Split it where the idea turns, one point per sentence.",
                               range: start..<end))
        }
        return out
    }
}

extension LongSentenceRule {
    /// The part's clarity requirement as the message quotes it, made once per
    /// requirement (every essay of a run shares it).
    package static func quote(_ requirement: String) -> String {
        quoteLock.lock(); defer { quoteLock.unlock() }
        if let q = quotes[requirement] { return q }
        let words = requirement.lowercased().split(whereSeparator: { !$0.isLetter })
        let q = " The essay is evaluated for “\(words.contains("clarity") ? "the clarity of the ideas you present" : requirement)”."
        quotes[requirement] = q
        return q
    }

    private static let quoteLock = NSLock()
    nonisolated(unsafe) private static var quotes: [String: String] = [:]
}
