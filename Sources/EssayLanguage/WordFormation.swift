import EssayText

/// Productive word formation of lack, decided on any word rather than from a
/// list of forms: "-less" of a resource or a relation ("bookless",
/// "fatherless", "lantern-less"), "un-" + the participle of a verb of provision ("unhoused",
/// "unbanked"; Lexicons/language/provision-verbs.tsv), a resource noun +
/// "-starved", "-deprived", "-poor", "-hungry" ("book-starved"), and "low-",
/// "no-", "empty-", "bare-" or "blank-" + a resource or an ability
/// ("low-literacy", "no-car", "empty-pantry"), and "half-" + a participle
/// ("half-built"). The scan keeps
/// such a word as the term `lack-formation`, which flags only when it
/// modifies or is said of a person, a group or a place as a community.
enum WordFormation {
    /// First WordNet categories of a base that is a resource or a person-relation.
    static let lessBases: Set<Substring> = ["possession", "artifact", "food", "person"]
    /// Categories of a resource anywhere among a noun's senses ("book": a document, also an artifact).
    static let resources: Set<Substring> = ["possession", "artifact", "food"]
    /// A resource or an ability before "-starved", "-poor", "low-", "no-" (first sense).
    static let resourceOrAbility: Set<Substring> = ["possession", "artifact", "food", "communication", "cognition", "substance"]
    /// Second parts of a compound of lack: "book-starved", "resource-deprived", "cash-poor", "book-hungry".
    static let lackHeads = LanguageData.embedded.words(.lackHeads)

    /// The number of words (1 or 2) of a formation of lack that opens at word `i`, if any.
    static func length(at i: Int, words: [Word], source: [UInt16], text: [UInt16], language: LanguageData,
                       described: Set<String>) -> Int? {
        let start = Int(words[i].start)
        let count = Int(words[i].end) - start
        guard count >= 2 else { return nil }
        func lower(_ k: Int) -> UInt16 { let u = source[start + k]; return u >= 0x41 && u <= 0x5A ? u | 0x20 : u }
        let hyphenNext = i + 1 < words.count && DeficitScan.isHyphen(DeficitScan.gap(text, words[i], words[i + 1]))
        let endsLess = count >= 7 && lower(count - 4) == 0x6C && lower(count - 3) == 0x65 && lower(count - 2) == 0x73 && lower(count - 1) == 0x73
        let unParticiple = count >= 7 && lower(0) == 0x75 && lower(1) == 0x6E && lower(count - 2) == 0x65 && lower(count - 1) == 0x64
        guard endsLess || unParticiple || hyphenNext else { return nil }
        let word = DeficitScan.word(source, words[i])
        if hyphenNext, !(i + 2 < words.count && DeficitScan.isHyphen(DeficitScan.gap(text, words[i + 1], words[i + 2]))) {
            let next = DeficitScan.word(source, words[i + 1])
            // "book-starved", "resource-deprived": a resource before a word of lack.
            if lackHeads.contains(next), let first = categories(word, language).first, resourceOrAbility.contains(first) { return 2 }
            // "low-literacy", "no-car": a resource or an ability said to be low or absent ("low-income" describes, it is the
            // guides' own alternative: the lexicon's `describedLow` class).
            // (So is one pictured as empty: "empty-pantry families", "blank-slate students", "bare-cupboard homes".)
            if ["low", "no", "empty", "bare", "blank"].contains(word), !described.contains(next), let first = categories(next, language).first,
               resourceOrAbility.contains(first) { return 2 }
            // "lantern-less", "clinic-less": "-less" of a resource or a person-relation, written with a hyphen.
            if next == "less", case let cats = categories(word, language), let first = cats.first,
               lessBases.contains(first) || cats.contains(where: { resources.contains($0) }) { return 2 }
            // "half-" + a participle: people or a place pictured as left unfinished ("half-built", "half-erased", "this
            // half-muted diaspora"); said of a thing it is literal ("a half-built shed"). A present participle is a doer's
            // manner, no state ("I came in half-expecting poor fishermen", "half-joking").
            if word == "half", !next.hasSuffix("ing"), next.hasSuffix("ed") || next.hasSuffix("en") || language.verbLemma(next).map({ $0 != next }) == true,
               language.verbLemma(next) != nil { return 2 }
        }
        if endsLess, !language.classesOfLemma(word).contains(.adjective) {
            // A "-less" word WordNet lacks decides by its base ("bookless", "carless"); one it knows is in lack-labels.tsv or not.
            var base = String(word.dropLast(4))
            if base.hasSuffix("i") { base = String(base.dropLast()) + "y" }
            let cats = categories(base, language)
            if let first = cats.first, lessBases.contains(first) || cats.contains(where: { resources.contains($0) }) { return 1 }
        }
        if unParticiple, let lemma = language.verbLemma(String(word.dropFirst(2))), language.isProvisionVerb(lemma) { return 1 }
        return nil
    }

    /// "Un-" + the participle of a verb that is no verb of provision (those are words of lack above): a thing left
    /// unmade or unkept ("unwatered", "unwritten", "unlocked"), read only through the thing it paints (the term
    /// `unmade-picture`). Not the participles that praise or describe (construction-words.yml, `wholeParticiples`).
    static let wholeParticiples = LanguageData.embedded.words(.wholeParticiples)

    /// Whether word `i` is one (its letters looked at before any string is made: most words open with no "un").
    static func isUnmadeParticiple(at i: Int, words: [Word], source: [UInt16], language: LanguageData) -> Bool {
        let start = Int(words[i].start), end = Int(words[i].end)
        guard end - start >= 5, source[start] | 0x20 == 0x75, source[start + 1] | 0x20 == 0x6E,
              [0x64, 0x6E, 0x74, 0x67, 0x6B].contains(source[end - 1] | 0x20)  // d, n, t, g, k
        else { return false }
        return isUnmadeParticiple(DeficitScan.word(source, words[i]), language)
    }

    /// "-ed" and "-en" participles of seven letters or more ("unwatered", "unwritten"), and the irregular ones in "-t",
    /// "-ung" and "-unk" from five ("unlit", "unswept", "unstrung", "unsunk").
    static func isUnmadeParticiple(_ word: String, _ language: LanguageData) -> Bool {
        let regular = word.count >= 7 && (word.hasSuffix("ed") || word.hasSuffix("en"))
        let irregular = word.count >= 5 && (word.hasSuffix("t") || word.hasSuffix("ung") || word.hasSuffix("unk"))
        guard regular || irregular, word.hasPrefix("un"), !wholeParticiples.contains(word),
              let lemma = language.verbLemma(String(word.dropFirst(2))), lemma != String(word.dropFirst(2)) else { return false }
        return !language.isProvisionVerb(lemma)
    }

    static func categories(_ noun: String, _ language: LanguageData) -> [Substring] {
        let lemma = language.nounLemma(noun) ?? noun
        return language.wordnetCategories(ofLemma: lemma)
    }
}
