import EssayCore

/// Flesch reading ease and Flesch–Kincaid grade of a stretch of text.
package struct Readability: Sendable, Equatable {
    package var words: Int
    package var sentences: Int
    package var syllables: Int
    package var ease: Double { 206.835 - 1.015 * Double(words) / Double(max(sentences, 1)) - 84.6 * Double(syllables) / Double(max(words, 1)) }
    package var grade: Double { 0.39 * Double(words) / Double(max(sentences, 1)) + 11.8 * Double(syllables) / Double(max(words, 1)) - 15.59 }

    /// ICU sentences and ICU words (letters; numbers count as words of one syllable).
    package init(analysis: TextAnalysis, source: SourceText, range: Range<Int>, excluding headings: [Heading]) {
        var words = 0
        var syllables = 0
        let inside = headings.filter { $0.range.overlaps(range) }
        for i in analysis.wordIndices(in: range) {
            let w = analysis.words[i]
            if !inside.isEmpty, inside.contains(where: { $0.range.contains(Int(w.start)) }) { continue }
            words += 1
            syllables += w.isNumber ? 1 : Syllables.count(units: source.utf16[w.range])
        }
        self.words = words
        self.syllables = syllables
        var count = 0
        for s in analysis.sentences where s.overlaps(range) && !inside.contains(where: { $0.range.overlaps(s) }) { count += 1 }
        sentences = count
    }
}
