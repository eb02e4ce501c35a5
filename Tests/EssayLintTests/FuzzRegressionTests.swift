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

/// Every input in Fuzz/corpus (seeds, and what fuzzing found once it was
/// fixed) goes through its reader and the whole lint pipeline without a
/// crash; a broken archive that fuzzing found is refused with a reason.
final class FuzzRegressionTests: XCTestCase {
    func testCorpusReplaysWithoutCrashing() throws {
        let corpus = Support.packageRoot.appendingPathComponent("Fuzz/corpus")
        var replayed = 0
        for target in ["markdown", "text", "docx", "odt", "html", "lint"] {
            let folder = corpus.appendingPathComponent(target)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
                let format: DocumentFormat = ["markdown": .markdown, "text": .text, "docx": .docx, "odt": .odt, "html": .html][target] ?? .markdown
                let report = Support.linter.lint(bytes: bytes, path: name, format: format, options: LintOptions(profile: nil, part: nil))
                let found = name.hasPrefix("crash") || name.hasPrefix("leak") || name.hasPrefix("timeout")
                if found, format == .docx || format == .odt {
                    XCTAssertNotNil(report.error, "\(target)/\(name) should be refused")
                } else if !found {
                    XCTAssertNil(report.error, "\(target)/\(name): \(report.error ?? "")")
                }
                _ = JSONReporter().render(Report(files: [report]), version: "test")
                _ = TextReporter(color: false).render(Report(files: [report]), version: "test")
                replayed += 1
            }
        }
        XCTAssertGreaterThanOrEqual(replayed, 9)
    }
}
