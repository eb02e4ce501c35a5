import Foundation
import XCTest
@testable import EssayCore
@testable import EssayText
@testable import EssayDocuments
@testable import EssayLanguage
@testable import EssayProfiles
@testable import EssayLint

/// The language layer: the embedded tables and their lookups, lemmas, word
/// classes, noun categories, and the facts read from a sentence (heads,
/// subjects, names, negation) that the deficit decision rests on.
final class LanguageLayerTests: XCTestCase {
    let data = LanguageData.embedded

    /// Word facts go back to the data after a scan and come out again with what
    /// they remembered; ones that remember too much are let go.
    func testWordFactsAreKeptFromOneScanToTheNext() {
        let data = LanguageData()
        let first = data.borrowFacts()
        XCTAssertTrue(first.classes("families").contains(.noun))
        XCTAssertEqual(first.remembered, 1)
        let second = data.borrowFacts()
        XCTAssertFalse(first === second, "one set of facts per scan at a time")
        data.giveBack(first)
        data.giveBack(second)
        let again = data.borrowFacts()
        XCTAssertTrue(again === second, "the last given back comes out first")
        XCTAssertTrue(data.borrowFacts() === first)
        XCTAssertEqual(first.remembered, 1)
        // Another data's facts, or facts that remember more than 50,000 lookups, are not kept.
        data.giveBack(WordFacts(LanguageData.embedded))
        for k in 0...50_000 { _ = first.classes("w\(k)") }
        data.giveBack(first)
        XCTAssertFalse(data.borrowFacts() === first)
    }

    /// Every line of every embedded table is found by halving, in order.
    func testEveryLineOfEveryTableIsFound() {
        let tables = [data.nounCategories, data.wordClassTable, data.nounExceptions, data.verbExceptions, data.overrides,
                      data.wordnetClasses, data.functionWords, data.fixedPhrases.lines]
        for table in tables {
            let lines = table.lines
            XCTAssertFalse(lines.isEmpty)
            var previous: [UInt8] = []
            for line in lines {
                let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                let key = String(fields[0])
                XCTAssertTrue(previous.isEmpty || previous.lexicographicallyPrecedes(Array(key.utf8)), "sorted before \(key)")
                previous = Array(key.utf8)
                XCTAssertEqual(table.value(key).map(String.init), fields.count > 1 ? String(fields[1]) : "", key)
            }
            XCTAssertNil(table.value("zzzz-not-a-word"))
            XCTAssertNil(table.value(""))
        }
        // The fixed phrases are found by the hash of their words: every line, and every first word.
        for line in data.fixedPhrases.lines.lines {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            XCTAssertEqual(data.fixedPhrases.value(String(fields[0])).map(String.init), String(fields[1]))
            let first = fields[0].split(whereSeparator: { $0 == " " || $0 == "-" })[0]
            XCTAssertTrue(data.phraseMayStart(with: String(first)), String(first))
        }
        for word in ["zzzz", "ne", "needs assessment", "assessment", ""] { XCTAssertFalse(data.phraseMayStart(with: word), word) }
        XCTAssertNil(data.fixedPhrases.value("no need"))
        XCTAssertNil(data.fixedPhrases.value("no need to be"))
        // The licence stays with the WordNet data.
        XCTAssertTrue(data.nounCategories.text.contains("WordNet 3.0 Copyright 2006 by Princeton University"))
    }

    /// Lexicons/language/lack-labels.tsv (WordNet glosses of lack, deprivation or damage), spot-checked.
    func testLackLabels() {
        let adjectives = Set(data.lackLabelForms("adjective"))
        let people = Set(data.lackLabelForms("person"))
        for word in ["dispossessed", "disenfranchised", "wrecked", "ravaged", "helpless", "destroyed"] { XCTAssertTrue(adjectives.contains(word), word) }
        for word in ["outcast", "outcasts", "castaway", "castaways", "shut-in", "shut-ins", "waif"] { XCTAssertTrue(people.contains(word), word) }
        // Praise, quantity and mere description are not lack; the deficit lexicon's own words are not repeated.
        for word in ["tireless", "countless", "fearless", "selfless", "empty", "preserved", "intact", "needy", "poor", "broken"] {
            XCTAssertFalse(adjectives.contains(word) || people.contains(word), word)
        }
        XCTAssertTrue(data.lackLabels.contains("WordNet 3.0 Copyright 2006 by Princeton University"))
        XCTAssertTrue((80...400).contains(adjectives.count + people.count / 2), "\(adjectives.count) adjectives, \(people.count / 2) person nouns")
        // Participles of WordNet's verbs of damage (troponyms of the roots), regular, doubled and irregular; not the
        // excluded groups (food, peeling, a body's injuries), not a participle that is a common noun, no plurals.
        let damaged = Set(data.lackLabelForms("damaged"))
        for word in ["chipped", "scorched", "blown", "jammed", "drained", "discarded", "torn", "shredded", "corroded"] { XCTAssertTrue(damaged.contains(word), word) }
        for word in ["chewed", "peeled", "injured", "mangled", "beaten", "stove", "rent", "given", "chippeds", "broken"] { XCTAssertFalse(damaged.contains(word), word) }
        XCTAssertTrue((60...300).contains(damaged.count), "\(damaged.count) participles")
    }

    func testNounCategories() {
        let expected: [(String, NounCategory)] = [
            ("families", .group), ("family", .group), ("tenants", .person), ("teens", .person), ("children", .person),
            ("neighbourhood", .place), ("neighborhood", .place), ("county", .place), ("tract", .place), ("blocks", .place),
            ("school", .organisation), ("clinic", .organisation), ("office", .organisation), ("scanner", .thing), ("printer", .thing),
            ("spreadsheet", .document), ("metadata", .document), ("calibration", .event), ("meeting", .event), ("time", .abstract),
            ("programme", .event), ("program", .event), ("collection", .thing),
        ]
        for (word, category) in expected { XCTAssertEqual(data.category(ofNoun: word), category, word) }
        XCTAssertNil(data.category(ofNoun: "zzzz"))
        // Languages (a proper noun with a sense under "natural language"), and not the states that share a name.
        for name in ["spanish", "english", "hmong", "somali", "vietnamese", "tagalog", "navajo"] { XCTAssertNotNil(data.languageNames.value(name), name) }
        for name in ["kansas", "iowa", "delaware", "families", "mandarin"] { XCTAssertNil(data.languageNames.value(name), name) }
    }

    func testLemmasAndClasses() {
        XCTAssertEqual(data.nounLemma("children"), "child")
        XCTAssertEqual(data.nounLemma("communities"), "community")
        XCTAssertEqual(data.nounLemma("shelves"), "shelf")
        XCTAssertEqual(data.nounLemma("freshmen"), "freshman")
        XCTAssertEqual(data.category(ofNoun: "fishermen"), .person)
        XCTAssertEqual(data.verbLemma("went"), "go")
        XCTAssertEqual(data.verbLemma("planned"), "plan")
        XCTAssertEqual(data.verbLemma("running"), "run")
        XCTAssertEqual(data.verbLemma("struggles"), "struggle")
        XCTAssertEqual(data.verbLemma("lacked"), "lack")
        XCTAssertEqual(data.adjectiveBase("poorest")?.0, "poor")
        XCTAssertEqual(data.adjectiveBase("neediest")?.0, "needy")
        XCTAssertEqual(data.adjectiveBase("biggest")?.0, "big")
        XCTAssertTrue(data.classes("need").contains(.noun) && data.classes("need").contains(.verb))
        XCTAssertTrue(data.classes("apathetic").contains(.adjective))
    }

    /// Every list the code asks for is in construction-words.yml and holds words, and the file holds no list the
    /// code does not ask for (a renamed key would otherwise leave an empty list behind).
    func testConstructionWordLists() {
        XCTAssertEqual(data.constructionListNames, Set(ConstructionList.allCases.map(\.rawValue)))
        for list in ConstructionList.allCases { XCTAssertFalse(data.words(list).isEmpty, list.rawValue) }
        XCTAssertEqual(data.words(.haveWords), ["have", "has", "had", "having"])
        XCTAssertTrue(data.words(.beWords).contains("'re"))
        XCTAssertTrue(data.words(.holdingVerbs).contains("face"))
        XCTAssertFalse(data.words(.holdingVerbs).contains("solve"))
        XCTAssertTrue(data.words(.taskVerbs).contains("solve"))
    }

    /// The rejection section's words reach the compiled lexicon as sets; a two-word turn counts whole, or with a word
    /// that points back at the wording between its parts ("set both aside"), never with another object ("set the cart aside").
    func testRejectionWords() throws {
        let words = try XCTUnwrap(Resources.embedded().lexicon("deficit-language")).rejection
        let cues = RejectionWords(words)
        XCTAssertTrue(cues.proposal.contains("pitched"))
        XCTAssertTrue(cues.past.contains("originally"))
        XCTAssertFalse(cues.turnedDown(["we", "set", "the", "cart", "aside"]))
        XCTAssertTrue(cues.turnedDown(["i", "set", "both", "aside"]))
        XCTAssertTrue(cues.pointedBack(["i", "rewrote", "it"]))
        XCTAssertFalse(cues.pointedBack(["i", "rewrote", "the", "grant"]))
        XCTAssertTrue(cues.turnedDown(["we", "set", "aside", "the", "word"]))
        XCTAssertFalse(cues.turnedDown(["she", "pushed", "the", "cart"]))
        XCTAssertTrue(cues.turnedDown(["she", "pushed", "back"]))
        XCTAssertTrue(cues.turnedDown(["the", "board", "vetoed", "it"]))
        XCTAssertEqual(RejectionWords(nil).proposal, [])
    }

    func testFunctionWordsAndFixedPhrases() {
        XCTAssertTrue(data.roles("i'm").contains(.neverName))
        XCTAssertTrue(data.roles("i'm").contains(.contraction))
        XCTAssertTrue(data.roles("the").contains(.determiner))
        XCTAssertTrue(data.roles("will").contains(.mayBeName))
        XCTAssertEqual(data.roles("families"), [])
        XCTAssertEqual(LanguageData.normalize("I’ve"), "i've")
        XCTAssertEqual(data.fixedPhrase("needs assessment")?.kind, "method")
        XCTAssertEqual(data.fixedPhrase("no need to")?.kind, "idiom")
        XCTAssertEqual(data.fixedPhrase("scheduling problem")?.terms, ["problem", "issue", "challenge"])
        XCTAssertNil(data.fixedPhrase("the needs of families"))
    }

    /// The sentence's facts, read from a plain-text document.
    func sentence(_ text: String, around word: String) throws -> (Sentence, Int) {
        let document = MarkdownOrText.read(text, format: .text, path: "s")
        let analysis = TextAnalysis(document: document)
        let units = document.source.utf16
        let index = try XCTUnwrap(analysis.words.firstIndex { SourceText.string(units[$0.range]) == word }, word)
        let range = try XCTUnwrap(analysis.sentence(containing: Int(analysis.words[index].start)))
        let s = Sentence.read(range, around: index, analysis: analysis, source: units, text: document.analysisText,
                              inHeading: false, data: WordFacts(data))
        return (s, try XCTUnwrap(s.index(ofWord: index)))
    }

    func testHeadsSubjectsAndFacts() throws {
        // A noun phrase's head: past determiners, modifier lists and compounds.
        var (s, i) = try sentence("We met at-risk, underserved and disadvantaged families on Monday.", around: "at")
        XCTAssertEqual(s.nounPhraseHead(from: i).map { s.tokens[$0].text }, "families")
        // A subject past a relative clause, and past a prepositional phrase.
        (s, i) = try sentence("The guardians who never called are tired.", around: "are")
        XCTAssertEqual(s.subjectHead(of: i).map { s.tokens[$0].text }, "guardians")
        (s, i) = try sentence("Seniors on Maple Row need rides.", around: "need")
        XCTAssertEqual(s.subjectHead(of: i).map { s.tokens[$0].text }, "seniors")
        // An apposition names its subject.
        (s, i) = try sentence("Casa del Sol, a volunteer-run clinic, needs volunteers.", around: "needs")
        XCTAssertEqual(s.subjectHead(of: i).map { s.tokens[$0].text }, "clinic")
        // Pronouns stand for the nearest people in their sentence.
        (s, i) = try sentence("People on the hill need rides, and many of them are tired.", around: "them")
        XCTAssertEqual(s.referent(i), .category(.group))
        (s, i) = try sentence("We borrowed chairs from the parish and returned three of them scratched.", around: "them")
        XCTAssertEqual(s.referent(i), .category(.thing))
        XCTAssertEqual(try sentence("I lack time.", around: "I").0.referent(0), .applicant)
        // Proper names, negation, questions.
        (s, i) = try sentence("This year the Harbor Challenge Fund paid for the bus.", around: "Challenge")
        XCTAssertEqual(s.properName(containing: i).map { $0.map { s.tokens[$0].text } }, ["harbor", "challenge", "fund"])
        (s, i) = try sentence("The guardians were not unmotivated.", around: "unmotivated")
        XCTAssertTrue(s.negated(i))
        (s, i) = try sentence("What my own habit needs, not their needs, changed.", around: "their")
        XCTAssertFalse(s.negated(i + 1, nounPhraseOnly: true))
        XCTAssertTrue(try sentence("Would the tenants need a ride?", around: "need").0.isQuestion)
    }

    /// What each construction frames, and what it is called.
    func testFramings() throws {
        let cases: [(String, String, FramingKind, String?, String)] = [
            ("We listed the needs of the families on Elm Street.", "needs", .owner, "families", "of-complement"),
            ("The issue with the budget spreadsheet was a formula.", "issue", .owner, "spreadsheet", "with-complement"),
            ("The battery issue came up twice.", "issue", .owner, "battery", "compound noun"),
            ("The tenants have many problems with heat.", "problems", .owner, "heat", "with-complement"),
            ("The real problem is the landlord.", "problem", .owner, "landlord", "predicate after ‘is’"),
            ("Issue: the room was double-booked.", "Issue", .owner, "room", "what follows the label"),
            ("We visited the neediest households there.", "neediest", .modifier, "households", "attributive adjective"),
            ("The guardians seem unmotivated.", "unmotivated", .modifier, "guardians", "predicate adjective"),
            ("The neighbourhood lacks a pharmacy.", "lacks", .subject, "neighbourhood", "subject of the verb"),
            ("The volunteers wanted to save the ward.", "save", .object, "ward", "object of the verb"),
        ]
        for (text, word, kind, head, construction) in cases {
            let (s, i) = try sentence(text, around: word)
            let f = s.framing(first: i, last: i, kind: kind)
            XCTAssertEqual(f?.headText, head, text)
            XCTAssertEqual(f?.construction, construction, text)
        }
    }

    /// Spot checks of the WordNet tables of scripts/wordnet-formation-data.py: places where people live whose first
    /// sense is none (a valley settlement, a city block, a quarter), and verbs of provision.
    func testCommunityPlacesAndProvisionVerbs() {
        let data = LanguageData.embedded
        for word in ["hollow", "holler", "block", "quarter", "glen"] {
            XCTAssertEqual(data.category(ofNoun: word), .place, word)
        }
        XCTAssertEqual(data.category(ofNoun: "shed"), .thing)
        for verb in ["house", "school", "bank", "parent", "teach", "feed"] { XCTAssertTrue(data.isProvisionVerb(verb), verb) }
        for verb in ["open", "pay", "satisfy", "arm"] { XCTAssertFalse(data.isProvisionVerb(verb), verb) }
    }

    /// A list item in plain text is a block of its own, so a "- " after a full stop is no part of the sentence before
    /// ("- Ask us what we want, not what we lack.\n- These are broken families." is two sentences); wrapped prose stays
    /// one paragraph.
    func testPlainTextListItemsAreBlocks() throws {
        let text = "- Her words: ask us what we want, not what we lack.\n- These are broken families, so call ahead.\n1. Call first.\nThe families on the\nback road came.\n"
        let document = PlainTextReader().read(SourceText(string: text), path: "list.txt")
        let blocks = document.blocks.map { String(text.utf16.dropFirst($0.range.lowerBound).prefix($0.range.count))! }
        XCTAssertEqual(blocks, ["- Her words: ask us what we want, not what we lack.", "- These are broken families, so call ahead.",
                                "1. Call first.\nThe families on the\nback road came."])
        let analysis = TextAnalysis(document: document)
        let these = Array(text.utf16).firstRange(of: Array("These".utf16))!.lowerBound
        XCTAssertEqual(analysis.sentence(containing: these)?.lowerBound, these, "the sentence opens at the item's first word")
    }
}
