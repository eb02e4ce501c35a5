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

/// A seeded generator (SplitMix64), so that a random test draws the same
/// inputs on every run. Each random test starts from a fixed seed and names
/// it in every failure; `ESSAYLINT_TEST_SEED=N swift test` replays another.
struct SeededGenerator: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    /// The test's fixed seed, unless `ESSAYLINT_TEST_SEED` names another.
    init(fixed: UInt64) {
        let given = ProcessInfo.processInfo.environment["ESSAYLINT_TEST_SEED"].flatMap { UInt64($0) }
        seed = given ?? fixed
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// "seed N": for failure messages.
    var label: String { "seed \(seed)" }
}
