/// A 128-bit digest of text, for remembering what was computed from a text
/// without keeping the text: a long-running server must not hold one
/// applicant's words after their request.
///
/// Two multiply-and-shift lanes, seeded at random per process, take the
/// units four at a time; Swift's hasher (SipHash, seeded per process too)
/// then takes the two lanes, the lengths and the labels. Fed every unit,
/// the hasher was an eighth of the instructions of a language server's
/// re-lint (callgrind); the lanes cost a fraction of that. What is
/// remembered by a digest is numbers and ranges (never text), so a
/// collision, made or by chance, can only mislead a lint of the colliding
/// text itself.
package struct TextDigest: Hashable, Sendable {
    private let first: Int
    private let second: Int

    private static let seeds = (UInt64.random(in: 1...UInt64.max), UInt64.random(in: 1...UInt64.max))

    /// The digest of the parts in order (each part's length counts, so no
    /// two splits of the same units collide) and of the labels.
    package init(_ parts: [ArraySlice<UInt16>], labels: [String] = []) {
        var a = TextDigest.seeds.0
        var b = TextDigest.seeds.1
        var lengths = Hasher()
        lengths.combine(parts.count)
        for part in parts {
            lengths.combine(part.count)
            var word: UInt64 = 0
            var k = 0
            for u in part {
                word = word << 16 | UInt64(u)
                k += 1
                if k == 4 {
                    a = (a ^ word) &* 0x9E37_79B9_7F4A_7C15
                    a ^= a >> 32
                    b = (b &+ word) &* 0xC2B2_AE3D_27D4_EB4F
                    b = b << 31 | b >> 33
                    word = 0
                    k = 0
                }
            }
            a = (a ^ word) &* 0x9E37_79B9_7F4A_7C15
            a ^= a >> 32
            b = (b &+ word) &* 0xC2B2_AE3D_27D4_EB4F
            b = b << 31 | b >> 33
        }
        for label in labels { lengths.combine(label) }
        let tail = lengths.finalize()
        var x = Hasher()
        x.combine(0x5eed_0001)
        x.combine(a); x.combine(b); x.combine(tail)
        var y = Hasher()
        y.combine(0x5eed_0002)
        y.combine(b); y.combine(a); y.combine(tail)
        first = x.finalize()
        second = y.finalize()
    }

    package init(_ text: String) { self.init([Array(text.utf16)[...]]) }

    /// The digest of digests in order, and of the labels: equal only for
    /// equal lists (of texts, when each is a text's digest).
    package init(combining parts: [TextDigest], labels: [String] = []) {
        var x = Hasher()
        var y = Hasher()
        x.combine(0x5eed_0003)
        y.combine(0x5eed_0004)
        x.combine(parts.count)
        y.combine(parts.count)
        for part in parts {
            x.combine(part.first); x.combine(part.second)
            y.combine(part.second); y.combine(part.first)
        }
        for label in labels { x.combine(label); y.combine(label) }
        first = x.finalize()
        second = y.finalize()
    }
}
