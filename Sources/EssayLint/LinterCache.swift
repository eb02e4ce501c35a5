import Foundation
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage
import EssayRules
import EssayRubric

extension Linter {
    /// Compiled lexicons, heading mappers, rubric tables and profile texts,
    /// built on first use and kept: a one-file run pays only for what it uses.
    /// Each value is made once, and values of different keys or tables are
    /// made at the same time: `prepare` compiles the lexicon on one core
    /// while the rubric elements are compiled on another.
    package final class Cache: Sendable {
        /// A part of a profile, as a key.
        package struct PartKey: Hashable {
            package var profile: String
            package var part: String
        }

        // One typed table each: a lookup per document, so no key strings to
        // build and no casts from Any.
        private let assessors = OnceTable<PartKey, RubricAssessor>()
        private let mappers = OnceTable<PartKey, HeadingMapper>()
        private let lexicons = OnceTable<String, CompiledLexicon>()
        private let profileTexts = OnceTable<String, ProfileTexts>()
        private let elements = OnceTable<String, RubricEvidence.Compiled>()
        private let detectionCues = OnceTable<[String], PartDetector.Cues>()
        /// Each competency section's readability, by a digest of its text
        /// (never the text): a language server re-lints the sections an
        /// edit did not touch.
        private let readabilityLock = NSLock()
        nonisolated(unsafe) private var readabilities: [TextDigest: Readability] = [:]
        private static let readabilityLimit = 4096

        package func assessor(_ profile: CredentialProfile, _ part: Part) -> RubricAssessor {
            assessors.value(PartKey(profile: profile.id, part: part.id)) { RubricAssessor(profile: profile, part: part) }!
        }

        package func lexicon(_ id: String, _ resources: Resources) -> CompiledLexicon? {
            lexicons.value(id) { resources.lexicon(id).map(CompiledLexicon.init) }
        }

        package func mapper(_ profile: CredentialProfile, _ part: Part) -> HeadingMapper {
            mappers.value(PartKey(profile: profile.id, part: part.id)) { HeadingMapper(profile: profile, part: part) }!
        }

        /// A profile's rubric element wordings and the statement cues, compiled.
        /// An embedded profile's phrases come stemmed by the build; the
        /// evidence debug report names phrases, so it compiles them from the
        /// profile as written.
        package func elements(_ profile: CredentialProfile, _ resources: Resources) -> RubricEvidence.Compiled {
            elements.value(profile.id) {
                if RubricEvidence.debug, let full = resources.fullProfile(profile.id) {
                    return RubricEvidence.Compiled(profile: full, cues: resources.statementCues)
                }
                return RubricEvidence.Compiled(profile: profile, cues: resources.statementCues,
                                               stemmed: resources.stemmedWordings(profile.id))
            }!
        }

        /// The detection cues of these profiles, by their ids.
        package func detectionCues(_ candidates: [ProfileSummary]) -> PartDetector.Cues {
            detectionCues.value(candidates.map(\.id)) { PartDetector.Cues(candidates) }!
        }

        package func texts(_ profile: CredentialProfile) -> ProfileTexts {
            profileTexts.value(profile.id) { ProfileTexts(profile) }!
        }

        /// `chunks`: an open document's pieces, whose digests make the key's.
        package func readability(_ analysis: TextAnalysis, _ document: Document, _ range: Range<Int>,
                                 chunks: DocumentChunks? = nil) -> Readability {
            let inside = document.headings.filter { $0.range.overlaps(range) }
            let labels = inside.map { "\($0.range.lowerBound - range.lowerBound) \($0.range.count)" }
            let key = chunks?.digest(range, in: document, labels: labels)
                ?? TextDigest([document.source.utf16[range], document.analysisText[range]], labels: labels)
            readabilityLock.lock()
            let known = readabilities[key]
            readabilityLock.unlock()
            if let known { return known }
            let computed = Readability(analysis: analysis, source: document.source, range: range, excluding: inside)
            readabilityLock.lock(); defer { readabilityLock.unlock() }
            if readabilities.count >= Cache.readabilityLimit { readabilities.removeAll(keepingCapacity: true) }
            readabilities[key] = computed
            return computed
        }
    }
}

/// Values made once per key. The table's lock is held only to find a key's
/// cell; the cell's own lock while its value is made, so that a second
/// caller of the same key waits for the first and callers of other keys
/// do not. A key whose value could not be made (nil) is tried again.
package final class OnceTable<Key: Hashable, Value>: @unchecked Sendable {
    private final class Cell: @unchecked Sendable {
        let lock = NSLock()
        var value: Value?
    }

    private let lock = NSLock()
    private var cells: [Key: Cell] = [:]

    package init() {}

    package func value(_ key: Key, _ make: () -> Value?) -> Value? {
        lock.lock()
        let cell: Cell
        if let known = cells[key] {
            cell = known
        } else {
            cell = Cell()
            cells[key] = cell
        }
        lock.unlock()
        cell.lock.lock(); defer { cell.lock.unlock() }
        if let value = cell.value { return value }
        cell.value = make()
        return cell.value
    }
}
