/// The kinds of check a part's data declares (`questions`, `items`,
/// `elements`, `evidence`, `span`), and the rubric key of each check: the
/// one vocabulary the structure's facts, the rules that report them and the
/// rubric share, so that no layer names another's rules.
///
/// The order of the cases is the order the rubric's table is built in.
public enum PartCheckKind: String, Sendable, CaseIterable {
    /// A question the applicant must answer (`questions[]`).
    case question
    /// An item a question's answer must name (`questions[].items[]`).
    case questionItem
    /// The number of counted items (`items.count`).
    case itemCount
    /// A field every counted item must have (`items.fields[]`).
    case field
    /// An element the items together must show (`items.areas[]`).
    case area
    /// An element one of the items must show (`items.someItem`).
    case someItem
    /// An element of the whole part (`elements[]`).
    case element
    /// Evidence a passing response shows (`evidence[]`).
    case evidence
    /// The span of weeks the part covers (`span`).
    case span
    /// A figure the rubric sets a threshold for, as the document states it (`figures[]`).
    case figure
}

/// A key of a part's rubric threats, with what the check is about (for
/// `essaylint explain`) and the threats the part's data gives it.
public struct PartRubricKey: Sendable {
    /// "part1/q2", "asset-map/contact".
    public var key: String
    /// "question 2", "contact information", "the number of assets".
    public var label: String
    public var threats: [RubricThreatSpec]
}

extension Part {
    /// The rubric key of one of the part's checks: "part1/q2", "asset-map/count".
    public func rubricKey(_ check: String) -> String { id + "/" + check }

    /// The rubric keys of one kind of check, in the data's order.
    public func rubricKeys(_ kind: PartCheckKind) -> [PartRubricKey] {
        let fallback = rubric ?? []
        func element(_ e: ElementSpec) -> PartRubricKey {
            PartRubricKey(key: rubricKey(e.id), label: e.label, threats: e.rubric ?? fallback)
        }
        switch kind {
        case .question:
            return (questions ?? []).map { PartRubricKey(key: rubricKey($0.id), label: "question \($0.number)", threats: fallback) }
        case .questionItem:
            return (questions ?? []).flatMap { q in
                (q.items ?? []).map { PartRubricKey(key: rubricKey(q.id + "." + $0.id), label: $0.label, threats: $0.rubric ?? fallback) }
            }
        case .itemCount:
            return items.map { [PartRubricKey(key: rubricKey("count"), label: "the number of " + $0.plural, threats: $0.rubric ?? fallback)] } ?? []
        case .field: return (items?.fields ?? []).map(element)
        case .area: return (items?.areas ?? []).map(element)
        case .someItem: return (items?.someItem).map { [element($0)] } ?? []
        case .element: return (elements ?? []).map(element)
        case .evidence: return (evidence ?? []).map(element)
        case .span:
            return span.map { [PartRubricKey(key: rubricKey("span"), label: $0.label, threats: $0.rubric ?? fallback)] } ?? []
        case .figure:
            return (figures ?? []).map { PartRubricKey(key: rubricKey($0.id), label: $0.label, threats: $0.rubric ?? fallback) }
        }
    }
}
