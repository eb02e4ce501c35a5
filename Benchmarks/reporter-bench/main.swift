import EssayLint
import EssayReport
import Foundation

// reporter-bench FOLDER: lints every file of a folder once, then writes all
// the reports with each reporter (best of five passes) and prints MB/s of
// output. Benchmarks/product.sh runs it beside the product figures.

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: reporter-bench FOLDER\n".utf8))
    exit(2)
}
let folder = CommandLine.arguments[1]
let linter = try Linter.embedded()
let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
let reports = names.compactMap { name -> FileReport? in
    guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
    return linter.lint(bytes: [UInt8](data), path: name, format: DocumentFormat.forPath(name), options: LintOptions(profile: nil))
}
let reporters: [(String, any Reporter)] = [("json", JSONReporter()), ("text", TextReporter(color: false))]
for (name, prototype) in reporters {
    var best = Double.infinity
    var bytes = 0
    for _ in 0..<5 {
        var reporter = prototype
        let start = DispatchTime.now().uptimeNanoseconds
        var total = reporter.begin(version: "bench").count
        for (i, report) in reports.enumerated() { total += reporter.file(report, index: i).count }
        total += reporter.end(RunSummary(files: reports.count)).count
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        bytes = total
    }
    print(String(format: "reporter %@: %d reports, %.1f MB in %.3f s, %.1f MB/s", name, reports.count, Double(bytes) / 1e6, best, Double(bytes) / best / 1e6))
}
