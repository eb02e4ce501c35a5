import Foundation
import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// Rules about what the essay shows beyond its structure: the literature it
/// cites, the artifacts it points to, and the clarity of its sentences.

extension LintContext {
    /// Citations in the prose, with what the credential's references say of each.
    package var citations: [(citation: Citation, verdict: CitationVerdict)] { references.citations }
}

/// Citations and artifact references of one document, found once.
public struct ReferenceScan: Sendable {
    package var citations: [(citation: Citation, verdict: CitationVerdict)] = []
    package var artifacts: [Range<Int>] = []

    package init() {}

    /// `sieve`: where the years and the artifact words are (it looked for them
    /// when the part asks for citations or artifacts).
    package init(document: Document, profile: CredentialProfile, part: Part, texts: ProfileTexts, sieve: WordSieve) {
        let text = document.analysisText
        if part.requirement("citations") != nil {
            let known = texts.knownAuthors
            citations = CitationScanner.scan(text, years: sieve.years, knownAuthors: known).map { c in
                (c, CitationVerdict.judge(c, references: profile.references ?? [], known: known))
            }
        }
        if part.requirement("artifacts") != nil { artifacts = ArtifactScanner.scan(text, hits: sieve.needleHits) }
    }
}

/// What a citation is, against the credential's references.
package enum CitationVerdict: Sendable {
    case ok(Reference)
    /// A known author misspelled ("Brindle" for Bringle).
    case misspelled(Reference, written: String, correct: String)
    /// A known author, another year.
    case wrongYear(Reference)
    /// A work the credential does not list.
    case other

    package static func judge(_ c: Citation, references: [Reference], known: Set<String>) -> CitationVerdict {
        let first = c.authors[0].lowercased()
        if let reference = references.first(where: { $0.authors.first?.lowercased() == first }) {
            return reference.year == c.year ? .ok(reference) : .wrongYear(reference)
        }
        if let close = CitationScanner.closest(c.authors[0], known),
           let reference = references.first(where: { $0.authors.first?.lowercased() == close }) {
            return .misspelled(reference, written: c.authors[0], correct: reference.authors[0])
        }
        return .other
    }

    package var name: String {
        switch self {
        case .ok: return "ok"
        case .misspelled: return "misspelled"
        case .wrongYear: return "wrong-year"
        case .other: return "other"
        }
    }
}

extension Reference {
    /// "Bringle, Clayton, & Price (2009)", "Hamerlinck & Plaut (2014)", "Eddy (2010)".
    package var short: String {
        let names = authors.count <= 2 ? authors.joined(separator: " & ") : authors.dropLast().joined(separator: ", ") + ", & " + authors.last!
        return "\(names) (\(year))"
    }
}

/// `citation`: misspelled or misdated citations of the credential's
/// references, and an essay that cites nothing.
public struct CitationRule: Rule {
    public init() {}
    public static let id = "citation"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Citations", defaultSeverity: defaultSeverity,
        summary: "Author-year citations (“(Bringle, Clayton, & Price, 2009)”, “Bringle et al. (2009)”, “Eddy 2010”, “(Hamerlinck and Plaut 2014)”) checked against the references the credential names: a near miss of a known author's name (the credential page itself writes “Brindle” for Bringle) or a year that does not match is a warning with the right form; an essay that cites nothing gets a suggestion.",
        rationale: "The credential encourages citing the literature that informs the essay; a misspelled or misdated citation of its own references undermines it.",
        triggering: [
            RuleExample(ExampleEssay.markdown(words: 90, insert: [2: "As «Brindle et al. (2009)» argue, closeness matters."])),
            RuleExample(ExampleEssay.markdown(words: 90, insert: [5: "Partnerships take time «(Eddy, 2012)»."])),
            RuleExample(ExampleEssay.markdown(words: 90), documentFindings: 1, note: "nothing cited"),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown(words: 90, insert: [2: "As Bringle et al. (2009) argue, closeness matters (Hamerlinck and Plaut 2014); see Eddy 2010 and (Freire, 1970). In 2019 we met in Room 2010."])),
        ])

    package static func noCitationsMessage(_ sentence: String, _ known: String) -> String {
        "The essay cites no literature; the credential says: “\(sentence)” Cite what informs your work\(known.isEmpty ? "" : ", for example " + known)."
    }

    public func check(_ context: LintContext) -> [Finding] {
        guard let sentence = context.part.requirement("citations") else { return [] }
        let citations = context.citations
        var out: [Finding] = []
        for (c, verdict) in citations {
            switch verdict {
            case .misspelled(let reference, let written, let correct):
                let fixed = context.document.source.string(c.range).replacingOccurrences(of: written, with: correct)
                out.append(finding(context, "“\(written)” looks like a misspelling of \(correct), whom the credential cites: \(reference.citation) Write “\(correct)”.",
                                   range: c.range, suggestions: [fixed]))
            case .wrongYear(let reference):
                var f = finding(context, "The credential's reference by \(reference.authors[0]) is from \(reference.year), not \(c.year): \(reference.citation) Check the year, or add the \(c.year) work to your references.",
                                range: c.range, suggestions: [String(reference.year)])
                // The suggestion is the year: it replaces the year written.
                f.suggestionRange = context.document.source.lastToken(String(c.year), in: c.range)
                out.append(f)
            case .ok, .other:
                continue
            }
        }
        if citations.isEmpty {
            // Made once per part (`ProfileTexts`) when the part is the profile's own.
            let made = context.texts.noCitations[context.part.id]
            let message = made?.sentence == sentence ? made!.message : Self.noCitationsMessage(sentence, context.texts.shortReferences)
            var f = finding(context, message, range: 0..<0, match: false)
            f.severity = .suggestion
            out.append(f)
        }
        return out
    }
}

/// `artifact-reference`: an essay that points to none of its uploaded artifacts.
public struct ArtifactReferenceRule: Rule {
    public init() {}
    public static let id = "artifact-reference"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Artifact references", defaultSeverity: defaultSeverity,
        summary: "References to the annotated artifacts uploaded with the essay (“see Artifact 2”, “artifact #3”, “(Appendix A)”, “Exhibit C”, “the attached workshop outline”, “the presentation I uploaded”) are reported with the file; an essay with none gets a suggestion.",
        rationale: "The credential encourages the essay to refer to its annotated artifacts; a reviewer reads them side by side.",
        triggering: [
            RuleExample(ExampleEssay.markdown(words: 90), documentFindings: 1, note: "no artifact referred to"),
        ],
        nonTriggering: [
            RuleExample(ExampleEssay.markdown(words: 90, insert: [3: "The workshop outline is Artifact 2 (see Appendix A)."])),
            RuleExample(ExampleEssay.markdown(words: 90, insert: [3: "I revised the attached syllabus with partners."])),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard let sentence = context.part.requirement("artifacts") else { return [] }
        guard context.references.artifacts.isEmpty else { return [] }
        let made = context.texts.noArtifacts[context.part.id]
        return [finding(context, made?.sentence == sentence ? made!.message : Self.noArtifactsMessage(sentence), range: 0..<0, match: false)]
    }

    package static func noArtifactsMessage(_ sentence: String) -> String {
        "The essay refers to none of the artifacts you upload; the credential says: “\(sentence)” Point the reviewer to them where they show your work (“see Artifact 2, the workshop outline”)."
    }
}

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


/// `readability`: a competency section that reads as very difficult.
public struct ReadabilityRule: Rule {
    public init() {}
    public static let id = "readability"
    public static let defaultSeverity = Severity.suggestion
    public static let description = RuleDescription(
        id: id, name: "Readability", defaultSeverity: defaultSeverity,
        summary: "A competency section (100 words or more) whose Flesch reading ease falls below the profile's threshold (30, “very difficult”), with its Flesch–Kincaid grade. Computed on ICU sentences and words; syllables are vowel groups less a silent final e and silent -es/-ed endings.",
        rationale: "The essay is evaluated for the clarity of its ideas; dense prose makes a reviewer work to find the evidence.",
        triggering: [
            RuleExample("## «Knowledge of the Self»\n\n" + String(repeating: "Institutional positionality necessitates continuous interrogation of organizational hierarchies, epistemological assumptions, and intersectional identities influencing collaborative relationships. ", count: 9) + "\n"),
        ],
        nonTriggering: [
            RuleExample("## Knowledge of the Self\n\n" + String(repeating: "I grew up on this side of town. My mother ran the corner store. I know the streets and the people. ", count: 6) + "\n"),
        ])

    public func check(_ context: LintContext) -> [Finding] {
        guard let minimum = context.part.clarity?.minReadingEase else { return [] }
        var out: [Finding] = []
        for section in context.structure.sections where section.criterion != nil && section.words >= 100 {
            guard let r = context.readability[section.headingIndex], r.sentences > 0, r.ease < minimum else { continue }
            let h = context.heading(section.headingIndex)
            let ease = Int(r.ease.rounded())
            let grade = (r.grade * 10).rounded() / 10
            out.append(finding(context, "This section reads as very difficult: Flesch reading ease \(ease) (below \(Int(minimum))), grade level \(grade), \(r.words) words in \(r.sentences) sentences. Shorter sentences and plainer words make the evidence easier to find.",
                               range: h.range, criterion: section.criterion))
        }
        return out
    }
}
