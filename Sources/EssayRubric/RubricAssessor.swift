import EssayCore

/// Maps findings to the credential's rubric: which criterion each puts at
/// risk, the ceiling it threatens, and the rubric's own words for why; then
/// summarises each criterion. Pure: it reads findings and the profile only.
public final class RubricAssessor: Sendable {
    public let profile: CredentialProfile
    public let part: Part

    /// A threat spec resolved against the profile: the descriptor per criterion.
    package struct Resolved: Sendable {
        /// nil: the finding's own competency.
        package var criterion: String?
        package var ceiling: Int
        package var descriptors: [String: String]
    }

    /// Rule (or rubric key) -> resolved threats, computed once.
    private let table: [String: [Resolved]]
    /// The threats themselves per key: for findings without a criterion, and
    /// per criterion for those with one (no array built per finding).
    private let threatsByKey: [String: [RubricThreat]]
    /// Per key, by the criterion's position in the profile.
    private let threatsByKeyAndCriterion: [String: [[RubricThreat]]]
    /// The criteria's ids, in profile order: nine short strings are found by
    /// comparing faster than by hashing.
    private let ids: [String]
    /// Whether this part scores each criterion, by position.
    private let scored: [Bool]
    /// Each criterion's short title, by position (no criterion copied per summary).
    private let titles: [String]
    /// Each criterion's top level (3 when it lists none).
    private let topLevels: [Int]

    public init(profile: CredentialProfile, part: Part) {
        self.profile = profile
        self.part = part
        var table: [String: [Resolved]] = [:]
        // A spec resolved against the profile: the quoted words per criterion.
        func resolve(_ specs: [RubricThreatSpec]) -> [Resolved] {
            specs.map { spec in
                var descriptors: [String: String] = [:]
                for criterion in profile.criteria where spec.criterion == "$section" || criterion.id == spec.criterion {
                    if let key = spec.requirement, let sentence = part.requirement(key) {
                        descriptors[criterion.id] = spec.quote ?? sentence
                    } else if let level = spec.level, let l = criterion.level(level) {
                        descriptors[criterion.id] = spec.quote ?? l.descriptor
                    } else {
                        descriptors[criterion.id] = spec.quote ?? ""
                    }
                }
                return Resolved(criterion: spec.criterion == "$section" ? nil : spec.criterion, ceiling: spec.ceiling, descriptors: descriptors)
            }
        }
        for (key, specs) in profile.rubric ?? [:] { table[key] = resolve(specs) }
        // Threats carried by the part's own checks, keyed "part/check".
        for kind in PartCheckKind.allCases {
            for k in part.rubricKeys(kind) { table[k.key] = resolve(k.threats) }
        }
        self.table = table
        func threats(_ resolved: [Resolved], _ criterion: String?) -> [RubricThreat] {
            resolved.compactMap { r in
                guard let id = r.criterion ?? criterion, let descriptor = r.descriptors[id] else { return nil }
                return RubricThreat(criterion: id, ceiling: r.ceiling, descriptor: descriptor)
            }
        }
        var byKey: [String: [RubricThreat]] = [:]
        var byKeyAndCriterion: [String: [[RubricThreat]]] = [:]
        for (key, resolved) in table {
            byKey[key] = threats(resolved, nil)
            byKeyAndCriterion[key] = profile.criteria.map { threats(resolved, $0.id) }
        }
        threatsByKey = byKey
        threatsByKeyAndCriterion = byKeyAndCriterion
        ids = profile.criteria.map(\.id)
        titles = profile.criteria.map(\.shortTitle)
        let scoredIDs = part.criteria ?? profile.criteria.map(\.id)
        scored = profile.criteria.map { scoredIDs.contains($0.id) }
        topLevels = profile.criteria.map { c in c.levels.isEmpty ? 3 : c.levels.map(\.level).max() ?? 3 }
    }

    /// What findings with these rubric keys threaten in this part, for
    /// `essaylint explain`: (what, criterion, ceiling, descriptor), `what`
    /// being the key's label. The caller names the keys (a rule's id and its
    /// other keys, the part's keys of the checks it reports: `Part.rubricKeys`).
    /// `$section` threats name no criterion.
    public func mapping(of keys: [(key: String, what: String)]) -> [(what: String, criterion: String?, ceiling: Int, descriptor: String)] {
        var out: [(String, String?, Int, String)] = []
        for (k, what) in keys {
            for r in table[k] ?? [] {
                let id = r.criterion
                // A `$section` threat quotes the descriptor of the finding's own competency.
                out.append((what, id, r.ceiling, id.flatMap { r.descriptors[$0] } ?? ""))
            }
        }
        return out
    }

    /// The threats of one finding, from the profile's `rubric` map.
    public func threats(for finding: Finding) -> [RubricThreat] {
        let key = finding.rubricKey ?? finding.rule
        if let criterion = finding.criterion {
            if let k = position(criterion), let made = threatsByKeyAndCriterion[key]?[k] { return made }
        } else if let made = threatsByKey[key] {
            return made
        }
        guard let resolved = table[key] else { return [] }
        return resolved.compactMap { r in
            guard let id = r.criterion ?? finding.criterion, let descriptor = r.descriptors[id] else { return nil }
            return RubricThreat(criterion: id, ceiling: r.ceiling, descriptor: descriptor)
        }
    }

    public func assess(_ findings: [Finding]) -> [Finding] {
        var out = findings
        assess(&out)
        return out
    }

    /// In place: no copy of every finding.
    /// Sorted findings of one rule often follow each other (the missing
    /// headings, all at one anchor): a key's tables are looked up once per run.
    public func assess(_ findings: inout [Finding]) {
        var lastKey: String?
        var plain: [RubricThreat]?
        var perCriterion: [[RubricThreat]]?
        for i in findings.indices {
            let key = findings[i].rubricKey ?? findings[i].rule
            if key != lastKey {
                lastKey = key
                plain = threatsByKey[key]
                perCriterion = threatsByKeyAndCriterion[key]
            }
            if let criterion = findings[i].criterion {
                if let k = position(criterion), let made = perCriterion?[k] { findings[i].rubric = made; continue }
            } else if let made = plain {
                findings[i].rubric = made
                continue
            }
            findings[i].rubric = threats(for: findings[i])
        }
    }

    @inline(__always)
    private func position(_ criterion: String) -> Int? {
        for k in ids.indices where ids[k] == criterion { return k }
        return nil
    }

    public func summarize(_ findings: [Finding], words: (String) -> Int) -> [CriterionSummary] {
        let n = ids.count
        var count = [Int](repeating: 0, count: n)
        var ceiling = [Int](repeating: Int.max, count: n)
        for finding in findings {
            var counted = 0  // bit per criterion, so a finding counts once per criterion
            for threat in finding.rubric {
                guard let k = position(threat.criterion) else { continue }
                if counted & (1 << k) == 0 { count[k] += 1; counted |= 1 << k }
                ceiling[k] = min(ceiling[k], threat.ceiling)
            }
        }
        // By position, from arrays made once: a Criterion is a large value,
        // and copying each one cost more than the summary itself.
        var out: [CriterionSummary] = []
        out.reserveCapacity(n)
        for k in 0..<n where scored[k] {
            let found = count[k]
            let ceil = min(ceiling[k], topLevels[k])
            let risk: Risk
            if found == 0 { risk = .none } else if ceil <= 0 { risk = .high } else if ceil == 1 { risk = .medium } else { risk = .low }
            out.append(CriterionSummary(criterion: ids[k], title: titles[k], risk: risk, ceiling: ceil, findings: found,
                                        words: words(ids[k])))
        }
        return out
    }
}
