#!/usr/bin/env python3
"""Generate two WordNet 3.0 tables for the deficit-language scan's word formation and place nouns.

    python3 scripts/wordnet-formation-data.py [--wordnet /usr/share/wordnet] [--out Lexicons/language]

Python 3 standard library only; deterministic output (sorted, no dates).

provision-verbs.tsv  `verb TAB root`: verbs of providing, serving, schooling, housing, rearing, feeding
    or banking: a lemma one of whose first three senses has a hypernym chain (or is the synset itself)
    reaching one of ROOTS (teach, educate, school, house, shelter, give care, rear/parent, nourish,
    feed, serve food, do business with a bank).  "un-" + the past participle of such a verb said of
    people ("unhoused", "unschooled", "unbanked") frames them by what was not provided.
community-places.tsv `noun TAB root`: nouns whose first WordNet sense is no location, person or group
    (so the noun table would class them as a thing, a document or an abstraction) but one of whose
    first three senses is a location, group or landform whose hypernym chain reaches a settlement or
    a part of a town or region where people live (PLACE_ROOTS: community, settlement, residential
    district, urban area, administrative district, city district, city block, valley):
    "hollow" (a small valley), "block" (a city block), "quarter", "ward", "parish", "settlement".
    The language layer reads them as places as communities.
language-names.tsv `noun TAB root`: proper nouns (every sense spelt with a capital) one of whose
    senses' hypernym chain reaches "natural language" and none of whose senses is a location
    ("Kansas" is a state too): "Spanish", "Hmong", "Somali". After "in"
    the language layer reads such a name as a language, not a person or a place.
"""

import argparse
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("wld", os.path.join(HERE, "wordnet-language-data.py"))
wld = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wld)
spec2 = importlib.util.spec_from_file_location("wll", os.path.join(HERE, "wordnet-lack-labels.py"))
wll = importlib.util.module_from_spec(spec2)
spec2.loader.exec_module(wll)

SCRIPT = "scripts/wordnet-formation-data.py"
WORD = re.compile(r"^[a-z]+$")
# Verb synsets of provision (WordNet 3.0 offsets, with their first word and gloss for review).
ROOTS = {829125: "teach (impart skills or knowledge to)", 2387504: "educate (give an education to)",
         2387928: "school (educate in a school)", 2459173: "house (provide housing for)",
         2656390: "shelter (provide shelter for)", 2550296: "care (provide care for)",
         2539788: "rear (bring up)", 1202746: "nourish (provide with nourishment)", 1178583: "feed (give food to)",
         1180369: "serve (provide food)", 2343392: "bank (do business with a bank)"}
# Noun synsets of places where people live (WordNet 3.0 offsets).
PLACE_ROOTS = {8223802: "community", 8672562: "settlement", 8553535: "residential district", 8675967: "urban area",
               8491826: "administrative district", 8537837: "city district", 8642145: "city block", 9468604: "valley"}
# The noun synset of natural languages (WordNet 3.0 offset).
LANGUAGE_ROOTS = {6904171: "natural language"}
# Reviewed by hand: language names that are also common words or dialect labels.
EXCLUDED_LANGUAGES = {"northern": "a direction", "southwestern": "a direction", "scots": "a people first",
                      "scottish": "a people first", "oceanic": "an adjective of the ocean"}
PLACE_FILES = {14, 15, 17}   # noun.group, noun.location, noun.object
FIRST_PEOPLE_FILES = {14, 15, 18}   # a first sense already a group, a location or a person
# Reviewed by hand: reached by the rule, but their place sense is rare in essays about communities.
EXCLUDED_PLACES = {
    "top": "the top of a page", "side": "already a place word in the deficit lexicon's classes",
    "bottom": "the bottom of a list", "center": "an organisation here", "centre": "an organisation here",
    "field": "a field of study", "front": "the front of a room", "back": "the back of a room",
    "end": "the end of a list", "middle": "the middle of a task", "point": "a point made",
    "house": "a building first; its religious-community sense is rare", "draw": "a drawing, a tie",
    "preserve": "jam, a nature reserve", "fringe": "the edge of a thing", "turf": "grass",
    "kingdom": "a biological kingdom", "canon": "a body of writings", "flume": "a water channel",
    "convent": "a religious house, not a neighbourhood",
}


def closure(data, offset, roots, seen):
    if offset in roots:
        return roots[offset]
    if offset in seen:
        return None
    seen.add(offset)
    for sym, target, _ in data[offset][2]:
        if sym in ("@", "@i"):
            r = closure(data, target, roots, seen)
            if r:
                return r
    return None


def write_table(out, wn, source, name, title, columns, inputs, rows, unit):
    """Writes one table: the header (its inputs' checksums, WordNet's licence), then a row per word in byte order."""
    checks = [(f, wld.sha256(os.path.join(wn, f))) for f in inputs]
    lines = wld.header("%s: %s" % (name, title), [columns, "See the generator's docstring for the selection."],
                       source, "python3 " + SCRIPT, checks, wld.licence(wn))
    lines += ["%s\t%s" % (w, r) for w, r in sorted(rows.items(), key=lambda r: r[0].encode())]
    n, size = wld.write(os.path.join(out, name), lines)
    print("%s: %d lines, %d bytes, %d %s" % (name, n, size, len(rows), unit))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", default=wld.DEFAULT_WORDNET)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "Lexicons/language"))
    args = parser.parse_args()
    wn = args.wordnet
    verbs = wll.parse(os.path.join(wn, "data.verb"))
    nouns = wll.parse(os.path.join(wn, "data.noun"))
    source = ["Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu),",
              "via Debian package wordnet-base %s (files in %s)." % (wld.debian_version(), wld.DEFAULT_WORDNET),
              "Licence: WordNet 3.0 licence (below); WordNet 3.0 Copyright 2006 by Princeton University."]

    rows = {}
    for lemma, offsets in wll.first_senses(os.path.join(wn, "index.verb")).items():
        if not WORD.match(lemma):
            continue
        for o in offsets[:3]:
            root = closure(verbs, o, ROOTS, set())
            if root:
                rows[lemma] = root
                break
    write_table(args.out, wn, source, "provision-verbs.tsv",
                "verbs of providing, serving, schooling, housing, rearing, feeding or banking",
                "verb TAB the root synset its hypernym chain reaches (one of its first three senses).",
                ("index.verb", "data.verb"), rows, "verbs")

    places = {}
    for lemma, offsets in wll.first_senses(os.path.join(wn, "index.noun")).items():
        if not WORD.match(lemma) or lemma in EXCLUDED_PLACES:
            continue
        first = nouns[offsets[0]]
        if first[0] in FIRST_PEOPLE_FILES:
            continue
        for o in offsets[:3]:
            lexnum, words, _, _ = nouns[o]
            if lexnum not in PLACE_FILES or not any(w == lemma for w in words):
                continue
            root = closure(nouns, o, PLACE_ROOTS, set())
            if root:
                places[lemma] = root
                break
    write_table(args.out, wn, source, "community-places.tsv",
                "nouns read as places where people live, though their first sense is not",
                "noun TAB the place synset its sense's hypernym chain reaches.",
                ("index.noun", "data.noun"), places, "nouns")

    # Language names: a capitalised noun one of whose senses is a natural language ("in Spanish", "in Hmong").
    languages = {}
    for lemma, offsets in wll.first_senses(os.path.join(wn, "index.noun")).items():
        if not WORD.match(lemma) or lemma in EXCLUDED_LANGUAGES:
            continue
        # Only proper nouns: every sense spelt with a capital.
        if any(w == lemma for o in offsets for w in nouns[o][1]):
            continue
        # (Not a place as well: "Kansas", "Iowa", "Delaware" name states and languages.)
        if any(nouns[o][0] == 15 for o in offsets):
            continue
        if any(closure(nouns, o, LANGUAGE_ROOTS, set()) for o in offsets):
            languages[lemma] = "natural language"
    write_table(args.out, wn, source, "language-names.tsv",
                "names of languages, read as a language after \"in\" (\"a deficit in Spanish\")",
                "noun TAB the synset its hypernym chain reaches.",
                ("index.noun", "data.noun"), languages, "nouns")


if __name__ == "__main__":
    main()
