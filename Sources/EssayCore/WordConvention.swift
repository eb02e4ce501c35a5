/// The word-count conventions essaylint can report.
public enum WordConvention: String, Sendable, Codable, CaseIterable {
    /// Whitespace-separated tokens with a letter or digit; em and en dashes and
    /// runs of two or more hyphens also separate; hyphenated words and
    /// contractions count once. The way word processors count.
    case wordProcessor = "word-processor"
    /// UAX #29 word segments containing a letter or digit (ICU).
    case icu = "icu"
}
