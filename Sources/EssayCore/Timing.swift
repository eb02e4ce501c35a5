import Foundation

/// Phase timings for benchmarks: with ESSAYLINT_TIMING set, each mark prints
/// the time since start on standard error; with ESSAYLINT_PROFILE set, marks
/// add the time since the previous mark to a per-phase total (one thread).
public enum Timing {
    // getenv, not ProcessInfo.environment, which copies the whole environment.
    package static let enabled = getenv("ESSAYLINT_TIMING") != nil
    package static let profiling = getenv("ESSAYLINT_PROFILE") != nil
    package nonisolated(unsafe) static var start = DispatchTime.now().uptimeNanoseconds
    package nonisolated(unsafe) static var last: UInt64 = 0
    nonisolated(unsafe) public static var totals: [String: Double] = [:]

    /// The name is built only when timing is on: marks sit on the hot path.
    public static func mark(_ name: @autoclosure () -> String) {
        guard profiling || enabled else { return }
        let name = name()
        if profiling {
            guard Thread.isMainThread else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            if last != 0 { totals[name, default: 0] += Double(now - last) / 1e6 }
            last = now
            return
        }
        let origin = start
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data("\(name): \(Double(now - origin) / 1e6) ms\n".utf8))
    }

    /// Starts a new round of profile marks (the next mark measures from here).
    public static func reset() { last = DispatchTime.now().uptimeNanoseconds }
}
