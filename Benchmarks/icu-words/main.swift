import CEssayICU
import Foundation

// icu-words [--threads N] [--repeat N] FOLDER
// The yardstick of the product benchmark (Benchmarks/product.sh): raw ICU
// word breaking (UAX #29, every boundary counted) over the UTF-8 files of a
// folder, read and converted to UTF-16 as the linter does, in one process.
// Prints the best pass: bytes, seconds and MB/s of UTF-8 input.

var threads = 1
var repeats = 5
var folder: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--threads": threads = max(1, Int(arguments.popFirst() ?? "") ?? 1)
    case "--repeat": repeats = max(1, Int(arguments.popFirst() ?? "") ?? 1)
    default: folder = argument
    }
}
guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
    FileHandle.standardError.write(Data("usage: icu-words [--threads N] [--repeat N] FOLDER\n".utf8))
    exit(2)
}
let paths = names.sorted().map { folder + "/" + $0 }

/// Reads each file, converts it to UTF-16 and counts its word boundaries.
@Sendable func pass(_ paths: ArraySlice<String>) -> (bytes: Int, boundaries: Int) {
    var bytes = 0, boundaries = 0
    for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        bytes += data.count
        let units = Array(String(decoding: data, as: UTF8.self).utf16)
        var error: Int32 = 0
        boundaries += Int(units.withUnsafeBufferPointer { ceicu_count_word_boundaries($0.baseAddress, Int32($0.count), &error) })
    }
    return (bytes, boundaries)
}

final class Totals: @unchecked Sendable {
    let lock = NSLock()
    var bytes = 0
    func add(_ n: Int) { lock.lock(); bytes += n; lock.unlock() }
}

var best = Double.infinity
var bytes = 0
for _ in 0..<repeats {
    let totals = Totals()
    let start = DispatchTime.now().uptimeNanoseconds
    let share = (paths.count + threads - 1) / threads
    DispatchQueue.concurrentPerform(iterations: threads) { t in
        let slice = paths[min(paths.count, t * share)..<min(paths.count, (t + 1) * share)]
        totals.add(pass(slice).bytes)
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    bytes = totals.bytes
}
print(String(format: "icu-words: %d files, %d bytes, %d thread(s), best of %d: %.3f s, %.1f MB/s",
             paths.count, bytes, threads, repeats, best, Double(bytes) / best / 1e6))
