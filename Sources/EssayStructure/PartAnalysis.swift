import Foundation
import EssayCore
import EssayText

/// What a part asks for, checked against one document: each question,
/// item count, field, area, element, span and piece of evidence, met or not,
/// with the findings that tell the applicant what to add. Computed once per
/// document; the part rules report its findings and the linter its
/// requirements.
public struct PartAnalysis: Sendable {
    public struct Check: Sendable {
        /// The requirement id in the report ("question-2", "assets", "field-contact").
        public var id: String
        /// The rule whose findings these are.
        public var rule: String
        public var met: Bool
        public var detail: String
        /// Key into the part's rubric threats ("part1/q2").
        public var rubricKey: String
        /// Counted requirements appear in `requirements`; evidence does not.
        public var isRequirement: Bool
        public var findings: [Issue]
    }

    public struct Issue: Sendable {
        public var message: String
        public var range: Range<Int>
        /// Whether the range is a match in the text (else a document finding).
        public var hasMatch: Bool
    }

    public var checks: [Check] = []
    /// The names of the counted items found (assets, stakeholders, …), and where each stands.
    public var itemNames: [String] = []
    public var itemRanges: [Range<Int>] = []

    package init(text: PartText, analysis: TextAnalysis, profile: CredentialProfile, part: Part, related: [String: [String]]) {
        let document = text.document
        let all = 0..<text.lines.count
        let partName = part.title
        let key = { (id: String) in part.id + "/" + id }

        // Questions, and the items an answer must name. A response that
        // numbers its answers says which it answers.
        let numbered = part.questions.flatMap { text.numberedAnswers(upTo: $0.map(\.number).max() ?? 0) }
        for q in part.questions ?? [] {
            // The question's key words must meet in one sentence (or paragraph, or anywhere).
            var answered: Bool
            switch q.within ?? "sentence" {
            case "document": answered = text.shows(q.evidence, in: text.words(of: all)).shown
            case "paragraph": answered = document.blocks.contains { text.shows(q.evidence, in: analysis.wordIndices(in: $0.range)).shown }
            default: answered = analysis.sentences.contains { text.shows(q.evidence, in: analysis.wordIndices(in: $0)).shown }
            }
            if let numbered { answered = numbered.contains(q.number) }
            var issues: [Issue] = []
            if !answered {
                issues.append(Issue(message: "\(partName) asks question \(q.number), “\(q.text)”, and the response does not answer it yet (\(q.label)). Answer it in its own paragraph, and name the question's key words so a reviewer finds the answer.",
                                    range: 0..<0, hasMatch: false))
            }
            checks.append(Check(id: "question-\(q.number)", rule: "missing-question", met: answered,
                                detail: answered ? "question \(q.number) (\(q.label)) answered" : "question \(q.number) (\(q.label)) not answered",
                                rubricKey: key(q.id), isRequirement: true, findings: issues))
            for item in q.items ?? [] {
                let shown = text.shows(item, in: all)
                let advice = item.advice.map { " \($0)" } ?? ""
                checks.append(Check(id: "\(q.id)-\(item.id)", rule: "missing-element", met: shown,
                                    detail: shown ? "\(item.label) given" : "\(item.label) missing",
                                    rubricKey: key(q.id + "." + item.id), isRequirement: true,
                                    findings: shown ? [] : [Issue(message: "The answer to question \(q.number) does not give \(item.label); \(partName) asks for it: “\(q.text)”.\(advice)", range: 0..<0, hasMatch: false)]))
            }
        }

        // Counted items, their fields, the areas they cover.
        if let spec = part.items {
            let strong = (part.detect?.keywords ?? [:]).filter { $0.value >= 2 }.map(\.key)
            let (items, region, heading) = text.items(spec, titles: strong)
            itemNames = items.map(\.name)
            itemRanges = items.map(\.nameRange)
            let anchor = heading.map { text.lines[$0].range } ?? 0..<0
            let n = items.count
            let inRange = n >= spec.count.min && n <= spec.count.max
            let howFar = n < spec.count.min ? "Add \(spec.count.min - n) more" : "Keep the \(spec.count.max) that matter most"
            checks.append(Check(id: spec.plural.replacingOccurrences(of: " ", with: "-"), rule: "item-count", met: inRange,
                                detail: "\(n) \(n == 1 ? spec.name : spec.plural); \(spec.count.min) to \(spec.count.max) required",
                                rubricKey: key("count"), isRequirement: true,
                                findings: inRange ? [] : [Issue(message: "\(partName) has \(n) \(n == 1 ? spec.name : spec.plural); the credential asks for \(spec.count.min) to \(spec.count.max). \(howFar)\(n < spec.count.min ? " \(spec.plural)" : ""), each on its own line or under its own heading so it is counted.",
                                                                range: anchor, hasMatch: heading != nil)]))
            let fieldLabels = (spec.fields ?? []).flatMap { $0.labels ?? [] }
            for field in spec.fields ?? [] {
                var missingIn: [PartItem] = []
                for item in items {
                    let others = fieldLabels.filter { !(field.labels ?? []).contains($0) }
                    if !text.shows(field, in: item.lines, otherLabels: others, nameLine: item.lines.lowerBound, header: item.header) { missingIn.append(item) }
                }
                let met = missingIn.isEmpty && !items.isEmpty
                let advice = field.advice.map { " \($0)" } ?? ""
                checks.append(Check(id: "\(spec.name.replacingOccurrences(of: " ", with: "-"))-\(field.id)", rule: "missing-element", met: met,
                                    detail: items.isEmpty ? "no \(spec.plural) found" : met ? "every \(spec.name) has \(field.label)" : "\(field.label) missing for: " + missingIn.map(\.name).joined(separator: "; "),
                                    rubricKey: key(field.id), isRequirement: true,
                                    findings: missingIn.map { item in
                                        Issue(message: "The \(spec.name) “\(item.name)” is missing \(field.label); the credential asks for it for each \(spec.name).\(advice)",
                                              range: item.nameRange, hasMatch: true)
                                    }))
            }
            let regionLines = region.isEmpty ? all : region
            for area in spec.areas ?? [] {
                // An area shows in an item, or in a heading over items.
                let shown = text.shows(area, in: regionLines) || text.shows(area, in: all)
                let advice = area.advice.map { " \($0)" } ?? ""
                checks.append(Check(id: "area-\(area.id)", rule: "missing-element", met: shown,
                                    detail: shown ? "\(area.label): shown" : "\(area.label): missing",
                                    rubricKey: key(area.id), isRequirement: true,
                                    findings: shown ? [] : [Issue(message: "No \(spec.name) shows \(area.label), which the credential lists for this artifact.\(advice)", range: anchor, hasMatch: heading != nil)]))
            }
            if let some = spec.someItem {
                // A stakeholder named on the asset map, when the map was linted too.
                let assetNames = related["asset-map"] ?? []
                var shown = items.contains { text.shows(some, in: $0.lines) }
                var detail = shown ? "\(some.label): yes" : "\(some.label): none"
                if !assetNames.isEmpty {
                    let named = items.contains { item in
                        let words = text.words(of: item.lines)
                        return assetNames.contains { name in
                            let compiled = PartText.compile(name)
                            return compiled.count > 0 && text.find(compiled, in: words) != nil
                        }
                    }
                    shown = named
                    detail = named ? "a stakeholder is named on the asset map" : "no stakeholder is named on the asset map (" + assetNames.joined(separator: "; ") + ")"
                }
                let advice = some.advice.map { " \($0)" } ?? ""
                checks.append(Check(id: "\(spec.name.replacingOccurrences(of: " ", with: "-"))-\(some.id)", rule: "missing-element", met: shown,
                                    detail: detail, rubricKey: key(some.id), isRequirement: true,
                                    findings: shown ? [] : [Issue(message: "None of the \(spec.plural) is \(some.label)\(assetNames.isEmpty ? "" : " (the asset map linted with this plan lists " + assetNames.joined(separator: "; ") + ")").\(advice)", range: anchor, hasMatch: heading != nil)]))
            }
        }

        // Elements of the whole part.
        for element in part.elements ?? [] {
            let shown = text.shows(element, in: all)
            let advice = element.advice.map { " \($0)" } ?? ""
            checks.append(Check(id: "element-\(element.id)", rule: "missing-element", met: shown,
                                detail: shown ? "\(element.label): included" : "\(element.label): missing",
                                rubricKey: key(element.id), isRequirement: true,
                                findings: shown ? [] : [Issue(message: "\(partName) does not include \(element.label), which the credential asks for.\(advice)", range: 0..<0, hasMatch: false)]))
        }

        // The span of time covered.
        if let spec = part.span {
            var region = all
            var anchor = 0..<0
            var hasMatch = false
            if let names = spec.section, let s = text.section(names) {
                region = s.body
                anchor = text.lines[s.heading].range
                hasMatch = true
            }
            let string = region.map { text.lines[$0].text }.joined(separator: "\n")
            let weeks = DateScanner.weekNumbers(in: string)
            let dates = DateScanner.dates(in: string)
            var met = false
            var detail: String
            var message: String?
            if let lo = weeks.min(), let hi = weeks.max(), weeks.count >= 2 {
                let n = hi - lo + 1
                met = n >= spec.minWeeks && n <= spec.maxWeeks
                detail = "\(spec.label) covers \(n) weeks (week \(lo) to week \(hi)); \(spec.minWeeks) to \(spec.maxWeeks) required"
                if !met { message = "\(spec.label.prefix(1).uppercased() + spec.label.dropFirst()) covers \(n) \(n == 1 ? "week" : "weeks") (week \(lo) to week \(hi)); the credential asks for \(spec.minWeeks) to \(spec.maxWeeks) weeks from beginning to end. \(n < spec.minWeeks ? "Plan the work over at least \(spec.minWeeks) weeks" : "Fit the work into \(spec.maxWeeks) weeks"), and label each step with its week or date." }
            } else if let first = dates.min(by: { $0.day < $1.day }), let last = dates.max(by: { $0.day < $1.day }), dates.count >= 2 {
                let days = last.day - first.day
                let covered = days / 7 + 1          // calendar weeks touched
                let whole = Int((Double(days) / 7).rounded(.up))
                met = covered >= spec.minWeeks && whole <= spec.maxWeeks
                let tenths = (Double(days) / 7 * 10).rounded() / 10
                let about = tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
                detail = "\(spec.label) spans \(days) days, about \(about) weeks (\(first.text) to \(last.text)); \(spec.minWeeks) to \(spec.maxWeeks) weeks required"
                if !met { message = "\(spec.label.prefix(1).uppercased() + spec.label.dropFirst()) spans \(days) days, about \(about) weeks (\(first.text) to \(last.text)); the credential asks for \(spec.minWeeks) to \(spec.maxWeeks) weeks from beginning to end. \(covered < spec.minWeeks ? "Show the project's beginning and end: the first step and the event should be at least \(spec.minWeeks) weeks apart" : "Fit the project into \(spec.maxWeeks) weeks")." }
            } else {
                detail = "no dates or week numbers found in \(spec.label)"
                message = "\(spec.label.prefix(1).uppercased() + spec.label.dropFirst()) gives no dates or week numbers, so a reviewer cannot see that it covers \(spec.minWeeks) to \(spec.maxWeeks) weeks. Date each step (“Week 1”, “March 3”)."
            }
            checks.append(Check(id: "span", rule: "time-span", met: met, detail: detail, rubricKey: key("span"), isRequirement: true,
                                findings: message.map { [Issue(message: $0, range: anchor, hasMatch: hasMatch)] } ?? []))
        }

        // Evidence a passing response shows.
        for element in part.evidence ?? [] {
            let shown = text.shows(element, in: all)
            let advice = element.advice.map { " \($0)" } ?? ""
            checks.append(Check(id: "evidence-\(element.id)", rule: "thin-evidence", met: shown,
                                detail: shown ? "\(element.label): shown" : "\(element.label): not found",
                                rubricKey: key(element.id), isRequirement: true,
                                findings: shown ? [] : [Issue(message: "\(partName) does not yet show \(element.label).\(advice)", range: 0..<0, hasMatch: false)]))
        }
    }
}
