import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

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
