/// A 128-bit digest of text, for remembering what was computed from a text
/// without keeping the text: a long-running server must not hold one
/// applicant's words after their request. Two of Swift's hashers (seeded
/// per process) over the same parts with different salts; a collision
/// among a few hundred entries has odds of about 2^-110.
package struct TextDigest: Hashable, Sendable {
    private let first: Int
    private let second: Int

    package init(_ parts: [[UInt16]], labels: [String] = []) {
        var a = Hasher()
        var b = Hasher()
        a.combine(0x5eed_0001)
        b.combine(0x5eed_0002)
        for label in labels { a.combine(label); b.combine(label) }
        for part in parts {
            a.combine(part.count); b.combine(part.count)
            for u in part { a.combine(u); b.combine(u) }
        }
        first = a.finalize()
        second = b.finalize()
    }

    package init(_ text: String) { self.init([Array(text.utf16)]) }
}
