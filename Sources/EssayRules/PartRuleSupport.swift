import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// Rules over what a part asks for (questions, counted items, fields, areas,
/// elements, a span of time, evidence). The linter checks the part once
/// (`PartAnalysis`, facts only); each rule reports the kinds of check it
/// declares (`partChecks`, also in its description) and writes its own
/// messages from the facts.

/// What one unmet check asks the applicant to do, and where.
package struct PartIssue {
    package var message: String
    package var range: Range<Int>
    /// Whether the range is text (else a finding about the whole document).
    package var isText: Bool

    /// At the start of the document, about the whole part.
    package static func document(_ message: String) -> PartIssue { PartIssue(message: message, range: 0..<0, isText: false) }

    package static func at(_ anchor: PartAnalysis.Anchor, _ message: String) -> PartIssue {
        PartIssue(message: message, range: anchor.range, isText: anchor.isText)
    }
}

extension Rule {
    /// The findings of the part's unmet checks of the given kinds, in the
    /// order the part's data lists them, with the messages `issues` writes.
    package func partFindings(_ context: LintContext, _ kinds: [PartCheckKind],
                              _ issues: (PartAnalysis.Check) -> [PartIssue]) -> [Finding] {
        guard let analysis = context.partAnalysis else { return [] }
        var out: [Finding] = []
        for check in analysis.checks where !check.met && kinds.contains(check.kind) {
            for issue in issues(check) {
                out.append(finding(context, issue.message, range: issue.range, match: issue.isText,
                                   criterion: context.part.criteria?.first, rubricKey: check.rubricKey))
            }
        }
        return out
    }
}

extension ElementSpec {
    /// The data's advice, as a sentence added to a message.
    package var adviceSentence: String { advice.map { " \($0)" } ?? "" }
}

package enum PartExamples {
    package static let part1Q1 = "## Why this micro-credential\n\nI chose this micro-credential because my professional goal is to bring families into our reading work.\n\n"
    package static let part1Q2 = "## My classroom\n\nMy class has 26 students: 58% receive free and reduced lunch, most are Latino or Black, four have special needs (IEPs), and six are English learners.\n\n"
    package static let part1Q3 = "## Community partners\n\nWorking with community partners such as the public library will enrich our family nights with resources I cannot offer alone.\n"

    package static func asset(_ name: String, contact: Bool = true) -> String {
        "## \(name)\n\nDescription: a neighbourhood branch with after-school homework help and family story times.\n\n"
            + (contact ? "Contact: (555) 201-3344, info@example.org\n\n" : "")
            + "Benefit to our school: it can host our family literacy night.\n\n"
    }

    /// Ten or more survey questions, numbered, without a title.
    package static func questions(_ n: Int) -> String {
        (1...n).map { "\($0). How often does your child read at home?\n" }.joined()
    }

    package static func survey(_ n: Int) -> String {
        "# Family Survey\n\n" + (1...n).map { "\($0). How often does your child read at home?\n" }.joined()
    }
}
