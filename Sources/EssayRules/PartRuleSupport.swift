import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// Rules over what a part asks for (questions, counted items, fields, areas,
/// elements, a span of time, evidence). They report `PartAnalysis`, which the
/// linter computes once for parts that declare these checks.

extension Rule {
    package func partFindings(_ context: LintContext) -> [Finding] {
        guard let analysis = context.partAnalysis else { return [] }
        var out: [Finding] = []
        for check in analysis.checks where check.rule == Self.id {
            for issue in check.findings {
                out.append(finding(context, issue.message, range: issue.range, match: issue.hasMatch,
                                   criterion: context.part.criteria?.first, rubricKey: check.rubricKey))
            }
        }
        return out
    }
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

    package static func survey(_ n: Int) -> String {
        "# Family Survey\n\n" + (1...n).map { "\($0). How often does your child read at home?\n" }.joined()
    }
}
