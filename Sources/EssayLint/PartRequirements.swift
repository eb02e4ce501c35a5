import EssayCore
import EssayStructure

extension PartAnalysis.Check {
    /// The requirement's status as the report states it ("3 assets; 5 to 8
    /// required"), written from the check's facts.
    var detail: String {
        switch fact {
        case .question(let q):
            return met ? "question \(q.number) (\(q.label)) answered" : "question \(q.number) (\(q.label)) not answered"
        case .questionItem(_, let item):
            return met ? "\(item.label) given" : "\(item.label) missing"
        case .itemCount(let spec, let n, _):
            return "\(n) \(n == 1 ? spec.name : spec.plural); \(spec.count.min) to \(spec.count.max) required"
        case .field(let spec, let field, let items, let missingIn):
            if items == 0 { return "no \(spec.plural) found" }
            return met ? "every \(spec.name) has \(field.label)" : "\(field.label) missing for: " + missingIn.map(\.name).joined(separator: "; ")
        case .area(_, let area, _):
            return met ? "\(area.label): shown" : "\(area.label): missing"
        case .someItem(_, let some, let assetNames, _):
            if assetNames.isEmpty { return met ? "\(some.label): yes" : "\(some.label): none" }
            return met ? "a stakeholder is named on the asset map"
                : "no stakeholder is named on the asset map (" + assetNames.joined(separator: "; ") + ")"
        case .element(let element):
            return met ? "\(element.label): included" : "\(element.label): missing"
        case .evidence(let element):
            return met ? "\(element.label): shown" : "\(element.label): not found"
        case .span(let spec, let measure, _):
            switch measure {
            case .weeks(let weeks):
                return "\(spec.label) covers \(weeks.count) weeks (week \(weeks.first) to week \(weeks.last)); \(spec.minWeeks) to \(spec.maxWeeks) required"
            case .dates(let dates):
                return "\(spec.label) spans \(dates.days) days, about \(format(tenths: dates.weeks)) weeks (\(dates.first) to \(dates.last)); \(spec.minWeeks) to \(spec.maxWeeks) weeks required"
            case .undated:
                return "no dates or week numbers found in \(spec.label)"
            }
        case .figure(let spec, let value, _):
            let n = value.map { spec.percent == true ? "\(format(tenths: $0))%" : format(Int($0)) } ?? "not stated"
            let least = spec.percent == true ? "\(format(tenths: spec.min))%" : format(Int(spec.min))
            return "\(spec.label): \(n); at least \(least) for the rubric's top level"
        }
    }
}
