import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `identifying-info`: details that identify the applicant, their school or
/// their students: email addresses, phone numbers, web addresses, street
/// addresses, the applicant naming themself, and named institutions (with the
/// short forms of their names used later).
public struct IdentifyingInfoRule: Rule {
    public init() {}
    public static let id = "identifying-info"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Identifying information", defaultSeverity: defaultSeverity,
        summary: "Email addresses, phone numbers, web addresses, street addresses, the applicant naming themself (“My name is …”, a name beside an email or phone number), a person's name in a sentence about them (“When Mateo sat …with his schedule”; a first name with a surname or an initial, “Sofia M.”, in a caption too), and named institutions such as “Hillcrest Middle School” (reported from the first word of the name to its kind, and “Hillcrest” later on) or community organisations such as “Westside Family Resource Center”. Contractions and other function words are never names. Cited authors, anonymisation tokens such as @PERSON1, months, languages and demonyms are left alone, and so are the contact details a part asks for (the asset map's).",
        rationale: "The credential asks applicants not to include information that will make them identifiable to reviewers.",
        triggering: [
            RuleExample("Write to «maria.ruiz@hillcrest.k12.us» or call «(555) 201-3344».\n"),
            RuleExample("Our event was at «Hillcrest Middle School», and «Hillcrest» families came.\n"),
            RuleExample("«My name is Maria Ruiz» and I teach seventh grade.\n"),
            RuleExample("The library at «412 Maple Avenue» hosted us; see «https://example.org/our-project».\n"),
            RuleExample("Our project page is «www.example.org/our-project».\n"),
            RuleExample("I work at «Lakeshore State University» with «Eastside Community College».\n"),
            RuleExample("When «Mateo» sat through the screening with his schedule, his mother cried.\n", note: "a student's name"),
            RuleExample("«Luis Delgado» - «luis@example.org»\n", note: "a byline: a name beside contact details"),
            RuleExample("I taught at «Lincoln Elementary School» for six years.\n", note: "a named institution, from its first word to its kind"),
            RuleExample("Our food drive ran out of the «Westside Family Resource Center» for a year.\n", note: "a community organisation's name"),
        ],
        nonTriggering: [
            RuleExample("As Bringle et al. (2009) argue, closeness, equity and integrity matter.\n"),
            RuleExample("@PERSON1 met @ORGANIZATION2 at the middle school in @LOCATION1; I can say.@CAPS1.C again.\n"),
            RuleExample("The community college and the school district agreed; we served 1,000-1,500 meals in 2019-2020.\n"),
            RuleExample("High School students from four schools joined us.\n"),
            RuleExample("In March her family joined the Grange, and the Spanish and Somali families told us their hopes (Mapp, 2013).\n",
                        note: "months, organisations after “the”, languages, cited authors"),
            RuleExample("| Task | Lead |\n|---|---|\n| Recruit parent volunteers | her team |\n", note: "a table cell starts like a sentence"),
            RuleExample("Hey, I'm so glad my mom came, and I’ve told her so. Well, I's a long day.\n",
                        note: "contractions and other function words are never names"),
            RuleExample("We planned the fair with the Eastside Family Resource Center and its staff.\n",
                        note: "the Family Well-Being parts ask about named community partners", profile: "family-well-being", part: "part1"),
        ])

    /// A student's or family member's name ("When Mateo sat through the
    /// screening with his schedule", "Marisol and her dad"): a single
    /// capitalised word, not at the start of a sentence (unless after a label),
    /// that the document never writes in lower case, with a person's word
    /// (his, her, mom, told, …: `lists.personCues`) within a few words.
    /// Between a word and a name on its line; with an initial after the name, a caption's dash too.
    static let separators: Set<UInt16> = [0x20, 0x2C, 0x3A, 0x2060]
    static let separatorsBeforeInitial = separators.union([0x2013, 0x2014, 0x2D])
    package func personNames(_ context: LintContext, _ lists: IdentifyingInformation) -> [(Range<Int>, String)] {
        let words = context.analysis.words
        let source = context.document.source
        let u16 = source.utf16
        guard !words.isEmpty else { return [] }
        func capital(_ i: Int) -> Bool {
            guard i >= 0, i < words.count else { return false }
            let u = u16[Int(words[i].start)]
            return u >= 0x41 && u <= 0x5A || (u >= 0xC0 && u <= 0xDE)
        }
        // Whether the document writes one of `forms` (lower case) in lower case
        // somewhere: a walk over the words, for the few candidates that get
        // this far (ASCII folded, ’ as ').
        func writtenInLowerCase(_ forms: [[UInt16]]) -> Bool {
            for (i, w) in words.enumerated() where !capital(i) && !w.isNumber {
                let start = Int(w.start), length = Int(w.end - w.start)
                for form in forms where form.count == length {
                    var same = true
                    for k in 0..<length {
                        let u = u16[start + k]
                        if (u >= 0x41 && u <= 0x5A ? u | 0x20 : u == 0x2019 ? 0x27 : u) != form[k] { same = false; break }
                    }
                    if same { return true }
                }
            }
            return false
        }
        var out: [(Range<Int>, String)] = []
        // Words shaped like a name (capitalised, 3+ letters, not all capitals), the first word excepted.
        let nameCandidates = words.indices.filter { $0 > 0 && IdentifyingPatterns.mayBeName(u16, words[$0]) }
        guard !nameCandidates.isEmpty else { return out }
        // The person cues as word hashes (`DeficitScan.hash`: ASCII and Latin-1 folded, ’ as ').
        let cueKeys = Set(lists.names.personCues.map { DeficitScan.hash($0) })
        // A first name with an initial ("Sofia M.") or a surname ("Sofia Martinez"): the second word.
        func initial(_ k: Int) -> Bool {
            guard k < words.count, words[k].end - words[k].start == 1, capital(k) else { return false }
            return Int(words[k].end) < u16.count && u16[Int(words[k].end)] == 0x2E
        }
        func surname(_ k: Int) -> Bool {
            guard k < words.count, capital(k), words[k].end - words[k].start >= 2 else { return false }
            let text = source.string(words[k].range)
            let lower = Terms.normalize(text)
            guard text.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" || $0 == "'" }), !lists.notNames.contains(lower),
                  !lists.institutionWords.contains(lower), !(capital(k + 1) && !startsSentence(context, k + 1)) else { return false }
            return !writtenInLowerCase([Array(lower.utf16)])
        }
        for i in nameCandidates {
            // A first name and an initial is a person's, after a caption's dash or label too.
            let withInitial = initial(i + 1)
            // Mid-line after a word or a comma.
            let gapUnits = u16[Int(words[i - 1].end)..<Int(words[i].start)]
            let separators = withInitial ? IdentifyingInfoRule.separatorsBeforeInitial : IdentifyingInfoRule.separators
            guard gapUnits.allSatisfy({ separators.contains($0) }) else { continue }
            guard !(capital(i - 1) && !startsSentence(context, i - 1)) else { continue }
            // A person's word nearby comes first: most capitalised words have none.
            // It must be in the same sentence ("…split Eastbank in two. I also asked" is no cue).
            let sentence = context.analysis.sentence(containing: Int(words[i].start)) ?? 0..<Int.max
            let near = max(0, i - 2)...min(words.count - 1, i + 8)
            let hasCue = near.contains { $0 != i && sentence.contains(Int(words[$0].start))
                && cueKeys.contains(DeficitScan.hash(u16, words[$0])) }
            guard hasCue else { continue }
            let window = near.filter { $0 != i && sentence.contains(Int(words[$0].start)) }
            let text = source.string(words[i].range)
            let lower = Terms.normalize(text)
            let singular = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
            // Grammar is never a name: function words ("Will" and "May" aside) and
            // contractions ("I'm", "I've", and "I's" whose first part is one).
            guard !IdentifyingInfoRule.isFunctionWord(lower) else { continue }
            guard text.count >= 3, !lists.notNames.contains(lower), !lists.notNames.contains(singular),
                  text.dropFirst().contains(where: \.isLowercase), !text.utf16.contains(0x40) else { continue }
            let forms = [lower, singular, lower + "s"].map { Array($0.utf16).map { $0 == 0x2019 ? 0x27 : $0 } }
            guard !writtenInLowerCase(forms) else { continue }
            // Not in a heading; not after an article ("the Grange" is an organisation).
            if context.document.headings.contains(where: { $0.range.contains(Int(words[i].start)) }) { continue }
            if i > 0, lists.notAfter.contains(Terms.normalize(source.string(words[i - 1].range))) { continue }
            // Mid-sentence: another word (or a comma) just before it on the line, not a
            // table cell, bullet or label start; "Caption: Marisol and her dad" is the
            // one label case kept.
            let gapBefore = i > 0 ? u16[Int(words[i - 1].end)..<Int(words[i].start)].filter { $0 != 0x20 && $0 != 0x2060 } : []
            let afterLabel = gapBefore == [0x3A] && i + 2 < words.count && Terms.normalize(source.string(words[i + 1].range)) == "and"
                && lists.captionPossessives.contains(Terms.normalize(source.string(words[i + 2].range)))
            if !(gapBefore.isEmpty || gapBefore == [0x2C] || afterLabel || withInitial) || i == 0 { continue }
            // One word, or a first name and a surname or initial, not part of a longer proper name or a sentence start.
            let sameLine = capital(i + 1) && source.location(of: Int(words[i + 1].start)).line == source.location(of: Int(words[i].start)).line
            let twoWords = sameLine && (withInitial || (surname(i + 1) && gapBefore == [0x2C]))
            if sameLine, !twoWords { continue }
            if i > 0, capital(i - 1), !startsSentence(context, i - 1) { continue }
            if startsSentence(context, i), !afterLabel, !withInitial { continue }
            // A cited author: "(Mapp, 2013)", "Mapp and Kuttner (2013)", "Epstein et al.".
            let after = u16[Int(words[i].end)..<min(u16.count, Int(words[i].end) + 12)]
            if after.first == 0x2C || after.first == 0x20 && (after.dropFirst().first == 0x28) { continue }
            if i > 0, u16[Int(words[i - 1].end)..<Int(words[i].start)].contains(0x28) { continue }
            if window.contains(where: { k in lists.citationMarkers.contains(Terms.normalize(source.string(words[k].range))) }) { continue }
            out.append((twoWords ? Int(words[i].start)..<Int(words[i + 1].end) + (withInitial ? 1 : 0) : words[i].range, "a person's name"))
        }
        return out
    }

    /// A function word or a contraction (Lexicons/language/function-words.yml):
    /// never a person's name, capitalised or not. A word with an apostrophe
    /// whose first part is a function word is a contraction too ("I's").
    package static func isFunctionWord(_ lower: String, language: LanguageData = .embedded) -> Bool {
        let word = LanguageData.normalize(lower)
        let roles = language.roles(word)
        if roles.contains(.neverName) || (!roles.isEmpty && !roles.contains(.mayBeName)) { return true }
        if let apostrophe = word.firstIndex(of: "'"), apostrophe > word.startIndex {
            let stem = language.roles(String(word[..<apostrophe]))
            if !stem.isEmpty, !stem.contains(.mayBeName) { return true }
        }
        return false
    }

    /// A name written just before an email or phone number on its own line
    /// ("Luis Delgado - luis@…", "Maria Ruiz, (555) 010-2233"): a byline.
    package func bylines(_ document: Document, contacts: [Range<Int>], _ lists: IdentifyingInformation) -> [(Range<Int>, String)] {
        let u = document.source.utf16
        var out: [(Range<Int>, String)] = []
        for contact in contacts {
            let line = document.source.location(of: contact.lowerBound).line
            let lineStart = document.source.lineStarts[line - 1]
            var end = contact.lowerBound
            // Separators between the name and the contact.
            while end > lineStart, [0x20, 0x2D, 0x2013, 0x2014, 0x2C, 0x7C, 0x3A, 0x28, 0x09, 0x2A].contains(u[end - 1]) { end -= 1 }
            var start = lineStart
            while start < end, [0x20, 0x09, 0x2A, 0x5F, 0x23].contains(u[start]) { start += 1 }
            guard start < end else { continue }
            let name = SourceText.string(u[start..<end])
            let parts = name.split(separator: " ")
            guard (2...3).contains(parts.count),
                  parts.allSatisfy({ p in p.first?.isUppercase == true && p.dropFirst().allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" || $0 == "." } }),
                  !parts.contains(where: { lists.institutionWords.contains($0.lowercased()) }) else { continue }
            out.append((start..<end, "your name"))
        }
        return out
    }

    /// The key a part's `identifying.allow` uses for a kind of match.
    package static func kindKey(_ kind: String) -> String {
        switch kind {
        case "an email address": return "email"
        case "a web address": return "url"
        case "a phone number": return "phone"
        case "a street address": return "address"
        case "your name", "a person's name": return "name"
        case "the name of an organisation", "a short form of an organisation’s name": return "organisation"
        default: return "institution"
        }
    }

    public func check(_ context: LintContext) -> [Finding] {
        let document = context.document
        let lists = context.resources.identifying
        let source = document.source.utf16
        var found: [(Range<Int>, String)] = []
        for block in document.blocks {
            // Only a block with an '@' after a possible address character, "://",
            // "www." or ten digits, seven of them in runs that follow no letter
            // (a phone number's second and third groups follow a separator;
            // "@CAPS1" is no phone number), can hold these.
            let (at, digits, freeDigits, web) = IdentifyingPatterns.census(source, block.range)
            let phone = digits >= 10 && freeDigits >= 7
            guard at || phone || web else { continue }
            let text = Array(source[block.range])
            if at { for r in IdentifyingPatterns.emails(text) { found.append((shift(r, block), "an email address")) } }
            if web { for r in IdentifyingPatterns.urls(text) { found.append((shift(r, block), "a web address")) } }
            if phone { for r in IdentifyingPatterns.phones(text) { found.append((shift(r, block), "a phone number")) } }
        }
        found += wordPatterns(context, lists)
        found += personNames(context, lists)
        found += bylines(document, contacts: found.filter { $0.1 == "an email address" || $0.1 == "a phone number" }.map(\.0), lists)
        // Kinds the part asks for (an asset map's contact details).
        if let allowed = context.part.identifying?.allow, !allowed.isEmpty {
            found.removeAll { _, kind in allowed.contains(IdentifyingInfoRule.kindKey(kind)) }
            // The names of the part's own items (the asset map's assets).
            if allowed.contains("item-names"), let ranges = context.partAnalysis?.itemRanges {
                found.removeAll { range, _ in ranges.contains { $0.overlaps(range) } }
            }
            if allowed.contains("email") || allowed.contains("phone") {
                let contactNames = Set(bylines(document, contacts: found.map(\.0), lists).map(\.0))
                found.removeAll { range, kind in kind == "your name" && contactNames.contains(range) }
            }
        }
        // Keep the first of overlapping matches.
        found.sort { $0.0.lowerBound < $1.0.lowerBound }
        var findings: [Finding] = []
        var end = -1
        for (range, kind) in found where range.lowerBound >= end {
            end = range.upperBound
            let match = document.source.string(range)
            findings.append(finding(context,
                                    "“\(match)” is \(kind) that could identify you, your school or your students; the credential asks you not to include information that will make you identifiable to reviewers. Remove it or replace it with a neutral description (for example “my school”, “a partner library”).",
                                    range: range, suggestions: []))
        }
        return findings
    }

    package func shift(_ r: Range<Int>, _ block: Block) -> Range<Int> {
        r.shifted(by: block.range.lowerBound)
    }

    // MARK: word patterns (on ICU words)

    package func wordPatterns(_ context: LintContext, _ lists: IdentifyingInformation) -> [(Range<Int>, String)] {
        let words = context.analysis.words
        let source = context.document.source
        let text = context.document.analysisText
        var out: [(Range<Int>, String)] = []
        let u16 = source.utf16
        func word(_ i: Int) -> String { source.string(words[i].range) }
        func capitalised(_ i: Int) -> Bool {
            guard i >= 0, i < words.count else { return false }
            let u = u16[Int(words[i].start)]
            return u >= 0x41 && u <= 0x5A || (u >= 0xC0 && u <= 0xDE)
        }
        _ = text
        /// Only spaces (or markup) between two words: one name can span them.
        func sameLine(_ a: Int, _ b: Int) -> Bool {
            u16[Int(words[a].end)..<Int(words[b].start)].allSatisfy { $0 == 0x20 || $0 == 0x2A || $0 == 0x5F || $0 == 0xA0 }
        }
        var names: [[String]] = []
        var organisationForms: [Bool] = []
        var i = 0
        // Each word that may start a pattern, in order; a pattern found moves
        // `i` past its end, and the starts inside it are passed over.
        let starts = IdentifyingPatterns.patternStarts(u16, words, institutions: lists.institutionShapes)
        for start in starts where start >= i {
            i = start
            let w = words[i]
            let first = u16[Int(w.start)]
            let length = Int(w.end - w.start)
            let isMy = length == 2 && (first == 0x6D || first == 0x4D) && u16[Int(w.start) + 1] | 0x20 == 0x79
            // "My name is Maria Ruiz": the next two words first, without making strings.
            if isMy {
                func wordIs(_ k: Int, _ lower: StaticString) -> Bool {
                    guard k < words.count, Int(words[k].end - words[k].start) == lower.utf8CodeUnitCount else { return false }
                    let s = Int(words[k].start)
                    return lower.withUTF8Buffer { b in b.indices.allSatisfy { UInt8(truncatingIfNeeded: u16[s + $0] | 0x20) == b[$0] && u16[s + $0] < 0x80 } }
                }
                guard wordIs(i + 1, "name"), wordIs(i + 2, "is") else { i += 1; continue }
            }
            // Compare lower-cased units first; make a string only for a hit.
            let units = source.utf16[Int(words[i].start)..<Int(words[i].end)]
            func lowered(_ u: UInt16) -> UInt16 { u >= 0x41 && u <= 0x5A ? u | 0x20 : u }
            // "412 Maple Avenue".
            if words[i].isNumber {
                if length <= 5, capitalised(i + 1), sameLine(i, i + 1) {
                    var e = i + 1
                    while e + 1 < words.count, e < i + 4, capitalised(e + 1), sameLine(e, e + 1), !lists.streetWords.contains(Terms.normalize(word(e))) { e += 1 }
                    if lists.streetWords.contains(Terms.normalize(word(e))), e > i + 1 {
                        out.append((Int(words[i].start)..<Int(words[e].end), "a street address"))
                        i = e + 1
                        continue
                    }
                }
                i += 1
                continue
            }
            let isKnown = isMy ? (units.map(lowered) == Array("my".utf16)) : lists.institutionUnits.contains(units.map(lowered))
            // What follows needs a capitalised word (a name) or "my".
            guard isKnown, isMy || capitalised(i) else { i += 1; continue }
            let lower = Terms.normalize(word(i))
            // "Hillcrest Middle School", "Lakeshore State University", "University of Vermont".
            // "Learning and School": a coordination in a title, not a name.
            if lists.institutionWords.contains(lower), capitalised(i), !(i > 0 && Terms.normalize(word(i - 1)) == "and") {
                var s = i
                while s > 0, sameLine(s - 1, s), !lists.determiners.contains(Terms.normalize(word(s - 1))),
                      capitalised(s - 1) || lists.connectors.contains(Terms.normalize(word(s - 1))) && capitalised(s - 2) { s -= 1 }
                while s < i, !capitalised(s) { s += 1 }
                var e = i
                // To its kind: "Lincoln Elementary School", "Westside Family Resource Center".
                while e + 1 < words.count, capitalised(e + 1), sameLine(e, e + 1),
                      lists.institutionWords.contains(Terms.normalize(word(e + 1))) { e += 1 }
                if lists.takingOf.contains(Terms.normalize(word(e))) {
                    if e + 2 < words.count, Terms.normalize(word(e + 1)) == "of", capitalised(e + 2), sameLine(e, e + 2) {
                        e += 2
                        while e + 1 < words.count, capitalised(e + 1), sameLine(e, e + 1) { e += 1 }
                    }
                }
                let distinctive = (s..<(e + 1)).filter { k in
                    capitalised(k) && !lists.genericWords.contains(Terms.normalize(word(k)))
                        && !lists.institutionWords.contains(Terms.normalize(word(k)))
                }
                // A capitalised sentence start alone is no name ("High School students").
                if let first = distinctive.first, !(distinctive.count == 1 && first == s && startsSentence(context, s)) {
                    // A community organisation ("… Family Resource Center") by the last word of its kind; else a school's.
                    let kindWord = (i...e).last { lists.institutionWords.contains(Terms.normalize(word($0))) }.map { Terms.normalize(word($0)) } ?? lower
                    let organisation = lists.organisationWords.contains(kindWord)
                    out.append((Int(words[s].start)..<Int(words[e].end), organisation ? "the name of an organisation" : "the name of an institution"))
                    // Its short form: the first distinctive word, with the next when that is distinctive too.
                    var form = [word(first)]
                    if distinctive.count > 1, distinctive[1] == first + 1 { form.append(word(first + 1)) }
                    names.append(form)
                    organisationForms.append(organisation)
                    i = e + 1
                    continue
                }
            }
            // "My name is Maria Ruiz".
            if lower == "my", i + 3 < words.count, Terms.normalize(word(i + 1)) == "name", Terms.normalize(word(i + 2)) == "is", capitalised(i + 3) {
                var e = i + 3
                while e + 1 < words.count, e < i + 5, capitalised(e + 1), sameLine(e, e + 1) { e += 1 }
                out.append((Int(words[i].start)..<Int(words[e].end), "your name"))
                i = e + 1
                continue
            }
            i += 1
        }
        // Later short forms of a name already found ("Hillcrest").
        if !names.isEmpty {
            // Ascending and disjoint (each pattern resumes after its match): found by halving.
            let covered = out.map(\.0)
            func isCovered(_ r: Range<Int>) -> Bool {
                var low = 0
                var high = covered.count
                while low < high {
                    let mid = (low + high) / 2
                    if covered[mid].upperBound <= r.lowerBound { low = mid + 1 } else { high = mid }
                }
                return low < covered.count && covered[low].lowerBound < r.upperBound
            }
            let firsts = Set(names.map { $0[0] })
            // ASCII forms: an ASCII word's units' hash first, its string only on a hit (ASCII strings equal as units do).
            let asciiFirsts = firsts.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? Set(firsts.map { DeficitScan.hash($0) }) : nil
            func mayBeFirst(_ k: Int) -> Bool {
                guard let asciiFirsts, u16[words[k].range].allSatisfy({ $0 < 0x80 }) else { return true }
                return asciiFirsts.contains(DeficitScan.hash(u16, words[k]))
            }
            for k in words.indices where capitalised(k) && mayBeFirst(k) && firsts.contains(word(k)) {
                for (n, form) in names.enumerated() where word(k) == form[0] && k + form.count <= words.count {
                    guard (1..<max(1, form.count)).allSatisfy({ word(k + $0) == form[$0] && sameLine(k + $0 - 1, k + $0) }) else { continue }
                    let r = Int(words[k].start)..<Int(words[k + form.count - 1].end)
                    if isCovered(r) { continue }
                    out.append((r, organisationForms[n] ? "a short form of an organisation’s name" : "a short form of an institution’s name"))
                    break
                }
            }
        }
        return out
    }

    package func startsSentence(_ context: LintContext, _ i: Int) -> Bool {
        let start = Int(context.analysis.words[i].start)
        guard let s = context.analysis.sentence(containing: start) else { return true }
        return context.analysis.wordIndices(in: s).first == i
    }
}
