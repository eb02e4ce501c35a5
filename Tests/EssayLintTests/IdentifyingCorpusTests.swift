import Foundation
import XCTest
@testable import EssayCore
@testable import EssayText
@testable import EssayLint

/// Identifying information on essays written by people outside the project:
/// every fifth essay of ASAP sets 7 and 8 (`../shared/corpus/essays/asap-7-8`,
/// column `essay`, in file order), the first 400. Student narratives,
/// anonymised with @PERSON1-style tokens, full of contractions at sentence
/// starts ("I'm", "I've"): none of it identifies anyone, so every finding is a
/// false alarm. Skipped when the corpus is absent.
final class IdentifyingCorpusTests: XCTestCase {
    /// RFC 4180 records: fields separated by commas, quoted fields with "" for a quote and line breaks inside.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let after = next() {
                        if after == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = after }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", let after = next(), after != "\n" { pending = after }
                record.append(field)
                field = ""
                records.append(record)
                record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    /// The 400 essays: every fifth of sets 7 and 8 together, in file order.
    static func essays() throws -> [(name: String, text: String)]? {
        guard let shared = Support.shared else { return nil }
        let folder = shared.appendingPathComponent("corpus/essays/asap-7-8")
        var all: [(String, String)] = []
        for set in ["asep7", "asep8"] {
            let url = folder.appendingPathComponent(set + ".csv")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            let rows = records(try String(contentsOf: url, encoding: .utf8))
            guard let header = rows.first, let column = header.firstIndex(of: "essay") else { return nil }
            for (n, row) in rows.dropFirst().enumerated() where row.count > column {
                all.append(("\(set)-\(n + 1)", row[column]))
            }
        }
        return Array(all.enumerated().filter { $0.offset % 5 == 0 }.map(\.element).prefix(400))
    }

    /// An anonymisation token after an '@' is no email address ("DATE1@NUM1.and", as the ASAP essays have it).
    func testAnonymisationTokensAreNoEmailAddresses() {
        XCTAssertEqual(IdentifyingPatterns.emails(Array("on DATE1@NUM1.and then".utf16)), [])
        XCTAssertEqual(IdentifyingPatterns.emails(Array("write to ana@north.org now".utf16)).count, 1)
    }

    func testNoIdentifyingFalseAlarmsOnStudentEssays() throws {
        guard let essays = try IdentifyingCorpusTests.essays() else { throw XCTSkip("../shared/corpus/essays/asap-7-8 is not here") }
        XCTAssertEqual(essays.count, 400)
        var alarms: [String] = []
        for (name, text) in essays {
            let report = Support.linter.lint(bytes: Array(text.utf8), path: name + ".txt", format: .text,
                                             options: LintOptions(profile: nil, part: nil))
            for f in report.findings where f.rule == "identifying-info" { alarms.append("\(name): “\(f.match ?? "")”") }
        }
        print("identifying-info on \(essays.count) ASAP essays: \(alarms.count) false alarms")
        for a in alarms { print("  " + a) }
        XCTAssertEqual(alarms, [])
    }
}
