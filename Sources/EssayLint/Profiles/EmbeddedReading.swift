/// The embedded profiles, lexicons and profile index, read from the build's
/// JSON by hand rather than through `Decodable`.
///
/// Why: in a single run, decoding the default profile and the lexicons through
/// `Decodable` cost about 5.7 ms on one core (`essaylint-bench --cold-start`),
/// three quarters of it the runtime's one-time work for each generic
/// container and coding-key type (type metadata by mangled name, protocol
/// conformance scans over the binary's ~6,000 conformance records), not the
/// data. Reading the same tree with concrete code needs none of that.
///
/// The profile files' YAML (folders given with `--lexicons`) still goes
/// through `Decodable` and Yams, whose errors name the line. Both readings
/// must agree: `ResourceTests.testEmbeddedReadingMatchesDecodable` decodes
/// every YAML file in `Lexicons/` with `Decodable` and compares it, field for
/// field (as JSON), with what this code reads from the embedded JSON. Keys
/// this code does not know are ignored, as `Decodable` ignores them; a key
/// added to a type must be read here too, or that test fails.
struct Fields {
    typealias Value = EmbeddedDecoder.Value
    let pairs: [(String, Value)]
    /// Where this object sits ("parts[2].items"), made only for an error.
    let trail: () -> String

    init(_ value: Value, trail: @escaping () -> String = { "" }) throws {
        guard case .object(let pairs) = value else { throw Fields.failure(trail(), "an object") }
        self.pairs = pairs
        self.trail = trail
    }

    static func read<T>(_ json: String, _ make: (Fields) throws -> T) throws -> T {
        try make(Fields(EmbeddedDecoder.parse(json)))
    }

    static func failure(_ path: String, _ expected: String) -> EmbeddedDecoder.Failure {
        EmbeddedDecoder.Failure(description: "\(path.isEmpty ? "the top level" : path): expected \(expected)")
    }

    func at(_ key: String) -> String {
        let path = trail()
        return path.isEmpty ? key : path + "." + key
    }

    /// A key's value; null counts as absent, as for `decodeIfPresent`.
    func raw(_ key: String) -> Value? {
        for (k, v) in pairs where k == key {
            if case .null = v { return nil }
            return v
        }
        return nil
    }

    func required(_ key: String) throws -> Value {
        guard let v = raw(key) else { throw EmbeddedDecoder.Failure(description: "\(at(key)): missing") }
        return v
    }

    // MARK: leaves (the path is made only for an error)

    static func string(_ v: Value, _ path: @autoclosure () -> String) throws -> String {
        guard case .string(let s) = v else { throw failure(path(), "a string") }
        return s
    }

    static func int(_ v: Value, _ path: @autoclosure () -> String) throws -> Int {
        guard case .number(let x) = v, let n = Int(exactly: x) else { throw failure(path(), "a whole number") }
        return n
    }

    static func double(_ v: Value, _ path: @autoclosure () -> String) throws -> Double {
        guard case .number(let x) = v else { throw failure(path(), "a number") }
        return x
    }

    static func strings(_ v: Value, _ path: @autoclosure () -> String) throws -> [String] {
        guard case .array(let items) = v else { throw failure(path(), "a list") }
        var out: [String] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            guard case .string(let s) = item else { throw failure(path() + "[\(i)]", "a string") }
            out.append(s)
        }
        return out
    }

    func string(_ key: String) throws -> String { try Fields.string(try required(key), at(key)) }
    func string(optional key: String) throws -> String? { try raw(key).map { try Fields.string($0, at(key)) } }
    func int(_ key: String) throws -> Int { try Fields.int(try required(key), at(key)) }
    func int(optional key: String) throws -> Int? { try raw(key).map { try Fields.int($0, at(key)) } }
    func double(_ key: String) throws -> Double { try Fields.double(try required(key), at(key)) }
    func double(optional key: String) throws -> Double? { try raw(key).map { try Fields.double($0, at(key)) } }

    func bool(optional key: String) throws -> Bool? {
        guard let v = raw(key) else { return nil }
        guard case .bool(let b) = v else { throw Fields.failure(at(key), "true or false") }
        return b
    }

    func strings(_ key: String) throws -> [String] { try Fields.strings(try required(key), at(key)) }
    func strings(optional key: String) throws -> [String]? { try raw(key).map { try Fields.strings($0, at(key)) } }

    /// Lists of alternative phrases (`EvidenceGroups`).
    func groups(_ key: String) throws -> [[String]] {
        guard let groups = try groups(optional: key) else { throw EmbeddedDecoder.Failure(description: "\(at(key)): missing") }
        return groups
    }

    func groups(optional key: String) throws -> [[String]]? {
        guard let v = raw(key) else { return nil }
        guard case .array(let items) = v else { throw Fields.failure(at(key), "a list") }
        return try items.enumerated().map { try Fields.strings($1, at(key) + "[\($0)]") }
    }

    /// A map of phrases to weights.
    func weights(_ key: String) throws -> [String: Double] {
        guard let weights = try weights(optional: key) else { throw EmbeddedDecoder.Failure(description: "\(at(key)): missing") }
        return weights
    }

    func weights(optional key: String) throws -> [String: Double]? {
        try map(optional: key) { try Fields.double($0, $1()) }
    }

    /// A map with any values; the maker gets the value and its path.
    func map<T>(optional key: String, _ make: (Value, @escaping () -> String) throws -> T) throws -> [String: T]? {
        guard let v = raw(key) else { return nil }
        guard case .object(let pairs) = v else { throw Fields.failure(at(key), "an object") }
        var out: [String: T] = [:]
        out.reserveCapacity(pairs.count)
        for (k, x) in pairs { out[k] = try make(x, { at(key) + "." + k }) }
        return out
    }

    // MARK: nested

    func object<T>(_ key: String, _ make: (Fields) throws -> T) throws -> T {
        try make(Fields(try required(key), trail: { at(key) }))
    }

    func object<T>(optional key: String, _ make: (Fields) throws -> T) throws -> T? {
        guard let v = raw(key) else { return nil }
        return try make(Fields(v, trail: { at(key) }))
    }

    static func list<T>(_ v: Value, _ path: @escaping () -> String, _ make: (Fields) throws -> T) throws -> [T] {
        guard case .array(let items) = v else { throw failure(path(), "a list") }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() { out.append(try make(Fields(item, trail: { path() + "[\(i)]" }))) }
        return out
    }

    func list<T>(_ key: String, _ make: (Fields) throws -> T) throws -> [T] {
        try Fields.list(try required(key), { at(key) }, make)
    }

    func list<T>(optional key: String, _ make: (Fields) throws -> T) throws -> [T]? {
        try raw(key).map { try Fields.list($0, { at(key) }, make) }
    }
}

// MARK: profiles

extension CredentialProfile {
    init(_ f: Fields) throws {
        id = try f.string("id")
        name = try f.string("name")
        source = try f.string(optional: "source")
        parts = try f.list("parts", Part.init)
        criteria = try f.list("criteria", Criterion.init)
        references = try f.list(optional: "references", Reference.init)
        rubric = try f.map(optional: "rubric") { v, path in try Fields.list(v, path, RubricThreatSpec.init) }
    }
}

extension Part {
    init(_ f: Fields) throws {
        id = try f.string("id")
        title = try f.string("title")
        requirements = try f.map(optional: "requirements") { v, path -> String? in
            if case .null = v { return nil }
            return try Fields.string(v, path())
        }
        wordRange = try f.object(optional: "wordRange", WordRange.init)
        headingPerCriterion = try f.bool(optional: "headingPerCriterion")
        sectionLength = try f.object(optional: "sectionLength") { SectionLength(minWords: try $0.int("minWords")) }
        deficit = try f.object(optional: "deficit", DeficitSettings.init)
        headingMapping = try f.object(optional: "headingMapping") { HeadingMappingSettings(nonCompetency: try $0.strings("nonCompetency")) }
        criteria = try f.strings(optional: "criteria")
        detect = try f.object(optional: "detect", DetectionCues.init)
        questions = try f.list(optional: "questions", QuestionSpec.init)
        items = try f.object(optional: "items", ItemSpec.init)
        elements = try f.list(optional: "elements", ElementSpec.init)
        evidence = try f.list(optional: "evidence", ElementSpec.init)
        span = try f.object(optional: "span", SpanSpec.init)
        identifying = try f.object(optional: "identifying") { IdentifyingSettings(allow: try $0.strings("allow"), reason: try $0.string("reason")) }
        rubric = try f.list(optional: "rubric", RubricThreatSpec.init)
        clarity = try f.object(optional: "clarity") {
            ClaritySettings(maxSentenceWords: try $0.int(optional: "maxSentenceWords"), minReadingEase: try $0.double(optional: "minReadingEase"))
        }
        if let v = f.raw("rules") {
            guard case .object(let pairs) = v else { throw Fields.failure(f.at("rules"), "an object") }
            rules = try PartRules(pairs.map { ($0.0, try Fields.string($0.1, f.at("rules") + "." + $0.0)) })
        } else {
            rules = nil
        }
    }
}

extension WordRange {
    init(_ f: Fields) throws {
        min = try f.int("min")
        max = try f.int("max")
    }
}

extension DeficitSettings {
    init(_ f: Fields) throws {
        lexicon = try f.string("lexicon")
        exceptions = try f.list(optional: "exceptions") {
            DeficitException(terms: try $0.strings("terms"), criteria: try $0.strings(optional: "criteria"), reason: try $0.string("reason"))
        }
        reliance = try f.object(optional: "reliance") {
            Reliance(minTerms: try $0.int("minTerms"), perAssetTerm: try $0.double("perAssetTerm"))
        }
    }
}

extension Criterion {
    init(_ f: Fields) throws {
        id = try f.string("id")
        number = try f.int("number")
        title = try f.string("title")
        shortTitle = try f.string("shortTitle")
        rubricTitle = try f.string(optional: "rubricTitle")
        description = try f.string(optional: "description")
        guidingQuestions = try f.strings(optional: "guidingQuestions")
        levels = try f.list("levels") { RubricLevel(level: try $0.int("level"), name: try $0.string("name"), descriptor: try $0.string("descriptor")) }
        heading = try f.object(optional: "heading") { HeadingCues(keywords: try $0.weights("keywords")) }
        elements = try f.list(optional: "elements") {
            RubricElement(id: try $0.string("id"), level: try $0.int("level"), label: try $0.string("label"),
                          question: try $0.string(optional: "question"), evidence: try $0.groups("evidence"))
        }
    }
}

extension Reference {
    init(_ f: Fields) throws {
        authors = try f.strings("authors")
        year = try f.int("year")
        citation = try f.string("citation")
    }
}

extension RubricThreatSpec {
    init(_ f: Fields) throws {
        criterion = try f.string("criterion")
        ceiling = try f.int("ceiling")
        level = try f.int(optional: "level")
        quote = try f.string(optional: "quote")
        requirement = try f.string(optional: "requirement")
    }
}

extension DetectionCues {
    init(_ f: Fields) throws {
        keywords = try f.weights(optional: "keywords")
        headings = try f.weights(optional: "headings")
        labels = try f.strings(optional: "labels")
        labelWeight = try f.double(optional: "labelWeight")
        datedLines = try f.double(optional: "datedLines")
    }
}

extension QuestionSpec {
    init(_ f: Fields) throws {
        id = try f.string("id")
        number = try f.int("number")
        text = try f.string("text")
        label = try f.string("label")
        evidence = try f.groups("evidence")
        within = try f.string(optional: "within")
        items = try f.list(optional: "items", ElementSpec.init)
    }
}

extension ElementSpec {
    init(_ f: Fields) throws {
        id = try f.string("id")
        label = try f.string("label")
        evidence = try f.groups(optional: "evidence")
        labels = try f.strings(optional: "labels")
        patterns = try f.strings(optional: "patterns")
        prose = try f.bool(optional: "prose")
        rubric = try f.list(optional: "rubric", RubricThreatSpec.init)
        advice = try f.string(optional: "advice")
    }
}

extension ItemSpec {
    init(_ f: Fields) throws {
        name = try f.string("name")
        plural = try f.string("plural")
        count = try f.object("count", WordRange.init)
        section = try f.strings(optional: "section")
        labels = try f.strings(optional: "labels")
        questions = try f.bool(optional: "questions")
        prompts = try f.strings(optional: "prompts")
        fields = try f.list(optional: "fields", ElementSpec.init)
        areas = try f.list(optional: "areas", ElementSpec.init)
        someItem = try f.object(optional: "someItem", ElementSpec.init)
        rubric = try f.list(optional: "rubric", RubricThreatSpec.init)
    }
}

extension SpanSpec {
    init(_ f: Fields) throws {
        minWeeks = try f.int("minWeeks")
        maxWeeks = try f.int("maxWeeks")
        section = try f.strings(optional: "section")
        label = try f.string("label")
        rubric = try f.list(optional: "rubric", RubricThreatSpec.init)
    }
}

extension ProfileSummary {
    init(_ f: Fields) throws {
        id = try f.string("id")
        name = try f.string("name")
        file = try f.string(optional: "file")
        parts = try f.list("parts") {
            PartSummary(id: try $0.string("id"), title: try $0.string("title"), detect: try $0.object(optional: "detect", DetectionCues.init),
                        headingPerCriterion: try $0.bool(optional: "headingPerCriterion"), wordRange: try $0.object(optional: "wordRange", WordRange.init))
        }
    }
}

// MARK: lexicons

extension Lexicon {
    init(_ f: Fields) throws {
        id = try f.string("id")
        title = try f.string("title")
        sources = try f.list("sources") { LexiconSource(id: try $0.string("id"), cite: try $0.string("cite")) }
        classes = try f.map(optional: "classes") { try Fields.strings($0, $1()) }
        terms = try f.list("terms", LexiconTerm.init)
        assets = try f.object(optional: "assets") { AssetTerms(sources: try $0.strings("sources"), forms: try $0.strings("forms")) }
        rejection = try f.object(optional: "rejection") {
            RejectionCues(within: try $0.int("within"), cues: try $0.strings("cues"), preceding: try $0.strings(optional: "preceding"))
        }
    }
}

extension LexiconTerm {
    init(_ f: Fields) throws {
        id = try f.string("id")
        forms = try f.strings("forms")
        suggestions = try f.strings("suggestions")
        advice = try f.string("advice")
        sources = try f.strings("sources")
        contexts = try f.list(optional: "contexts", ContextRule.init)
        otherwise = try f.string(optional: "otherwise").map { try Decision(reading: $0, f.at("otherwise")) }
    }
}

extension ContextRule {
    init(_ f: Fields) throws {
        previous = try f.strings(optional: "previous")
        next = try f.strings(optional: "next")
        before = try f.strings(optional: "before")
        after = try f.strings(optional: "after")
        within = try f.int(optional: "within")
        decision = try Decision(reading: try f.string("decision"), f.at("decision"))
        why = try f.string("why")
    }
}

extension Decision {
    init(reading raw: String, _ path: String) throws {
        guard let d = Decision(rawValue: raw) else { throw Fields.failure(path, "flag or skip") }
        self = d
    }
}
