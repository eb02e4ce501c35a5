import ArgumentParser
import EssayLint
import EssayReport
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a commented starter .essaylint.yml in the current folder.")

    @Flag(help: "Overwrite an existing .essaylint.yml.")
    var force = false

    func run() throws {
        let path = FileManager.default.currentDirectoryPath + "/" + Configuration.fileName
        if FileManager.default.fileExists(atPath: path), !force {
            writeError("\(path) already exists; use --force to overwrite it")
            throw ExitCode(Exit.trouble)
        }
        do {
            try Configuration.starter.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            writeError("\(path): cannot write: \(error.localizedDescription)")
            throw ExitCode(Exit.trouble)
        }
        print("wrote \(path)")
    }
}

struct Profiles: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "profiles", abstract: "List the credential profiles and their parts.")

    func run() throws {
        for profile in try Linter.embedded().profiles {
            print("\(profile.id): \(profile.name)")
            for part in profile.parts {
                var detail: [String] = []
                if let r = part.wordRange { detail.append("\(r.min) to \(r.max) words") }
                if part.headingPerCriterion ?? false { detail.append("a sub-heading for each of \(profile.criteria.count) competencies") }
                print("  \(part.id): \(part.title)" + (detail.isEmpty ? "" : " (" + detail.joined(separator: "; ") + ")"))
            }
        }
    }
}

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule with its default severity and what it checks.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Option(help: "Output format: text, or markdown (the table in the README's Rules section).")
    var format: Format = .text

    func run() {
        switch format {
        case .text:
            for d in Linter.rules {
                print("\(d.id) (\(d.defaultSeverity.rawValue)): \(d.summary)")
            }
        case .markdown:
            print(Linter.rulesTable(), terminator: "")
        }
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule: what it checks, why, examples and the rubric criteria it maps to.")

    @Argument(help: "A rule id, as `essaylint rules` lists them.")
    var rule: String

    func run() throws {
        guard let d = Linter.rule(rule) else {
            writeError("unknown rule '\(rule)'; `essaylint rules` lists them")
            throw ExitCode(Exit.trouble)
        }
        print("\(d.id): \(d.name) (default severity: \(d.defaultSeverity.rawValue))\n")
        print(d.summary + "\n")
        print("Why: " + d.rationale + "\n")
        if let linter = try? Linter.embedded() {
            let mappings = linter.rubricMappings(of: d.id)
            for m in mappings {
                let target = m.criterion ?? "the competency of the section"
                let what = m.what == d.id ? "" : " (\(m.what))"
                print("Rubric, \(m.profile)/\(m.part)\(what): puts \(target) at risk, at most level \(m.ceiling)\(m.descriptor.isEmpty ? "." : ": “\(m.descriptor)”")")
            }
            if !mappings.isEmpty { print("") }
        }
        let shortExamples = d.triggering.filter { $0.count < 400 }
        if !shortExamples.isEmpty {
            print("Flagged (the «marked» text):")
            for e in shortExamples { print("  " + e.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n  ")) }
            print("")
        }
        let quiet = d.nonTriggering.filter { $0.count < 400 }
        if !quiet.isEmpty {
            print("Not flagged:")
            for e in quiet { print("  " + e.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n  ")) }
        }
    }
}

/// `essaylint explain-finding FILE`: each deficit-language candidate of a
/// file, flagged or not, and why (what it frames, or what set it aside).
struct ExplainFinding: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain-finding",
                                                    abstract: "Show each deficit-language candidate in a file: whether it was flagged, and why.")

    @Argument(help: "The file to read.")
    var file: String

    @Option(help: "The credential profile (default: the configuration's, else detected).")
    var profile: String?

    @Option(help: "The part of the credential (default: the configuration's, else detected).")
    var part: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .essaylint.yml files.")
    var noConfig = false

    func run() throws {
        let workspace: Workspace
        do {
            workspace = try Workspace(configFile: nil, useConfiguration: !noConfig, lexiconFolders: [])
        } catch {
            writeError("\(error)")
            throw ExitCode(Exit.trouble)
        }
        let settings: FileSettings
        switch workspace.settings(for: file, overrides: Overrides(profile: profile, part: part)) {
        case .success(let s): settings = s
        case .failure(let error):
            writeError(error.description)
            throw ExitCode(Exit.trouble)
        }
        let report = workspace.lint(path: file, settings: settings)
        if let error = report.error {
            writeError("\(file): \(error)")
            throw ExitCode(Exit.trouble)
        }
        print(ExplainFinding.lines(report, path: file).joined(separator: "\n"))
    }

    /// One line per candidate: `FILE:LINE:COLUMN: flagged|not flagged “match” (term): why`.
    static func lines(_ report: FileReport, path: String) -> [String] {
        guard let source = report.source else { return [] }
        if report.deficitCandidates.isEmpty { return ["\(path): no deficit-language candidates"] }
        return report.deficitCandidates.map { c in
            let l = source.location(of: c.range.lowerBound)
            return "\(path):\(l.line):\(l.column): \(c.flagged ? "flagged" : "not flagged") “\(c.match)” (\(c.term)): \(c.why)"
        }
    }
}
