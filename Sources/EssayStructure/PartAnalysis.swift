import Foundation
import EssayCore
import EssayText

/// What a part asks for, checked against one document: each question,
/// item count, field, area, element, span and piece of evidence, met or not,
/// with the facts behind the verdict (the spec checked, counts, item names,
/// dates, where a finding would stand). Facts only: the part rules write the
/// findings' messages from them and the linter the requirements' details.
/// Computed once per document.
public struct PartAnalysis: Sendable {
    public struct Check: Sendable {
        /// The requirement id in the report ("question-2", "assets", "asset-contact").
        public var id: String
        public var met: Bool
        /// Key into the part's rubric threats (`Part.rubricKey`: "part1/q2").
        public var rubricKey: String
        /// Counted requirements appear in `requirements`.
        public var isRequirement: Bool
        /// What was checked and what was found.
        public var fact: Fact

        public var kind: PartCheckKind { fact.kind }
    }

    /// Where a finding about a check stands: the heading of the section the
    /// check read, or the start of the document.
    public struct Anchor: Sendable {
        public var range: Range<Int>
        /// Whether the range is text (a heading); else a document-level anchor.
        public var isText: Bool

        public static let document = Anchor(range: 0..<0, isText: false)
    }

    /// A counted item, by its name as written and where that stands.
    public struct NamedItem: Sendable {
        public var name: String
        public var range: Range<Int>
    }

    /// Weeks from "Week N" labels.
    public struct WeekSpan: Sendable {
        public var first: Int
        public var last: Int
        /// Weeks covered, both ends included.
        public var count: Int { last - first + 1 }
    }

    /// The first and last dates written.
    public struct DateSpan: Sendable {
        /// As written ("March 3", "3/3/2025").
        public var first: String
        public var last: String
        public var days: Int
        /// Calendar weeks touched.
        public var coveredWeeks: Int { days / 7 + 1 }
        /// Whole weeks the days take, rounded up.
        public var wholeWeeks: Int { Int((Double(days) / 7).rounded(.up)) }
        /// Weeks, to a tenth.
        public var weeks: Double { (Double(days) / 7 * 10).rounded() / 10 }
    }

    public enum SpanMeasure: Sendable {
        case weeks(WeekSpan)
        case dates(DateSpan)
        /// No dates or week numbers found.
        case undated
    }

    /// One check's facts; the spec is the part's data that asked for it.
    public enum Fact: Sendable {
        /// `met`: answered.
        case question(QuestionSpec)
        /// `met`: the answer names it.
        case questionItem(QuestionSpec, item: ElementSpec)
        case itemCount(ItemSpec, count: Int, anchor: Anchor)
        /// `items`: how many items were found; `missingIn`: those without the field.
        case field(ItemSpec, field: ElementSpec, items: Int, missingIn: [NamedItem])
        case area(ItemSpec, area: ElementSpec, anchor: Anchor)
        /// `assetNames`: the assets of the asset map linted in the same run,
        /// one of which an item must name (none: an item must show the element).
        case someItem(ItemSpec, element: ElementSpec, assetNames: [String], anchor: Anchor)
        case element(ElementSpec)
        case evidence(ElementSpec)
        case span(SpanSpec, measure: SpanMeasure, anchor: Anchor)
        /// `value`: the figure as the document states it (nil: not stated), and where.
        case figure(FigureSpec, value: Double?, anchor: Anchor)

        public var kind: PartCheckKind {
            switch self {
            case .question: return .question
            case .questionItem: return .questionItem
            case .itemCount: return .itemCount
            case .field: return .field
            case .area: return .area
            case .someItem: return .someItem
            case .element: return .element
            case .evidence: return .evidence
            case .span: return .span
            case .figure: return .figure
            }
        }
    }

    public var checks: [Check] = []
    /// The names of the counted items found (assets, stakeholders, …), and where each stands.
    public var itemNames: [String] = []
    public var itemRanges: [Range<Int>] = []

    /// `related`: what other documents of the run give (the asset map's
    /// asset names, under "asset-map"); `identifying`: the street words of
    /// the address pattern.
    package init(text: PartText, analysis: TextAnalysis, profile: CredentialProfile, part: Part, related: [String: [String]],
                 identifying: IdentifyingInformation) {
        let document = text.document
        let all = 0..<text.lines.count
        let key = part.rubricKey
        let streets = identifying.streetWords

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
            checks.append(Check(id: "question-\(q.number)", met: answered, rubricKey: key(q.id), isRequirement: true, fact: .question(q)))
            for item in q.items ?? [] {
                checks.append(Check(id: "\(q.id)-\(item.id)", met: text.shows(item, in: all, streetWords: streets), rubricKey: key(q.id + "." + item.id),
                                    isRequirement: true, fact: .questionItem(q, item: item)))
            }
        }

        // Counted items, their fields, the areas they cover.
        if let spec = part.items {
            let strong = (part.detect?.keywords ?? [:]).filter { $0.value >= 2 }.map(\.key)
            let (items, region, heading) = text.items(spec, titles: strong)
            itemNames = items.map(\.name)
            itemRanges = items.map(\.nameRange)
            let anchor = heading.map { Anchor(range: text.lines[$0].range, isText: true) } ?? .document
            let n = items.count
            checks.append(Check(id: spec.plural.replacingOccurrences(of: " ", with: "-"), met: n >= spec.count.min && n <= spec.count.max,
                                rubricKey: key("count"), isRequirement: true, fact: .itemCount(spec, count: n, anchor: anchor)))
            let fieldLabels = (spec.fields ?? []).flatMap { $0.labels ?? [] }
            for field in spec.fields ?? [] {
                var missingIn: [NamedItem] = []
                for item in items {
                    let others = fieldLabels.filter { !(field.labels ?? []).contains($0) }
                    if !text.shows(field, in: item.lines, streetWords: streets, otherLabels: others, nameLine: item.lines.lowerBound, header: item.header) {
                        missingIn.append(NamedItem(name: item.name, range: item.nameRange))
                    }
                }
                checks.append(Check(id: "\(spec.name.replacingOccurrences(of: " ", with: "-"))-\(field.id)", met: missingIn.isEmpty && !items.isEmpty,
                                    rubricKey: key(field.id), isRequirement: true,
                                    fact: .field(spec, field: field, items: items.count, missingIn: missingIn)))
            }
            let regionLines = region.isEmpty ? all : region
            for area in spec.areas ?? [] {
                // An area shows in an item, or in a heading over items.
                let shown = text.shows(area, in: regionLines, streetWords: streets) || text.shows(area, in: all, streetWords: streets)
                checks.append(Check(id: "area-\(area.id)", met: shown, rubricKey: key(area.id), isRequirement: true,
                                    fact: .area(spec, area: area, anchor: anchor)))
            }
            if let some = spec.someItem {
                // A stakeholder named on the asset map, when the map was linted too.
                let assetNames = related["asset-map"] ?? []
                var shown = items.contains { text.shows(some, in: $0.lines, streetWords: streets) }
                if !assetNames.isEmpty {
                    shown = items.contains { item in
                        let words = text.words(of: item.lines)
                        return assetNames.contains { name in
                            let compiled = PartText.stems(of: name)
                            return compiled.count > 0 && text.find(compiled, in: words) != nil
                        }
                    }
                }
                checks.append(Check(id: "\(spec.name.replacingOccurrences(of: " ", with: "-"))-\(some.id)", met: shown,
                                    rubricKey: key(some.id), isRequirement: true,
                                    fact: .someItem(spec, element: some, assetNames: assetNames, anchor: anchor)))
            }
        }

        // Elements of the whole part.
        for element in part.elements ?? [] {
            checks.append(Check(id: "element-\(element.id)", met: text.shows(element, in: all, streetWords: streets), rubricKey: key(element.id),
                                isRequirement: true, fact: .element(element)))
        }

        // The span of time covered.
        if let spec = part.span {
            var region = all
            var anchor = Anchor.document
            if let names = spec.section, let s = text.section(names) {
                region = s.body
                anchor = Anchor(range: text.lines[s.heading].range, isText: true)
            }
            let string = region.map { text.lines[$0].text }.joined(separator: "\n")
            let weeks = DateScanner.weekNumbers(in: string)
            let dates = DateScanner.dates(in: string)
            let measure: SpanMeasure
            var met = false
            if let lo = weeks.min(), let hi = weeks.max(), weeks.count >= 2 {
                let span = WeekSpan(first: lo, last: hi)
                met = span.count >= spec.minWeeks && span.count <= spec.maxWeeks
                measure = .weeks(span)
            } else if let first = dates.min(by: { $0.day < $1.day }), let last = dates.max(by: { $0.day < $1.day }), dates.count >= 2 {
                let span = DateSpan(first: first.text, last: last.text, days: last.day - first.day)
                met = span.coveredWeeks >= spec.minWeeks && span.wholeWeeks <= spec.maxWeeks
                measure = .dates(span)
            } else {
                measure = .undated
            }
            checks.append(Check(id: "span", met: met, rubricKey: key("span"), isRequirement: true,
                                fact: .span(spec, measure: measure, anchor: anchor)))
        }

        // Figures the rubric sets thresholds for, where the document states them.
        for spec in part.figures ?? [] {
            let found = text.figure(spec, sentences: analysis.sentences)
            let met = found.map { $0.value >= spec.min } ?? true
            let anchor = found.map { Anchor(range: $0.range, isText: true) } ?? .document
            checks.append(Check(id: spec.id, met: met, rubricKey: key(spec.id), isRequirement: found != nil,
                                fact: .figure(spec, value: found?.value, anchor: anchor)))
        }

        // Evidence a passing response shows.
        for element in part.evidence ?? [] {
            checks.append(Check(id: "evidence-\(element.id)", met: text.shows(element, in: all, streetWords: streets), rubricKey: key(element.id),
                                isRequirement: true, fact: .evidence(element)))
        }
    }
}
