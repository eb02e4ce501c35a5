#!/usr/bin/env python3
"""Validate the blind deficit-language key files in this directory.
Checks: each key's document exists; every `text` is a substring of its 1-based line;
every `anchor` is inside its `text`; `occurrence` (if given) points at a real occurrence
of the anchor on the line; flag/category pairs are from the allowed lists.
Prints totals of flag=true, flag=false and flag=true with the metaphor/label category."""
import glob, json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
TRUE_CATS = {"listed noun", "adjective form", "superlative of lack", "predicate or relative clause",
             "deficit verb with group subject", "distant people word", "metaphor or label (no listed word)", "other"}
FALSE_CATS = {"thing/task/event head", "other sense", "idiom", "fixed compound", "proper name",
              "quoted partner speech", "rejected framing", "applicant's own growth", "C9 applicant's own challenge", "other"}
errors = 0; tot = Counter(); cats = Counter()
for kf in sorted(glob.glob(os.path.join(HERE, "*.key.json"))):
    key = json.load(open(kf, encoding="utf-8"))
    doc = os.path.join(HERE, key["document"])
    if os.path.basename(kf) != key["document"] + ".key.json":
        print("name mismatch", kf); errors += 1
    lines = open(doc, encoding="utf-8").read().split("\n")
    for it in key["items"]:
        line = lines[it["line"] - 1]
        where = f'{key["document"]}:{it["line"]} {it["text"]!r}'
        if it["text"] not in line: print("TEXT NOT IN LINE", where); errors += 1; continue
        if it["anchor"] not in it["text"]: print("ANCHOR NOT IN TEXT", where); errors += 1
        n = line.count(it["anchor"])
        occ = it.get("occurrence", 1)
        if occ > n: print("BAD OCCURRENCE", where); errors += 1
        if n > 1 and "occurrence" not in it: print("MISSING OCCURRENCE", where); errors += 1
        ok = it["category"] in (TRUE_CATS if it["flag"] else FALSE_CATS)
        if not ok: print("BAD CATEGORY", where, it["category"]); errors += 1
        tot[it["flag"]] += 1; cats[(it["flag"], it["category"])] += 1
print("flag=true :", tot[True])
print("flag=false:", tot[False])
print("flag=true, metaphor or label (no listed word):", cats[(True, "metaphor or label (no listed word)")])
if "-v" in sys.argv:
    for (f, c), n in sorted(cats.items()): print(f"  {str(f):5s} {c}: {n}")
print("errors:", errors)
sys.exit(1 if errors else 0)
