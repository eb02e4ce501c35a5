import Foundation
@_exported import EssayCore
import EssayText
import EssayDocuments
import EssayProfiles
import EssayStructure
import EssayLanguage
import EssayRules
import EssayRubric
import EssayReport

/// The library's façade: bytes or a document in, a report out. The CLI, and
/// later an editor server, call this and nothing deeper.
public struct Linter: Sendable {
    public let resources: Resources
    public let rules: [any Rule]
    public static let defaultProfile = LintOptions.defaultProfile

    /// Compiled lexicons and heading mappers, built on first use and kept:
    /// a one-file run pays only for what it uses.
    private let cache = Cache()

    public init(resources: Resources, rules: [any Rule] = RuleRegistry.all) {
        self.resources = resources
        self.rules = rules
    }

    package final class Cache: @unchecked Sendable {
        /// A part of a profile, as a key.
        package struct PartKey: Hashable {
            package var profile: String
            package var part: String
        }

        private let lock = NSLock()
        // One typed table each: a lookup per document, so no key strings to
        // build and no casts from Any.
        private var assessors: [PartKey: RubricAssessor] = [:]
        private var mappers: [PartKey: HeadingMapper] = [:]
        private var lexicons: [String: CompiledLexicon] = [:]
        private var profileTexts: [String: ProfileTexts] = [:]

        /// The value stored in a table, made once (the caller holds the lock).
        private static func memo<K, T>(_ table: inout [K: T], _ key: K, _ make: () -> T?) -> T? {
            if let v = table[key] { return v }
            let v = make()
            if let v { table[key] = v }
            return v
        }

        package func assessor(_ profile: CredentialProfile, _ part: Part) -> RubricAssessor {
            lock.lock(); defer { lock.unlock() }
            return Cache.memo(&assessors, PartKey(profile: profile.id, part: part.id)) { RubricAssessor(profile: profile, part: part) }!
        }

        package func lexicon(_ id: String, _ resources: Resources) -> CompiledLexicon? {
            lock.lock(); defer { lock.unlock() }
            return Cache.memo(&lexicons, id) { resources.lexicon(id).map(CompiledLexicon.init) }
        }

        package func mapper(_ profile: CredentialProfile, _ part: Part) -> HeadingMapper {
            lock.lock(); defer { lock.unlock() }
            return Cache.memo(&mappers, PartKey(profile: profile.id, part: part.id)) { HeadingMapper(profile: profile, part: part) }!
        }

        package func texts(_ profile: CredentialProfile) -> ProfileTexts {
            lock.lock(); defer { lock.unlock() }
            return Cache.memo(&profileTexts, profile.id) { ProfileTexts(profile) }!
        }
    }

    /// Starts building, on another core, what linting with these options
    /// will need (the heading mapper and its vocabulary, the lexicon, the
    /// rubric table), so that it overlaps with reading the first file.
    public func prepare(_ options: LintOptions) {
        let cache = self.cache
        let resources = self.resources
        // All of it off the caller's thread, the profile's decoding included:
        // the caller reads and parses its file meanwhile.
        DispatchQueue.global(qos: .userInitiated).async {
            guard let profile = resources.profile(options.profile ?? Linter.defaultProfile),
                  let part = options.part.map({ profile.part($0) }) ?? profile.parts.first else { return }
            Timing.mark("prep start")
            _ = cache.mapper(profile, part).vocabulary
            Timing.mark("prep vocabulary")
            if let id = part.deficit?.lexicon { _ = cache.lexicon(id, resources) }
            Timing.mark("prep lexicon")
            _ = cache.texts(profile)
            Timing.mark("prep texts")
            _ = cache.assessor(profile, part)
            Timing.mark("prep assessor")
            // The rubric elements' evidence phrases, compiled (a memo) before the
            // evidence is looked for.
            for criterion in profile.criteria {
                for element in criterion.elements ?? [] { _ = PartText.compile(element.evidence) }
            }
            Timing.mark("prep elements")
        }
    }

    /// A linter over the profiles and lexicons built into the binary.
    public static func embedded() throws -> Linter { Linter(resources: try Resources.embedded()) }

    /// Reads and lints one input; any failure becomes the report's `error`.
    public func lint(bytes: [UInt8], path: String, format: DocumentFormat, profile: String = Linter.defaultProfile, part: String? = nil) -> FileReport {
        lint(bytes: bytes, path: path, format: format, options: LintOptions(profile: profile, part: part))
    }

    /// Reads and lints one input with options; any failure becomes the report's `error`.
    public func lint(bytes: [UInt8], path: String, format: DocumentFormat, options: LintOptions) -> FileReport {
        do throws(InputError) {
            let document = try Readers.read(bytes: bytes, path: path, format: format)
            Timing.mark("reader")
            return try lint(document, options: options)
        } catch {
            return .failed(path, error.description)
        }
    }

    public func lint(_ document: Document, profile profileID: String = Linter.defaultProfile, part partID: String? = nil) throws(InputError) -> FileReport {
        try lint(document, options: LintOptions(profile: profileID, part: partID))
    }

    public func lint(_ document: Document, options given: LintOptions) throws(InputError) -> FileReport {
        Timing.mark("read")
        var options = given
        let analysis = TextAnalysis(document: document)
        Timing.mark("analysis")
        var partText: PartText?
        var headingFacts: [String: [HeadingMapper.HeadingFacts]] = [:]
        // A named profile with a single part needs no choosing; a named part
        // without a profile belongs to the profile that has it.
        if options.part == nil, let id = options.profile, let only = resources.summary(id)?.parts, only.count == 1 {
            options.part = only[0].id
        }
        if options.profile == nil, let part = options.part,
           let owner = resources.profileIDs.first(where: { resources.summary($0)?.parts.contains { $0.id == part } == true }) {
            options.profile = owner
        }
        if options.profile == nil || options.part == nil {
            partText = PartText(document: document, analysis: analysis)
            let chosen = detect(document, analysis: analysis, text: partText!, profile: options.profile, facts: &headingFacts)
            if options.profile == nil || options.part == nil {
                options.detection = chosen.reason
            }
            options.profile = chosen.profile
            options.part = chosen.part
            Timing.mark("detect")
        }
        let profileID = options.profile ?? Linter.defaultProfile
        let partID = options.part
        guard let profile = resources.profile(profileID) else {
            throw .configuration("unknown profile '\(profileID)' (known: \(resources.profileIDs.joined(separator: ", ")))")
        }
        let chosen: Part? = partID.map { profile.part($0) } ?? profile.parts.first
        guard let part = chosen else {
            throw .configuration("profile '\(profileID)' has no part '\(partID ?? "")' (known: \(profile.parts.map(\.id).joined(separator: ", ")))")
        }
        let structure: EssayStructure
        if part.headingPerCriterion ?? true {
            structure = cache.mapper(profile, part).map(document, analysis, convention: options.wordConvention,
                                                         facts: headingFacts.isEmpty ? nil : headingFacts[profile.id + "/" + part.id])
        } else {
            structure = EssayStructure(unmapped: document, analysis: analysis, convention: options.wordConvention)
        }
        let hasElements = (part.headingPerCriterion ?? true) && structure.sections.contains { $0.criterion != nil }
            && profile.criteria.contains { !($0.elements ?? []).isEmpty }
        if hasElements && partText == nil { partText = PartText(document: document, analysis: analysis) }
        let rubricEvidence = hasElements
            ? RubricEvidence(document: document, analysis: analysis, text: partText!, structure: structure, profile: profile) : nil
        let partAnalysis = part.hasContentChecks
            ? PartAnalysis(text: partText ?? PartText(document: document, analysis: analysis), analysis: analysis,
                           profile: profile, part: part, related: options.related, identifying: resources.identifying) : nil
        Timing.mark("structure")
        var compiled: CompiledLexicon?
        if let settings = part.deficit {
            guard let lexicon = cache.lexicon(settings.lexicon, resources) else {
                throw .configuration("profile '\(profileID)' names lexicon '\(settings.lexicon)', which is not loaded")
            }
            compiled = lexicon
        }
        // The words each scan starts from, in one pass.
        let sieve = WordSieve(source: document.source.utf16, analysisText: document.analysisText, words: analysis.words, lexicon: compiled,
                              institutions: resources.identifying.institutionShapes, needles: resources.artifactReferences.needleSet,
                              references: part.requirement("citations") != nil || part.requirement("artifacts") != nil)
        var scan: DeficitScan?
        if let settings = part.deficit, let lexicon = compiled {
            scan = DeficitScan(lexicon: lexicon.lexicon, compiled: lexicon,
                               context: ScanContext(document: document, analysis: analysis, structure: structure, exceptions: settings.exceptions ?? []),
                               candidates: sieve.lexiconCandidates)
        }
        let suppressions = Suppressions(document: document)
        var readability: [Int: Readability] = [:]
        if part.clarity?.minReadingEase != nil {
            for s in structure.sections where s.criterion != nil && s.words > 0 {
                readability[s.headingIndex] = Readability(analysis: analysis, source: document.source, range: s.bodyRange, excluding: document.headings)
            }
        }
        let texts = cache.texts(profile)
        var context = LintContext(document: document, analysis: analysis, structure: structure, profile: profile, part: part,
                                  resources: resources, deficitScan: scan, texts: texts,
                                  suppressions: suppressions, options: options, partAnalysis: partAnalysis,
                                  rubricEvidence: rubricEvidence, sieve: sieve, readability: readability)
        context.references = ReferenceScan(document: document, profile: profile, part: part, texts: texts, sieve: sieve,
                                           artifactCues: resources.artifactReferences)
        Timing.mark("scan")
        var findings: [Finding] = []
        findings.reserveCapacity(32)
        // Most runs override no severity: no lookups per rule then.
        let overrides = !options.severities.isEmpty || part.rules != nil
        for rule in rules {
            let id = type(of: rule).id
            defer { Timing.mark("rule " + id) }
            guard overrides, let override = options.severities[id] ?? part.rules?[id] else {
                findings += rule.check(context)
                continue
            }
            guard let severity = override else { continue }  // off
            findings += rule.check(context).map { f in
                var copy = f
                copy.severity = severity
                return copy
            }
        }
        let before = findings.count
        // Most documents have no directive: no pass over the findings then.
        if !suppressions.directives.isEmpty { findings.removeAll { suppressions.suppresses($0) } }
        let suppressed = before - findings.count
        Timing.mark("rules")
        Timing.mark("suppress")
        findings.sort { ($0.range.lowerBound, $0.rule) < ($1.range.lowerBound, $1.rule) }
        let assessor = cache.assessor(profile, part)
        assessor.assess(&findings)
        let perCriterion = part.headingPerCriterion ?? true
        let totalWords = analysis.total(options.wordConvention)
        var rubric = assessor.summarize(findings) { perCriterion ? structure.words(of: $0) : totalWords }
        if let rubricEvidence {
            for k in rubric.indices {
                let id = rubric[k].criterion
                if let e = rubricEvidence.sections[id] {
                    rubric[k].evidenced = e.evidenced.map(\.id)
                    rubric[k].missingElements = e.missing.map(\.id)
                    rubric[k].estimate = min(e.estimate, rubric[k].ceiling)
                } else if profile.criterion(id)?.elements?.isEmpty == false {
                    rubric[k].missingElements = profile.criterion(id)?.elements?.map(\.id) ?? []
                    rubric[k].estimate = 0
                }
            }
        }
        Timing.mark("assess")

        let words = analysis.total(options.wordConvention)
        let clarity = part.clarity?.minReadingEase != nil
        let sections = structure.sections.map { s in
            var stat = SectionStat(heading: document.headings[s.headingIndex].text,
                                   line: document.source.location(of: document.headings[s.headingIndex].range.lowerBound).line,
                                   criterion: s.criterion, words: s.words)
            // Readability of each competency section, for parts that measure clarity.
            if clarity, let r = readability[s.headingIndex], r.sentences > 0 {
                stat.readability = (ease: (r.ease * 10).rounded() / 10, grade: (r.grade * 10).rounded() / 10)
            }
            return stat
        }
        var deficitTerms = 0
        for f in findings where f.rule == DeficitLanguageRule.id && !f.isDocumentLevel { deficitTerms += 1 }
        var stats = Stats(words: words, wordConvention: options.wordConvention, icuWords: analysis.words.count,
                          sentences: analysis.sentences.count, paragraphs: analysis.paragraphCount, wordRange: part.wordRange,
                          assetTerms: scan?.assetCount ?? 0,
                          deficitTerms: deficitTerms,
                          sections: sections)
        stats.noteWords = document.noteWords
        var requirements: [RequirementStatus] = []
        if let range = part.wordRange {
            requirements.append(RequirementStatus(
                id: "word-range", met: words >= range.min && words <= range.max,
                detail: "\(format(words)) words (\(options.wordConvention == .wordProcessor ? "word-processor" : "ICU") count); \(format(range.min)) to \(format(range.max)) required"))
        }
        if part.headingPerCriterion ?? true {
            let present = profile.criteria.count - structure.missing.count
            let detail = structure.missing.isEmpty
                ? "all \(profile.criteria.count) competencies have a sub-heading"
                : "\(present) of \(profile.criteria.count) competencies have a sub-heading; missing: " + structure.missing.joined(separator: ", ")
            requirements.append(RequirementStatus(id: "competency-headings", met: structure.missing.isEmpty, detail: detail))
        }
        for check in partAnalysis?.checks ?? [] where check.isRequirement {
            requirements.append(RequirementStatus(id: check.id, met: check.met, detail: check.detail))
        }
        Timing.mark("report")
        var report = FileReport(path: document.path, profile: profile.id, part: part.id, stats: stats, findings: findings,
                                rubric: rubric, requirements: requirements, error: nil, suppressed: suppressed, source: document.source)
        report.detection = options.detection
        report.itemNames = partAnalysis?.itemNames ?? []
        report.references += context.references.citations.map { c, verdict in
            FoundReference(kind: .citation, text: document.source.string(c.range), range: c.range, status: verdict.name)
        }
        report.references += context.references.artifacts.map {
            FoundReference(kind: .artifact, text: document.source.string($0), range: $0, status: nil)
        }
        report.references.sort { $0.range.lowerBound < $1.range.lowerBound }
        return report
    }
}


/// One input for `Linter.lint(all:)`.
public struct LintInput: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var format: DocumentFormat

    public init(path: String, bytes: [UInt8], format: DocumentFormat) {
        self.path = path
        self.bytes = bytes
        self.format = format
    }
}

extension Linter {
    /// Lints many inputs on all cores (or `concurrency` threads); the reports
    /// come back in the inputs' order. One input's failure is its report's
    /// `error`, never the others'.
    public func lint(all inputs: [LintInput], profile: String = Linter.defaultProfile, part: String? = nil,
                     concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) -> [FileReport] {
        let threads = max(1, min(concurrency, inputs.count))
        if threads == 1 {
            return inputs.map { lint(bytes: $0.bytes, path: $0.path, format: $0.format, profile: profile, part: part) }
        }
        return IndexedResults<FileReport>(count: inputs.count).run(threads: threads) { i in
            let input = inputs[i]
            return lint(bytes: input.bytes, path: input.path, format: input.format, profile: profile, part: part)
        }
    }
}

/// Work shared by worker threads: hands out indices in order and keeps each
/// result in its own slot, so results come back in input order.
public final class IndexedResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    private var next = 0

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index to work on, or nil when all are taken.
    public func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    public func set(_ i: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = value
    }

    /// Every result, in index order (all must have been set), moved out of
    /// the slots rather than copied: `run` calls it once, at the end.
    private func takeValues() -> [T] {
        var out: [T] = []
        out.reserveCapacity(slots.count)
        for i in slots.indices { out.append(slots[i].take()!) }
        return out
    }

    /// Runs `body` for every index on `threads` threads.
    public func run(threads: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { _ in
            while let i = self.take() { self.set(i, body(i)) }
        }
        return takeValues()
    }
}

// MARK: - Detection

extension Linter {
    /// Which credential and part a document is: each part scores the
    /// distinct cue phrases of its `detect` list found in the text, headings
    /// that name the part's competencies, and whether the length fits its
    /// range. The best score wins; with no profile given and nothing
    /// recognised, the default profile's first part.
    public func detect(_ document: Document, profile only: String? = nil) -> (profile: String, part: String, reason: String) {
        let analysis = TextAnalysis(document: document)
        var facts: [String: [HeadingMapper.HeadingFacts]] = [:]
        return detect(document, analysis: analysis, text: PartText(document: document, analysis: analysis), profile: only, facts: &facts)
    }

    /// Lower-case words separated by single spaces, for whole-word matching.
    package static func words(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    package func detect(_ document: Document, analysis: TextAnalysis, text: PartText, profile only: String?,
                facts: inout [String: [HeadingMapper.HeadingFacts]]) -> (profile: String, part: String, reason: String) {
        let all = text.words(of: 0..<text.lines.count)
        let words = analysis.total(.wordProcessor)
        var scored: [(profile: String, part: String, score: Double, why: [String])] = []
        let profiles = only.flatMap { resources.summary($0) }.map { [$0] } ?? resources.profileIDs.compactMap { resources.summary($0) }
        // Headings as " word word " bytes, once, for the heading cues.
        let headingBytes = document.headings.map { Array((" " + Linter.words($0.text) + " ").utf8) }
        func inHeading(_ phrase: String) -> Bool {
            let needle = Array((" " + Linter.words(phrase) + " ").utf8)
            return headingBytes.contains { hay in
                guard hay.count >= needle.count else { return false }
                return (0...(hay.count - needle.count)).contains { i in
                    hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle)
                }
            }
        }
        for summary in profiles {
            for part in summary.parts {
                var score = 0.0
                var cues: [(weight: Double, phrase: String)] = []
                // Cues in a fixed order (a dictionary's changes from run to
                // run, and so would the last bits of the sums).
                for (phrase, weight) in (part.detect?.keywords ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let compiled = PartText.compile(phrase)
                    guard !compiled.isEmpty, text.find(compiled, in: all) != nil else { continue }
                    score += weight
                    cues.append((weight, phrase))
                }
                for (phrase, weight) in (part.detect?.headings ?? [:]).sorted(by: { $0.key < $1.key }) {
                    guard inHeading(phrase) else { continue }
                    score += weight
                    cues.append((weight, "heading: " + phrase))
                }
                var why = cues.sorted { ($0.weight, $1.phrase) > ($1.weight, $0.phrase) }.map(\.phrase)
                if let labels = part.detect?.labels, let weight = part.detect?.labelWeight {
                    let n = text.labelledLines(labels)
                    if n >= 3 { score += weight; why.insert("\(n) entries labelled “\(labels[0].capitalized) N”", at: 0) }
                }
                if let weight = part.detect?.datedLines {
                    let n = text.lines.filter { !DateScanner.dates(in: $0.text).isEmpty }.count
                    if n >= 5 { score += weight; why.insert("\(n) dated lines", at: 0) }
                }
                if part.headingPerCriterion ?? true, let profile = resources.profile(summary.id), let part = profile.part(part.id) {
                    let mapper = cache.mapper(profile, part)
                    let headingFacts = document.headings.map(mapper.facts)
                    facts[profile.id + "/" + part.id] = headingFacts
                    let named = mapper.namedCriteria(headingFacts)
                    if named > 0 {
                        score += 1.5 * Double(named)
                        why.insert("\(named) \(named == 1 ? "heading names a competency" : "headings name competencies")", at: 0)
                    }
                }
                if let range = part.wordRange {
                    if words >= range.min && words <= range.max {
                        score += 1
                        why.append("\(format(words)) words, in its range")
                    } else if words > range.max * 2 || words * 2 < range.min {
                        score -= 1
                    }
                }
                scored.append((summary.id, part.id, score, why))
            }
        }
        scored.sort { $0.score > $1.score }
        guard let best = scored.first, best.score >= 2 else {
            let fallback = only ?? Linter.defaultProfile
            let part = resources.profile(fallback)?.parts.first?.id ?? "essay"
            return (fallback, part, "nothing in the document names a part of a credential, so it was linted as \(fallback)/\(part); name one with --profile and --part")
        }
        let cues = best.why.prefix(5).map { cue -> String in
            if cue.hasPrefix("heading: ") { return "a heading with “\(cue.dropFirst(9))”" }
            return cue.hasSuffix("competencies") || cue.hasSuffix("competency") || cue.contains("words") || cue.contains("entries labelled") || cue.hasSuffix("dated lines") ? cue : "“\(cue)”"
        }
        var reason = "detected \(best.profile)/\(best.part) from " + cues.joined(separator: ", ")
        if scored.count > 1 {
            func one(_ x: Double) -> String { String((x * 10).rounded() / 10) }
            reason += " (score \(one(best.score)); next: \(scored[1].profile)/\(scored[1].part) \(one(scored[1].score)))"
        }
        return (best.profile, best.part, reason)
    }
}
