import CEssayICU
import EssayLint
import Foundation

// essaylint-bench [--repeat N] [MODE] FILE...
// Throughput of the whole lint (read, analyse, check, assess) over many
// essays, beside ICU's raw word-break throughput over the same text in the
// same run. A FILE ending in .csv is read as the ASAP essay CSV (column
// "essay"); any other file is one essay. Prints MB/s of UTF-8 input.
// Modes, each printing its own figures and nothing else:
//   --lint-only      the lint passes only: one thread, then Linter.lint(all:)
//   --parallel-only  Linter.lint(all:) only (for a profiler)
//   --parallel-drop  two threads, each report dropped when made, as the
//                    command line does with a folder (lint(all:) keeps them)
//   --rules-off      one thread with every rule off (for a profiler: what
//                    reading, analysis, structure, scans and report cost)
//   --icu-threads    ICU's word breaks alone on one thread, then on two
//   --cold-start     decoding the embedded data in a fresh process

func readCSVColumn(_ path: String, column name: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var rows: [[String]] = []
    var field = ""
    var row: [String] = []
    var quoted = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while true {
        guard let c = pending ?? iterator.next() else { break }
        pending = nil
        if quoted {
            if c == "\"" {
                if let next = iterator.next() {
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\n" {
            row.append(field); field = ""
            rows.append(row); row = []
        } else if c != "\r" {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    guard let header = rows.first, let index = header.firstIndex(of: name) else { return [] }
    return rows.dropFirst().compactMap { $0.count > index ? $0[index] : nil }
}

// --cold-start: in this fresh process, the time to decode the embedded
// resources (index and lexicons) and then the default profile, on this
// thread, as a single run of essaylint needs them. Run it several times.
if CommandLine.arguments.contains("--cold-start") {
    let t0 = DispatchTime.now().uptimeNanoseconds
    let resources = try Resources.embedded()
    for id in resources.lexiconIDs { _ = resources.lexicon(id) }
    let t1 = DispatchTime.now().uptimeNanoseconds
    _ = resources.profile(Linter.defaultProfile)
    let t2 = DispatchTime.now().uptimeNanoseconds
    print(String(format: "cold decode: index and lexicons %.2f ms, default profile %.2f ms", Double(t1 - t0) / 1e6, Double(t2 - t1) / 1e6))
    exit(0)
}
var repeatCount = 3
var lintOnly = false
var parallelOnly = false   // only Linter.lint(all:), for a profiler
var paths: [String] = []
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    if a == "--repeat", let n = args.popFirst().flatMap(Int.init) {
        repeatCount = n
    } else if a == "--lint-only" {
        lintOnly = true
    } else if a == "--parallel-only" {
        parallelOnly = true
    } else {
        paths.append(a)
    }
}
var essays: [[UInt8]] = []
for path in paths {
    if path.hasSuffix(".csv") {
        essays += try readCSVColumn(path, column: "essay").map { Array($0.utf8) }
    } else if let data = FileManager.default.contents(atPath: path) {
        essays.append(Array(data))
    }
}
guard !essays.isEmpty else {
    print("essaylint-bench: no essays (give the ASAP CSV files or essay files)")
    exit(0)
}
let totalBytes = essays.reduce(0) { $0 + $1.count }
let linter = try Linter.embedded()
let utf16 = essays.map { Array(String(decoding: $0, as: UTF8.self).utf16) }

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

if CommandLine.arguments.contains("--icu-threads") {
    // Experiment: ICU word breaks alone on one thread, then on two.
    let utf16 = essays.map { Array(String(decoding: $0, as: UTF8.self).utf16) }
    @Sendable func pass(_ items: ArraySlice<[UInt16]>) -> Int {
        var b = 0
        for units in items {
            var error: Int32 = 0
            b += Int(units.withUnsafeBufferPointer { ceicu_count_word_boundaries($0.baseAddress, Int32($0.count), &error) })
        }
        return b
    }
    var one = Double.infinity, two = Double.infinity
    for _ in 0..<repeatCount {
        one = min(one, seconds { _ = pass(utf16[...]) })
        let half = utf16.count / 2
        two = min(two, seconds {
            DispatchQueue.concurrentPerform(iterations: 2) { t in _ = pass(t == 0 ? utf16[..<half] : utf16[half...]) }
        })
    }
    print(String(format: "ICU alone: one thread %.1f ms, two threads %.1f ms (%.2f times)", one * 1000, two * 1000, one / two))
    exit(0)
}
if CommandLine.arguments.contains("--parallel-drop") {
    // Experiment: the same work on two threads, each report dropped when made.
    var best = Double.infinity
    let all = essays
    for _ in 0..<repeatCount {
        best = min(best, seconds {
            _ = IndexedResults<Int>(count: all.count).run(threads: 2) { i in
                linter.lint(bytes: all[i], path: "essay.txt", format: .text).findings.count
            }
        })
    }
    print(String(format: "two threads, reports dropped: %.1f ms", best * 1000))
    exit(0)
}
if CommandLine.arguments.contains("--rules-off") {
    var off = LintOptions()
    for id in RuleRegistry.ids { off.severities[id] = Severity?.none }
    var best = Double.infinity
    for _ in 0..<repeatCount {
        best = min(best, seconds { for bytes in essays { _ = linter.lint(bytes: bytes, path: "essay.txt", format: .text, options: off) } })
    }
    print(String(format: "one thread, every rule off: %.1f ms", best * 1000))
    exit(0)
}
if parallelOnly {
    let inputs = essays.map { LintInput(path: "essay.txt", bytes: $0, format: .text) }
    var best = Double.infinity
    for _ in 0..<repeatCount { best = min(best, seconds { _ = linter.lint(all: inputs) }) }
    print(String(format: "Linter.lint(all:): %.1f ms", best * 1000))
    exit(0)
}
var bestLint = Double.infinity
var bestICU = Double.infinity
var bestSentences = Double.infinity
var bestParallel = Double.infinity
// Each round's two-core lint / ICU ratio: ICU, one thread and two cores are
// measured in the same round, so a burst of load on the host hits a round's
// figures together, and the spread of the ratio shows how steady the run was.
var ratios: [Double] = []
let inputs = essays.map { LintInput(path: "essay.txt", bytes: $0, format: .text) }
var findings = 0
var words = 0
for _ in 0..<repeatCount {
    var f = 0, w = 0
    bestLint = min(bestLint, seconds {
        for bytes in essays {
            let report = linter.lint(bytes: bytes, path: "essay.txt", format: .text)
            f += report.findings.count
            w += report.stats?.words ?? 0
        }
    })
    findings = f
    words = w
    if lintOnly { continue }
    var boundaries = 0
    let icuRound = seconds {
        for units in utf16 {
            var error: Int32 = 0
            boundaries += Int(units.withUnsafeBufferPointer { ceicu_count_word_boundaries($0.baseAddress, Int32($0.count), &error) })
        }
    }
    bestICU = min(bestICU, icuRound)
    precondition(boundaries > 0)
    let parallel = seconds { _ = linter.lint(all: inputs) }
    bestParallel = min(bestParallel, parallel)
    ratios.append(icuRound / parallel)
    var sentences = 0
    var ends = [Int32](repeating: 0, count: 1 << 16)
    bestSentences = min(bestSentences, seconds {
        for units in utf16 {
            var error: Int32 = 0
            sentences += Int(units.withUnsafeBufferPointer { ceicu_sentences($0.baseAddress, Int32($0.count), &ends, Int32(ends.count), &error) })
        }
    })
}
if lintOnly {
    print(String(format: "lint (all checks), one thread: %.1f ms, %.1f MB/s", bestLint * 1000, Double(totalBytes) / 1e6 / bestLint))
    let inputs = essays.map { LintInput(path: "essay.txt", bytes: $0, format: .text) }
    var best = Double.infinity
    for _ in 0..<repeatCount { best = min(best, seconds { _ = linter.lint(all: inputs) }) }
    print(String(format: "lint (all checks), Linter.lint(all:) on %d cores: %.1f ms, %.1f MB/s (%.2f times one thread)",
                 ProcessInfo.processInfo.activeProcessorCount, best * 1000, Double(totalBytes) / 1e6 / best, bestLint / best))
    exit(0)
}
// Where the time goes: reading alone, reading and analysis.
var bestRead = Double.infinity
var bestAnalysis = Double.infinity
var bestWordsCall = Double.infinity
for _ in 0..<repeatCount {
    bestRead = min(bestRead, seconds {
        for bytes in essays { _ = try? Readers.read(bytes: bytes, path: "essay.txt", format: .text) }
    })
    bestWordsCall = min(bestWordsCall, seconds {
        var a = [Int32](repeating: 0, count: 3 << 16)
        for units in utf16 {
            var error: Int32 = 0
            _ = units.withUnsafeBufferPointer { ceicu_words($0.baseAddress, Int32($0.count), &a, 1 << 16, &error) }
        }
    })
    bestAnalysis = min(bestAnalysis, seconds {
        for bytes in essays {
            if let d = try? Readers.read(bytes: bytes, path: "essay.txt", format: .text) { _ = TextAnalysis(document: d) }
        }
    })
}
// With every rule off: reading, analysis, structure, scan and report alone.
var allOff = LintOptions()
for id in RuleRegistry.ids { allOff.severities[id] = Severity?.none }
var bestNoRules = Double.infinity
for _ in 0..<repeatCount {
    bestNoRules = min(bestNoRules, seconds {
        for bytes in essays { _ = linter.lint(bytes: bytes, path: "essay.txt", format: .text, options: allOff) }
    })
}
// With ESSAYLINT_PROFILE set: where one single-thread pass spends its time.
if ProcessInfo.processInfo.environment["ESSAYLINT_PROFILE"] != nil {
    Timing.totals = [:]
    for bytes in essays {
        Timing.reset()
        _ = linter.lint(bytes: bytes, path: "essay.txt", format: .text)
    }
    for (phase, ms) in Timing.totals.sorted(by: { $0.value > $1.value }) {
        print(String(format: "  phase %-28@ %8.1f ms", phase as NSString, ms))
    }
}
let mb = Double(totalBytes) / 1_000_000
let lintRate = mb / bestLint
let icuRate = mb / bestICU
print(String(format: "essays: %d, %.2f MB of UTF-8, %d words, %d findings (ICU %@)", essays.count, mb, words, findings, String(cString: ceicu_version())))
print(String(format: "lint (all checks):      %8.1f MB/s  (%.1f ms per essay on average)", lintRate, bestLint * 1000 / Double(essays.count)))
print(String(format: "ICU word breaks alone:  %8.1f MB/s", icuRate))
print(String(format: "  of which reading:    %8.1f ms; reading and analysis (ICU words, sentences, counts): %.1f ms; all: %.1f ms", bestRead * 1000, bestAnalysis * 1000, bestLint * 1000))
print(String(format: "  with every rule off: %.1f ms", bestNoRules * 1000))
print(String(format: "ICU words with rule status (as linted): %.1f ms", bestWordsCall * 1000))
print(String(format: "ICU sentence breaks:    %8.1f MB/s (for reference)", mb / bestSentences))
print(String(format: "lint / ICU (one thread): %7.2f", lintRate / icuRate))
let cores = ProcessInfo.processInfo.activeProcessorCount
print(String(format: "lint on %d cores (Linter.lint(all:)): %.1f MB/s; lint / ICU: %.2f (target: at least 0.50)", cores, mb / bestParallel, (mb / bestParallel) / icuRate))
ratios.sort()
if !ratios.isEmpty {
    print(String(format: "  lint on %d cores / ICU by round (%d rounds): lowest %.2f, median %.2f, highest %.2f", cores, ratios.count,
                 ratios[0], ratios[ratios.count / 2], ratios[ratios.count - 1]))
}
