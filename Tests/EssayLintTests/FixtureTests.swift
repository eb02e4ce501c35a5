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

/// The annotated essays in Tests/Fixtures/essays: every heading mapped as the
/// key says, the word count equal to the word-processor count, and deficit
/// flags at exactly the keyed places (precision and recall reported).
final class FixtureTests: XCTestCase {
    struct Key: Decodable {
        struct HeadingKey: Decodable { var line: Int; var text: String; var criterion: String? }
        struct Place: Decodable { var line: Int; var column: Int; var match: String }
        var words: Int
        var headings: [HeadingKey]
        var missing: [String]?
        var deficit: [Place]?
        var notDeficit: [Place]?
    }

    func essays() throws -> [(URL, Key)] {
        let folder = Support.fixtures.appendingPathComponent("essays")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".expected.yml") }.sorted()
        return try names.map { name in
            let key = try YAMLDecoder().decode(Key.self, from: String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            return (folder.appendingPathComponent(String(name.dropLast(".expected.yml".count))), key)
        }
    }

    func lint(_ url: URL) throws -> FileReport {
        let bytes = Array(try Data(contentsOf: url))
        let report = Support.report(bytes: bytes, format: DocumentFormat.forPath(url.path), path: url.lastPathComponent)
        XCTAssertNil(report.error)
        return report
    }

    func testWordCounts() throws {
        for (url, key) in try essays() {
            XCTAssertEqual(try lint(url).stats?.words, key.words, url.lastPathComponent)
        }
    }

    func testHeadingMapping() throws {
        for (url, key) in try essays() {
            let report = try lint(url)
            let got = report.stats!.sections.map { "\($0.line): \($0.criterion ?? "-")" }
            let expected = key.headings.map { "\($0.line): \($0.criterion ?? "-")" }
            XCTAssertEqual(got, expected, url.lastPathComponent)
            let missing = report.findings.filter { $0.rule == "missing-heading" }.compactMap(\.criterion).sorted()
            XCTAssertEqual(missing, (key.missing ?? []).sorted(), url.lastPathComponent)
        }
    }

    func testDeficitLanguagePrecisionAndRecall() throws {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        for (url, key) in try essays() {
            let report = try lint(url)
            let found = Set(report.findings.filter { $0.rule == "deficit-language" && !$0.isDocumentLevel }.map { f -> String in
                let l = report.source!.location(of: f.range.lowerBound)
                return "\(l.line):\(l.column):\(f.match!)"
            })
            let expected = Set((key.deficit ?? []).map { "\($0.line):\($0.column):\($0.match)" })
            for miss in expected.subtracting(found) { print("missed \(url.lastPathComponent):\(miss)") }
            for extra in found.subtracting(expected) { print("false positive \(url.lastPathComponent):\(extra)") }
            truePositives += found.intersection(expected).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print("deficit-language on fixtures: precision \(precision), recall \(recall)")
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
    }
}
