/// What a part of a credential asks for beyond headings and length, as data:
/// questions to answer, counted items with their fields, required elements,
/// evidence a passing response shows, and a span of time. The Family
/// Well-Being profile uses all of them; a new credential needs no Swift.

/// Phrases that evidence something: every group must be present, any phrase
/// of a group will do. Phrases are matched word by word on stems, so
/// "goal" also finds "goals" and "free and reduced" finds "Free and Reduced".
public typealias EvidenceGroups = [[String]]

/// How a part is recognised when no part is named.
public struct DetectionCues: Codable, Sendable {
    /// Phrase -> weight; each phrase found adds its weight once.
    public var keywords: [String: Double]?
    /// Phrase -> weight, found in a heading or title line (whole words, any
    /// case): an applicant's own label for the part ("Part 1", "Asset Map")
    /// or the credential ("Family Well-Being").
    public var headings: [String: Double]?
    /// Words that open numbered entries ("Photo 3", "Slide 4", "Asset 2")...
    public var labels: [String]?
    /// ...and the weight of three or more such entries.
    public var labelWeight: Double?
    /// The weight of five or more lines that carry a date.
    public var datedLines: Double?
}

/// A question the applicant must answer (Part 1, Part 3).
public struct QuestionSpec: Codable, Sendable {
    public var id: String
    public var number: Int
    /// The credential's own wording, quoted to the applicant.
    public var text: String
    /// A short name for messages ("why you chose this micro-credential").
    public var label: String
    /// What shows the question is answered.
    public var evidence: EvidenceGroups
    /// Where all groups must meet: `sentence` (the default), `paragraph`, or
    /// `document` (a question with several parts answered in several paragraphs).
    public var within: String?
    /// Items the answer must name (the demographic make-up's four items).
    public var items: [ElementSpec]?
}

/// Something that must be present: an element of a plan, an area of a
/// survey, a stage of a project, or evidence a passing response shows.
public struct ElementSpec: Codable, Sendable {
    public var id: String
    /// The credential's name for it, used in messages.
    public var label: String
    /// Phrases that show it anywhere in the part (or in its item).
    public var evidence: EvidenceGroups?
    /// Heading or label words that show it by naming it ("Timeline", "Goals:").
    public var labels: [String]?
    /// Patterns that show it: email, phone, url, address, date, weeks.
    public var patterns: [String]?
    /// For a field: prose in the item beyond its name and other fields shows it.
    public var prose: Bool?
    /// The rubric threat when it is missing.
    public var rubric: [RubricThreatSpec]?
    /// What to write, added to the message.
    public var advice: String?
}

/// Counted items: survey questions, community assets, stakeholders, photos.
public struct ItemSpec: Codable, Sendable {
    /// "asset", "stakeholder", "question", "photo entry".
    public var name: String
    public var plural: String
    public var count: WordRange
    /// Heading words of the section holding the items; the whole document when absent.
    public var section: [String]?
    /// Words that open an item when followed by a number or a colon ("Asset 2", "Photo 3:").
    public var labels: [String]?
    /// Items are the lines that ask something (a '?' or a prompt verb), not answer options.
    public var questions: Bool?
    /// Words that start a prompt without a question mark ("Please rate …").
    public var prompts: [String]?
    public var fields: [ElementSpec]?
    /// Elements the items together must show (survey areas, photo stages).
    public var areas: [ElementSpec]?
    /// At least one item must show this (a stakeholder who is a community partner).
    public var someItem: ElementSpec?
    /// The rubric threat of a count outside the range.
    public var rubric: [RubricThreatSpec]?
}

/// A span of time the part must cover (a 5–8 week plan or photo essay).
public struct SpanSpec: Codable, Sendable {
    public var minWeeks: Int
    public var maxWeeks: Int
    /// Heading words of the section with the dates or weeks; whole document when absent.
    public var section: [String]?
    /// What the span is of, for messages ("the timeline", "the photo dates").
    public var label: String
    public var rubric: [RubricThreatSpec]?
}

/// Identifying information the part asks for (contact details of assets).
public struct IdentifyingSettings: Codable, Sendable {
    /// Kinds not flagged in this part: email, phone, url, address, name, institution, organisation
    /// (a community organisation's name, "… Resource Center"), item-names (the part's own items).
    public var allow: [String]
    public var reason: String
}

/// A figure the rubric sets a threshold for (the families a survey was sent
/// to, its return rate), read where the document states it: a sentence with
/// one of the cues and a number ("sent to 15 families"; "9 of 15 returned,
/// 60%"). Nothing is asked of a document that states no such figure.
public struct FigureSpec: Codable, Sendable {
    public var id: String
    /// What the figure is, for messages ("the number of families the survey was sent to").
    public var label: String
    /// Words of a sentence that states it ("sent", "distributed"; "return rate", "returned").
    public var cues: [String]
    /// Words the number counts ("families", "parents"): the number right before one is taken.
    public var counts: [String]?
    /// A percentage: "60%", "60 percent", or "9 of 15" worked out.
    public var percent: Bool?
    /// The least the rubric's level asks for.
    public var min: Double
    /// The rubric level that asks for it, in the credential's words (quoted in messages).
    public var requirement: String?
    public var rubric: [RubricThreatSpec]?
    public var advice: String?
}
