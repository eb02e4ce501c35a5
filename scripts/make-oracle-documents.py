#!/usr/bin/env python3
"""Make word-processor "oracle" documents for essaylint's .docx/.odt readers.

NOT RUN BY CI.  This script needs LibreOffice Writer and its Python-UNO bridge:

    apt-get install -y --no-install-recommends libreoffice-writer python3-uno

(use libreoffice-writer, not libreoffice-writer-nogui: the -nogui build lacks
the .ui files and soffice aborts when a document with comments is opened
through UNO).  Run it with the system Python that has the `uno` module:

    /usr/bin/python3 scripts/make-oracle-documents.py            # everything
    /usr/bin/python3 scripts/make-oracle-documents.py --src-only # .fodt + .expected.txt only
    /usr/bin/python3 scripts/make-oracle-documents.py --probes   # one-construct count table

Scratch files (profile, variant documents, report.json) go to --workdir
(default: a new directory under $TMPDIR).  Output files are not byte-for-byte
reproducible (zip timestamps, LibreOffice's random change-region ids); the
counts are.

What it does:
  1. Writes each essay below as Flat ODF (Tests/Fixtures/documents/src/<name>.fodt)
     and its intended final body text (<name>.expected.txt: tracked insertions
     kept, tracked deletions dropped, comments and foot/endnotes left out, one
     paragraph per line, table cells one per line in row order, list labels
     left out).
  2. Starts a private headless soffice, loads every .fodt, reads
     XTextDocument.WordCount (which forces Writer to recompute its document
     statistics), and stores the document as .docx ("MS Word 2007 XML") and
     .odt ("writer8").  `soffice --convert-to docx` is NOT enough: the DOCX
     filter copies whatever statistics the document properties hold, so a
     plain conversion of a .fodt writes no <Words> at all (or stale numbers,
     if the source carried a meta:document-statistic).
  3. Appends three words to each loaded document and saves again to the
     scratch directory, checking that the stored counts move by exactly 3.
     Renders variants of each essay as separate .fodt files (comments removed,
     foot/endnotes removed, list labels removed, all changes accepted, all
     changes rejected) and has Writer count each from scratch (removing
     things from an already-counted document in place can leave stale
     per-paragraph counts).  Re-opens the saved .docx/.odt, accepts all
     changes, and checks that Writer's own view of the body text and the
     paragraph styles equal <name>.expected.txt and the intended styles.
  4. Unzips every produced file and writes counts.json from docProps/app.xml
     (.docx) and meta.xml (.odt).

The essays are made-up drafts written for this project.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "documents")
SRC = os.path.join(OUT, "src")

# ---------------------------------------------------------------------------
# Content.  Inline markup used in the strings below:
#   {+text+}          tracked insertion (kept in the final text)
#   {-text-}          tracked deletion (dropped from the final text)
#   [^text]           footnote, anchored right after the preceding character
#   [^^text]          endnote
#   <<covered||note>> comment (annotation) whose range is "covered"
#   **text**          bold run           ~~text~~  italic run
# Block kinds: title, h1, h2, h3, p, bold (paragraph whose only text is bold),
#   sec (custom "Essay Section" style, parent Heading 2), ul, ol, table,
#   p+ins (whole paragraph inserted as a tracked change),
#   p+del (whole paragraph deleted as a tracked change).
# ---------------------------------------------------------------------------

DOCS = {}

DOCS["cp-knowledge-of-self"] = dict(
    title="Knowledge of Self (draft 3)",
    author="Dana Whitfield",
    reviewer="R. Osei",
    date="2024-02-11",
    blocks=[
        ("title", "Community Partnerships Micro-Credential: Knowledge of Self"),
        ("h1", "Knowledge of Self"),
        ("p", "I teach seventh-grade science at Lakeshore Middle School, and for most of my eleven "
              "years in the classroom I thought of “community” as something that happened after the "
              "final bell. Families came to conferences, local businesses donated supplies, and I said "
              "thank you. It took a very ordinary afternoon to show me how narrow that view was."),
        ("p", "Two years ago a parent stopped by to pick up her son and noticed our water-quality unit "
              "on the whiteboard. She works at the county treatment plant, and she offered—almost as an "
              "aside—to bring in the sensors her team uses every day. When she came, my students asked "
              "better questions in forty minutes than they had in the previous three weeks. I had been "
              "treating families as an audience for school rather than as people who hold {-really -}"
              "valuable knowledge of their own."),
        ("h2", "What I Bring"),
        ("p", "I grew up in a small town where my mother ran the only daycare for twenty miles, so I "
              "learned early that a neighborhood runs on favors, trust and showing up. That background "
              "helps me, but it can also mislead me. I sometimes assume that because I’m comfortable in "
              "a church basement or a union hall, everyone there will see me as an insider. They don’t, "
              "and they shouldn’t have to."),
        ("p", "The strengths I bring to partnership work are:"),
        ("ul", [
            "Listening before proposing, and writing down what I hear.",
            "Turning lab-style inquiry into activities a volunteer can lead.",
            "Following through on small promises, which I’ve learned matter more than big ones.",
        ]),
        ("h2", "What I Am Still Learning"),
        ("p", "My blind spot is time. I plan in units and semesters; most of our partners plan around "
              "shifts, harvests and grant cycles. Last spring I scheduled a family science night during "
              "the first week of the fishing season[^Roughly a third of our students have a parent or "
              "guardian who works on the water from April through June.], and eleven families came "
              "instead of the forty I expected. I don’t want to repeat that. <<Now I ask partners to name "
              "the dates that work for them before I pick one.||Good concrete example. Could you say who "
              "you ask, and how?>>{+ I also keep a shared calendar that our two family liaisons can edit.+}"),
        ("h2", "Where I Stand"),
        ("p", "I want to be clear about my position. I’m a white, college-educated teacher who commutes "
              "into the district, and I hold a kind of authority in my classroom that a parent or a local "
              "expert does not automatically hold. When I invite someone in, he/she is stepping onto my "
              "ground and into my schedule. The goal of this micro-credential, for me, is to build "
              "partnerships in which our students’ families and neighbors are <<partners—not clients||This "
              "is the heart of the essay. Lead with it?>>—and in which credit and decision-making are shared."),
        ("p", "Concretely, that means co-planning and/or co-teaching rather than one-off guest "
              "appearances, paying partners when the budget allows[^Our PTO set aside a small honorarium "
              "fund in 2024; it covers about six visits a year.], and asking “what would make this worth "
              "your time?” before I ask for anything else."),
    ],
)

DOCS["cp-where-i-stand-short"] = dict(
    title="Where I Stand",
    author="Luis Ortega",
    reviewer="K. Brandt",
    date="2024-04-02",
    blocks=[
        ("title", "Where I Stand — Draft 2"),
        ("h2", "Where I Stand"),
        ("p", "I teach U.S. history at Eastgate High, three blocks from the apartment where I grew up. "
              "My students know my family & my family knows theirs{-, mostly-}. That closeness is a gift, "
              "but it also means I can mistake familiarity for understanding."),
        ("p", "Power shows up in small places: who speaks first at a planning meeting, whose calendar "
              "wins, whose name goes on the grant. I usually hold that power — even on days when I don’t "
              "feel like I do.[^A colleague pointed this out after our fall partner meeting, and she was "
              "right.]"),
        ("p", "It also means noticing who is missing. When a parent can’t make a 4:00 meeting, I go to the "
              "laundromat on Saturday morning, where half of our families already are, and I bring the "
              "agenda with me."),
        ("p", "<<So my commitment is simple||Simple, yes. Is it measurable?>>: partners set the agenda for "
              "at least half of every meeting, and I report back to them — in writing — within a week."),
    ],
)

DOCS["cp-competency-4-assets"] = dict(
    title="Competency 4 essay",
    author="Aisha Karimi",
    reviewer="J. Lindqvist",
    date="2024-03-18",
    blocks=[
        ("title", "Community Partnerships Micro-Credential — Competency Essays"),
        ("p", "Aisha Karimi, Department of English, Harbor Valley Community College"),
        ("h1", "Competency 4: Connecting Campus and Community Assets"),
        ("p", "When I started teaching developmental writing at Harbor Valley nine years ago, I assumed "
              "the college was the place where resources lived and the neighborhood was the place where "
              "they were needed. My students corrected me one essay at a time. They wrote about aunts "
              "who ran informal lending circles, about a barber who kept a shelf of paperback novels for "
              "anyone waiting, about a tenants’ association that had beaten an eviction by reading the "
              "lease more carefully than the landlord had. The assets were already there. What was "
              "missing was a connection between what the campus offers and what the community has "
              "built for itself."),
        ("sec", "Context"),
        ("p", "Harbor Valley enrolls <<about 1,250 students||Headcount or FTE? Reviewers may ask.>> in its "
              "evening and weekend programs. In 2023-24 "
              "more than half of them worked at least thirty hours a week, and roughly 40% were raising "
              "children[^Figures are from the college’s fall enrollment report and a survey my classes "
              "ran in October.]. Our campus is a fifteen-minute bus ride from the Riverside neighborhood, "
              "where many of those students live, and for years that ride was the only regular link "
              "between the two places. Faculty rarely went to Riverside unless a grant required a site "
              "visit{-, and then only once-}."),
        ("p", "I also came to this work as an outsider to Riverside. I grew up two states away, I drive to "
              "campus, and until three years ago I could not have named a single business on Cedar Street. "
              "I say this not as a confession but as a fact that shapes what I can see, and what I need "
              "partners to tell me."),
        ("p", "I want to be careful here. Riverside is not a problem for the college to solve. It has "
              "long-standing churches, a public library branch with a waiting list for its homework "
              "club, two food pantries and a tenants’ union that knows every building on Cedar Street. "
              "The college, for its part, has classrooms that sit empty on Saturdays, a writing center "
              "with bilingual tutors, and faculty who can help people draft the letters, applications "
              "and testimony that public life runs on. Competency 4 asks me to connect those assets in "
              "ways that both sides recognize as fair."),
        ("sec", "Mapping What Is Already Here"),
        ("p", "In the fall I asked my two sections of English 095 to help build an asset map. Students "
              "interviewed a neighbor, a relative or an employer about the places they rely on, and we "
              "compiled the results on a shared board. I expected a list of agencies. Instead we got "
              "people—a retired bookkeeper who helps families with tax forms, a pastor who lends the "
              "fellowship hall for quinceañeras and GED study groups alike, a corner store owner who "
              "posts job listings by the register. The table below shows the five assets we decided to "
              "approach first."),
        ("table", [
            ["Asset", "Contact", "Benefit"],
            ["Eastside Public Library", "Branch manager, Ms. Tran", "Evening study rooms and free printing"],
            ["Harbor Valley Food Pantry", "Volunteer coordinator", "Weekly groceries for students with children"],
            ["Riverside Tenants’ Union", "—", "Trusted by families the college rarely reaches"],
            ["Campus Writing Center", "Director, ext. 4410", "Drop-in tutoring in English and Spanish"],
            ["Parks & Recreation", "youth.programs@example.gov", "Free childcare during Saturday workshops"],
        ]),
        ("p", "The tenants’ union asked not to list a named contact. Their members rotate the role, and "
              "they would rather the college call the office than rely on one person. I think that "
              "request says a great deal about how they protect their own capacity, and I have tried to "
              "honor it in everything that followed."),
        ("sec", "Reciprocity"),
        ("p", "The first version of our Saturday Writing Workshop was built on my schedule and my "
              "syllabus. It drew nine people. The second version was planned with the library manager "
              "and two tenants’ union members at a kitchen table, and it drew thirty-four. The difference "
              "was not publicity. The difference was that partners decided what the workshop was for: "
              "letters to the housing authority, résumés, and scholarship essays for teenagers who had "
              "never been asked to write about themselves. From that meeting we agreed on four working "
              "rules, which we still use:"),
        ("ol", [
            "Ask what the partner needs from the college before describing what the college needs.",
            "Put commitments in a one-page agreement that either side can revise at any time.",
            "Budget for the partner’s time, not only for faculty time.",
            "Close each semester with a debrief that the partner leads{+ and records+}.",
        ]),
        ("p", "Reciprocity also meant accepting help I had not planned for. The food pantry offered to "
              "send a volunteer with snack boxes to every session, and our attendance among parents went "
              "up the following week. I had been treating the workshop as a writing class with a meal "
              "problem; the pantry treated it as a family event that happened to include writing. Their "
              "framing was better{-, frankly-}."),
        ("sec", "Power and Privilege"),
        ("p", "I hold a faculty title, a doctorate and a salary that does not depend on whether the "
              "workshop succeeds. Most of our community partners hold none of those protections. That "
              "imbalance shows up in small ways: in whose email gets answered first, in who is asked to "
              "“just send a quick summary,” in whose name appears on the grant report. This year I "
              "started listing partners as co-authors on every report we submit, and I ask them to "
              "review the draft before it goes to the dean. It slows things down… and it should."),
        ("p", "Privilege also travels with language. Several partners speak Spanish or Vietnamese at "
              "home and move between languages all day, a skill the college rarely credits. When we "
              "redesigned the flyer, the tenants’ union insisted on three languages of equal size, not "
              "an English headline with small translations underneath. <<They were right, and the "
              "response rate proved it.||Can you give the number here?>>"),
        ("p+ins", "I now budget for professional translation in every partnership proposal I write, "
                  "because asking bilingual partners to translate for free repeats the imbalance I am "
                  "trying to undo."),
        ("sec", "Missteps"),
        ("p", "Not everything worked. In the first month I promised the library a weekly volunteer from my "
              "classes without asking my students whether they could give the time. Three of them did, "
              "faithfully, and the rest could not; most were working weekend shifts. The library had built "
              "a schedule around my promise, and I had to call the branch manager to take it back. She was "
              "gracious about it, but I learned that a commitment the college makes on behalf of students "
              "is not the college’s to make. Now any student role in a partnership is optional, paid where "
              "possible, and agreed with the student before it is offered to a partner."),
        ("p", "A second misstep was smaller but taught me as much. I sent our partners a twelve-page "
              "evaluation form at the end of the fall term. Two people returned it. In spring we replaced it "
              "with a thirty-minute conversation over lunch, and every partner came."),
        ("sec", "Evidence of Impact"),
        ("p", "Over two semesters the workshop served 112 adults and 37 teenagers. Twenty-three "
              "participants later enrolled in a credit course, and six of the teenagers’ scholarship "
              "essays were funded[^Two of the six scholarships were local awards that had gone "
              "unclaimed the year before.]. The library has asked to host the spring series, and the "
              "tenants’ union now refers members to the writing center directly. Our shared materials, "
              "including the one-page agreement, are posted at "
              "https://www.example.edu/hvcc/community-writing-project for anyone who wants to adapt "
              "them; questions can go to a.karimi@example.edu."),
        ("p", "We also tracked what partners gained, because reciprocity should be visible on both sides. "
              "The library’s homework club waiting list dropped from 41 names to 12 once our tutors added "
              "a second evening, and the tenants’ union used workshop time to draft testimony that two "
              "members delivered at a city council hearing in March."),
        ("p", "Numbers are only part of the story. The comment I return to most came from a "
              "grandmother who finished a letter to the school board in our third session: “Nobody "
              "ever asked me to write it down before.” Connecting campus and community assets, for me, "
              "means making sure the people who already carry this neighborhood’s knowledge are asked, "
              "paid and credited."),
        ("sec", "Next Steps"),
        ("p", "Next year I want to move the planning meetings to Riverside permanently, add a childcare "
              "partner so that parents of toddlers can attend, and train two students as paid peer "
              "facilitators[^^I have applied for a small innovation grant to cover the facilitators’ "
              "wages for one year.]. I also want to ask our partners a harder question: what would "
              "they change about the college if they could? I don’t know what they will say, and that "
              "is the point."),
    ],
)

DOCS["fwb-part1-needs-assessment"] = dict(
    title="FWB Part 1",
    author="Renee Calloway",
    reviewer="T. Nakamura",
    date="2024-01-22",
    blocks=[
        ("bold", "Family Well-Being Credential"),
        ("p", "Renee Calloway, Kindergarten, Maple Grove Elementary"),
        ("bold", "Part 1"),
        ("p", "This part of my portfolio describes the families in my kindergarten classroom, what I "
              "learned from them this fall, and the needs and strengths that will shape my asset map "
              "and action plan. I have changed or left out details that could identify a child."),
        ("bold", "Needs Assessment"),
        ("p", "My class has twenty-two children from nineteen families. Eight families speak a language "
              "other than English at home, most often Spanish or Haitian Creole, and at least five "
              "households include a grandparent who does the daily pickup. In 2023–24 our school "
              "moved to a later start time, which helped some families and created new childcare "
              "gaps for others."),
        ("bold", "How I Gathered Information"),
        ("p", "I did not want to rely on the enrollment forms alone, so I used several sources:"),
        ("ul", [
            "Home visits or park meetings with fourteen families during the first six weeks.",
            "A short survey in three languages, sent home on paper and by text message.",
            "Conversations with our family liaison and the school nurse.",
            "Notes from pickup time, which is when many grandparents prefer to talk.",
        ]),
        ("p", "The survey came back from sixteen of nineteen families. I had worried that a written "
              "survey would {-only -}reach the families who already felt comfortable with school, and "
              "that worry was partly right; the three families who did not return it were the ones I "
              "had spoken with least.{+ I followed up with each of them in person.+}"),
        ("bold", "What Families Told Me"),
        ("p", "Families were clear about their strengths. Many named extended family, church and "
              "neighbors as the people they turn to first. Several parents said they read or tell "
              "stories with their children every night, often in their home language, and asked "
              "whether that \"counts\" as reading. It does, and I told them so."),
        ("p", "The needs they named were practical. Six families asked for help finding "
              "after-school care on Wednesdays, when the district releases early. Four asked for "
              "information about the free dental clinic<<||Which clinic? Add the name in Part 2.>>. "
              "Three said they felt lost at the first parent conference because the report card uses "
              "terms they had never seen. One father wrote, \"I want to help with homework but the "
              "math looks different from when I was in school.\""),
        ("p", "**Takeaway:** the most common need was not money or services but information, delivered "
              "in the right language, at the right time, by someone the family already trusts."),
        ("bold", "Needs I Did Not Expect"),
        ("p", "I expected transportation to come up, and it did. I did not expect how many families "
              "wanted to connect with each other. Parents of the children who speak Haitian Creole at "
              "home had mostly never met, even though several live on the same two streets. A mother "
              "asked if the school could host a coffee morning so families could get to know one "
              "another... which is a need no agency on my list could meet, but the families themselves "
              "can[^Our principal has agreed to open the library on the first Friday of each month.]."),
        ("bold", "Reflection"),
        ("p", "Before this assessment I would have described my families by what they lacked. Now I "
              "can describe them by what they already do: the grandmothers who know every bus route, "
              "the parents who translate for each other at pickup, the older siblings who read to the "
              "little ones. The needs are real, and I will plan for them in Part 2, but they sit inside "
              "a network of care that is much stronger than my old forms ever showed me."),
    ],
)

DOCS["fwb-asset-map-action-plan"] = dict(
    title="FWB Part 2",
    author="Renee Calloway",
    reviewer="T. Nakamura",
    date="2024-03-04",
    blocks=[
        ("title", "Family Well-Being Credential: Asset Map and Action Plan"),
        ("h1", "Part 2"),
        ("p", "Part 1 of my portfolio found that the families in my kindergarten class most want "
              "timely information, Wednesday afternoon care and chances to meet one another. This part "
              "maps the assets that can meet those needs and sets out a plan for the rest of the school "
              "year."),
        ("h2", "Asset Map"),
        ("p", "I built the map with our family liaison, Mr. Desrosiers, over three planning periods. We "
              "started with the people and places that families named in their surveys, then added "
              "school resources that families had not mentioned, mostly because no one had told them "
              "these existed."),
        ("h3", "School-Based Assets"),
        ("p", "Maple Grove already has more than I realized. The library is open until 5:00 on "
              "Wednesdays for staff, and the librarian is willing to open it to families. Our nurse "
              "keeps a list of clinics that accept children without insurance. The PTA has a small "
              "fund for family events that has gone unspent for two years."),
        ("p+del", "I had originally planned to ask the district for a second family liaison, but after "
                  "talking with Mr. Desrosiers I realized the gap is not staffing; it is that families "
                  "do not know what is already here."),
        ("h3", "Neighborhood Assets"),
        ("p", "The neighborhood around Maple Grove is full of informal helpers. The table lists the "
              "assets we plan to work with first."),
        ("table", [
            ["Asset", "Contact", "Benefit"],
            ["Maple Grove library", "Ms. Alvarez, librarian", "Wednesday family hour, 2:30–5:00"],
            ["Bethel Haitian Church", "Pastor Jean-Baptiste", "Trusted messenger; Creole translation"],
            ["Northside Dental Clinic", "front desk, (555) 014-2270", "Free screenings for children under 6"],
            ["Grandparents at pickup", "informal, via liaison", "Know bus routes, childcare swaps, news"],
            ["YMCA after-school program", "Site director", "Eight scholarship spots on Wednesdays"],
            ["PTA family fund", "PTA treasurer", "Covers coffee mornings & translated materials"],
        ]),
        ("p", "Two things surprised me. First, the grandparents at pickup are the fastest "
              "communication network we have; news moves through them in a day. Second, the YMCA had "
              "scholarship spots that went unused last year because the application was only online "
              "and only in English."),
        ("h2", "Action Plan"),
        ("h3", "Goals"),
        ("p", "By June, I want every family in my class to know about at least three of the assets on "
              "the map, and I want families who share a home language to have met each other at least "
              "once. I also want the Wednesday care gap to be {-solved-}{+smaller+} for the six families "
              "who raised it."),
        ("h3", "Steps"),
        ("ol", [
            "March: hold the first coffee morning in the library, with Creole and Spanish interpreters.",
            "March: help the YMCA print its scholarship form in three languages and hand it out at pickup.",
            "April: invite the dental clinic to the spring family night for on-site screenings.",
            "April–May: start a Wednesday family hour in the library, led by families and staff together.",
            "May: ask families what worked, using the same three-language survey as in Part 1.",
        ]),
        ("p", "Each step has an owner. Mr. Desrosiers leads outreach to the church and the grandparents; "
              "I lead the library and the YMCA forms; <<the PTA treasurer approves spending||Confirm she "
              "agreed to this in writing.>> from the family fund."),
        ("h3", "Measuring Progress"),
        ("p", "I will keep a simple tracking sheet with one row per family and one column per asset. "
              "A check mark means the family has used or asked about that asset. I will also count "
              "attendance at the coffee mornings and family hours, and I will ask the YMCA how many "
              "scholarship forms come back. These numbers are modest on purpose; I would rather measure "
              "a few things well than many things badly."),
        ("p+ins", "I will share the tracking sheet with families at the May coffee morning, so they can "
                  "tell me what the numbers miss."),
        ("p", "Finally, I will write a short reflection after each event, noting who came, who did not, "
              "and what families said[^Reflections go in the same binder as this portfolio.]. The "
              "point of the plan is not to add more programs to families’ lives. It is to connect them "
              "with help that already exists and with each other."),
    ],
)

ORDER = ["cp-where-i-stand-short", "cp-knowledge-of-self", "fwb-part1-needs-assessment",
         "fwb-asset-map-action-plan", "cp-competency-4-assets"]

# ---------------------------------------------------------------------------
# Flat ODF rendering
# ---------------------------------------------------------------------------

INLINE = re.compile(
    r"\{\+(?P<ins>.*?)\+\}"
    r"|\{-(?P<dele>.*?)-\}"
    r"|\[\^\^(?P<en>.*?)\]"
    r"|\[\^(?P<fn>.*?)\]"
    r"|<<(?P<cov>.*?)\|\|(?P<cm>.*?)>>"
    r"|\*\*(?P<b>.*?)\*\*"
    r"|~~(?P<i>.*?)~~", re.S)


def parse_inline(s):
    """Split a marked-up string into (kind, text[, extra]) runs."""
    runs, pos = [], 0
    for m in INLINE.finditer(s):
        if m.start() > pos:
            runs.append(("t", s[pos:m.start()]))
        if m.group("ins") is not None:
            runs.append(("ins", m.group("ins")))
        elif m.group("dele") is not None:
            runs.append(("del", m.group("dele")))
        elif m.group("en") is not None:
            runs.append(("en", m.group("en")))
        elif m.group("fn") is not None:
            runs.append(("fn", m.group("fn")))
        elif m.group("cm") is not None:
            runs.append(("cm", m.group("cov"), m.group("cm")))
        elif m.group("b") is not None:
            runs.append(("b", m.group("b")))
        else:
            runs.append(("i", m.group("i")))
        pos = m.end()
    if pos < len(s):
        runs.append(("t", s[pos:]))
    for r in runs:
        for piece in r[1:]:
            if any(c in piece for c in "{}[]<>*"):
                raise ValueError("unbalanced markup in %r" % s)
    return runs


def final_text(runs):
    """Text as it reads with all changes accepted, comments/notes removed."""
    out = []
    for r in runs:
        if r[0] in ("t", "ins", "b", "i", "cm"):
            out.append(r[1])
    return "".join(out)


def lo_visible_text(runs, v=None):
    """Text Writer's word count scans: deletions hidden, note anchors kept
    (an anchor counts as one character, its citation; it is always glued to
    the preceding character so it adds no word), comment anchors add nothing.
    `v` is the variant (see VARIANTS) the document was rendered with."""
    v = v or {}
    changes, notes = v.get("changes", "track"), v.get("notes", True)
    out = []
    for r in runs:
        k = r[0]
        if k in ("t", "b", "i", "cm") or (k == "ins" and changes != "reject") \
                or (k == "del" and changes == "reject"):
            out.append(r[1])
        elif k in ("fn", "en") and notes:
            out.append("\u2460")  # placeholder char for the citation
    return "".join(out)


VARIANTS = {
    # name: what is taken out of the document before Writer counts it afresh
    "noComments": dict(comments=False),
    "noNotes": dict(notes=False),
    "noNotesNoListLabels": dict(notes=False, lists=False),
    "changesAccepted": dict(changes="accept"),
    "changesRejected": dict(changes="reject"),
}


class Renderer:
    def __init__(self, name, spec, variant=None):
        self.name, self.spec = name, spec
        v = dict(notes=True, comments=True, lists=True, changes="track")
        v.update(variant or {})
        self.v = v
        self.changes = []      # xml strings of text:changed-region
        self.nfn = 0
        self.nen = 0
        self.ncm = 0
        self.nct = 0
        self.info = dict(footnotes=[], endnotes=[], comments=[], insertions=[], deletions=[],
                         list_items=0, bullet_items=0, numbered_items=0, tables=0, styles=set(),
                         deleted_paragraphs=[], inserted_paragraphs=[], lo_paragraph_texts=[])

    def change_info(self, who=None):
        return ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%sT10:%02d:00</dc:date>'
                '</office:change-info>' % (escape(who or self.spec["author"]), self.spec["date"],
                                           self.nct % 60))

    def new_ct(self):
        self.nct += 1
        return "ct%d" % self.nct

    def inline(self, runs):
        x = []
        prev = ""
        for r in runs:
            k = r[0]
            if k == "t":
                x.append(escape(r[1]))
            elif k == "b":
                x.append('<text:span text:style-name="T_b">%s</text:span>' % escape(r[1]))
            elif k == "i":
                x.append('<text:span text:style-name="T_i">%s</text:span>' % escape(r[1]))
            elif k == "ins" and self.v["changes"] == "accept":
                x.append(escape(r[1]))
            elif k == "ins" and self.v["changes"] == "reject":
                pass
            elif k == "del" and self.v["changes"] == "accept":
                pass
            elif k == "del" and self.v["changes"] == "reject":
                x.append(escape(r[1]))
            elif k in ("fn", "en") and not self.v["notes"]:
                pass
            elif k == "cm" and not self.v["comments"]:
                x.append(escape(r[1]))
            elif k == "ins":
                cid = self.new_ct()
                self.changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s'
                                    '</text:insertion></text:changed-region>' % (cid, cid, self.change_info()))
                x.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                         % (cid, escape(r[1]), cid))
                self.info["insertions"].append(r[1])
            elif k == "del":
                cid = self.new_ct()
                self.changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s'
                                    '<text:p>%s</text:p></text:deletion></text:changed-region>'
                                    % (cid, cid, self.change_info(), escape(r[1])))
                x.append('<text:change text:change-id="%s"/>' % cid)
                self.info["deletions"].append(r[1])
            elif k in ("fn", "en"):
                if not prev or prev[-1].isspace():
                    raise ValueError("note anchor must follow a non-space character")
                if k == "fn":
                    self.nfn += 1
                    cls, nid, cit, sty = "footnote", "ftn%d" % self.nfn, str(self.nfn), "Footnote"
                    self.info["footnotes"].append(r[1])
                else:
                    self.nen += 1
                    cls, nid, cit, sty = "endnote", "edn%d" % self.nen, "i" * self.nen, "Endnote"
                    self.info["endnotes"].append(r[1])
                x.append('<text:note text:id="%s" text:note-class="%s"><text:note-citation>%s'
                         '</text:note-citation><text:note-body><text:p text:style-name="%s">%s</text:p>'
                         '</text:note-body></text:note>' % (nid, cls, cit, sty, escape(r[1])))
            elif k == "cm":
                self.ncm += 1
                an = "__Annotation__%d_%s" % (self.ncm, self.name.replace("-", "_"))
                body = ('<office:annotation office:name="%s"><dc:creator>%s</dc:creator>'
                        '<dc:date>%sT14:%02d:00</dc:date><text:p>%s</text:p></office:annotation>'
                        % (an, escape(self.spec["reviewer"]), self.spec["date"], self.ncm, escape(r[2])))
                if r[1]:
                    x.append(body + escape(r[1]) + '<office:annotation-end office:name="%s"/>' % an)
                else:  # point comment, no range
                    x.append(body.replace(' office:name="%s"' % an, ""))
                self.info["comments"].append({"on": r[1], "text": r[2]})
            if k in ("t", "ins", "b", "i", "cm"):
                prev = final_text([r]) or prev
        return "".join(x)

    def render(self):
        body = []          # list of xml strings for top-level blocks
        expected = []      # final body text lines
        lo_paras = []      # (text Writer scans, label) for every paragraph node, incl. notes
        pending_del_marker = ""
        pending_region = None
        styles = []        # intended paragraph style per expected line
        for blk in self.spec["blocks"]:
            kind = blk[0]
            if kind in ("title", "h1", "h2", "h3", "p", "bold", "sec", "p+ins", "p+del"):
                runs = parse_inline(blk[1])
                if (kind == "p+del" and self.v["changes"] == "accept") or \
                        (kind == "p+ins" and self.v["changes"] == "reject"):
                    continue
                if kind in ("p+del", "p+ins") and self.v["changes"] != "track":
                    kind = "p"
                if kind == "p+del":
                    # A deleted paragraph is a region holding the deleted
                    # paragraph plus an empty twin of the paragraph that
                    # follows it; the <text:change/> marker opens that next
                    # paragraph.  (Writer merges the region's last paragraph
                    # with the text after the marker and gives the result
                    # the last paragraph's style, so the twin must carry the
                    # next paragraph's style.)  The region is finished when
                    # the next paragraph is rendered.
                    cid = self.new_ct()
                    self.changes.append(
                        '<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s'
                        '<text:p text:style-name="Text_20_body">%s</text:p>{TWIN}'
                        '</text:deletion></text:changed-region>' % (cid, cid, self.change_info(), self.inline(runs)))
                    pending_region = len(self.changes) - 1
                    pending_del_marker = '<text:change text:change-id="%s"/>' % cid
                    self.info["deleted_paragraphs"].append(final_text(runs))
                    lo_paras.append(("", None, "deleted"))
                    continue
                inner = pending_del_marker + self.inline(runs)
                pending_del_marker = ""
                if kind == "p+ins":
                    cid = self.new_ct()
                    self.changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s'
                                        '</text:insertion></text:changed-region>' % (cid, cid, self.change_info()))
                    last = body[-1]
                    if not last.endswith("</text:p>"):
                        raise ValueError("p+ins must follow a plain paragraph")
                    body[-1] = last[:-len("</text:p>")] + '<text:change-start text:change-id="%s"/></text:p>' % cid
                    inner = inner + '<text:change-end text:change-id="%s"/>' % cid
                    self.info["inserted_paragraphs"].append(final_text(runs))
                if kind == "title":
                    xml = '<text:p text:style-name="Title">%s</text:p>' % inner
                    self.info["styles"].add("Title")
                elif kind in ("h1", "h2", "h3"):
                    lvl = int(kind[1])
                    xml = '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (lvl, lvl, inner)
                    self.info["styles"].add("Heading %d" % lvl)
                elif kind == "sec":
                    xml = '<text:h text:style-name="Essay_20_Section" text:outline-level="2">%s</text:h>' % inner
                    self.info["styles"].add("Essay Section (parent Heading 2, outline level 2)")
                elif kind == "bold":
                    xml = '<text:p text:style-name="Text_20_body"><text:span text:style-name="T_b">%s</text:span></text:p>' % inner
                    self.info["styles"].add("bold-only Text body paragraphs as sub-headings")
                else:
                    xml = '<text:p text:style-name="Text_20_body">%s</text:p>' % inner
                if pending_region is not None:
                    opening = xml[:xml.index(">") + 1]
                    self.changes[pending_region] = self.changes[pending_region].replace(
                        "{TWIN}", opening[:-1] + "/>")
                    pending_region = None
                body.append(xml)
                expected.append(final_text(runs))
                styles.append(STYLE_OF.get(kind, "Text body"))
                lo_paras.append((lo_visible_text(runs, self.v), None, "body"))
            elif kind in ("ul", "ol"):
                if pending_del_marker:
                    raise ValueError("deleted paragraph must be followed by a paragraph")
                items = []
                for n, item in enumerate(blk[1], 1):
                    runs = parse_inline(item)
                    if not self.v["lists"]:
                        body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % self.inline(runs))
                        expected.append(final_text(runs))
                        styles.append("Text body")
                        lo_paras.append((lo_visible_text(runs, self.v), None, "body"))
                        continue
                    items.append('<text:list-item><text:p text:style-name="%s">%s</text:p></text:list-item>'
                                 % ("List_20_Bullet_20_Para" if kind == "ul" else "List_20_Number_20_Para",
                                    self.inline(runs)))
                    expected.append(final_text(runs))
                    styles.append("List Bullet Para" if kind == "ul" else "List Number Para")
                    lo_paras.append((lo_visible_text(runs, self.v), "\u2022" if kind == "ul" else "%d." % n, "body"))
                if not self.v["lists"]:
                    continue
                self.info["list_items"] += len(blk[1])
                self.info["bullet_items" if kind == "ul" else "numbered_items"] += len(blk[1])
                body.append('<text:list text:style-name="%s">%s</text:list>'
                            % ("LB" if kind == "ul" else "LN", "".join(items)))
            elif kind == "table":
                if pending_del_marker:
                    raise ValueError("deleted paragraph must be followed by a paragraph")
                self.info["tables"] += 1
                rows = blk[1]
                ncol = len(rows[0])
                t = ['<table:table table:name="AssetMap%d" table:style-name="Tbl">' % self.info["tables"],
                     '<table:table-column table:style-name="TblCol" table:number-columns-repeated="%d"/>' % ncol]
                for ri, row in enumerate(rows):
                    if ri == 0:
                        t.append("<table:table-header-rows>")
                    t.append("<table:table-row>")
                    for cell in row:
                        runs = parse_inline(cell)
                        t.append('<table:table-cell table:style-name="TblCell" office:value-type="string">'
                                 '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                 % ("Table_20_Heading" if ri == 0 else "Table_20_Contents", self.inline(runs)))
                        expected.append(final_text(runs))
                        styles.append("Table Heading" if ri == 0 else "Table Contents")
                        lo_paras.append((lo_visible_text(runs, self.v), None, "cell"))
                    t.append("</table:table-row>")
                    if ri == 0:
                        t.append("</table:table-header-rows>")
                t.append("</table:table>")
                body.append("".join(t))
            else:
                raise ValueError(kind)
        if not self.v["notes"]:
            self.info["footnotes"], self.info["endnotes"] = [], []
        for f in self.info["footnotes"]:
            lo_paras.append((f, None, "footnote"))
        for e in self.info["endnotes"]:
            lo_paras.append((e, None, "endnote"))
        tracked = ""
        if self.changes:
            tracked = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(self.changes)
        xml = FODT_TEMPLATE.format(
            title=escape(self.spec["title"]), author=escape(self.spec["author"]),
            date=self.spec["date"], body=tracked + "\n" + "\n".join(body))
        self.info["styles"] = sorted(self.info["styles"])
        self.expected_styles = styles
        return xml, expected, lo_paras


STYLE_OF = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3",
            "sec": "Essay Section", "p": "Text body", "bold": "Text body", "p+ins": "Text body"}

FODT_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta>
 <dc:title>{title}</dc:title>
 <meta:initial-creator>{author}</meta:initial-creator>
 <dc:creator>{author}</dc:creator>
 <meta:creation-date>{date}T09:00:00</meta:creation-date>
 <dc:date>{date}T16:00:00</dc:date>
 <dc:language>en-US</dc:language>
</office:meta>
<office:settings/>
<office:font-face-decls>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="DejaVu Serif" fo:font-size="11pt" fo:language="en" fo:country="US"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
  <style:paragraph-properties fo:margin-top="0.17in" fo:margin-bottom="0.08in" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.1in" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text">
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Essay_20_Section" style:display-name="Essay Section" style:family="paragraph" style:parent-style-name="Heading_20_2" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #1f4e79" fo:padding-bottom="0.02in"/>
  <style:text-properties fo:color="#1f4e79" fo:font-size="14pt"/>
 </style:style>
 <style:style style:name="List_20_Bullet_20_Para" style:display-name="List Bullet Para" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
 <style:style style:name="List_20_Number_20_Para" style:display-name="List Number Para" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>
</office:styles>
<office:automatic-styles>
 <style:style style:name="T_b" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
 <style:style style:name="T_i" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="6.5in" table:align="margins"/></style:style>
 <style:style style:name="TblCol" style:family="table-column"><style:table-column-properties style:column-width="2.1666in"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border="0.5pt solid #000000"/></style:style>
 <text:list-style style:name="LB">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.25in" fo:margin-left="0.5in"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="LN">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.25in" fo:margin-left="0.5in"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="1in" fo:margin-bottom="1in" fo:margin-left="1in" fo:margin-right="1in" style:print-orientation="portrait"/>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body>
<office:text>
{body}
</office:text>
</office:body>
</office:document>
"""

# ---------------------------------------------------------------------------
# Counting helpers (pure Python)
# ---------------------------------------------------------------------------

def token_words(lines):
    """Whitespace-separated tokens that contain a letter or digit."""
    return sum(1 for ln in lines for tok in ln.split() if any(c.isalnum() for c in tok))


LO_SEP = re.compile(r"[\s\u2014\u2013]+")  # whitespace + Writer's default extra separators (em/en dash)


def lo_emulated(lo_paras):
    """Emulate Writer's count from what the probes showed: a word is any run
    of characters between whitespace/em dash/en dash; a bullet counts as one
    word, a number label like "3." as one; notes are counted; deleted text is
    not; note citations glued to a word add no word."""
    words = chars = nonws = paras = 0
    for text, label, where in lo_paras:
        if where == "deleted":
            paras += 1  # Writer still counts the (hidden) deleted paragraph
            continue
        if not text and not label:
            continue
        paras += 1
        toks = [t for t in LO_SEP.split(text) if t]
        words += len(toks)
        chars += len(text)
        nonws += sum(1 for c in text if not c.isspace())
        if label:
            words += 1
            chars += len(label)
            nonws += len(label)
    return dict(words=words, characters=chars, nonWhitespaceCharacters=nonws, paragraphs=paras)


def differences(expected, lo_paras, info):
    """Itemise where Writer's count departs from tokenWords."""
    d = []
    nfn = sum(len([t for t in LO_SEP.split(f) if t]) for f in info["footnotes"])
    nen = sum(len([t for t in LO_SEP.split(e) if t]) for e in info["endnotes"])
    if nfn:
        d.append(("footnote text (%d footnote(s))" % len(info["footnotes"]), nfn))
    if nen:
        d.append(("endnote text (%d endnote(s))" % len(info["endnotes"]), nen))
    if info["bullet_items"]:
        d.append(("bullet labels (one per bulleted item)", info["bullet_items"]))
    if info["numbered_items"]:
        d.append(("number labels like \"1.\" (one per numbered item)", info["numbered_items"]))
    split_dash = {}
    punct_only = {}
    for ln in expected:
        for tok in ln.split():
            parts = [p for p in re.split(r"[\u2014\u2013]+", tok) if p]
            if any(c.isalnum() for c in tok):
                if len(parts) > 1:
                    split_dash[tok] = split_dash.get(tok, 0) + len(parts) - 1
            else:
                if parts:  # punctuation-only token that is not just dashes
                    punct_only[tok] = punct_only.get(tok, 0) + len(parts)
    for tok, n in sorted(split_dash.items()):
        d.append(("%r: em/en dash inside a token splits it" % tok, n))
    for tok, n in sorted(punct_only.items()):
        d.append(("%r: token with no letter or digit still counts" % tok, n))
    return d


# ---------------------------------------------------------------------------
# LibreOffice part
# ---------------------------------------------------------------------------

def zip_counts(path):
    with zipfile.ZipFile(path) as z:
        if path.endswith(".docx"):
            app = z.read("docProps/app.xml").decode("utf-8")
            def g(tag):
                m = re.search(r"<%s>(\d+)</%s>" % (tag, tag), app)
                return int(m.group(1)) if m else None
            return {"storedWords": g("Words"), "storedParagraphs": g("Paragraphs"),
                    "storedCharacters": g("Characters"),
                    "storedCharactersWithSpaces": g("CharactersWithSpaces"),
                    "storedPages": g("Pages"), "source": "docProps/app.xml"}
        meta = z.read("meta.xml").decode("utf-8")
        m = re.search(r"<meta:document-statistic([^>]*)/>", meta)
        attrs = dict(re.findall(r'meta:([a-z-]+)="(\d+)"', m.group(1))) if m else {}
        gi = lambda k: int(attrs[k]) if k in attrs else None
        return {"storedWords": gi("word-count"), "storedParagraphs": gi("paragraph-count"),
                "storedCharacters": gi("character-count"),
                "storedNonWhitespaceCharacters": gi("non-whitespace-character-count"),
                "storedTables": gi("table-count"), "storedPages": gi("page-count"),
                "source": "meta.xml"}


class Office:
    def __init__(self, workdir):
        import uno  # noqa: F401  (system python3-uno)
        self.uno = uno
        from com.sun.star.beans import PropertyValue
        self.PV = PropertyValue
        self.profile = tempfile.mkdtemp(prefix="lo-profile-", dir=workdir)
        self.port = 2002 + os.getpid() % 1000
        self.proc = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
             "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
             "--accept=socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                self.ctx = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % self.port)
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise RuntimeError("soffice did not start")
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", self.ctx)

    def pv(self, name, value):
        p = self.PV()
        p.Name, p.Value = name, value
        return p

    def load(self, path):
        return self.desktop.loadComponentFromURL(self.uno.systemPathToFileUrl(os.path.abspath(path)),
                                                 "_blank", 0, (self.pv("Hidden", True),))

    def store(self, doc, path, flt):
        doc.storeToURL(self.uno.systemPathToFileUrl(os.path.abspath(path)), (self.pv("FilterName", flt),))

    def dispatch(self, doc, cmd):
        self.dispatcher.executeDispatch(doc.getCurrentController().getFrame(), cmd, "", 0, ())

    @staticmethod
    def stats(doc):
        # Reading these properties makes Writer recompute its statistics if the
        # document changed (or was never counted); it also refreshes
        # DocumentProperties.DocumentStatistics, which the DOCX filter writes.
        return {"words": doc.WordCount, "paragraphs": doc.ParagraphCount, "characters": doc.CharacterCount}

    @staticmethod
    def props_stats(doc):
        return {s.Name: s.Value for s in doc.getDocumentProperties().DocumentStatistics}

    @staticmethod
    def paragraphs(text):
        en = text.createEnumeration()
        while en.hasMoreElements():
            yield en.nextElement()

    def final_text_lines(self, doc):
        """Body text as Writer holds it: paragraphs and table cells in order,
        only plain text portions (footnote/endnote anchors, comment anchors,
        bookmarks etc. skipped).  Call after accepting all changes."""
        lines = []

        def para_text(para):
            out = []
            portions = para.createEnumeration()
            while portions.hasMoreElements():
                p = portions.nextElement()
                if p.getPropertyValue("TextPortionType") == "Text":
                    out.append(p.getString())
            return "".join(out)

        styles = []
        for el in self.paragraphs(doc.getText()):
            if el.supportsService("com.sun.star.text.TextTable"):
                rows = el.getRows().getCount()
                cols = el.getColumns().getCount()
                for r in range(rows):
                    for c in range(cols):
                        cell = el.getCellByPosition(c, r)
                        for cp in self.paragraphs(cell.getText()):
                            lines.append(para_text(cp))
                            styles.append(cp.getPropertyValue("ParaStyleName"))
            else:
                lines.append(para_text(el))
                styles.append(el.getPropertyValue("ParaStyleName"))
        return lines, styles

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def run_office(names, workdir, results):
    office = Office(workdir)
    try:
        for name in names:
            src = os.path.join(SRC, name + ".fodt")
            r = results[name]
            # 1. load, count, store both formats
            doc = office.load(src)
            r["propsOnLoad"] = office.props_stats(doc)   # empty: the .fodt carries no statistics
            r["lo"] = office.stats(doc)
            r["propsAfterCount"] = office.props_stats(doc)
            office.store(doc, os.path.join(OUT, name + ".docx"), "MS Word 2007 XML")
            office.store(doc, os.path.join(OUT, name + ".odt"), "writer8")
            # 2. freshness check: add three words, the stored numbers must move by 3
            doc.getText().insertString(doc.getText().getEnd(), " three more words", False)
            r["loAfterAppending3Words"] = office.stats(doc)
            vdir = os.path.join(workdir, "verify")
            os.makedirs(vdir, exist_ok=True)
            office.store(doc, os.path.join(vdir, name + "+3.docx"), "MS Word 2007 XML")
            office.store(doc, os.path.join(vdir, name + "+3.odt"), "writer8")
            r["storedAfterAppending3Words"] = {
                "docx": zip_counts(os.path.join(vdir, name + "+3.docx"))["storedWords"],
                "odt": zip_counts(os.path.join(vdir, name + "+3.odt"))["storedWords"]}
            doc.close(True)
            # 3. the same document with one kind of content taken out, each
            #    rendered to its own .fodt and counted from scratch
            r["variants"] = {}
            for vname, vpath in r["variantFiles"].items():
                doc = office.load(vpath)
                r["variants"][vname] = office.stats(doc)
                doc.close(True)
            # 4. what Writer reads back from its own files, changes accepted
            r["readBack"] = {}
            for ext in ("odt", "docx"):
                doc = office.load(os.path.join(OUT, name + "." + ext))
                # just after loading, Writer reports the statistics stored in
                # the file (.odt) or counted during import (.docx)
                r["readBack"][ext + "WordCountOnLoad"] = doc.WordCount
                office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
                r["readBack"][ext + "Lines"], r["readBack"][ext + "Styles"] = office.final_text_lines(doc)
                doc.close(True)
    finally:
        office.close()


# Single-construct probes (--probes): one tiny document each, counted afresh.
_CI = ('<office:change-info><dc:creator>A. Writer</dc:creator><dc:date>2024-01-01T10:00:00</dc:date>'
       '</office:change-info>')
_LB = '<text:list text:style-name="%s"><text:list-item><text:p>alpha beta</text:p></text:list-item></text:list>'
PROBES = [
    ("plain word", "<text:p>alpha</text:p>"),
    ("em dash, no spaces", "<text:p>partners—not</text:p>"),
    ("em dash, spaced", "<text:p>partners — not</text:p>"),
    ("em dash alone", "<text:p>—</text:p>"),
    ("en dash range", "<text:p>2023–24</text:p>"),
    ("hyphen range", "<text:p>2023-24</text:p>"),
    ("hyphenated word", "<text:p>well-being</text:p>"),
    ("slash", "<text:p>he/she and/or</text:p>"),
    ("ampersand alone", "<text:p>&amp;</text:p>"),
    ("curly contraction", "<text:p>don’t</text:p>"),
    ("straight contraction", "<text:p>don't</text:p>"),
    ("number with comma", "<text:p>1,250</text:p>"),
    ("URL", "<text:p>https://www.example.edu/hvcc/community-writing-project</text:p>"),
    ("email", "<text:p>a.karimi@example.edu</text:p>"),
    ("ellipsis char alone", "<text:p>…</text:p>"),
    ("three dots alone", "<text:p>...</text:p>"),
    ("ellipsis glued", "<text:p>down… and</text:p>"),
    ("curly quotes", "<text:p>“like this”</text:p>"),
    ("lone quote marks", "<text:p>“ ”</text:p>"),
    ("percent", "<text:p>40%</text:p>"),
    ("time", "<text:p>4:00</text:p>"),
    ("no-break space", "<text:p>alpha\u00a0beta</text:p>"),
    ("tab", "<text:p>alpha<text:tab/>beta</text:p>"),
    ("line break", "<text:p>alpha<text:line-break/>beta</text:p>"),
    ("soft hyphen", "<text:p>com\u00admunity</text:p>"),
    ("empty paragraph", "<text:p>alpha</text:p><text:p/>"),
    ("Heading 2", '<text:h text:style-name="Heading_20_2" text:outline-level="2">Where I Stand</text:h>'),
    ("bulleted item 'alpha beta'", _LB % "LB"),
    ("numbered item 'alpha beta'", _LB % "LN"),
    ("table, cells 'Asset' + 'Contact person'",
     '<table:table table:name="T"><table:table-column table:number-columns-repeated="2"/><table:table-row>'
     '<table:table-cell office:value-type="string"><text:p>Asset</text:p></table:table-cell>'
     '<table:table-cell office:value-type="string"><text:p>Contact person</text:p></table:table-cell>'
     '</table:table-row></table:table>'),
    ("footnote (5 words) glued to 'three'",
     '<text:p>one two three<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1'
     '</text:note-citation><text:note-body><text:p>alpha beta gamma delta epsilon</text:p></text:note-body>'
     '</text:note></text:p>'),
    ("footnote (1 word) after a space",
     '<text:p>one two <text:note text:id="n1" text:note-class="footnote"><text:note-citation>1'
     '</text:note-citation><text:note-body><text:p>x</text:p></text:note-body></text:note></text:p>'),
    ("endnote (5 words)",
     '<text:p>one two three<text:note text:id="n1" text:note-class="endnote"><text:note-citation>i'
     '</text:note-citation><text:note-body><text:p>alpha beta gamma delta epsilon</text:p></text:note-body>'
     '</text:note></text:p>'),
    ("comment (3 words) on 'two three'",
     '<text:p>one <office:annotation office:name="c1"><dc:creator>A</dc:creator><text:p>reviewer note words'
     '</text:p></office:annotation>two three<office:annotation-end office:name="c1"/> four</text:p>'),
    ("tracked deletion 'very ' in 'a very big deal'",
     '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>' + _CI +
     '<text:p>very </text:p></text:deletion></text:changed-region></text:tracked-changes>'
     '<text:p>a <text:change text:change-id="c1"/>big deal</text:p>'),
    ("tracked insertion 'new words here'",
     '<text:tracked-changes><text:changed-region text:id="c1"><text:insertion>' + _CI +
     '</text:insertion></text:changed-region></text:tracked-changes>'
     '<text:p>one <text:change-start text:change-id="c1"/>new words here <text:change-end text:change-id="c1"/>two</text:p>'),
    ("tracked deletion of a whole paragraph",
     '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>' + _CI +
     '<text:p>whole paragraph gone</text:p><text:p/></text:deletion></text:changed-region></text:tracked-changes>'
     '<text:p>one</text:p><text:p><text:change text:change-id="c1"/>two</text:p>'),
    ("page header 'Luis Ortega draft header' + body 'alpha'", "HEADER<text:p>alpha</text:p>"),
]


def run_probes(workdir):
    office = Office(workdir)
    rows = []
    try:
        pdir = os.path.join(workdir, "probes")
        os.makedirs(pdir, exist_ok=True)
        for i, (label, body) in enumerate(PROBES):
            xml = FODT_TEMPLATE.format(title="probe", author="probe", date="2024-01-01", body=body)
            if body.startswith("HEADER"):
                xml = xml.replace("HEADER", "").replace(
                    '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>',
                    '<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
                    '<text:p>Luis Ortega draft header</text:p></style:header></style:master-page>')
            path = os.path.join(pdir, "probe%02d.fodt" % i)
            with open(path, "w", encoding="utf-8") as f:
                f.write(xml)
            doc = office.load(path)
            st = office.stats(doc)
            doc.close(True)
            rows.append((label, st["words"], st["paragraphs"], st["characters"]))
    finally:
        office.close()
    print("| construct | Writer words | paragraphs | characters |")
    print("|---|---:|---:|---:|")
    for label, w, p_, c in rows:
        print("| %s | %d | %d | %d |" % (label, w, p_, c))
    return 0


# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--src-only", action="store_true", help="write .fodt and .expected.txt only")
    ap.add_argument("--workdir", default=None, help="scratch directory (default: a new temp dir)")
    ap.add_argument("--probes", action="store_true",
                    help="only count one-construct probe documents and print a table")
    args = ap.parse_args()
    if args.probes:
        workdir = args.workdir or tempfile.mkdtemp(prefix="oracle-probes-")
        os.makedirs(workdir, exist_ok=True)
        return run_probes(workdir)

    os.makedirs(SRC, exist_ok=True)
    results = {}
    for name in ORDER:
        rd = Renderer(name, DOCS[name])
        xml, expected, lo_paras = rd.render()
        for ln in expected:
            if "  " in ln or ln != ln.strip() or not ln:
                raise ValueError("%s: bad spacing in expected line %r" % (name, ln))
        with open(os.path.join(SRC, name + ".fodt"), "w", encoding="utf-8") as f:
            f.write(xml)
        with open(os.path.join(OUT, name + ".expected.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(expected) + "\n")
        variant_files, variant_emulated = {}, {}
        for vname, vopts in VARIANTS.items():
            vr = Renderer(name, DOCS[name], vopts)
            vxml, _, vparas = vr.render()
            variant_files[vname] = vxml
            variant_emulated[vname] = lo_emulated(vparas)
        results[name] = {"expected": expected, "expectedStyles": rd.expected_styles,
                         "lo_paras": lo_paras, "info": rd.info,
                         "variantXml": variant_files, "variantEmulated": variant_emulated,
                         "tokenWords": token_words(expected),
                         "emulated": lo_emulated(lo_paras),
                         "differences": differences(expected, lo_paras, rd.info)}
        print("%-28s tokenWords=%d emulatedWriterWords=%d" % (
            name, results[name]["tokenWords"], results[name]["emulated"]["words"]))
    if args.src_only:
        return 0

    workdir = args.workdir or tempfile.mkdtemp(prefix="oracle-")
    os.makedirs(os.path.join(workdir, "variants"), exist_ok=True)
    for name in ORDER:
        files = {}
        for vname, vxml in results[name].pop("variantXml").items():
            files[vname] = os.path.join(workdir, "variants", "%s.%s.fodt" % (name, vname))
            with open(files[vname], "w", encoding="utf-8") as f:
                f.write(vxml)
        results[name]["variantFiles"] = files
    run_office(ORDER, workdir, results)

    counts = {}
    ok = True
    for name in ORDER:
        r = results[name]
        V = r["variants"]
        extra = {"tokenWords": r["tokenWords"], "expectedText": name + ".expected.txt",
                 "expectedLines": len(r["expected"]),
                 "writerWordsBodyOnly": V["noNotes"]["words"],
                 "writerWordsInNotes": r["lo"]["words"] - V["noNotes"]["words"],
                 "writerWordsListLabels": V["noNotes"]["words"] - V["noNotesNoListLabels"]["words"],
                 "writerWordsBodyOnlyNoListLabels": V["noNotesNoListLabels"]["words"],
                 "writerWordsWithCommentsRemoved": V["noComments"]["words"],
                 "writerWordsIfAllChangesAccepted": V["changesAccepted"]["words"],
                 "writerWordsIfAllChangesRejected": V["changesRejected"]["words"]}
        for ext in ("docx", "odt"):
            c = zip_counts(os.path.join(OUT, name + "." + ext))
            c.update(extra)
            counts[name + "." + ext] = c
            if c["storedWords"] != r["lo"]["words"]:
                ok = False
                print("MISMATCH stored %s words %s vs Writer %s" % (ext, c["storedWords"], r["lo"]["words"]))
            if r["storedAfterAppending3Words"][ext] != c["storedWords"] + 3:
                ok = False
                print("STALE? %s.%s +3 words stored as %s" % (name, ext, r["storedAfterAppending3Words"][ext]))
            lines = r["readBack"][ext + "Lines"]
            if lines != r["expected"]:
                ok = False
                print("TEXT DIFFERS %s.%s" % (name, ext))
                for a, b in zip(lines, r["expected"]):
                    if a != b:
                        print("  writer:   %r\n  expected: %r" % (a, b))
                if len(lines) != len(r["expected"]):
                    print("  %d lines vs %d expected" % (len(lines), len(r["expected"])))
            got_styles = [st.replace("Text Body", "Text body") for st in r["readBack"][ext + "Styles"]]
            if got_styles != r["expectedStyles"]:
                bad = [(i, a, b) for i, (a, b) in enumerate(zip(got_styles, r["expectedStyles"])) if a != b]
                print("STYLES DIFFER %s.%s (line, writer, intended): %s" % (name, ext, bad[:6]))
                if ext == "odt":
                    ok = False
        for vname, vem in r["variantEmulated"].items():
            got = r["variants"][vname]
            if (vem["words"], vem["paragraphs"], vem["characters"]) != (got["words"], got["paragraphs"], got["characters"]):
                print("NOTE %s/%s: emulation %s vs Writer %s" % (name, vname, vem, got))
        em = r["emulated"]
        if em["words"] != r["lo"]["words"] or em["paragraphs"] != r["lo"]["paragraphs"] \
                or em["characters"] != r["lo"]["characters"]:
            print("NOTE %s: emulation %s vs Writer %s" % (name, em, r["lo"]))
        diff_sum = sum(n for _, n in r["differences"])
        if r["tokenWords"] + diff_sum != r["lo"]["words"]:
            print("NOTE %s: tokenWords %d + itemised %d != Writer %d" % (
                name, r["tokenWords"], diff_sum, r["lo"]["words"]))
    with open(os.path.join(OUT, "counts.json"), "w", encoding="utf-8") as f:
        json.dump(counts, f, indent=2, ensure_ascii=False)
        f.write("\n")
    report = {n: {k: v for k, v in results[n].items() if k not in ("lo_paras",)} for n in ORDER}
    with open(os.path.join(workdir, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False, default=str)
    print("details in", os.path.join(workdir, "report.json"))

    print("\n| file | Words | Paragraphs | Characters | CharactersWithSpaces / character-count | tokenWords |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in ORDER:
        for ext in ("docx", "odt"):
            c = counts[name + "." + ext]
            chars = c["storedCharacters"] if ext == "docx" else c["storedNonWhitespaceCharacters"]
            cws = c["storedCharactersWithSpaces"] if ext == "docx" else c["storedCharacters"]
            print("| %s.%s | %s | %s | %s | %s | %s |" % (name, ext, c["storedWords"], c["storedParagraphs"],
                                                        chars, cws, c["tokenWords"]))
    print("\nall checks passed" if ok else "\nSOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
