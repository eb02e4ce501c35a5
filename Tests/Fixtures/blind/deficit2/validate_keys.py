#!/usr/bin/env python3
"""Validate the answer keys of the blind deficit-language test set.

Usage:  python3 validate_keys.py [folder]      (default: the folder of this script)

Checks, for every <document>.key.json in the folder:
  * the document exists; profile / part / voice are valid;
  * every item: line in range, text is a substring of that line, anchor is a
    substring of text, flag is a boolean, category belongs to the list for
    that flag, "why" is present;
  * occurrence: required when the anchor occurs more than once on the line
    (counting case-sensitive substrings, case-insensitive substrings or whole
    words), forbidden otherwise, and the N-th occurrence must be the same
    position under all three counting methods; the N-th occurrence of the
    anchor must fall inside an occurrence of the item's text;
  * metaphor/label items contain no listed word stem;
  * completeness: every whole-word occurrence (case-insensitive, including
    inside hyphenated compounds) of the listed word forms is covered by the
    anchor of some item;
  * every .md/.txt document in the folder (except README.md) has a key.
Prints totals per flag and per category and exits 1 on any error.
"""
import collections
import glob
import json
import os
import re
import sys

TRUE_CATS = [
    "listed noun", "adjective form", "superlative of lack",
    "predicate or relative clause", "deficit verb with group subject",
    "distant people word", "metaphor or label (no listed word)", "other",
]
FALSE_CATS = [
    "thing/task/event head", "other sense", "idiom", "fixed compound",
    "proper name", "quoted partner speech", "rejected framing",
    "applicant's own growth", "C9 applicant's own challenge", "other",
]
METAPHOR = "metaphor or label (no listed word)"
PROFILES = {"community-partnerships": {"essay"},
            "family-well-being": {"essay", "part1", "part3", "needs-assessment"}}

FORMS = ("need|needs|needed|needing|needy|neediest|issue|issues|issued|problem|problems|"
         "problematic|challenge|challenges|challenged|challenging|deficit|deficits|lack|"
         "lacks|lacking|lacked|at[- ]risk|struggle|struggles|struggled|struggling|poor|"
         "poorer|poorest|broken|vulnerable|underserved|underprivileged|disadvantaged")
LISTED = re.compile(r"(?<![A-Za-z0-9])(?:%s)(?![A-Za-z0-9])" % FORMS, re.I)
STEMS = re.compile(r"need|issue|problem|challeng|deficit|lack|risk|struggl|poor|broken|"
                   r"vulnerab|underserved|underprivileged|disadvantag", re.I)


def find_all(hay, needle, ci):
    h, n = (hay.lower(), needle.lower()) if ci else (hay, needle)
    out, i = [], h.find(n)
    while n and i >= 0:
        out.append(i)
        i = h.find(n, i + 1)
    return out


def whole_words(hay, needle):
    pat = r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(needle)
    return [m.start() for m in re.finditer(pat, hay, re.I)]


def word_count(text):
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text))


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    flag_tot = collections.Counter()
    cat_tot = collections.Counter()
    rows = []
    keys = sorted(glob.glob(os.path.join(folder, "*.key.json")))
    keyed_docs = set()
    for kp in keys:
        kname = os.path.basename(kp)
        try:
            key = json.load(open(kp, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{kname}: cannot parse JSON: {e}")
            continue
        doc = key.get("document", "")
        if kname != doc + ".key.json":
            errors.append(f"{kname}: key file name does not match document {doc!r}")
        dp = os.path.join(folder, doc)
        if not os.path.isfile(dp):
            errors.append(f"{kname}: document {doc!r} not found")
            continue
        keyed_docs.add(doc)
        prof, part = key.get("profile"), key.get("part")
        if prof not in PROFILES:
            errors.append(f"{doc}: bad profile {prof!r}")
        elif part not in PROFILES[prof] or (prof == "community-partnerships" and part != "essay"):
            errors.append(f"{doc}: bad part {part!r} for profile {prof!r}")
        if not key.get("voice"):
            errors.append(f"{doc}: missing voice")
        text = open(dp, encoding="utf-8").read()
        lines = text.split("\n")
        spans = collections.defaultdict(list)   # line -> [(start, end)]
        seen = set()
        nt = nf = nm = 0
        for k, it in enumerate(key.get("items", [])):
            where = f"{doc} item {k + 1}"
            ln, itext, anchor = it.get("line"), it.get("text"), it.get("anchor")
            flag, cat = it.get("flag"), it.get("category")
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                errors.append(f"{where}: line {ln!r} out of range")
                continue
            line = lines[ln - 1]
            where += f" (line {ln}, anchor {anchor!r})"
            if not isinstance(itext, str) or not itext or itext not in line:
                errors.append(f"{where}: text not found in line: {itext!r}")
                continue
            if not isinstance(anchor, str) or not anchor or anchor not in itext:
                errors.append(f"{where}: anchor not inside text")
                continue
            if not isinstance(flag, bool):
                errors.append(f"{where}: flag must be true or false")
                continue
            if cat not in (TRUE_CATS if flag else FALSE_CATS):
                errors.append(f"{where}: category {cat!r} not allowed for flag={flag}")
            if not it.get("why"):
                errors.append(f"{where}: missing why")
            ci = find_all(line, anchor, True)
            cs = find_all(line, anchor, False)
            ww = whole_words(line, anchor)
            occ = it.get("occurrence")
            if max(len(ci), len(cs), len(ww)) > 1:
                if occ is None:
                    errors.append(f"{where}: anchor occurs more than once on the line; occurrence required")
                    continue
                if not (ci == cs == ww):
                    errors.append(f"{where}: counting methods disagree (ci={len(ci)}, cs={len(cs)}, "
                                  f"whole-word={len(ww)}); rephrase the line")
                    continue
                if not isinstance(occ, int) or not 1 <= occ <= len(ci):
                    errors.append(f"{where}: occurrence {occ!r} invalid (anchor occurs {len(ci)} times)")
                    continue
            else:
                if occ is not None:
                    errors.append(f"{where}: occurrence given but anchor occurs once on the line")
                    continue
                if not ww:
                    errors.append(f"{where}: anchor is not a whole word/phrase on the line")
                    continue
                occ = 1
            pos = ci[occ - 1]
            if not any(s <= pos and pos + len(anchor) <= s + len(itext)
                       for s in find_all(line, itext, False)):
                errors.append(f"{where}: occurrence {occ} of the anchor is not inside the item text")
                continue
            if (ln, pos) in seen:
                errors.append(f"{where}: duplicate item for the same anchor position")
            seen.add((ln, pos))
            spans[ln].append((pos, pos + len(anchor)))
            if cat == METAPHOR and (STEMS.search(anchor) or STEMS.search(itext)):
                errors.append(f"{where}: metaphor/label item contains a listed word")
            flag_tot[flag] += 1
            cat_tot[(flag, cat)] += 1
            if flag:
                nt += 1
                nm += cat == METAPHOR
            else:
                nf += 1
        for i, line in enumerate(lines, 1):
            for m in LISTED.finditer(line):
                if not any(s < m.end() and m.start() < e for s, e in spans.get(i, [])):
                    errors.append(f"{doc} line {i}: uncovered listed form {m.group(0)!r} at col {m.start() + 1}")
        wc = word_count(text.replace("#", " "))
        if not 250 <= wc <= 500:
            print(f"WARNING {doc}: {wc} words (outside 250-500)")
        rows.append((doc, prof, part, wc, nt, nf, nm))
    for p in sorted(glob.glob(os.path.join(folder, "*.md")) + glob.glob(os.path.join(folder, "*.txt"))):
        b = os.path.basename(p)
        if b != "README.md" and b not in keyed_docs:
            errors.append(f"{b}: document has no key file")

    print(f"{'document':40s} {'profile':23s} {'part':17s} {'words':>5s} {'true':>5s} {'false':>5s} {'metaph':>6s}")
    for r in rows:
        print(f"{r[0]:40s} {r[1]:23s} {r[2]:17s} {r[3]:5d} {r[4]:5d} {r[5]:5d} {r[6]:6d}")
    print()
    print(f"documents: {len(rows)}")
    print(f"flag=true:  {flag_tot[True]}")
    print(f"flag=false: {flag_tot[False]}")
    print("per category:")
    for flag, cats in ((True, TRUE_CATS), (False, FALSE_CATS)):
        for c in cats:
            print(f"  flag={str(flag).lower():5s} {c:40s} {cat_tot[(flag, c)]:4d}")
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
