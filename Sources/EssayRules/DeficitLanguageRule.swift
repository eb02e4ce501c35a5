import EssayCore
import EssayText
import EssayProfiles
import EssayStructure
import EssayLanguage

/// `deficit-language`: deficit-based terms, with asset-based suggestions.
public struct DeficitLanguageRule: Rule {
    public init() {}
    public static let id = "deficit-language"
    public static let defaultSeverity = Severity.warning
    public static let description = RuleDescription(
        id: id, name: "Deficit-based language", defaultSeverity: defaultSeverity,
        summary: "Wording that frames people or communities by what they lack (needs, problems, challenges, at-risk, underserved, disengaged, “hard to reach”, “food desert”, …), decided by what the word frames: flagged when it is said of a person, a group or a place as a community, not when its head is a thing, a task, an event or a document, in an idiom or a fixed compound (“needs assessment”), a proper name, a quotation, a framing the essay reports rejecting, or the applicant's own growth. In Competency 9 only the applicant's own challenges are expected. Each finding says why, with asset-based alternatives.",
        rationale: "Competency 4 asks for partnership language that avoids deficit-based terms and emphasises goals, aspirations and vision; deficit terms cap it at “Emerging”, and reliance on them at 0.",
        triggering: [
            RuleExample("We began by listing the «needs» of the families on Elm Street.\n", note: "an of-complement names the people"),
            RuleExample("Many «at-risk» students joined, and «underserved» families came too.\n", note: "labels before their nouns"),
            RuleExample("The «challenges» of the neighbourhood shaped our plan.\n", note: "a place as a community"),
            RuleExample("We met the community’s «needs» and solved their «problems».\n", note: "possessors"),
            RuleExample("Our tutors worked with «struggling» readers from «inner-city» schools.\n"),
            RuleExample("Residents «lack» transportation, and «poor» families could not attend.\n", note: "a deficit verb with a group as its subject; an attributive adjective"),
            RuleExample("## Reflecting on Power Relations\n\nThe «problems» of the block were not mine to name, though challenges of trust remained.\n",
                        note: "in the Competency 9 section the applicant's own challenges are expected; the community's are still flagged"),
            RuleExample("The tenants on the third floor seem «unmotivated», and guardians who are «uninvolved» rarely call back.\n",
                        note: "a predicate adjective and a relative clause, with no listed noun"),
            RuleExample("We started in the «poorest» ward of the city and with the «neediest» tenants there.\n", note: "superlatives of lack said of a place and a group"),
            RuleExample("Seniors in the east ward «struggle» to reach the clinic, and the neighbourhood «lacks» a pharmacy.\n", note: "verbs with a group or a place as subject"),
            RuleExample("The tenants have many «problems» with the landlord, and a community facing «challenges» deserves better.\n", note: "the subject of have; a participle"),
            RuleExample("The old plan called the east side a «food desert», and the staff meant «hard-to-reach» tenants.\n", note: "a metaphor and a label from the framings with no listed word"),
            RuleExample("Staff sometimes spoke of «those kids» with a sigh.\n", note: "a label that others people"),
            RuleExample("The tenants of the east tower, after years of rent hikes, are in my view deeply in «need».\n",
                        note: "a distant subject: past an inserted phrase between commas and a prepositional phrase after the copula"),
            RuleExample("The pensioners I visited that winter seemed almost as «poor» as their parents had been.\n",
                        note: "the subject of a copula, past a clause that modifies it"),
            RuleExample("The fishermen who sail with the dawn tide are «at risk» in a storm.\n",
                        note: "a plural in -men, out of a relative clause"),
            RuleExample("The farmhands who pick the late harvest are «vulnerable» to the heat.\n",
                        note: "a relative clause between the subject and its copula holds the nearest noun"),
            RuleExample("The river neighbourhood is crowded, noisy and «lacking» a clinic.\n", note: "the last of a list of predicates"),
            RuleExample("We heard from the weavers, who have lost three employers in a decade, «struggling» to keep their homes.\n",
                        note: "a participle after its noun and a relative clause"),
            RuleExample("The ones on the late bus «struggle» to stay awake in class.\n", note: "“ones” stands for the people named before"),
            RuleExample("We cooked with «jobless» fathers and rebuilt a flood-«ravaged» village; the «dispossessed» came too.\n",
                        note: "labels of lack or damage (WordNet glosses, Lexicons/language/lack-labels.tsv) said of people and a place"),
            RuleExample("Most of the old men on the square are «outcasts» in their own town.\n", note: "a person noun defined by lack (WordNet)"),
            RuleExample("Many of our parents «lack» confidence, and they «need» our help with everything.\n",
                        note: "the credential's own “needs” is excused, not needs said of people", profile: "family-well-being", part: "part1"),
            RuleExample("At the bus stop we met «carless» neighbours, «unbanked» tenants and «cash-poor» farmers.\n",
                        note: "word formation of lack on any word: -less of a resource, un- + a verb of provision, a resource + -poor"),
            RuleExample("The pantry served «unhoused» veterans, «low-literacy» grandparents and «no-phone» households.\n",
                        note: "un- + a verb of housing (WordNet), low-/no- + an ability or a resource"),
            RuleExample("We asked «fatherless» teenagers what they wanted, and listed the «problems» of the hollow.\n",
                        note: "-less of a person-relation (WordNet gloss); a valley settlement is a place as a community"),
            RuleExample("Our mayor once called the ridge a «dead-end» glen and the mill district a «backwater».\n",
                        note: "an adjective and a place noun WordNet glosses by lack of prospects or of progress"),
            RuleExample("The growers, who lease their fields by the season, «lack» credit, and the riders (most of them night-shift cooks) «struggle» with the fares.\n",
                        note: "a subject before a relative clause or a parenthesis"),
            RuleExample("The elders in the tower, many of whom raised the block's first church, remain a «problem» for the landlord.\n",
                        note: "a predicate noun said of people past a clause between commas"),
            RuleExample("Harlow is a «dying» mill town, and its orchards crews are «running on empty».\n",
                        note: "figures of decline and depletion said of a place and a group"),
            RuleExample("Back then the paper said the east end was a «graveyard», a «ghost town», and its teenagers a «lost generation».\n",
                        note: "a noun of ruin said of a place; a label of people"),
            RuleExample("We met cognitively «challenged» adults and «hearing-impaired» retirees at the culturally «barren» depot town.\n",
                        note: "euphemisms of disability; a word of barrenness after a domain adverb"),
            RuleExample("The parents at the Thursday sign-up table, almost half of them paid in cash, were financially «vulnerable».\n",
                        note: "a subject and its prepositional phrase before a clause between commas"),
            RuleExample("Our town got «left behind» by the interstate, and the east side is a banking «desert».\n",
                        note: "a predicate after “got”; a place pictured as empty of a service"),
            RuleExample("In this county the families slip «through every safety net», and most arrive «underprepared».\n",
                        note: "a figure that puts the gap on people; a label after “arrive”"),
            RuleExample("Eastgate is, for its Vietnamese elders, a pharmacy «desert», and half the families up here are «struggling».\n",
                        note: "a predicate noun after a parenthesis; a subject with “up here”"),
            RuleExample("Many members «struggle» to read the prescription labels, and «paycheck-to-paycheck» households wait longest.\n",
                        note: "a label of a thing is no rejection cue; a depletion figure before its noun"),
            RuleExample("A handful of kids fall «through the cracks», and families «on the wrong side of the tracks» wait longest.\n",
                        note: "a quantity noun passes to its people; a label after its noun"),
            RuleExample("Too many families are barely keeping their «heads above water», and others come to school «running on empty».\n",
                        note: "an idiom as a verb's object; a standalone “others” as the subject"),
            RuleExample("This is the «poorest» county in the state, «left behind» by every highway, and the riders say so.\n",
                        note: "a passive participle after its noun and a comma"),
            RuleExample("The problem set came back late, and when the bus from the ridge, which the district leases from a contractor in the next county over and which runs twice a day on the old quarry road past the feed store and the shuttered plant, finally pulled in, the parents who came off it were tired, and many of these families «lack» a car.\n",
                        note: "a term more than forty words after the sentence's first term"),
            RuleExample("The men in the back room, nearly all of them retired millworkers, are frankly a «broken» lot, and some of my kids come in «running on empty».\n",
                        note: "a collective noun said of people past a parenthesis; a participle after a verb and its particle"),
            RuleExample("The grandparents raising children on their own, a few of them well past seventy, are often isolated and «vulnerable».\n",
                        note: "the clause's first noun phrase, when a part-of phrase interrupts it"),
            RuleExample("The health «problems» of the farmworker families shaped the plan, and it is the «poorest» school in the district.\n",
                        note: "a health condition said of people; a school by its pupils' circumstances"),
            RuleExample("Many farm widows out past the reservoir «lack» any reliable ride.\n",
                        note: "a noun-or-verb word before its object's determiner is the verb"),
            RuleExample("The lots sit on the «left-behind» side of the river, and a few of my students arrive each morning «running on empty» from the «poorest» complex in town.\n",
                        note: "a side of a divide is a neighbourhood; a participle after a time; a housing complex is a place"),
            RuleExample("We give rides to tenants who «lack» a car; the parents at our school «struggle» with forms, and families live far out and «lack» a bus.\n",
                        note: "a plural after “to” is a noun; a subject before a prepositional phrase; the second of two verbs"),
            RuleExample("We work in a zip code the city «forgot», a place prosperity «skipped» decades ago, and a town the mill «used up».\n",
                        note: "a place defined by a relative clause of neglect"),
            RuleExample("It is a town with its heart «cut out» by the highway, and my students come in with the batteries already «drained».\n",
                        note: "a place or people with a part taken out"),
            RuleExample("The county has been «bleeding» young families since the plant closed, and these parents are «invisible» to the district.\n",
                        note: "bleeding said of a place; unseen said of people"),
        ],
        nonTriggering: [
            RuleExample("Our tireless volunteers set up a wireless network for low-income families, and unopened boxes sat in a roofless shed.\n",
                        note: "-less and un- words of things or praise; low-income describes"),
            RuleExample("The data-hungry software ran on a low-battery scanner, and the bookless shelf waited for donations.\n",
                        note: "formations said of a thing, or of a state that is no resource"),
            RuleExample("The van turned into a dead-end lane behind the old block.\n", note: "an adjective of lack said of a street"),
            RuleExample("We need to listen first, and the plan needs more time.\n"),
            RuleExample("I wanted to challenge my own assumptions; it was a challenging semester.\n"),
            RuleExample("We rejected a needs-based model and deficit-based thinking.\n"),
            RuleExample("The rubric asks us to avoid “deficit-based terms (such as a needs, issues, problems, and challenges)”.\n"),
            RuleExample("The grant form called them at-risk youth, a label we dropped.\n"),
            RuleExample("The city issued a permit after a broken agreement and poor communication.\n"),
            RuleExample("## Reflecting on Power Relations\n\nThe challenges we faced came from the university’s schedule.\n"),
            RuleExample("We practised problem-solving; I lack experience in grant writing.\n"),
            RuleExample("```\nneeds problems at-risk\n```\n\n<!-- needs and problems -->\n"),
            RuleExample("The issue with the projector was a loose cable, and the printer had a paper problem.\n", note: "things, not people"),
            RuleExample("There is no need to apologise; we ran a needs assessment and a design challenge.\n", note: "an idiom and fixed compounds"),
            RuleExample("The Harbor Challenge Fund paid for the bus.\n", note: "a proper name"),
            RuleExample("My biggest challenge was pacing myself, and I still struggle to say no.\n", note: "the applicant's own growth"),
            RuleExample("“Don’t write about our problems,” the pastor told the class.\n", note: "a partner's quoted speech"),
            RuleExample("Our first flyer promised to serve disadvantaged families. We dropped that label the next week.\n",
                        note: "a framing rejected in the next sentence"),
            RuleExample("The guardians were not unmotivated; they worked double shifts.\n", note: "negated"),
            RuleExample("The lack of a Korean menu at the open house was my oversight, and the newsletter, in its October issue, said so.\n",
                        note: "a noun that modifies another is no people word; an issue of a publication"),
            RuleExample("The flood-ravaged road and the jobless rate both appeared in the county report.\n",
                        note: "a label of damage or lack said of a thing"),
            RuleExample("Our volunteers cook at the homeless shelter, where the Friday special is battered shrimp.\n",
                        note: "a label from WordNet before an organisation names a service; a noun that also names a food"),
            RuleExample("Her bike hit the ice and she wrecked on the bend, unhurt.\n", note: "a participle straight after a subject pronoun is its verb"),
            RuleExample("The files, after the server crash, were by any measure damaged beyond repair.\n",
                        note: "a distant subject that is a thing"),
            RuleExample("A board member wanted a flyer about helping vulnerable parents, and the families objected to that picture of themselves.\n",
                        note: "a framing someone proposed, turned down in the same sentence"),
            RuleExample("The first poster draft described the tenants as struggling. That wording came out before printing.\n",
                        note: "a framing someone proposed, turned down in the next sentence"),
            RuleExample("Name one problem your team solved last month, and one your volunteers still wanted to fix.\n", note: "a task to solve"),
            RuleExample("Every volunteer needed a badge to enter the building.\n", note: "a requirement, not a portrait of lack"),
            RuleExample("I used to call the avenue an underserved corridor; I now name its bakeries and barbers.\n",
                        note: "the applicant's earlier wording, turned from in the same sentence"),
            RuleExample("Is getting to the library after work a challenge for your family?\n", note: "a question whose subject is a task"),
            RuleExample("The soil on the ridge is barren, the dying battery needed a charger, and the old churchyard graveyard is full.\n",
                        note: "words of barrenness, decline and ruin said of land and things"),
            RuleExample("The council challenged that ruling, and the printer was stranded in the shop.\n", note: "a verb; a thing"),
            RuleExample("Fitting students around the shops' hours was a challenge, and a child who runs into a problem at home calls us.\n",
                        note: "a gerund with its object is a task; a problem run into is an obstacle, not a trait"),
            RuleExample("Kids file GitHub issues when the data logger fails, and the zine's first issue went to the printer.\n",
                        note: "a product's name; a device; an issue of a publication"),
            RuleExample("Distribution was a challenge in the Dari-speaking group, and food cost issues got their own debrief.\n",
                        note: "a task said to be hard among people; a pronoun after the term points back at it"),
            RuleExample("Most homes in town are at risk from wildfire, and my students once challenged Dale's crew to a contest over a broken joist Dwayne kept.\n",
                        note: "a physical hazard; a verb with a name's possessive; a name after a noun opens a clause"),
            RuleExample("When I described our parents as needy, she stopped me. “Come and cook,” she said. I've stopped using that word.\n",
                        note: "a framing turned down two sentences on"),
            RuleExample("The dean says that needs a sponsor agreement, and the real issue for him is Saturday staffing.\n",
                        note: "a verb after a pronoun subject; an issue whose predicate is a task"),
            RuleExample("She held the food permit the district needed, and the March issue of El Surco ran the story. Students fixed the poor Wi-Fi.\n",
                        note: "a requirement in a relative clause; a periodical's dated issue; a hyphenated compound the table knows"),
            RuleExample("In the first year our intake form opened with each member's deficits. I now regard that form as a habit misapplied to neighbours.\n",
                        note: "a wording in an earlier document, turned from in the next sentence"),
            RuleExample("A good map can save others headaches, and the students' real challenge was converting recipes into grams.\n",
                        note: "a verb with two objects spares; a challenge that is an activity"),
            RuleExample("Extension has a long habit of treating Hmong growers as a deficit. I used to write that my students were lacking background knowledge, and after that night I am finished with that phrase.\n",
                        note: "an institution's habit, named to be criticised; the applicant's old wording, finished with"),
            RuleExample("Portable readings turned out to be poor predictors of lead, and early dialectologists treated Gullah as a broken English, a view that Turner dismantled in 1949.\n",
                        note: "a measure, not a person; someone's view, dismantled in the same sentence"),
            RuleExample("Students read the poems and issues were discussed afterward.\n",
                        note: "a noun that opens a clause of its own after “and”"),
            RuleExample("We will survey families about their needs for after-school programs.\n",
                        note: "the Family Well-Being credential's own vocabulary", profile: "family-well-being", part: "part1"),
            RuleExample("The county forgot the permit, the steps the volunteers skipped were minor, and the city overlooked Route 9 for years.\n",
                        note: "neglect said in a main clause names a cause; a task defined by the clause is no framing"),
            RuleExample("Families with their hours cut by the plant still came, the patient was bleeding, and we wrote in invisible ink.\n",
                        note: "a cause (hours cut), a person's literal bleeding, a thing"),
        ],
        otherRubricKeys: [relianceKey])

    /// The rubric key of the one finding about reliance on deficit language.
    public static let relianceKey = "deficit-reliance"

    public func check(_ context: LintContext) -> [Finding] {
        guard let scan = context.deficitScan else { return [] }
        var findings: [Finding] = []
        for occurrence in scan.flagged {
            let term = scan.lexicon.terms[occurrence.term]
            let match = context.document.source.string(occurrence.range)
            let message = "“\(match)” is deficit-based language. \(term.advice)"
            var f = finding(context, message, range: occurrence.range, suggestions: term.suggestions,
                            criterion: context.structure.criterion(at: occurrence.range.lowerBound))
            f.why = occurrence.why
            findings.append(f)
        }
        if let reliance = context.part.deficit?.reliance {
            let deficits = findings.count
            let assets = scan.assetCount
            if deficits >= reliance.minTerms, Double(deficits) >= reliance.perAssetTerm * Double(max(assets, 1)) {
                findings.append(finding(context,
                                        "The essay relies on deficit-based language: \(deficits) deficit terms against \(assets) asset-based terms. Rework those passages around what partners bring and want: their goals, aspirations, strengths and vision.",
                                        range: 0..<0, match: false, rubricKey: Self.relianceKey))
            }
        }
        return findings
    }
}

