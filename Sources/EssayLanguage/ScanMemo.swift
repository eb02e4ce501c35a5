import EssayCore

extension DeficitScan {
    /// What one open document's scan decided, paragraph by paragraph, kept
    /// from one lint of it to the next: a language server re-lints the whole
    /// essay on every keystroke, and an edit changes one paragraph.
    ///
    /// A paragraph (a piece of `DocumentChunks`) is decided again unless its
    /// text, both neighbours' texts (a decision reads the sentence before
    /// and after), where the headings stand among them, the competency it
    /// sits in (a part's exceptions name competencies), and how many of its
    /// words an occurrence from before it took are all as they were. The
    /// keys are digests, not text; the decisions name the document's words,
    /// so a memo belongs to one open document, is used by one lint at a
    /// time, and goes with the document: one-off lints (the command line,
    /// the web server) take none.
    public final class Memo: @unchecked Sendable {
        struct Key: Hashable {
            var previous: TextDigest?
            var this: TextDigest
            var next: TextDigest?
            /// Heading ranges among the three pieces, relative to this one's start.
            var headings: [Int]
            var criterion: String?
            var consumed: Int

            init(_ chunks: DocumentChunks, at c: Int, headings all: [Heading], criterion: String?, consumed: Int) {
                let ranges = chunks.ranges
                previous = c > 0 ? chunks.digests[c - 1] : nil
                this = chunks.digests[c]
                next = c + 1 < ranges.count ? chunks.digests[c + 1] : nil
                let low = ranges[max(0, c - 1)].lowerBound
                let high = ranges[min(ranges.count - 1, c + 1)].upperBound
                let base = ranges[c].lowerBound
                var around: [Int] = []
                for h in all where h.range.lowerBound < high && h.range.upperBound > low {
                    around += [h.range.lowerBound - base, h.range.upperBound - base]
                }
                self.headings = around
                self.criterion = criterion
                self.consumed = consumed
            }
        }

        struct Chunk {
            /// Ranges relative to the piece's start.
            var occurrences: [TermOccurrence]
            var assets: Int
            /// Words past the piece's first that its last occurrence took.
            var consumed: Int
        }

        let chunks = ChunkMemo<Key, Chunk>()
        /// The exceptions the decisions were made with: others (the
        /// configuration changed) start the memo again, as another compiled
        /// lexicon does.
        private var exceptions: [DeficitException] = []

        public init() {}

        /// Starts a lint of the document.
        func begin(compiled: CompiledLexicon, exceptions given: [DeficitException]) {
            let changed = exceptions != given
            exceptions = given
            chunks.begin(reset: changed, owner: compiled)
        }
    }
}
