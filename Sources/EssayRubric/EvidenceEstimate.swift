import EssayCore

/// What a reviewer may see in a competency section, from the rubric
/// elements its sentences show: the level the shown elements reach (every
/// element of the Good descriptor shown: at least 2; every element: the top
/// level), and that in words. An estimate from wording, never a score; it
/// follows the evidence and is not lowered by other findings (the
/// criterion's `ceiling` says what those leave reachable).
public struct EvidenceEstimate: Sendable, Hashable {
    public var level: Int
    public var basis: String

    /// `heading`: whether the section has its heading (no section: level 0).
    public init(criterion: Criterion, elements: [ElementEvidence], heading: Bool, ceiling: Int) {
        func name(_ level: Int) -> String { criterion.level(level)?.name ?? "level \(level)" }
        let top = criterion.levels.map(\.level).max() ?? 3
        guard heading else {
            level = 0
            basis = "no section for this competency, so a reviewer sees none of its elements (an estimate from wording, not a score)"
            return
        }
        let good = elements.filter { $0.level <= 2 }
        let higher = elements.filter { $0.level > 2 }
        let goodShown = good.filter { $0.range != nil }.count
        let higherShown = higher.filter { $0.range != nil }.count
        if goodShown == good.count && higherShown == higher.count {
            level = top
        } else if goodShown == good.count {
            level = 2
        } else {
            level = 1
        }
        var parts: [String] = []
        if !good.isEmpty {
            parts.append(goodShown == good.count
                ? "every element the \(name(2)) descriptor asks for (\(good.count))"
                : "\(goodShown) of the \(good.count) elements the \(name(2)) descriptor asks for")
        }
        if !higher.isEmpty {
            parts.append(higherShown == higher.count
                ? "every element \(name(3)) adds (\(higher.count))"
                : "\(higherShown) of the \(higher.count) elements \(name(3)) adds")
        }
        var text = "a reviewer may see " + parts.joined(separator: " and ") + " in this section"
        if ceiling < level { text += "; other findings leave at most level \(ceiling) reachable while they stand" }
        basis = text + " (an estimate from wording, not a score)"
    }
}
