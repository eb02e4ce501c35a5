/// Maps findings to the credential's rubric: which criterion each puts at
/// risk, the ceiling it threatens, and the rubric's own words for why; then
/// summarises each criterion. Pure: it reads findings and the profile only.
public struct RubricAssessor: Sendable {
    public let profile: CredentialProfile
    public let part: Part

    public init(profile: CredentialProfile, part: Part) {
        self.profile = profile
        self.part = part
    }

    /// The threats of one finding, from the profile's `rubric` map.
    public func threats(for finding: Finding) -> [RubricThreat] {
        let specs = profile.rubric?[finding.rubricKey ?? finding.rule] ?? []
        return specs.compactMap { spec in
            let id = spec.criterion == "$section" ? finding.criterion : spec.criterion
            guard let id, let criterion = profile.criterion(id) else { return nil }
            let descriptor: String
            if let key = spec.requirement, let sentence = part.requirement(key) {
                descriptor = spec.quote ?? sentence
            } else if let level = spec.level, let l = criterion.level(level) {
                descriptor = spec.quote ?? l.descriptor
            } else {
                descriptor = spec.quote ?? ""
            }
            return RubricThreat(criterion: id, ceiling: spec.ceiling, descriptor: descriptor)
        }
    }

    public func assess(_ findings: [Finding]) -> [Finding] {
        findings.map { f in
            var copy = f
            copy.rubric = threats(for: f)
            return copy
        }
    }

    public func summarize(_ findings: [Finding], words: (String) -> Int) -> [CriterionSummary] {
        profile.criteria.map { c in
            let related = findings.filter { $0.rubric.contains { $0.criterion == c.id } }
            let ceiling = related.flatMap { $0.rubric }.filter { $0.criterion == c.id }.map(\.ceiling).min() ?? 3
            let top = c.levels.map(\.level).max() ?? 3
            let risk: Risk
            if related.isEmpty { risk = .none }
            else if ceiling <= 0 { risk = .high }
            else if ceiling == 1 { risk = .medium }
            else { risk = .low }
            return CriterionSummary(criterion: c.id, title: c.shortTitle, risk: risk, ceiling: min(ceiling, top),
                                    findings: related.count, words: words(c.id))
        }
    }
}
