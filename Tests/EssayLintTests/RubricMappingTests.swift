import XCTest
@testable import EssayCore
@testable import EssayProfiles
@testable import EssayRubric
@testable import EssayRules

/// The rubric maps findings through keys in the profile's data, never through
/// rule ids written in Swift: tested with hand-made keys and findings.
final class RubricMappingTests: XCTestCase {
    func testPartKeysMapThroughTheData() throws {
        let profile = try XCTUnwrap(Support.linter.resources.profile("family-well-being"))
        let part = try XCTUnwrap(profile.part("asset-map"))
        let assessor = RubricAssessor(profile: profile, part: part)
        let fields = part.rubricKeys(.field)
        XCTAssertEqual(fields.map(\.key), ["asset-map/description", "asset-map/contact", "asset-map/benefit"])
        let mapping = assessor.mapping(of: fields.map { (key: $0.key, what: $0.label) })
        XCTAssertEqual(mapping.map(\.what), ["a description", "contact information", "a statement of how it can benefit the school community"])
        XCTAssertEqual(mapping.map(\.criterion), ["A2", "A2", "A2"])
        XCTAssertEqual(mapping.map(\.ceiling), [1, 1, 1])
        // A finding with a part key takes that key's threat, whatever rule it names.
        let finding = Finding(rule: "any-rule", severity: .error, message: "", range: 0..<0, match: nil, rubricKey: part.rubricKey("contact"))
        XCTAssertEqual(assessor.threats(for: finding).map(\.criterion), ["A2"])
        XCTAssertEqual(assessor.threats(for: finding).first?.descriptor, mapping[1].descriptor)
        // A key the data does not have threatens nothing.
        XCTAssertEqual(assessor.mapping(of: [(key: "asset-map/nothing", what: "x")]).count, 0)
    }

    /// Each rule's part-check kinds are the kinds of the checks it reports;
    /// their keys are the part's, in the data's order.
    func testPartRulesDeclareTheirKinds() throws {
        XCTAssertEqual(MissingQuestionRule.description.partChecks, [.question])
        XCTAssertEqual(MissingElementRule.description.partChecks, [.questionItem, .field, .area, .someItem, .element])
        let profile = try XCTUnwrap(Support.linter.resources.profile("family-well-being"))
        let part1 = try XCTUnwrap(profile.part("part1"))
        XCTAssertEqual(part1.rubricKeys(.question).map(\.label), ["question 1", "question 2", "question 3"])
        XCTAssertEqual(part1.rubricKeys(.questionItem).map(\.key).first, "part1/q2.free-reduced-lunch")
        XCTAssertEqual(try XCTUnwrap(profile.part("needs-assessment")).rubricKeys(.itemCount).map(\.label), ["the number of questions"])
    }
}
