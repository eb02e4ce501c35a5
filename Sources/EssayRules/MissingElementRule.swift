import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `missing-element`: a required item, area, field, element or stage that is missing.
public struct MissingElementRule: Rule {
    public init() {}
    public static let id = "missing-element"
    public static let defaultSeverity = Severity.error
    public static let description = RuleDescription(
        id: id, name: "Missing required element", defaultSeverity: defaultSeverity,
        summary: "Something the part requires by name is missing: a demographic item in Part 1, a survey area, an asset's description, contact information or benefit, a stakeholder's role, gender or ethnicity, a plan element, a photo's date or description, or a stage of the project. A field missing from one item is reported at that item's name.",
        rationale: "The rubric's top level lists these elements; each one missing lowers the artifact to Basic at best.",
        triggering: [
            RuleExample("# Community Asset Map\n\n" + PartExamples.asset("«Riverside Library»", contact: false)
                            + ["Oak Street Food Pantry", "Hillside Museum", "Lincoln Park Pool", "Northside Clinic"].map { PartExamples.asset($0) }.joined(),
                        note: "one asset without contact information", profile: "family-well-being", part: "asset-map"),
            RuleExample(PartExamples.part1Q1 + "## My classroom\n\nMy class has 26 students; four have special needs (IEPs) and six are English learners.\n\n" + PartExamples.part1Q3,
                        documentFindings: 2, note: "no free and reduced lunch rate, no ethnicity", profile: "family-well-being", part: "part1"),
        ],
        nonTriggering: [
            RuleExample("# Community Asset Map\n\n" + ["Riverside Library", "Oak Street Food Pantry", "Hillside Museum", "Lincoln Park Pool", "Northside Clinic"].map { PartExamples.asset($0) }.joined(),
                        profile: "family-well-being", part: "asset-map"),
        ],
        partChecks: partChecks)

    /// The part's checks this rule reports.
    public static let partChecks: [PartCheckKind] = [.questionItem, .field, .area, .someItem, .element]

    public func check(_ context: LintContext) -> [Finding] {
        let part = context.part.title
        return partFindings(context, Self.partChecks) { check in
            switch check.fact {
            case .questionItem(let q, let item):
                return [.document("The answer to question \(q.number) does not give \(item.label); \(part) asks for it: “\(q.text)”.\(item.adviceSentence)")]
            case .field(let spec, let field, _, let missingIn):
                // Each item without the field, at its name.
                return missingIn.map { item in
                    PartIssue(message: "The \(spec.name) “\(item.name)” is missing \(field.label); the credential asks for it for each \(spec.name).\(field.adviceSentence)",
                              range: item.range, isText: true)
                }
            case .area(let spec, let area, let anchor):
                return [.at(anchor, "No \(spec.name) shows \(area.label), which the credential lists for this artifact.\(area.adviceSentence)")]
            case .someItem(let spec, let some, let assetNames, let anchor):
                let listed = assetNames.isEmpty ? "" : " (the asset map linted with this plan lists " + assetNames.joined(separator: "; ") + ")"
                return [.at(anchor, "None of the \(spec.plural) is \(some.label)\(listed).\(some.adviceSentence)")]
            case .element(let element):
                return [.document("\(part) does not include \(element.label), which the credential asks for.\(element.adviceSentence)")]
            default:
                return []
            }
        }
    }
}
