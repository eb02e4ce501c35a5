import XCTest
@testable import EssayLint
import EssayCore
import EssayText
import EssayStructure
import EssayRubric

/// What a sentence claims (`StatementReading`, `Lexicons/statement-cues.yml`),
/// one category of language per case, and the rubric elements a sentence of
/// each category shows or not. The sentences are written for these tests.
final class StatementReadingTests: XCTestCase {
    /// The modes of each word of a one-sentence text, by the word as written.
    func modes(_ sentence: String) -> [(String, Set<StatementMode>)] {
        let document = MarkdownOrText.read(sentence + "\n", format: .text, path: "s.txt")
        let analysis = TextAnalysis(document: document)
        let text = PartText(document: document, analysis: analysis)
        let reading = StatementReading(text: text, words: 0..<analysis.words.count,
                                       cues: CompiledStatementCues(Support.linter.resources.statementCues))
        return (0..<analysis.words.count).map { (document.source.string(analysis.words[$0].range), Set(reading.modes[$0].modes)) }
    }

    func assertModes(_ sentence: String, marked: [String: StatementMode], plain: [String], file: StaticString = #filePath, line: UInt = #line) {
        let m = modes(sentence)
        for (word, mode) in marked {
            let found = m.first { $0.0 == word }
            XCTAssertNotNil(found, "\(word) in “\(sentence)”", file: file, line: line)
            // .negation asks for either kind of negation; .selfNegation for the writer's own.
            let ok = mode == .negation ? !(found?.1.isDisjoint(with: [.negation, .selfNegation]) ?? true) : found?.1.contains(mode) == true
            XCTAssertTrue(ok, "\(word) should be \(mode) in “\(sentence)”: \(found?.1 ?? [])", file: file, line: line)
        }
        for word in plain {
            let found = m.first { $0.0 == word }
            XCTAssertNotNil(found, "\(word) in “\(sentence)”", file: file, line: line)
            XCTAssertEqual(found?.1, [], "\(word) should be stated in “\(sentence)”", file: file, line: line)
        }
    }

    func testNegationMarksItsClauseAndTheQuestionsItGoverns() {
        assertModes("We never asked the parents what they wanted.", marked: ["asked": .negation, "parents": .negation, "wanted": .negation], plain: [])
        assertModes("No one from the agency sat on the committee.", marked: ["agency": .negation, "committee": .negation], plain: [])
        assertModes("We realized that we had never asked the elders.", marked: ["asked": .negation, "elders": .negation], plain: ["realized"])
        assertModes("I have not yet worked out the principles that guide me.", marked: ["principles": .negation], plain: [])
    }

    /// The writer's own negation (a failure to act or to find out) is told
    /// from the negation of others, of things, of a state or a stance.
    func testTheWritersOwnNegation() {
        assertModes("We never asked the parents.", marked: ["parents": .selfNegation], plain: [])
        assertModes("No one told me how the college had treated the building.", marked: ["college": .selfNegation], plain: [])
        let others = modes("The college never returned the results to the residents.")
        XCTAssertTrue(others.first { $0.0 == "results" }?.1 == [.negation])
        let state = modes("We are not yet as close as I want.")
        XCTAssertTrue(state.first { $0.0 == "close" }?.1 == [.negation])
        let stance = modes("We cannot treat the neighborhood as one voice.")
        XCTAssertTrue(stance.first { $0.0 == "voice" }?.1 == [.negation])
        assertModes("My rule is that I never take a photo without asking.", marked: [:], plain: ["photo", "asking"])
    }

    func testNegationInsideAQuestionOrAfterAContrastIsContent() {
        assertModes("We asked the parents what was not working.", marked: [:], plain: ["asked", "parents", "working"])
        assertModes("The agency did not trust us at first, but the director invited residents to co-chair the board.",
                    marked: ["trust": .negation], plain: ["invited", "residents", "board"])
        assertModes("When invited into a home I go to hear, not to recruit.", marked: ["recruit": .negation], plain: ["hear", "invited"])
        assertModes("So the classes would not end with the grant, two members trained as instructors.",
                    marked: ["end": .negation], plain: ["trained", "instructors"])
    }

    func testPhrasesThatOnlyLookNegative() {
        assertModes("I am not from the valley and do not speak Spanish.", marked: [:], plain: ["valley", "Spanish"])
        assertModes("I never missed a Saturday market.", marked: [:], plain: ["market"])
        assertModes("I come not as an expert but as a guest.", marked: [:], plain: ["expert", "guest"])
        assertModes("We listened not only to the board but to the tenants.", marked: [:], plain: ["listened", "board", "tenants"])
    }

    func testWishesHypotheticalsAndPlans() {
        assertModes("Next time I hope to hold listening sessions before we start.", marked: ["listening": .intention], plain: [])
        assertModes("If we had mapped the skills in the building, we could have built the club around them.",
                    marked: ["mapped": .hypothetical, "built": .hypothetical], plain: [])
        assertModes("I wish we had invited the elders, but we did hold two evening sessions.",
                    marked: ["invited": .wish], plain: ["evening", "sessions"])
        assertModes("Someday I hope to write down guidelines for disagreements.", marked: ["guidelines": .wish], plain: [])
        assertModes("We will ask the council to co-design the review.", marked: ["council": .intention], plain: [])
    }

    func testHabitsReportsAndGeneralities() {
        // "Would" of repeated action is habitual; a partner's reported wish is theirs.
        assertModes("At every meeting I would check in on whose voice was heard.", marked: [:], plain: ["check", "voice"])
        assertModes("They told us they would like classes in the evening.", marked: [:], plain: ["told", "evening"])
        assertModes("In any partnership there will be disagreements.", marked: ["disagreements": .generic], plain: [])
        assertModes("I believe it is important to treat everyone as an equal.", marked: ["equal": .generic], plain: [])
    }

    /// One section of a competency with one sentence: the elements it shows.
    func shown(_ heading: String, _ sentence: String) throws -> Set<String> {
        let report = try Support.lint("## \(heading)\n\n\(sentence)\n", path: "s.md")
        return Set(report.rubric.flatMap(\.elementEvidence).filter { $0.range != nil }.map(\.id))
    }

    func testElementsByCategoryOfLanguage() throws {
        let c3 = "Initiating and Maintaining Effective Partnerships"
        // The partner, not the institution alone.
        XCTAssertFalse(try shown(c3, "Decisions about the schedule and the budget were made in my office and approved by my director.")
            .contains("c3-governance"))
        XCTAssertTrue(try shown(c3, "Budget decisions are made by consensus on a steering committee where the association holds two of the three seats.")
            .contains("c3-governance"))
        XCTAssertFalse(try shown(c3, "My office's motivation was to give students service hours.").contains("c3-motivations"))
        // A hope is no strategy; a plan the partners made is.
        XCTAssertFalse(try shown(c3, "I hope the program continues next year once the grant ends.").contains("c3-sustainability"))
        XCTAssertTrue(try shown(c3, "So the work would outlast the grant, the library wrote the program into its own budget.")
            .contains("c3-sustainability"))
        // Paraphrase: listening without the word, before and during and after.
        let c5 = "Communicating Across Roles and Boundaries"
        XCTAssertTrue(try shown(c5, "We knocked on doors before the first class, held a coffee hour midway through the term, and called every family after the last session.")
            .contains("c5-listening"))
        XCTAssertFalse(try shown(c5, "We never asked the families what they thought before the classes began or after they ended.")
            .contains("c5-listening"))
        // Decoys: a failure to act, a wish, negated learning.
        let c2 = "Knowledge of the Community"
        XCTAssertFalse(try shown(c2, "No one told me how the college had treated the building in the past.").contains("c2-institution"))
        XCTAssertTrue(try shown(c2, "Several residents told me the college had promised a health study and never shared the results.")
            .contains("c2-institution"))
        let c7 = "Resolving Conflicts"
        XCTAssertFalse(try shown(c7, "We never discussed how we would handle a disagreement.").contains("c7-recognize"))
        XCTAssertFalse(try shown(c7, "Someday I hope to write down ground rules for conflicts with partners.").contains("c7-guidelines"))
        let c8 = "Developing Authentic Relationships in the Life of the Community"
        XCTAssertTrue(try shown(c8, "My rule is that I never take a story from the building without asking permission and giving something back.")
            .contains("c8-ethics"))
        XCTAssertFalse(try shown(c8, "I have not yet worked out the principles that should guide how I take part in the community.")
            .contains("c8-ethics"))
        // What would be done differently accepts the hypothetical.
        let c9 = "Reflecting on Power Relations"
        XCTAssertTrue(try shown(c9, "Looking back, I would have asked the council to audit the budget with us from the start.")
            .contains("c9-differently"))
        XCTAssertFalse(try shown(c9, "I have not involved the tenants in looking back at the partnership.").contains("c9-differently"))
    }
}
