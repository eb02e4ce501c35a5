import EssayCore

/// The fixed phrases (fixed-phrases.yml written out, `words TAB kind TAB
/// terms TAB reason`), found by the FNV-1a hash of their words. A phrase is
/// looked up for every span of up to six words around each deficit term, so
/// a lookup is one hash and one comparison of the line found, not a halving
/// of 2,500 long lines (the halving was 3% of a folder run's CPU, `perf
/// record` over the ASAP essays). The index holds offsets, no strings: made
/// in one pass over the embedded bytes.
package struct PhraseTable: Sendable {
    /// The table as embedded (its lines, for tests and data checks).
    package let lines: SortedLines
    /// Hash of a line's key: the byte offset where the line starts.
    private let starts: [UInt64: Int]
    /// Hashes of the keys' first words (up to a space, a hyphen or the TAB).
    private let firstWords: Set<UInt64>

    package init(_ text: String) {
        lines = SortedLines(text)
        var starts: [UInt64: Int] = [:]
        // Reserved at once: grown by doubling, the index left the first
        // essay's peak 2 MiB higher (`/usr/bin/time`, five runs each). Lines
        // run about a hundred bytes.
        starts.reserveCapacity(text.utf8.count / 64)
        var firstWords: Set<UInt64> = []
        let bytes = text.utf8.span
        var i = 0
        while i < bytes.count {
            let start = i
            if bytes[i] == 0x23 {   // '#': a header line
                while i < bytes.count, bytes[i] != 0x0A { i += 1 }
                i += 1
                continue
            }
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var first: UInt64?
            while i < bytes.count, bytes[i] != 0x09, bytes[i] != 0x0A {
                if first == nil, bytes[i] == 0x20 || bytes[i] == 0x2D { first = h }
                h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3
                i += 1
            }
            if i > start {
                starts[h] = start
                firstWords.insert(first ?? h)
            }
            while i < bytes.count, bytes[i] != 0x0A { i += 1 }
            i += 1
        }
        self.starts = starts
        self.firstWords = firstWords
    }

    /// Whether some phrase's first word is `word` (followed by a space or a hyphen, or alone).
    package func mayStart(with word: String) -> Bool {
        firstWords.contains(Terms.hash(bytes: word.utf8))
    }

    /// The rest of the line whose words are `phrase` (after its TAB), or nil.
    package func value(_ phrase: String) -> Substring? {
        guard let start = starts[Terms.hash(bytes: phrase.utf8)] else { return nil }
        let text = lines.text
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let keyEnd = utf8.index(from, offsetBy: phrase.utf8.count, limitedBy: utf8.endIndex) ?? utf8.endIndex
        // The line found must be this phrase (two keys of one hash are not told apart: the tests find every line).
        guard utf8[from..<keyEnd].elementsEqual(phrase.utf8), keyEnd < utf8.endIndex else { return nil }
        let separator = utf8[keyEnd]
        guard separator == 0x09 || separator == 0x0A else { return nil }
        let valueStart = separator == 0x09 ? utf8.index(after: keyEnd) : keyEnd
        let lineEnd = utf8[valueStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
        return text[valueStart..<lineEnd]
    }
}
