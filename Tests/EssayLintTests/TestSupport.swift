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

enum Support {
    static let linter: Linter = try! Linter.embedded()

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var fixtures: URL { packageRoot.appendingPathComponent("Tests/Fixtures") }

    /// `../shared` beside the checkout, when present.
    static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static func lint(_ text: String, format: DocumentFormat = .markdown, path: String = "example",
                     profile: String = Linter.defaultProfile, part: String? = nil) throws -> FileReport {
        let document = MarkdownOrText.read(text, format: format, path: path)
        return try linter.lint(document, profile: profile, part: part)
    }

    /// Lints a rule example with the profile and part it is written for.
    static func lint(_ example: RuleExample, _ text: String) throws -> FileReport {
        try lint(text, format: example.format, profile: example.profile ?? Linter.defaultProfile, part: example.part)
    }

    static func report(bytes: [UInt8], format: DocumentFormat, path: String = "example") -> FileReport {
        linter.lint(bytes: bytes, path: path, format: format)
    }

    /// Line and column (Unicode scalars), computed without SourceText.
    static func expectedLocation(_ text: String, utf16Offset: Int) -> (line: Int, column: Int, byte: Int) {
        let prefix = String(decoding: Array(text.utf16)[0..<utf16Offset], as: UTF16.self)
        var line = 1
        var column = 1
        var previousCR = false
        for scalar in prefix.unicodeScalars {
            if scalar == "\n" {
                if !previousCR { line += 1 }
                column = 1
                previousCR = false
            } else if scalar == "\r" {
                line += 1
                column = 1
                previousCR = true
            } else {
                column += 1
                previousCR = false
            }
        }
        return (line, column, prefix.utf8.count)
    }

    static func productsDirectory() -> URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }
}

enum MarkdownOrText {
    static func read(_ text: String, format: DocumentFormat, path: String) -> Document {
        Readers.reader(for: format).read(SourceText(string: text), path: path)
    }
}
