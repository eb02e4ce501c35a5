#!/usr/bin/env python3
"""Generate Lexicons/language/lack-labels.tsv: WordNet 3.0 words that define
people or places by lack, deprivation, damage or worthlessness.

    python3 scripts/wordnet-lack-labels.py [--wordnet /usr/share/wordnet] [--out Lexicons/language]

Python 3 standard library only; deterministic output (sorted, no dates).
Reuses the header, licence and checksum helpers of
scripts/wordnet-language-data.py.

Each data line is `word TAB kind TAB cue`:

  adjective  an adjective whose first sense (WordNet's most frequent) is
             defined by deprivation, damage or decay: its gloss's definition
             (before the examples) holds a strong cue word (deprived,
             destitute, worthless, abandoned, ruined, damaged, decayed,
             deserted, ...); or it is a "-less" adjective whose base is a
             noun of a resource or a person-relation (first sense a
             possession, artifact, act, location, food or person: job,
             penny, land, home, supper, roof, father)
             and whose definition says lacking, without or having no; or the
             sense is a satellite of ("similar to") a head adjective of
             damage or emptiness (damaged, ruined, decayed, destroyed, empty,
             deserted, broken, poor), except plain physical words (empty,
             bare, worn, hungry, ...).  A definition that says the contrary or
             a capability ("not damaged", "capable of being broken",
             "resistant to decay") decides nothing.  The cue column names what decided it.
  place      a noun with one of its first two senses in noun.group or
             noun.location (the first a group, a location or a landform)
             defined by stagnation, poverty or worthlessness: a place or a
             people labelled by lack (backwater, riffraff); joins the
             metaphor term `wasteland`.
  person     a noun whose first sense is filed in noun.person and whose
             definition holds a cue (deprived, rejected, homeless, destitute,
             worthless, abandoned, incapacitated, without adult supervision,
             ...): a label that
             names a person by what they lack (castaway, shut-in, derelict).
  damaged    the past participle of a verb with a sense under one of
             DAMAGE_ROOTS in WordNet's verb hierarchy (its troponyms, at any
             depth): verbs of damage, breaking, ruin, burning, draining,
             wearing out, spoiling, eroding, stripping, emptying, discarding
             and breaking down ("chipped", "scorched", "blown", "jammed",
             "drained", "discarded"), less DAMAGE_EXCLUDED; the participle
             from verb.exc when it ends in -n ("blown", "torn"), else the
             exception forms and the regular -ed form.  Read only through the
             thing it paints (the term `damaged-picture`): "the women at the
             stop, chipped porcelain" flags, "a chipped mug" and "exhausted
             parents" do not.

Left out: the words of EXCLUDED (reviewed by hand, each with its reason),
capitalised word forms, multi-word lemmas, lemmas of fewer than
four letters, and the words the deficit lexicon already lists.  The
adjectives flag only when they modify or are predicated of a person, a group
or a place as a community (the language layer decides: "a gutted
neighbourhood" flags, "a gutted budget line" does not); the person nouns flag
as labels unless quoted, negated or rejected.
"""

import argparse
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("wld", os.path.join(HERE, "wordnet-language-data.py"))
wld = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wld)

SCRIPT = "scripts/wordnet-lack-labels.py"
WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")
# Strong cues: a definition that holds one defines the word by deprivation, damage or decay.
ADJ_CUES = ["deprived", "destitute", "worthless", "abandoned", "ruined", "damaged", "destroyed", "decayed", "deserted",
            "dilapidated", "neglected", "bereft", "forsaken", "wrecked", "impoverished", "squalid", "desolate", "decrepit",
            "derelict", "bankrupt", "starved", "poverty", "hopeless", "gutted", "devastated", "wasted", "rotting", "decaying",
            "doomed", "lacking opportunities", "without force or vitality"]
# Weak cues ("lacking", "without", "having no") decide only for a "-less" adjective whose base is a noun of a resource
# (a possession, an artifact, an act such as a job, a place such as a home, a food): "jobless", "penniless", "landless".
LESS_CUES = ["lacking", "without", "having no", "deprived", "destitute", "devoid"]
RESOURCE_CATEGORIES = {"possession", "act", "location", "food", "artifact", "person"}
# A definition that says the contrary or a mere capability decides nothing ("not damaged", "capable of being broken",
# "resistant to decay").
CONTRARY = re.compile(r"\b(not|never|no longer|capable|able to be|resistant|incapable|impossible|proof|free from|free of|"
                      r"causing|that can be|easily)\b")
ADJ_HEADS = ["damaged", "ruined", "decayed", "destroyed", "empty", "deserted", "broken", "poor"]
PERSON_CUES = ["deprived", "rejected", "homeless", "destitute", "worthless", "abandoned", "outcast", "pauper", "indigent",
               "impoverished", "no home", "without a home", "without housing", "no job", "no means", "no money", "good-for-nothing",
               "incapacitated", "avoided by others", "without adult supervision", "quits school", "forsaken", "poor person",
               "poor people"]
# A place or a people as a whole labelled by lack: a sense in noun.group or noun.location (one of the first two, the
# first being a group, a location or a landform) defined by stagnation, poverty or worthlessness ("backwater": a place
# in which no development or progress is occurring; "riffraff": disparaging terms for the common people).
PLACE_CUES = ["no development or progress", "poverty", "worthless people", "disparaging terms for the common people",
              "squalid", "dilapidated", "decay", "destitute"]
PLACE_FILES = {14, 15}
PLACE_FIRST_FILES = {14, 15, 17}
# Cue words that name no lack when they only restrict (kept out of the search).
ALREADY_LISTED = {"needy", "poor", "broken", "deprived", "deficient", "damaged", "impoverished", "destitute", "dysfunctional",
                  "illiterate", "uneducated", "poverty-stricken", "vulnerable", "troubled", "blighted", "distressed",
                  "voiceless", "disadvantaged", "underprivileged", "underserved", "forgotten", "godforsaken", "seedy",
                  "rundown", "run-down", "rough", "sketchy", "down-and-out", "lazy", "apathetic", "uninvolved", "uninterested",
                  "unmotivated", "uncaring", "disengaged", "unengaged", "dependent", "reliant", "dependant", "problematic",
                  "challenging", "struggling", "slum", "ghetto", "wasteland"}
# Senses filed under these heads read as a portrait of people only by metaphor, and most of their uses in essays are
# about things; what the heads' clusters hold is kept, but these plain physical words are not (they describe objects).
PHYSICAL = {"empty", "hollow", "vacant", "blank", "bare", "clean", "void", "unoccupied", "untenanted", "uninhabited",
            "lean", "thin", "flat", "dead", "spent", "used", "secondhand", "worn", "old", "stale", "rotten", "bad",
            "poor", "broken", "short", "low", "light", "free", "clear", "open", "plain", "naked", "nude", "fallow",
            "vain", "idle", "bald", "hungry", "famished", "thirsty", "dry", "mean", "cheap", "scarce", "rare", "few",
            "missing", "lost", "absent", "gone", "away", "off", "out", "down", "sick", "ill", "weak", "tired", "blind",
            "deaf", "mute", "lame", "dumb", "alone", "lonely", "single", "sole", "only", "simple", "modest", "humble",
            "pure", "mere", "naive", "young", "new", "raw", "green", "unknown", "unsure", "unclear", "uncertain"}


# Reviewed by hand: words the selection catches whose common sense in essays is no lack of people or places (a mere
# description, a religious or a sporting term, a sense that is not the first in use), each with why.
EXCLUDED = {
    "preserved": "kept from decay: the opposite",
    "split": "a split sample, a split shift",
    "endless": "endless energy: praise as often as lack",
    "faultless": "praise",
    "unemotional": "a temperament, not a lack",
    "topless": "clothing",
    "sexless": "not a framing of communities",
    "castrated": "animals",
    "raped": "names a crime against a person, not a label",
    "sacked": "dismissed from a job (British), a plundered town only in history",
    "waste": "waste ground: land, not people",
    "dire": "dire need, dire straits: the need is already flagged",
    "invalid": "invalid data: the adjective, not the noun",
    "deist": "a belief",
    "freethinker": "a belief",
    "loon": "a bird",
    "caseous": "cheese-like tissue",
    "blinded": "a blinded study",
    "hitless": "baseball",
    "ruthless": "cruelty, not a lack",
    "baseless": "baseless claims: of statements",
    "sleeveless": "a clothing style", "strapless": "a clothing style", "collarless": "a clothing style",
    "beltless": "a clothing style", "bibless": "a clothing style", "brimless": "a clothing style",
}


# The roots of the verbs of damage and breakdown (lemma, sense number in index.verb).
DAMAGE_ROOTS = [("damage", 1), ("break", 2), ("break", 3), ("destroy", 2), ("burn", 1), ("drain", 2), ("drain", 3),
                ("drain", 4), ("exhaust", 1), ("wear", 4), ("spoil", 2), ("erode", 1), ("erode", 2), ("strip", 3),
                ("empty", 1), ("discard", 1), ("abandon", 1), ("fail", 4), ("chip", 1), ("tear", 1), ("fray", 1),
                ("dent", 1), ("scratch", 2), ("collapse", 1), ("deflate", 1)]
# Troponyms of those roots whose participle, in essays, names no damaged thing, each group with why.
DAMAGE_EXCLUDED = dict.fromkeys(
    "chew champ chaw chomp munch mumble manducate masticate jaw gum gnash eat grind grate mill pestle mash pulp "
    "pound crunch crumb bray comminute atomise atomize rag".split(), "food or grinding: kitchen and mill words") | dict.fromkeys(
    "pare peel skin pluck pull deplume deplumate displume decorticate exfoliate bark flay".split(), "peeling: kitchen, "
    "farm and craft work") | dict.fromkeys(
    "dig dibble trench excavate rout scallop scollop core hole lift sap cave cavern bail clinker clear evacuate".split(),
    "digging, shaping or clearing: work done, not damage") | dict.fromkeys(
    "forego forgo forfeit waive lapse unlearn retire liquidize consign dispose toss fling".split(),
    "giving up a right or a habit, or throwing: no damaged thing") | dict.fromkeys(
    "afflict smite plague visit hurt injure impair maul mangle mutilate disfigure scar pit pock pockmark mark".split(),
    "injury to a body: said of people's bodies it is literal, not a picture") | dict.fromkeys(
    "beat kill play tucker frazzle get key fire backfire cremate rape deflower violate harry separate split run "
    "ladder die wash stave frost disturb give tease rend indent claw clapperclaw flake".split(), "another sense is the common one (a beaten path, a fired clay, a split shift, a frosted cake, a stove, the rent)")


def participles(lemma, exceptions):
    """The past participle forms of a verb: from verb.exc ("blown", "burnt"), and the regular -ed form."""
    irregular = exceptions.get(lemma, [])
    if any(f.endswith("n") for f in irregular):
        return sorted(f for f in irregular if f.endswith("n"))
    if lemma.endswith("e"):
        regular = lemma + "d"
    elif re.search(r"[^aeiou]y$", lemma):
        regular = lemma[:-1] + "ied"
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma):
        regular = lemma + lemma[-1] + "ed"   # one syllable ending in a consonant after one vowel: chip, scar
    else:
        regular = lemma + "ed"
    return sorted(set(f for f in irregular if not f.endswith("ing")) | {regular})


def damaged_participles(wn):
    """participle -> the root it was reached from."""
    verb = parse(os.path.join(wn, "data.verb"))
    firsts = first_senses(os.path.join(wn, "index.verb"))
    exceptions = {}
    with open(os.path.join(wn, "verb.exc"), encoding="ascii") as f:
        for line in f:
            inflected, base = line.split()[:2]
            exceptions.setdefault(base, []).append(inflected)
    reached = {}
    for lemma, sense in DAMAGE_ROOTS:
        stack = [firsts[lemma][sense - 1]]
        while stack:
            off = stack.pop()
            if off in reached:
                continue
            reached[off] = "%s.v.%02d" % (lemma, sense)
            stack += [t for sym, t, pos in verb[off][2] if sym == "~" and pos == "v"]
    rows = {}
    for off, root in sorted(reached.items()):
        for lemma in verb[off][1]:
            lemma = lemma.lower()
            if not re.fullmatch(r"[a-z]{3,}", lemma) or lemma in DAMAGE_EXCLUDED:
                continue
            for form in participles(lemma, exceptions):
                rows.setdefault(form, "troponym of: " + root)
    return rows


def definition(gloss):
    return re.split(r';\s*"', gloss, 1)[0].strip()


def has_cue(text, cues):
    low = text.lower()
    if CONTRARY.search(low):
        return None
    for c in cues:
        if re.search(r"\b" + re.escape(c) + r"\b", low):
            return c
    return None


def parse(path):
    """offset -> (lexnum, [words], pointers [(symbol, offset, pos)], gloss)."""
    out = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            fields = head.split()
            off, lexnum, count = int(fields[0]), int(fields[1]), int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
            p = 4 + 2 * count
            n = int(fields[p])
            pointers = [(fields[p + 1 + 4 * k], int(fields[p + 2 + 4 * k]), fields[p + 3 + 4 * k]) for k in range(n)]
            out[off] = (lexnum, words, pointers, gloss.strip())
    return out


def first_senses(path):
    firsts = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synsets = fields[0], int(fields[2])
            firsts[lemma] = [int(x) for x in fields[-synsets:]]
    return firsts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", default=wld.DEFAULT_WORDNET)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "Lexicons/language"))
    args = parser.parse_args()
    wn = args.wordnet
    adj = parse(os.path.join(wn, "data.adj"))
    noun = parse(os.path.join(wn, "data.noun"))
    rows = {}
    noun_firsts = first_senses(os.path.join(wn, "index.noun"))
    names, _ = wld.lexnames(wn)

    def noun_category(word):
        offsets = noun_firsts.get(word)
        return names[noun[offsets[0]][0]].split(".")[1] if offsets else None

    # Heads of damage and emptiness and their satellites.
    head_of = {}
    for off, (_, words, pointers, _) in adj.items():
        for sym, target, pos in pointers:
            if sym == "&" and pos in ("a", "s"):
                head_of[off] = target
    heads = {off for off, (_, words, _, _) in adj.items() if any(w.lower() in ADJ_HEADS for w in words) and off not in head_of}
    for lemma, offsets in first_senses(os.path.join(wn, "index.adj")).items():
        if not WORD.match(lemma) or len(lemma) < 4 or lemma in ALREADY_LISTED or lemma in PHYSICAL or lemma in EXCLUDED:
            continue
        first = offsets[0]
        _, words, _, gloss = adj[first]
        if not any(w == lemma for w in words):   # capitalised form only
            continue
        cue = has_cue(definition(gloss), ADJ_CUES)
        if not cue and lemma.endswith("less") and noun_category(lemma[:-4]) in RESOURCE_CATEGORIES:
            cue = has_cue(definition(gloss), LESS_CUES)
        if cue:
            rows[lemma] = ("adjective", "gloss: " + cue)
        elif head_of.get(first) in heads:
            rows[lemma] = ("adjective", "similar to: " + adj[head_of[first]][1][0])
    for lemma, offsets in noun_firsts.items():
        if not WORD.match(lemma) or len(lemma) < 4 or lemma in ALREADY_LISTED or lemma in EXCLUDED:
            continue
        lexnum, words, _, gloss = noun[offsets[0]]
        if lexnum != 18 or not any(w == lemma for w in words):
            continue
        cue = has_cue(definition(gloss), PERSON_CUES)
        if cue:
            rows[lemma] = ("person", "gloss: " + cue)
    for lemma, offsets in noun_firsts.items():
        if not WORD.match(lemma) or len(lemma) < 4 or lemma in ALREADY_LISTED or lemma in EXCLUDED or lemma in rows:
            continue
        if noun[offsets[0]][0] not in PLACE_FIRST_FILES:
            continue
        for o in offsets[:2]:
            lexnum, words, _, gloss = noun[o]
            if lexnum in PLACE_FILES and any(w == lemma for w in words):
                cue = has_cue(definition(gloss), PLACE_CUES)
                if cue:
                    rows[lemma] = ("place", "gloss: " + cue)
                    break
    for form, root in damaged_participles(wn).items():
        if form not in rows and form not in ALREADY_LISTED and form not in EXCLUDED:
            rows[form] = ("damaged", root)
    names, _ = wld.lexnames(wn)
    checks = [(f, wld.sha256(os.path.join(wn, f))) for f in ("index.adj", "data.adj", "index.noun", "data.noun",
                                                                 "index.verb", "data.verb", "verb.exc")]
    source = ["Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu),",
              "via Debian package wordnet-base %s (files in %s)." % (wld.debian_version(), wld.DEFAULT_WORDNET),
              "Licence: WordNet 3.0 licence (below); WordNet 3.0 Copyright 2006 by Princeton University."]
    lines = wld.header("lack-labels.tsv: words that define people or places by lack, deprivation, damage or worthlessness",
                       ["word TAB kind (adjective|person|place|damaged) TAB what decided it (a gloss cue, or the head adjective it is similar to).",
                        "See the generator's docstring for the selection."],
                       source, "python3 " + SCRIPT, checks, wld.licence(wn))
    lines += ["%s\t%s\t%s" % (w, k, c) for w, (k, c) in sorted(rows.items(), key=lambda r: r[0].encode())]
    n, size = wld.write(os.path.join(args.out, "lack-labels.tsv"), lines)
    print("lack-labels.tsv: %d lines, %d bytes, %d words" % (n, size, len(rows)))


if __name__ == "__main__":
    main()
