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

    /// Starts building, on the other cores, what linting with these options
    /// will need, so that it overlaps with reading and analysing the first
    /// file: the rubric elements (wanted first, by the heading mapping), the
    /// heading mapper and its vocabulary, the profile's texts and rubric
    /// table on one task; the lexicon, wanted last (by the deficit scan), on
    /// another. Each waits for the profile's decoding; the cache makes each
    /// value once, so a caller that gets there first makes it and the task waits.
    public func prepare(_ options: LintOptions) {
        let cache = self.cache
        let resources = self.resources
        @Sendable func chosen() -> (CredentialProfile, Part)? {
            guard let profile = resources.profile(options.profile ?? Linter.defaultProfile),
                  let part = options.part.map({ profile.part($0) }) ?? profile.parts.first else { return nil }
            return (profile, part)
        }
        DispatchQueue.global(qos: .userInitiated).async {
            guard let (profile, part) = chosen() else { return }
            Timing.mark("prep start")
            if profile.criteria.contains(where: { !($0.elements ?? []).isEmpty }) { _ = cache.elements(profile, resources) }
            Timing.mark("prep elements")
            _ = cache.mapper(profile, part).vocabulary
            Timing.mark("prep vocabulary")
            _ = cache.texts(profile)
            _ = cache.assessor(profile, part)
            Timing.mark("prep assessor")
        }
        DispatchQueue.global(qos: .userInitiated).async {
            guard let (_, part) = chosen(), let id = part.deficit?.lexicon else { return }
            _ = cache.lexicon(id, resources)
            Timing.mark("prep lexicon")
        }
    }

    /// A linter over the profiles and lexicons built into the binary.
    public static func embedded() throws -> Linter { Linter(resources: try Resources.embedded()) }

    /// Reads and lints one input; any failure becomes the report's `error`.
    public func lint(bytes: [UInt8], path: String, format: DocumentFormat, profile: String = Linter.defaultProfile, part: String? = nil) -> FileReport {
        lint(bytes: bytes, path: path, format: format, options: LintOptions(profile: profile, part: part))
    }

    /// Reads and lints one input with options; any failure becomes the report's `error`.
    public func lint(bytes: [UInt8], path: String, format: DocumentFormat, options: LintOptions, memo: DocumentMemo? = nil) -> FileReport {
        do throws(InputError) {
            let document = try Readers.read(bytes: bytes, path: path, format: format)
            Timing.mark("reader")
            return try lint(document, options: options, memo: memo)
        } catch {
            return .failed(path, error.description)
        }
    }

    public func lint(_ document: Document, profile profileID: String = Linter.defaultProfile, part partID: String? = nil) throws(InputError) -> FileReport {
        try lint(document, options: LintOptions(profile: profileID, part: partID))
    }

    /// `memo`: what the last lint of the same open document kept, for one
    /// that is linted again and again as it is edited (`DocumentMemo`).
    public func lint(_ document: Document, options given: LintOptions, memo: DocumentMemo? = nil) throws(InputError) -> FileReport {
        Timing.mark("read")
        var options = given
        // An open document's pieces, to tell what its last lint can give again.
        let chunks = memo.map { _ in DocumentChunks(document) }
        let analysis = TextAnalysis(document: document, memo: memo?.analysis, chunks: chunks)
        Timing.mark("analysis")
        func makePartText() -> PartText { PartText(document: document, analysis: analysis, memo: memo?.stems, chunks: chunks) }
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
            partText = makePartText()
            let chosen = detector.detect(document, analysis: analysis, text: partText!, profile: options.profile, facts: &headingFacts)
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
        var evidenceReader: RubricEvidence.Reader?
        if part.headingPerCriterion ?? true {
            // The rubric elements a section shows are content evidence for a heading that names nothing.
            var elementCounts: ((Range<Int>) -> [Int])?
            if profile.criteria.contains(where: { !($0.elements ?? []).isEmpty }) {
                if partText == nil { partText = makePartText() }
                let reader = RubricEvidence.Reader(document: document, analysis: analysis, text: partText!,
                                                   compiled: cache.elements(profile, resources), memo: memo?.readings,
                                                   chunks: chunks)
                evidenceReader = reader
                elementCounts = RubricEvidence.counts(reader: reader, profile: profile)
            }
            structure = cache.mapper(profile, part).map(document, analysis, convention: options.wordConvention,
                                                         facts: headingFacts.isEmpty ? nil : headingFacts[profile.id + "/" + part.id],
                                                         elements: elementCounts)
        } else {
            structure = EssayStructure(unmapped: document, analysis: analysis, convention: options.wordConvention)
        }
        Timing.mark("headings")
        let hasElements = (part.headingPerCriterion ?? true) && structure.sections.contains { $0.criterion != nil }
            && profile.criteria.contains { !($0.elements ?? []).isEmpty }
        if hasElements && partText == nil { partText = makePartText() }
        let rubricEvidence = hasElements
            ? RubricEvidence(reader: evidenceReader ?? RubricEvidence.Reader(document: document, analysis: analysis, text: partText!,
                                                                               compiled: cache.elements(profile, resources),
                                                                               memo: memo?.readings, chunks: chunks),
                             structure: structure, profile: profile) : nil
        Timing.mark("evidence")
        let partAnalysis = part.hasContentChecks
            ? PartAnalysis(text: partText ?? makePartText(), analysis: analysis,
                           profile: profile, part: part, related: options.related, identifying: resources.identifying) : nil
        Timing.mark("structure")
        var compiled: CompiledLexicon?
        if let settings = part.deficit {
            guard let lexicon = cache.lexicon(settings.lexicon, resources) else {
                throw .configuration("profile '\(profileID)' names lexicon '\(settings.lexicon)', which is not loaded")
            }
            compiled = lexicon
        }
        var scan: DeficitScan?
        if let settings = part.deficit, let lexicon = compiled {
            scan = DeficitScan(lexicon: lexicon.lexicon, compiled: lexicon,
                               context: ScanContext(document: document, analysis: analysis, structure: structure, exceptions: settings.exceptions ?? [],
                                                    chunks: chunks),
                               memo: memo?.deficit)
        }
        Timing.mark("deficit scan")
        let suppressions = Suppressions(document: document)
        var readability: [Int: Readability] = [:]
        if part.clarity?.minReadingEase != nil {
            for s in structure.sections where s.criterion != nil && s.words > 0 {
                readability[s.headingIndex] = cache.readability(analysis, document, s.bodyRange, chunks: chunks)
            }
        }
        Timing.mark("reading ease")
        let texts = cache.texts(profile)
        var context = LintContext(document: document, analysis: analysis, structure: structure, profile: profile, part: part,
                                  resources: resources, deficitScan: scan, texts: texts,
                                  suppressions: suppressions, options: options, partAnalysis: partAnalysis,
                                  rubricEvidence: rubricEvidence, readability: readability)
        context.references = ReferenceScan(document: document, words: analysis.words, profile: profile, part: part, texts: texts,
                                           artifactCues: resources.artifactReferences, memo: memo?.citations,
                                           artifactMemo: memo?.artifacts)
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
                guard let criterion = profile.criterion(id), let elements = criterion.elements, !elements.isEmpty else { continue }
                let results = rubricEvidence.sections[id]?.results ?? elements.map { RubricEvidence.ElementResult(element: $0, sentence: nil) }
                rubric[k].evidenced = results.filter(\.shown).map(\.element.id)
                rubric[k].missingElements = results.filter { !$0.shown }.map(\.element.id)
                rubric[k].elementEvidence = results.map {
                    ElementEvidence(id: $0.element.id, level: $0.element.level, words: $0.element.label, range: $0.sentence)
                }
                let assessment = EvidenceEstimate(criterion: criterion, elements: rubric[k].elementEvidence,
                                                  heading: rubricEvidence.sections[id] != nil, ceiling: rubric[k].ceiling)
                rubric[k].estimate = assessment.level
                rubric[k].estimateBasis = assessment.basis
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
        if let scan {
            report.deficitCandidates = scan.occurrences.map { o in
                DeficitCandidate(term: scan.lexicon.terms[o.term].id, range: o.range, match: document.source.string(o.range),
                                 flagged: o.decision == .flag, why: o.why, head: o.head, referent: o.referent)
            }
        }
        return report
    }
}

/// What linting one open document keeps for its next lint: an editor's
/// language server lints the same document on every edit, and most of it
/// is as it was. It holds decisions that name the document's words, so it
/// lives as long as the document is open, and one-off lints (the command
/// line, the web server) take none.
public final class DocumentMemo: Sendable {
    let analysis = TextAnalysis.Memo()
    let deficit = DeficitScan.Memo()
    let stems = PartText.Memo()
    let readings = RubricEvidence.Memo()
    let citations = CitationScanner.Memo()
    let artifacts = ArtifactScanner.Memo()

    public init() {}
}

extension Linter {
    /// Which credential and part a document is (see `PartDetector`).
    public func detect(_ document: Document, profile only: String? = nil) -> (profile: String, part: String, reason: String) {
        let analysis = TextAnalysis(document: document)
        var facts: [String: [HeadingMapper.HeadingFacts]] = [:]
        return detector.detect(document, analysis: analysis, text: PartText(document: document, analysis: analysis), profile: only, facts: &facts)
    }

    /// The detector over this linter's profiles and its cached heading mappers.
    var detector: PartDetector {
        let resources = self.resources, cache = self.cache
        let candidates = resources.profileIDs.compactMap { resources.summary($0) }
        return PartDetector(candidates: candidates, cues: cache.detectionCues(candidates),
                            profile: { resources.profile($0) }, mapper: { cache.mapper($0, $1) })
    }
}
