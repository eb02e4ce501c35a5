import Foundation
import XCTest
@testable import EssayCore
@testable import EssayText
@testable import EssayDocuments
@testable import EssayProfiles
@testable import EssayStructure
@testable import EssayLanguage
@testable import EssayRules
@testable import EssayRubric
@testable import EssayReport
@testable import EssayLint

/// The bundled data is consistent: every class and source a lexicon names
/// exists, every rubric quote is the rubric's own wording.
final class ResourceTests: XCTestCase {
    /// The build computes each embedded profile's content vocabulary (so a
    /// run need not); it must be what the library computes from the profile.
    func testBuildTimeVocabularyIsWhatTheLibraryComputes() throws {
        let resources = try Resources.embedded()
        for id in resources.profileIDs {
            let profile = try XCTUnwrap(resources.profile(id))
            let built = try XCTUnwrap(profile.vocabulary, "\(id): no build-time vocabulary")
            let computed = ContentVocabulary(criteria: profile.criteria)
            XCTAssertEqual(built.weights.count, computed.weights.count, id)
            for (k, (a, b)) in zip(built.weights, computed.weights).enumerated() {
                XCTAssertEqual(Set(a.keys), Set(b.keys), "\(id) criterion \(k + 1)")
                for (term, x) in a { XCTAssertEqual(x, b[term] ?? .nan, accuracy: 1e-9, "\(id) \(term)") }
                XCTAssertEqual(built.norms[k], computed.norms[k], accuracy: 1e-9)
            }
            XCTAssertGreaterThan(built.weights.map(\.count).reduce(0, +), 100, id)
        }
    }

    /// The rubric elements' phrases, stemmed by the build, compile to what
    /// the profile's phrases as written compile to at run time, element by
    /// element, wording by wording: the same stem hashes in the same order,
    /// and the same counts ("#2").
    func testBuildTimeStemsCompileAsThePhrases() throws {
        let resources = try Resources.embedded()
        var checked = 0
        for id in resources.profileIDs {
            let full = try XCTUnwrap(resources.fullProfile(id))
            let stemmed = try XCTUnwrap(resources.stemmedWordings(id), id)
            let built = RubricEvidence.Compiled(profile: try XCTUnwrap(resources.profile(id)), cues: resources.statementCues, stemmed: stemmed)
            let elements = full.criteria.flatMap { $0.elements ?? [] }
            XCTAssertEqual(built.ordinals.count, Set(elements.map(\.id)).count, id)
            for element in elements {
                let k = try XCTUnwrap(built.ordinals[element.id], element.id)
                let asWritten = element.allWordings.map { RubricEvidence.compile($0, concepts: full.concepts ?? [:]) }
                XCTAssertEqual(built.wordings[k].map { $0.map(\.phrases) }, asWritten, element.id)
                XCTAssertEqual(built.minimums[k], element.allWordings.map(RubricEvidence.minimums), element.id)
                checked += asWritten.joined().joined().count
            }
        }
        XCTAssertGreaterThan(checked, 5000)
    }

    /// The embedded JSON (written by the build plugin) and the YAML read
    /// from a folder go through the same Decodable conformances: every file
    /// in Lexicons/ must come out the same both ways, field for field, and
    /// the build's profile index must agree with the profile.
    func testEmbeddedDataMatchesTheYAML() throws {
        let root = Support.packageRoot.appendingPathComponent("Lexicons")
        let embedded = try Resources.embedded()
        var fromYAML = Resources()
        try fromYAML.addDirectory(root.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        XCTAssertEqual(embedded.profileIDs, fromYAML.profileIDs)
        XCTAssertEqual(embedded.lexiconIDs, fromYAML.lexiconIDs)
        XCTAssertFalse(embedded.profileIDs.isEmpty)
        for id in embedded.profileIDs {
            let hand = try XCTUnwrap(embedded.fullProfile(id))
            let decoded = try XCTUnwrap(fromYAML.profile(id))
            XCTAssertEqual(try json(hand), try json(decoded), id)
            // What a run decodes: the same without the evidence phrases, which come stemmed.
            var light = decoded
            light.concepts = nil
            for c in light.criteria.indices {
                for e in (light.criteria[c].elements ?? []).indices {
                    light.criteria[c].elements![e].evidence = nil
                    light.criteria[c].elements![e].wordings = nil
                }
            }
            XCTAssertEqual(try json(XCTUnwrap(embedded.profile(id))), try json(light), id)
            XCTAssertEqual(embedded.stemmedWordings(id), StemmedWordings(decoded), id)
            XCTAssertNil(fromYAML.stemmedWordings(id), id)
            // The index the build writes, read by hand, against the profile.
            var summary = try XCTUnwrap(embedded.summary(id))
            XCTAssertNotNil(summary.file, id)
            summary.file = nil
            XCTAssertEqual(try json(summary), try json(ProfileSummary(decoded)), id)
        }
        for id in embedded.lexiconIDs {
            XCTAssertEqual(try json(XCTUnwrap(embedded.lexicon(id))), try json(XCTUnwrap(fromYAML.lexicon(id))), id)
        }
        XCTAssertEqual(try json(embedded.identifying), try json(fromYAML.identifying), IdentifyingInformation.file)
        XCTAssertGreaterThan(embedded.identifying.names.notNames.count, 100)
        XCTAssertEqual(try json(embedded.artifactReferences), try json(fromYAML.artifactReferences), ArtifactReferenceCues.file)
        XCTAssertGreaterThan(embedded.artifactReferences.things.count, 40)
    }

    /// Every deficit term cites sources the lexicon lists, names only the people classes in `referents` (a label also
    /// an organisation or a thing), and no
    /// form belongs to two terms (the first term would take it silently).
    func testDeficitTermsCiteListedSourcesAndKnownClasses() throws {
        let lexicon = try XCTUnwrap(Resources.embedded().lexicon("deficit-language"))
        let sources = Set(lexicon.sources.map(\.id))
        var owner: [String: String] = [:]
        for term in lexicon.terms {
            XCTAssertFalse(term.sources.isEmpty, term.id)
            for s in term.sources { XCTAssertTrue(sources.contains(s), "\(term.id) cites \(s)") }
            for r in term.referents ?? [] {
                XCTAssertTrue(["person", "group", "place"].contains(r) || ((term.frames == .label || term.frames == .metaphor) && ["organisation", "thing"].contains(r)),
                              "\(term.id) referent \(r)")
            }
            for form in term.forms {
                XCTAssertNil(owner[form], "\(form) in \(term.id) and \(owner[form] ?? "")")
                owner[form] = term.id
            }
        }
        XCTAssertEqual(lexicon.terms.first { $0.id == "decline" }?.referents, ["group", "place"])
    }

    /// The words of an artifact reference are data: a folder's file replaces
    /// the embedded one; a label no needle finds is refused.
    func testArtifactReferenceCuesComeFromTheData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-artifacts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let original = try String(contentsOf: Support.packageRoot.appendingPathComponent("Lexicons/" + ArtifactReferenceCues.file), encoding: .utf8)
        XCTAssertTrue(original.contains("\nthings: [syllabus,"))
        try original.replacingOccurrences(of: "\nthings: [syllabus,", with: "\nthings: [binder, syllabus,")
            .write(to: folder.appendingPathComponent(ArtifactReferenceCues.file), atomically: true, encoding: .utf8)
        var resources = try Resources.embedded()
        try resources.addDirectory(folder.path)
        let essay = ExampleEssay.markdown(words: 90, insert: [3: "Partners kept the attached binder from the spring."])
        func references(_ linter: Linter) throws -> [String] {
            try linter.lint(MarkdownOrText.read(essay, format: .markdown, path: "x.md"), options: LintOptions(profile: "community-partnerships"))
                .references.filter { $0.kind == ReferenceKind.artifact.rawValue }.map(\.text)
        }
        XCTAssertEqual(try references(Support.linter), [])
        XCTAssertEqual(try references(Linter(resources: resources)), ["attached binder"])

        try original.replacingOccurrences(of: "\nlabels: [artifact,", with: "\nlabels: [portfolio, artifact,")
            .write(to: folder.appendingPathComponent(ArtifactReferenceCues.file), atomically: true, encoding: .utf8)
        var broken = try Resources.embedded()
        XCTAssertThrowsError(try broken.addDirectory(folder.path)) { error in
            XCTAssertTrue("\(error)".contains("'portfolio' starts with none of the needles"), "\(error)")
        }
    }

    /// The identifying-information lists are data: a folder's file replaces
    /// the embedded one, and the rule reads it.
    func testIdentifyingListsComeFromTheData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-identifying-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let original = try String(contentsOf: Support.packageRoot.appendingPathComponent("Lexicons/" + IdentifyingInformation.file), encoding: .utf8)
        XCTAssertTrue(original.contains("  words: [university,"))
        // "camp" as an institution word (four letters: the shape test is the data's),
        // "Mateo" never a name.
        let edited = original.replacingOccurrences(of: "  words: [university,", with: "  words: [camp, university,")
            .replacingOccurrences(of: "    - january\n", with: "    - january\n    - mateo\n")
        try edited.write(to: folder.appendingPathComponent(IdentifyingInformation.file), atomically: true, encoding: .utf8)
        var resources = try Resources.embedded()
        try resources.addDirectory(folder.path)
        let text = "We spent a week at Pinewood Camp, and when Mateo sat with his schedule his mother cried.\n"
        func flagged(_ linter: Linter) throws -> [String] {
            try linter.lint(MarkdownOrText.read(text, format: .markdown, path: "x.md"), options: LintOptions(profile: "community-partnerships"))
                .findings.filter { $0.rule == IdentifyingInfoRule.id }.compactMap(\.match)
        }
        XCTAssertEqual(try flagged(Support.linter), ["Mateo"])
        XCTAssertEqual(try flagged(Linter(resources: resources)), ["Pinewood Camp"])

        // A list the lookups would miss is refused, naming the list.
        try original.replacingOccurrences(of: "  words: [university,", with: "  words: [University,")
            .write(to: folder.appendingPathComponent(IdentifyingInformation.file), atomically: true, encoding: .utf8)
        var broken = try Resources.embedded()
        XCTAssertThrowsError(try broken.addDirectory(folder.path)) { error in
            XCTAssertTrue("\(error)".contains("'University' in institutions.words is not a lower-case word"), "\(error)")
        }
    }

    /// Decoding errors in the data name the path of the bad value.
    func testDecodingErrorsNameThePath() throws {
        let json = #"{"id": "x", "name": "X", "parts": [{"id": "a", "title": "A", "wordRange": {"min": 1, "max": "many"}}], "criteria": []}"#
        XCTAssertThrowsError(try Resources.decode(CredentialProfile.self, json: json)) { error in
            XCTAssertEqual(Resources.describe(error), "expected a whole number at parts[0].wordRange.max")
        }
        XCTAssertThrowsError(try Resources.decode(CredentialProfile.self, json: #"{"id": "x", "name": "X", "criteria": []}"#)) { error in
            XCTAssertEqual(Resources.describe(error), "missing key 'parts' at the top level")
        }
        let lexicon = #"{"id": "d", "title": "D", "sources": [], "terms": [{"id": "t", "forms": ["a", 2], "suggestions": [], "advice": "", "sources": []}]}"#
        XCTAssertThrowsError(try Resources.decode(Lexicon.self, json: lexicon)) { error in
            XCTAssertEqual(Resources.describe(error), "expected a string at terms[0].forms[1]")
        }
    }

    func testEmbeddedDataLoads() throws {
        let resources = try Resources.embedded()
        XCTAssertNotNil(resources.profile("community-partnerships"))
        XCTAssertNotNil(resources.profile("family-well-being"))
        XCTAssertNotNil(resources.lexicon("deficit-language"))
        XCTAssertEqual(resources.profileIDs, ["community-partnerships", "family-well-being"])
        XCTAssertNoThrow(try resources.decodeAll())
        // The index a run chooses parts from agrees with the profile.
        for id in resources.profileIDs {
            let summary = try XCTUnwrap(resources.summary(id))
            XCTAssertEqual(summary.parts.map(\.id), resources.profile(id)?.parts.map(\.id))
        }
    }

    func testLexiconReferencesResolve() throws {
        let lexicon = try XCTUnwrap(Resources.embedded().lexicon("deficit-language"))
        let sources = Set(lexicon.sources.map(\.id))
        let classes = Set((lexicon.classes ?? [:]).keys)
        for term in lexicon.terms {
            XCTAssertFalse(term.sources.isEmpty, term.id)
            for s in term.sources { XCTAssertTrue(sources.contains(s), "\(term.id): unknown source \(s)") }
            XCTAssertFalse(term.suggestions.isEmpty, term.id)
            for rule in term.contexts ?? [] {
                for item in (rule.previous ?? []) + (rule.next ?? []) + (rule.before ?? []) + (rule.after ?? []) where item.hasPrefix("$") && !["$start", "$end", "$name"].contains(item) {
                    XCTAssertTrue(classes.contains(String(item.dropFirst())), "\(term.id): unknown class \(item)")
                }
            }
        }
    }

    /// The Family Well-Being profile quotes its credential: each question
    /// verbatim; descriptors and requirement sentences, whose columns and
    /// lists the credential's page interleaves, by their four-word runs.
    func testFamilyWellBeingQuotesTheSeed() throws {
        guard let shared = Support.shared else { throw XCTSkip("../shared is not present") }
        let seed = try String(contentsOf: shared.appendingPathComponent("seeds/family-well-being-credential.txt"), encoding: .utf8)
        func words(_ s: String) -> [String] {
            s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "–" || $0 == "%") }).map(String.init)
        }
        let text = words(seed).joined(separator: " ")
        func shingled(_ quote: String) -> Double {
            let w = words(quote)
            guard w.count >= 4 else { return text.contains(w.joined(separator: " ")) ? 1 : 0 }
            let runs = (0...(w.count - 4)).map { w[$0..<($0 + 4)].joined(separator: " ") }
            return Double(runs.filter { text.contains($0) }.count) / Double(runs.count)
        }
        let profile = try XCTUnwrap(Resources.embedded().profile("family-well-being"))
        for part in profile.parts {
            for q in part.questions ?? [] {
                XCTAssertTrue(text.contains(words(q.text).joined(separator: " ")), "\(part.id) \(q.id): not in the seed: \(q.text)")
            }
            for (key, sentence) in part.requirements ?? [:] {
                if let s = sentence { XCTAssertGreaterThanOrEqual(shingled(s), 0.8, "\(part.id).\(key): \(s)") }
            }
        }
        for c in profile.criteria {
            XCTAssertGreaterThanOrEqual(shingled(c.title), 0.5, c.title)
            // Level 0 of the Passing parts is essaylint's wording, and says so.
            for l in c.levels where !l.descriptor.contains("essaylint's wording") {
                XCTAssertGreaterThanOrEqual(shingled(l.descriptor), 0.9, "\(c.id) level \(l.level)")
            }
        }
        // Quoted parts of descriptors are in the descriptor they name.
        var specs: [RubricThreatSpec] = []
        for p in profile.parts {
            specs += p.items?.rubric ?? []
            var elements: [ElementSpec] = p.items?.fields ?? []
            elements += p.items?.areas ?? []
            elements += p.elements ?? []
            elements += p.evidence ?? []
            for e in elements { specs += e.rubric ?? [] }
            specs += p.span?.rubric ?? []
        }
        for spec in specs {
            if let quote = spec.quote, let level = spec.level, let c = profile.criterion(spec.criterion) {
                XCTAssertTrue(c.level(level)?.descriptor.contains(quote) == true, "\(c.id) level \(level): \(quote)")
            }
        }
    }

    func testRubricQuotesAreTheRubricsWords() throws {
        let profile = try XCTUnwrap(Resources.embedded().profile("community-partnerships"))
        let part = profile.parts[0]
        for (rule, specs) in profile.rubric ?? [:] {
            for spec in specs {
                if let quote = spec.quote, let level = spec.level {
                    let criteria = spec.criterion == "$section" ? profile.criteria : [profile.criterion(spec.criterion)!]
                    for c in criteria { XCTAssertTrue(c.level(level)!.descriptor.contains(quote), "\(rule): quote not in \(c.id) level \(level)") }
                }
                if let key = spec.requirement { XCTAssertNotNil(part.requirement(key), "\(rule): no requirement \(key)") }
            }
        }
        XCTAssertEqual(profile.criteria.map(\.id), (1...9).map { "C\($0)" })
        for c in profile.criteria { XCTAssertEqual(c.levels.map(\.level), [0, 1, 2, 3], c.id) }
    }

    /// The profile quotes the credential word for word (whitespace aside).
    func testProfileQuotesTheSeed() throws {
        guard let shared = Support.shared else { throw XCTSkip("../shared is not present") }
        let seed = try String(contentsOf: shared.appendingPathComponent("seeds/community-partnerships-credential.txt"), encoding: .utf8)
        func squash(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        let text = squash(seed)
        let profile = try XCTUnwrap(Resources.embedded().profile("community-partnerships"))
        for c in profile.criteria {
            for quote in [c.title, c.description ?? "", c.rubricTitle ?? ""] + (c.guidingQuestions ?? []) + c.levels.map(\.descriptor) {
                XCTAssertTrue(text.contains(squash(quote)), "\(c.id): not in the seed: \(quote.prefix(60))")
            }
        }
        for (_, sentence) in profile.parts[0].requirements ?? [:] {
            if let s = sentence { XCTAssertTrue(text.contains(squash(s)), s) }
        }
    }

    func testBrokenProfileNamesFileLineAndKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-\(UUID().uuidString)/profiles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("broken.yml")
        try "id: broken\nname: Broken\nparts:\n  - id: essay\n    title: 3\n    wordRange: {min: many, max: 10}\ncriteria: []\n".write(to: file, atomically: true, encoding: .utf8)
        var resources = try Resources.embedded()
        XCTAssertThrowsError(try resources.addDirectory(folder.deletingLastPathComponent().path)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("broken.yml:6:"), text)
            XCTAssertTrue(text.contains("parts[0].wordRange.min"), text)
        }
    }

    func testUnknownRuleInAPartNamesFileLineAndKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-\(UUID().uuidString)/profiles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("rules.yml")
        try "id: r\nname: R\nparts:\n  - id: essay\n    title: Essay\n    rules: {deficit-langauge: error}\ncriteria: []\n".write(to: file, atomically: true, encoding: .utf8)
        var resources = try Resources.embedded()
        resources.knownRules = Set(RuleRegistry.ids)
        XCTAssertThrowsError(try resources.addDirectory(folder.deletingLastPathComponent().path)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("rules.yml:6:"), text)
            XCTAssertTrue(text.contains("parts[0].rules"), text)
            XCTAssertTrue(text.contains("unknown rule 'deficit-langauge'"), text)
        }
    }

    /// A credential written from scratch in a temporary folder lints with no
    /// Swift change (the example profile in docs/examples/profiles/).
    func testNewProfileFromAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-profile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("profiles"), withIntermediateDirectories: true)
        let example = Support.packageRoot.appendingPathComponent("docs/examples/profiles/mini-credential.yml")
        try FileManager.default.copyItem(at: example, to: folder.appendingPathComponent("profiles/mini.yml"))
        var resources = try Resources.embedded()
        try resources.addDirectory(folder.path)
        let linter = Linter(resources: resources)
        let text = "## Listening to Families\n\nWe met the needs of families at the library and listened for an hour each week.\n\n## Sharing What We Learned\n\nWe shared our results with every partner in a short report and a meeting.\n"
        let report = try linter.lint(MarkdownOrText.read(text, format: .markdown, path: "essay.md"), options: LintOptions(profile: "mini-credential"))
        XCTAssertEqual(report.profile, "mini-credential")
        XCTAssertEqual(report.part, "reflection")
        XCTAssertEqual(report.stats?.sections.map(\.criterion), ["K1", "K2"])
        XCTAssertEqual(report.findings.map(\.rule), ["word-count", "deficit-language"])
        XCTAssertEqual(report.findings[1].rubric, [RubricThreat(criterion: "K1", ceiling: 1, descriptor: "Some evidence of listening, with deficit framing")])
        XCTAssertEqual(report.rubric.map(\.risk), [.medium, .none])
        XCTAssertEqual(report.requirements.map(\.met), [false, true])
    }

    /// A credential whose parts ask questions and count items, written from
    /// scratch in a temporary folder: no Swift, and every check works.
    func testProfileWithQuestionsAndItemsFromScratch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("essaylint-scratch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("profiles"), withIntermediateDirectories: true)
        let yaml = """
        id: volunteer-log
        name: Volunteer Log
        parts:
          - id: intro
            title: "Introduction"
            criteria: [V1]
            headingPerCriterion: false
            wordRange: {min: 20, max: 200}
            detect: {keywords: {"why i volunteer": 3}}
            rubric: [{criterion: V1, ceiling: 0, level: 1}]
            questions:
              - id: q1
                number: 1
                text: "Why do you volunteer?"
                label: "why you volunteer"
                evidence: [[volunteer], [because, reason]]
          - id: log
            title: "Volunteer log"
            criteria: [V1]
            headingPerCriterion: false
            detect: {keywords: {"volunteer log": 3}}
            items:
              name: shift
              plural: shifts
              count: {min: 3, max: 6}
              labels: [shift]
              fields:
                - {id: hours, label: "the hours", labels: [hours], rubric: [{criterion: V1, ceiling: 1, level: 1, quote: "hours for each shift"}]}
            span: {label: "the log", minWeeks: 2, maxWeeks: 4}
        criteria:
          - id: V1
            number: 1
            title: "Volunteering"
            shortTitle: "Volunteering"
            levels:
              - {level: 0, name: Missing, descriptor: "No evidence"}
              - {level: 1, name: Shown, descriptor: "Evidence of volunteering, with hours for each shift"}
        """
        try yaml.write(to: folder.appendingPathComponent("profiles/volunteer-log.yml"), atomically: true, encoding: .utf8)
        var resources = try Resources.embedded()
        try resources.addDirectory(folder.path)
        let linter = Linter(resources: resources)

        let intro = "# Why I volunteer\n\nI give my Saturdays to the food bank and I like it a lot, week after week, with friends from my street.\n"
        let introReport = try linter.lint(MarkdownOrText.read(intro, format: .markdown, path: "intro.md"), options: LintOptions(profile: nil, part: nil))
        XCTAssertEqual([introReport.profile, introReport.part], ["volunteer-log", "intro"])
        XCTAssertEqual(introReport.findings.map(\.rule), ["missing-question"])
        XCTAssertEqual(introReport.findings[0].rubric, [RubricThreat(criterion: "V1", ceiling: 0, descriptor: "Evidence of volunteering, with hours for each shift")])

        let log = "# Volunteer log\n\nShift 1: March 3, sorting cans. Hours: 3\n\nShift 2: March 10, packing boxes.\n\nShift 3: March 24, front desk. Hours: 2\n"
        let logReport = try linter.lint(MarkdownOrText.read(log, format: .markdown, path: "log.md"), options: LintOptions(profile: "volunteer-log", part: nil))
        XCTAssertEqual(logReport.part, "log")
        XCTAssertEqual(logReport.itemNames, ["March 3", "March 10", "March 24"])
        let missing = try XCTUnwrap(logReport.findings.first { $0.rule == "missing-element" })
        XCTAssertEqual(missing.match, "Shift 2: March 10, packing boxes.")
        XCTAssertEqual(missing.rubric, [RubricThreat(criterion: "V1", ceiling: 1, descriptor: "hours for each shift")])
        XCTAssertEqual(logReport.requirements.map(\.id), ["shifts", "shift-hours", "span"])
        XCTAssertEqual(logReport.requirements.map(\.met), [true, false, true])
    }
}
