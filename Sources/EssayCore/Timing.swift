import Foundation

/// Phase timings for finding where a run's time goes: with ESSAYLINT_TIMING
/// set, each mark prints the milliseconds since the first mark on
/// standard error. Off, a mark costs one test of a constant.
public enum Timing {
    // getenv, not ProcessInfo.environment, which copies the whole environment.
    package static let enabled = getenv("ESSAYLINT_TIMING") != nil
    package static let start = DispatchTime.now().uptimeNanoseconds

    /// The name is built only when timing is on: marks sit on the hot path.
    public static func mark(_ name: @autoclosure () -> String) {
        guard enabled else { return }
        let origin = start  // read first: a static is set on first use, which may be this mark
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data("\(name()): \(Double(now - origin) / 1e6) ms\n".utf8))
    }
}
