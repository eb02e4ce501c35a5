import EssayCore
import EssayText
import EssayStructure

/// What the scan needs to know of the document beyond its words.
public struct ScanContext: Sendable {
    package let document: Document
    package let analysis: TextAnalysis
    package let structure: EssayStructure
    package let exceptions: [DeficitException]
    /// The document's pieces and their digests, when a memo is kept.
    package let chunks: DocumentChunks?

    package func exception(_ term: String, _ offset: Int) -> String? { applicableException(term, offset)?.reason }

    /// The part's exception that covers a term at an offset.
    package func applicableException(_ term: String, _ offset: Int) -> DeficitException? {
        for e in exceptions where e.terms.contains(term) {
            guard let criteria = e.criteria else { return e }
            if let c = structure.criterion(at: offset), criteria.contains(c) { return e }
        }
        return nil
    }

    package func sentence(containing offset: Int) -> Range<Int>? { analysis.sentence(containing: offset) }
    package func sentence(endingBefore offset: Int) -> Range<Int>? { analysis.sentence(endingBefore: offset) }

    package init(document: Document, analysis: TextAnalysis, structure: EssayStructure, exceptions: [DeficitException],
                 chunks: DocumentChunks? = nil) {
        self.chunks = chunks
        self.document = document
        self.analysis = analysis
        self.structure = structure
        self.exceptions = exceptions
    }
}
