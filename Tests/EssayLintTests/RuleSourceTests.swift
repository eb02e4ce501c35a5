import Foundation
import XCTest
@testable import EssayCore
@testable import EssayRules

/// How the rules are written: one rule per file, named after it, and each
/// rule id written once in Sources/ (its `static let id`), so that no other
/// layer keys on a rule by name.
final class RuleSourceTests: XCTestCase {
    static var sources: URL { Support.packageRoot.appendingPathComponent("Sources") }

    /// Every Swift file under Sources/, by its path relative to Sources/.
    static func swiftFiles() throws -> [(path: String, text: String)] {
        let root = sources
        var out: [(String, String)] = []
        let walker = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let url as URL in walker where url.pathExtension == "swift" {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            out.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    func testEachRuleHasItsOwnFile() throws {
        let files = try Self.swiftFiles()
        for rule in RuleRegistry.all {
            let type = String(describing: Swift.type(of: rule))
            let path = "EssayRules/\(type).swift"
            let file = try XCTUnwrap(files.first { $0.path == path }, "\(type) is not in \(path)")
            XCTAssertTrue(file.text.contains("public struct \(type): Rule"), path)
            XCTAssertTrue(file.text.contains("static let id = \"\(Swift.type(of: rule).id)\""), path)
            // No other rule in the same file.
            let others = RuleRegistry.all.map { String(describing: Swift.type(of: $0)) }.filter { $0 != type }
            for other in others { XCTAssertFalse(file.text.contains("struct \(other):"), "\(path) also holds \(other)") }
        }
    }

    func testRuleIdsAreWrittenOnce() throws {
        let files = try Self.swiftFiles()
        for rule in RuleRegistry.all {
            let id = type(of: rule).id
            let literal = "\"\(id)\""
            let places = files.flatMap { file in
                file.text.components(separatedBy: "\n").enumerated()
                    .filter { $0.element.contains(literal) }.map { "\(file.path):\($0.offset + 1)" }
            }
            XCTAssertEqual(places.count, 1, "\(id) is written as a literal in: \(places)")
            XCTAssertTrue(places.first?.hasPrefix("EssayRules/\(String(describing: type(of: rule))).swift:") == true, "\(id): \(places)")
        }
    }

    func testRuleFilesAreShort() throws {
        for file in try Self.swiftFiles() where file.path.hasPrefix("EssayRules/") {
            let lines = file.text.components(separatedBy: "\n").count
            XCTAssertLessThan(lines, 400, file.path)
        }
    }
}
