import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// What the citation and artifact-reference rules share: the citations and
/// artifact references of a document, found once, and what the credential's
/// references say of each citation.

extension LintContext {
    /// Citations in the prose, with what the credential's references say of each.
    package var citations: [(citation: Citation, verdict: CitationVerdict)] { references.citations }
}

/// Citations and artifact references of one document, found once.
public struct ReferenceScan: Sendable {
    package var citations: [(citation: Citation, verdict: CitationVerdict)] = []
    package var artifacts: [Range<Int>] = []

    package init() {}

    /// Citations when the part asks for them, artifact references when it
    /// asks for those; `artifactCues`: the words of an artifact reference.
    /// `memo`, `artifactMemo`: an open document's citations and artifact
    /// references from its last lint (see `CitationScanner.Memo`).
    package init(document: Document, words: [Word], profile: CredentialProfile, part: Part, texts: ProfileTexts,
                 artifactCues: ArtifactReferenceCues, memo: CitationScanner.Memo? = nil, artifactMemo: ArtifactScanner.Memo? = nil) {
        let text = document.analysisText
        if part.requirement("citations") != nil {
            let known = texts.knownAuthors
            citations = CitationScanner.scan(text, years: CitationScanner.years(text, words: words), knownAuthors: known,
                                             memo: memo, profile: texts).map { c in
                (c, CitationVerdict.judge(c, references: profile.references ?? [], known: known))
            }
        }
        if part.requirement("artifacts") != nil {
            // The cues come with the linter's resources, as the profile's texts do.
            artifacts = ArtifactScanner.scan(text, words: words, cues: artifactCues, memo: artifactMemo, owner: texts)
        }
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
