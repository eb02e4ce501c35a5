import Foundation
import XCTest
import Yams
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

/// The essays in Tests/Fixtures/evidence, written blind to the
/// implementation: citations with their verdicts, look-alikes that are not
/// citations, artifact references, long sentences, and what the rich and thin
/// essays show of the rubric.
final class EvidenceTests: XCTestCase {
    struct Key: Decodable {
        struct Cite: Decodable { var text: String; var verdict: String; var correct: String? }
        var citations: [Cite]
        var notCitations: [String] = []
        var artifacts: [String]
        var notArtifacts: [String] = []
        var longSentences: Int
        var deficit: [String]?
        var notDeficit: [String]?

        enum CodingKeys: String, CodingKey { case citations, notCitations, artifacts, notArtifacts, longSentences, deficit, notDeficit }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            citations = try c.decode([Cite].self, forKey: .citations)
            notCitations = try c.decodeIfPresent([String].self, forKey: .notCitations) ?? []
            artifacts = try c.decode([String].self, forKey: .artifacts)
            notArtifacts = try c.decodeIfPresent([String].self, forKey: .notArtifacts) ?? []
            longSentences = try c.decode(Int.self, forKey: .longSentences)
            deficit = try c.decodeIfPresent([String].self, forKey: .deficit)
            notDeficit = try c.decodeIfPresent([String].self, forKey: .notDeficit)
        }
    }

    /// The six evidence essays, and the Community Partnerships essays of the
    /// held-out sets (written last, measured before any change for them).
    static func essays() throws -> [(URL, Key)] {
        let folder = Support.fixtures.appendingPathComponent("evidence")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md.expected.yml") }.sorted()
        XCTAssertEqual(names.count, 6)
        var out = try names.map { name in
            let key = try YAMLDecoder().decode(Key.self, from: String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            return (folder.appendingPathComponent(String(name.dropLast(".expected.yml".count))), key)
        }
        for set in ["heldout", "heldout2"] {
            let heldout = Support.fixtures.appendingPathComponent(set)
            for file in try FileManager.default.contentsOfDirectory(atPath: heldout.path).sorted() where file.hasPrefix("cp-") && !file.hasSuffix(".yml") {
                let base = (file as NSString).deletingPathExtension
                let key = try YAMLDecoder().decode(Key.self, from: String(contentsOf: heldout.appendingPathComponent(base + ".expected.yml"), encoding: .utf8))
                out.append((heldout.appendingPathComponent(file), key))
            }
        }
        XCTAssertEqual(out.count, 10)
        return out
    }

    static func lint(_ url: URL) throws -> FileReport {
        let report = Support.linter.lint(bytes: Array(try Data(contentsOf: url)), path: url.lastPathComponent, format: DocumentFormat.forPath(url.path),
                                         options: LintOptions(profile: "community-partnerships", part: "essay"))
        XCTAssertNil(report.error)
        return report
    }

    /// UTF-16 ranges of every occurrence of a phrase.
    static func ranges(of phrase: String, in text: String) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: phrase, range: search) {
            let lo = text.utf16.distance(from: text.utf16.startIndex, to: r.lowerBound)
            out.append(lo..<(lo + phrase.utf16.count))
            search = r.upperBound..<text.endIndex
        }
        return out
    }

    func testCitationsAndTheirVerdicts() throws {
        for (url, key) in try Self.essays() {
            let report = try Self.lint(url)
            let text = try String(contentsOf: url, encoding: .utf8)
            let found = report.references.filter { $0.kind == "citation" }
            for c in key.citations {
                let at = try XCTUnwrap(Self.ranges(of: c.text, in: text).first, c.text)
                let hit = found.first { $0.range.overlaps(at) }
                XCTAssertEqual(hit?.status, c.verdict, "\(url.lastPathComponent): \(c.text)")
                if c.verdict == "misspelled" || c.verdict == "wrong-year" {
                    let finding = report.findings.first { $0.rule == "citation" && $0.range.overlaps(at) }
                    XCTAssertTrue(finding?.suggestions.contains { $0.contains(c.correct ?? "?") } == true, "\(url.lastPathComponent): \(c.text) -> \(finding?.suggestions ?? [])")
                }
            }
            XCTAssertEqual(found.count, key.citations.count, "\(url.lastPathComponent): \(found.map(\.text))")
            for phrase in key.notCitations {
                for at in Self.ranges(of: phrase, in: text) {
                    XCTAssertFalse(found.contains { $0.range.overlaps(at) }, "\(url.lastPathComponent): “\(phrase)” taken as a citation")
                }
            }
            let none = report.findings.contains { $0.rule == "citation" && $0.isDocumentLevel }
            XCTAssertEqual(none, key.citations.isEmpty, url.lastPathComponent)
        }
    }

    func testArtifactReferences() throws {
        for (url, key) in try Self.essays() {
            let report = try Self.lint(url)
            let text = try String(contentsOf: url, encoding: .utf8)
            let found = report.references.filter { $0.kind == "artifact" }
            for phrase in key.artifacts {
                let at = try XCTUnwrap(Self.ranges(of: phrase, in: text).first, phrase)
                XCTAssertTrue(found.contains { $0.range.overlaps(at) }, "\(url.lastPathComponent): “\(phrase)” not found; found \(found.map(\.text))")
            }
            for phrase in key.notArtifacts {
                for at in Self.ranges(of: phrase, in: text) {
                    XCTAssertFalse(found.contains { $0.range.overlaps(at) }, "\(url.lastPathComponent): “\(phrase)” taken as an artifact")
                }
            }
            XCTAssertEqual(found.count, key.artifacts.count, "\(url.lastPathComponent): \(found.map(\.text))")
            XCTAssertEqual(report.findings.contains { $0.rule == "artifact-reference" }, key.artifacts.isEmpty, url.lastPathComponent)
        }
    }

    func testLongSentences() throws {
        for (url, key) in try Self.essays() {
            let report = try Self.lint(url)
            XCTAssertEqual(report.findings.filter { $0.rule == "long-sentence" }.count, key.longSentences, url.lastPathComponent)
        }
    }

    /// The rich essay shows most rubric elements and every one of Competency
    /// 6's but the discussion of which goals were met and what comes next (no
    /// sentence of it says so: its section sets goals before each cycle and
    /// changes a policy after feedback); the thin one shows few, none of
    /// Competency 6's, and not what the applicant would do differently
    /// (Competency 9). Each shown element quotes a sentence of its own section.
    func testRubricEvidenceOfRichAndThinEssays() throws {
        let folder = Support.fixtures.appendingPathComponent("evidence")
        let rich = try Self.lint(folder.appendingPathComponent("rich-cited.md"))
        let thin = try Self.lint(folder.appendingPathComponent("thin-uncited.md"))
        func share(_ r: FileReport) -> Double {
            let shown = r.rubric.reduce(0) { $0 + $1.evidenced.count }
            let all = r.rubric.reduce(0) { $0 + $1.evidenced.count + $1.missingElements.count }
            return Double(shown) / Double(max(all, 1))
        }
        XCTAssertGreaterThanOrEqual(share(rich), 0.8)
        XCTAssertLessThanOrEqual(share(thin), 0.4)
        XCTAssertEqual(rich.rubric.first { $0.criterion == "C6" }?.missingElements, ["c6-goals-next"])
        let thinC6 = try XCTUnwrap(thin.rubric.first { $0.criterion == "C6" })
        XCTAssertEqual(thinC6.evidenced, [])
        XCTAssertTrue(thin.rubric.first { $0.criterion == "C9" }?.missingElements.contains("c9-differently") == true)
        // Each missing element is a finding at the section heading, in the rubric's words, with a guiding question.
        let c6 = thin.findings.filter { $0.rule == "rubric-evidence" && $0.criterion == "C6" }
        XCTAssertEqual(c6.count, thinC6.missingElements.count)
        XCTAssertTrue(c6.allSatisfy { $0.message.contains("A question that helps: “") && $0.match?.contains("Competency 6") == true })
        XCTAssertTrue(c6.allSatisfy { !$0.rubric.isEmpty })
        // The estimate follows the evidence: every Good element shown, at least 2; every element, 3; else 1.
        for r in rich.rubric + thin.rubric {
            let good = r.elementEvidence.filter { $0.level <= 2 }
            let expected = r.missingElements.isEmpty ? 3 : good.allSatisfy { $0.range != nil } ? 2 : 1
            XCTAssertEqual(r.estimate, expected, r.criterion)
            XCTAssertTrue(r.estimateBasis?.contains("not a score") == true, r.criterion)
        }
        // Each shown element's sentence lies inside its competency's section.
        for report in [rich, thin] {
            let structure = try XCTUnwrap(report.stats).sections
            for r in report.rubric {
                let heading = try XCTUnwrap(structure.first { $0.criterion == r.criterion })
                let next = structure.first { $0.line > heading.line }?.line ?? Int.max
                for e in r.elementEvidence {
                    guard let range = e.range else { continue }
                    let line = try XCTUnwrap(report.source).location(of: range.lowerBound).line
                    XCTAssertTrue(line > heading.line && line < next, "\(e.id) quotes line \(line), outside its section")
                }
            }
        }
    }

    /// The documented syllable rule, on words whose count is not in doubt,
    /// and the same count from UTF-16 units as from a string.
    func testSyllableRule() {
        let cases: [(String, Int)] = [("the", 1), ("made", 1), ("walked", 1), ("table", 2), ("started", 2), ("boxes", 2),
                                      ("reading", 2), ("partnership", 3), ("community", 4), ("education", 4), ("café", 2), ("rhythm", 1)]
        for (word, n) in cases {
            XCTAssertEqual(Syllables.count(word), n, word)
            XCTAssertEqual(Syllables.count(units: ArraySlice(Array(word.utf16))), n, word)
        }
    }

    /// Flesch reading ease and grade from their formulas: 2 sentences, 11 words, 12 syllables.
    func testReadabilityFormulas() throws {
        let text = "## Knowledge of the Self\n\nI grew up on this street. My mother ran the store.\n"
        let document = MarkdownOrText.read(text, format: .markdown, path: "r.md")
        let analysis = TextAnalysis(document: document)
        let body = document.headings[0].range.upperBound..<document.source.utf16.count
        let r = Readability(analysis: analysis, source: document.source, range: body, excluding: document.headings)
        XCTAssertEqual([r.words, r.sentences, r.syllables], [11, 2, 12])
        XCTAssertEqual(r.ease, 206.835 - 1.015 * 11 / 2 - 84.6 * 12 / 11, accuracy: 1e-9)
        XCTAssertEqual(r.grade, 0.39 * 11 / 2 + 11.8 * 12 / 11 - 15.59, accuracy: 1e-9)
    }
}
