import Foundation
import EssayReport

/// One input for `Linter.lint(all:)`.
public struct LintInput: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var format: DocumentFormat

    public init(path: String, bytes: [UInt8], format: DocumentFormat) {
        self.path = path
        self.bytes = bytes
        self.format = format
    }
}

extension Linter {
    /// Lints many inputs on all cores (or `concurrency` threads); the reports
    /// come back in the inputs' order. One input's failure is its report's
    /// `error`, never the others'.
    public func lint(all inputs: [LintInput], profile: String = Linter.defaultProfile, part: String? = nil,
                     concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) -> [FileReport] {
        let threads = max(1, min(concurrency, inputs.count))
        if threads == 1 {
            return inputs.map { lint(bytes: $0.bytes, path: $0.path, format: $0.format, profile: profile, part: part) }
        }
        return IndexedResults<FileReport>(count: inputs.count).run(threads: threads) { i in
            let input = inputs[i]
            return lint(bytes: input.bytes, path: input.path, format: input.format, profile: profile, part: part)
        }
    }
}

/// Work shared by worker threads: hands out indices in order and keeps each
/// result in its own slot, so results come back in input order.
public final class IndexedResults<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    private var next = 0

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index to work on, or nil when all are taken.
    public func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    public func set(_ i: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = value
    }

    /// Every result, in index order (all must have been set), moved out of
    /// the slots rather than copied: `run` calls it once, at the end.
    private func takeValues() -> [T] {
        var out: [T] = []
        out.reserveCapacity(slots.count)
        for i in slots.indices { out.append(slots[i].take()!) }
        return out
    }

    /// Runs `body` for every index on `threads` threads.
    public func run(threads: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { _ in
            while let i = self.take() { self.set(i, body(i)) }
        }
        return takeValues()
    }
}
