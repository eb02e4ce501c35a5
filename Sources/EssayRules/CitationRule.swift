import Foundation
import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

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
