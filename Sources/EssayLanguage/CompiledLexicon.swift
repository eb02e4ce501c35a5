import EssayCore
import EssayText
import EssayStructure

/// A lexicon prepared for matching: forms split into words and joiners,
/// indexed by the hash of their first word; classes expanded.
public final class CompiledLexicon: Sendable {
    public let lexicon: Lexicon

    package struct Form: Sendable {
        package var term: Int
        package var words: [String]
        /// The words as lower-case UTF-16, for comparing without making strings.
        package var units: [[UInt16]]
        /// For each gap between words: "-" hyphen, " " space, nil either.
        package var joiners: [Character?]
        package var rules: [CompiledRule]
        package var otherwise: Decision

        package func joinerMatches(_ gap: ArraySlice<UInt16>, at index: Int) -> Bool {
            guard index < joiners.count, let j = joiners[index] else { return true }
            let hyphen = DeficitScan.isHyphen(gap)
            if j == "-" { return hyphen }
            return !hyphen && gap.allSatisfy { isSpace($0) }
        }
    }

    package let first: [UInt64: [Form]]
    /// Hashes of every first word of a term and of every asset word.
    package let filter: HashFilter
    /// The same words' lengths and first two letters.
    package let shapes: ShapeFilter
    /// Hashes of every word of the rejection cues.
    package let cueFilter: HashFilter
    /// Asset word forms by hash, as lower-case UTF-16.
    package let assetForms: [UInt64: [[UInt16]]]
    package let classes: [String: Set<String>]
    package let rejectionCues: WordList
    package let precedingRejectionCues: WordList
    /// The rest of the rejection section's words (Rejection.swift).
    package let rejectionWords: RejectionWords
    /// Words that may stand before a term with a hyphen and still leave it
    /// the applicant's term (none by default).
    package let allowedHyphenPrefixes: Set<String> = []
    /// The term `lack-formation` (words of lack formed productively, Sources/EssayLanguage/WordFormation.swift).
    package let formation: (term: Int, rules: [CompiledRule], otherwise: Decision)?
    /// The term `unmade-picture` ("un-" participles, WordFormation.swift), read only through the thing it paints.
    package let pictureFormation: (term: Int, rules: [CompiledRule], otherwise: Decision)?
    /// Nouns that "low-" only describes ("low-income"): the lexicon's `describedLow` class.
    package let describedLow: Set<String>

    public init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        var classes: [String: Set<String>] = [:]
        for (name, list) in lexicon.classes ?? [:] { classes[name] = Set(list.map { Terms.normalize($0) }) }
        self.classes = classes
        var first: [UInt64: [Form]] = [:]
        var formation: (term: Int, rules: [CompiledRule], otherwise: Decision)?
        var pictureFormation: (term: Int, rules: [CompiledRule], otherwise: Decision)?
        let generatedForms = LanguageData.embedded.lackLabelFormsByKind()
        var listed: Set<String> = []
        var damaged: (term: Int, rules: [CompiledRule], otherwise: Decision)?
        func add(_ normalized: String, term index: Int, rules: [CompiledRule], otherwise: Decision) {
            var words: [String] = []
            var joiners: [Character?] = []
            var current = ""
            for ch in normalized {
                if ch == " " || ch == "-" {
                    if !current.isEmpty { words.append(current); current = ""; joiners.append(ch) }
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { words.append(current) }
            guard !words.isEmpty else { return }
            let f = Form(term: index, words: words, units: words.map { Array($0.utf16) }, joiners: joiners, rules: rules, otherwise: otherwise)
            first[DeficitScan.hash(words[0]), default: []].append(f)
        }
        for (index, term) in lexicon.terms.enumerated() {
            let rules = (term.contexts ?? []).map { CompiledRule($0, classes: classes) }
            if term.id == "lack-formation" { formation = (index, rules, term.otherwise ?? .flag) }
            if term.id == "unmade-picture" { pictureFormation = (index, rules, term.otherwise ?? .flag) }
            if term.id == "damaged-picture" { damaged = (index, rules, term.otherwise ?? .flag) }
            // Three terms take their forms from Lexicons/language/lack-labels.tsv (WordNet) besides their own.
            let generated = term.id == "lack-adjective" ? generatedForms["adjective"] ?? []
                : term.id == "lack-person" ? generatedForms["person"] ?? []
                : term.id == "wasteland" ? generatedForms["place"] ?? [] : []
            for form in term.forms + generated {
                let normalized = Terms.normalize(form)
                listed.insert(normalized)
                add(normalized, term: index, rules: rules, otherwise: term.otherwise ?? .flag)
            }
        }
        // `damaged-picture` takes the table's participles of damage (kind `damaged`) that no term lists.
        if let d = damaged {
            for form in generatedForms["damaged"] ?? [] where !listed.contains(form) { add(form, term: d.term, rules: d.rules, otherwise: d.otherwise) }
        }
        self.first = first
        self.formation = formation
        self.pictureFormation = pictureFormation
        describedLow = classes["describedLow"] ?? []
        var assets: [UInt64: [[UInt16]]] = [:]
        for form in Set((lexicon.assets?.forms ?? []).map { Terms.normalize($0) }) {
            assets[DeficitScan.hash(form), default: []].append(Array(form.utf16))
        }
        assetForms = assets
        filter = HashFilter(Array(first.keys) + Array(assets.keys))
        var shapeKeys: [Int] = []
        for forms in first.values { for f in forms { shapeKeys.append(ShapeFilter.key(f.units[0])) } }
        for forms in assets.values { for units in forms { shapeKeys.append(ShapeFilter.key(units)) } }
        shapes = ShapeFilter(shapeKeys)
        var cueWords: [UInt64] = []
        for cue in (lexicon.rejection?.cues ?? []) + (lexicon.rejection?.preceding ?? []) {
            // The longest word of a phrase stands for it ("instead of": "instead").
            if let word = Terms.normalize(cue).split(separator: " ").max(by: { $0.count < $1.count }) {
                cueWords.append(DeficitScan.hash(String(word)))
            }
        }
        cueFilter = HashFilter(cueWords)
        rejectionCues = WordList((lexicon.rejection?.cues ?? []).map { Terms.normalize($0) }, classes: classes)
        precedingRejectionCues = WordList((lexicon.rejection?.preceding ?? []).map { Terms.normalize($0) }, classes: classes)
        rejectionWords = RejectionWords(lexicon.rejection)
    }

    /// The form of a word formation of lack of `length` words opening at word `w`.
    package func formationForm(at w: Int, length: Int, words: [Word], source: [UInt16], text: [UInt16], picture: Bool = false) -> Form? {
        guard let f = picture ? pictureFormation : formation else { return nil }
        let written = (w..<(w + length)).map { DeficitScan.word(source, words[$0]) }
        return Form(term: f.term, words: written, units: written.map { Array($0.utf16) },
                    joiners: Array(repeating: "-", count: length - 1), rules: f.rules, otherwise: f.otherwise)
    }

    /// A context rule with its lists compiled (a class: the scan walks a
    /// term's rules for every occurrence, and a copy of four lists is not free).
    package final class CompiledRule: Sendable {
        package let previous: WordList?
        package let next: WordList?
        package let previousNoun: Set<String>?
        package let before: WordList?
        package let after: WordList?
        package let within: Int?
        package let decision: Decision
        package let why: String

        package init(_ rule: ContextRule, classes: [String: Set<String>]) {
            previous = rule.previous.map { WordList($0, classes: classes) }
            next = rule.next.map { WordList($0, classes: classes) }
            previousNoun = rule.previousNoun.map(Set.init)
            before = rule.before.map { WordList($0, classes: classes) }
            after = rule.after.map { WordList($0, classes: classes) }
            within = rule.within
            decision = rule.decision
            why = rule.why
        }
    }

    /// A rule's list of words, split once: plain words, `$class` sets,
    /// `'s` (any possessive), `-word` (joined by a hyphen), phrases of several
    /// words, `$start` / `$end`, and `$name` (a capitalised word standing alone).
    package struct WordList: Sendable {
        package var words: Set<String> = []
        package var classes: [Set<String>] = []
        package var possessive = false
        package var hyphenated: Set<String> = []
        /// Items of several words, for windows.
        package var phrases: [[String]] = []
        package var start = false
        package var end = false
        /// `$name`: a capitalised word standing alone (punctuation or the end after it), as in "poor Thrasymachus.".
        package var name = false
        /// Every item without a `$` read as a literal word, for windows.
        package var literal: Set<String> = []

        /// The items of several words alone.
        package var phrasesOnly: WordList {
            var list = WordList([], classes: [:])
            list.phrases = phrases
            return list
        }

        package init(_ items: [String], classes known: [String: Set<String>]) {
            for item in items {
                if item.hasPrefix("$") {
                    let name = String(item.dropFirst())
                    if let set = known[name] { classes.append(set) }
                    if name == "start" { start = true }
                    if name == "end" { end = true }
                    if name == "name" { self.name = true }
                    continue
                }
                let parts = item.split(separator: " ").map(String.init)
                if parts.count > 1 { phrases.append(parts) } else if parts.count == 1 { literal.insert(parts[0]) }
                if item == "'s" { possessive = true } else if item.hasPrefix("-") { hyphenated.insert(String(item.dropFirst())) } else { words.insert(item) }
            }
        }
    }

    /// The word's hash when it may be a term's first word or an asset word:
    /// length and first two letters rule out most words before hashing, and
    /// one bit of the hash most of the rest.
    package func candidateKey(_ src: [UInt16], _ w: Word) -> UInt64? {
        let start = Int(w.start)
        let length = Int(w.end) - start
        guard length > 0, shapes.mayContain(ShapeFilter.key(length, src[start], length > 1 ? src[start + 1] : 0)) else { return nil }
        let h = DeficitScan.hash(src, w)
        return filter.mayContain(h) ? h : nil
    }

    /// Does a neighbouring word match a rule's list? `$class` names a class,
    /// `'s` any possessive, `-word` a word joined by a hyphen.
    package func matches(_ word: String, _ list: WordList, hyphenated: Bool) -> Bool {
        if hyphenated { return list.hyphenated.contains(word) }
        if list.words.contains(word) { return true }
        if list.possessive, word.hasSuffix("'s") || word.hasSuffix("s'") { return true }
        return list.classes.contains { $0.contains(word) }
    }

    /// Does a window of words contain any item (a word, a `$class`, or a
    /// phrase of several words)?
    package func containsAny(_ window: [String], _ list: WordList) -> Bool {
        for word in window where list.literal.contains(word) || list.classes.contains(where: { $0.contains(word) }) { return true }
        for parts in list.phrases where parts.count <= window.count {
            for start in 0...(window.count - parts.count) where window[start] == parts[0] {
                if window[start..<(start + parts.count)].elementsEqual(parts) { return true }
            }
        }
        return false
    }
}

/// A bit set over words' length (to 31) and first two letters, folded as
/// `DeficitScan.hash` folds them: `false` means the word is in no list.
package struct ShapeFilter: Sendable {
    private var bits: [UInt64]
    private static let size = 32 * 27 * 27

    package init(_ keys: [Int]) {
        bits = [UInt64](repeating: 0, count: ShapeFilter.size / 64 + 1)
        for k in keys { bits[k >> 6] |= 1 << UInt64(k & 63) }
    }

    /// An ASCII letter's place in the alphabet (either case); 26 for
    /// anything else (Latin-1 letters fold to Latin-1, outside a to z).
    /// Without branches: this runs for every word.
    @inline(__always)
    package static func letter(_ unit: UInt16) -> Int {
        let place = (unit | 0x20) &- 0x61
        return unit < 0x80 && place < 26 ? Int(place) : 26
    }

    @inline(__always)
    package static func key(_ length: Int, _ first: UInt16, _ second: UInt16) -> Int {
        (min(length, 31) * 27 + letter(first)) * 27 + (length > 1 ? letter(second) : 26)
    }

    package static func key(_ units: [UInt16]) -> Int {
        key(units.count, units.first ?? 0, units.count > 1 ? units[1] : 0)
    }

    /// `k` from `key`.
    package func mayContain(_ k: Int) -> Bool { bits[k >> 6] & (1 << UInt64(k & 63)) != 0 }
}

/// A fixed bit set over hashes: `false` means certainly absent.
package struct HashFilter: Sendable {
    private var bits: [UInt64]
    private static let size = 1 << 15

    package init(_ hashes: [UInt64]) {
        bits = [UInt64](repeating: 0, count: HashFilter.size / 64)
        for h in hashes {
            let i = Int(h & UInt64(HashFilter.size - 1))
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
    }

    @inline(__always)
    package func mayContain(_ h: UInt64) -> Bool {
        let i = Int(h & UInt64(HashFilter.size - 1))
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}
