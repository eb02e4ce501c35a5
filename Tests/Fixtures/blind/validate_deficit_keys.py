#!/usr/bin/env python3
"""validate_deficit_keys.py [--ban-stock-phrases] FOLDER: validate the answer keys of a blind deficit set (deficit4
to deficit20). Set 4's writer wrote it as that folder's validate_keys.py and also banned stock phrases from metaphor
items (run set 4 with --ban-stock-phrases); the writers of sets 5 to 20 each ran a copy with the ban off, so that
applicants' familiar labels occur. One shared copy is kept here.
Checks: key/doc pairing, required fields, profile/part values, categories valid for flag,
text is a substring of the given line, anchor inside text, occurrence present iff anchor
repeats on the line (case-insensitive substring count) (and in range), anchor occurrence lies inside an occurrence of text,
and every listed deficit word form (whole word, case-insensitive, incl. inside hyphenated
compounds) is covered by some item's anchor. Prints totals; exits 1 on any error."""
import json, os, re, sys, glob
from collections import Counter
ARGS = [a for a in sys.argv[1:] if a != '--ban-stock-phrases']
BAN_STOCK = '--ban-stock-phrases' in sys.argv[1:]
HERE = os.path.abspath(ARGS[0]) if len(ARGS) == 1 else sys.exit('usage: validate_deficit_keys.py [--ban-stock-phrases] FOLDER')
TRUE_CATS = {'listed noun', 'adjective form', 'superlative of lack', 'predicate or relative clause',
             'deficit verb with group subject', 'distant people word',
             'metaphor or label (no listed word)', 'other'}
FALSE_CATS = {'thing/task/event head', 'other sense', 'idiom', 'fixed compound', 'proper name',
              'quoted partner speech', 'rejected framing', "applicant's own growth",
              "C9 applicant's own challenge", 'other'}
PROFILES = {'community-partnerships': {'essay'}, 'family-well-being': {'part1', 'part3', 'needs-assessment'}}
FORMS = ['need', 'needs', 'needed', 'needing', 'needy', 'neediest', 'issue', 'issues', 'issued',
         'problem', 'problems', 'problematic', 'challenge', 'challenges', 'challenged', 'challenging',
         'deficit', 'deficits', 'lack', 'lacks', 'lacking', 'lacked', 'at-risk', 'at risk',
         'struggle', 'struggles', 'struggled', 'struggling', 'poor', 'poorer', 'poorest', 'broken',
         'vulnerable', 'underserved', 'underprivileged', 'disadvantaged']
LISTED = re.compile(r'(?<![A-Za-z0-9])(' + '|'.join(re.escape(f).replace(r'\-', '[- ]').replace(r'\ ', '[- ]')
                    for f in sorted(FORMS, key=len, reverse=True)) + r')(?![A-Za-z0-9])', re.I)
BANNED_MET = re.compile(r'hard-to-reach|empty vessels|food desert|latchkey|shut-ins|dregs|backwater|'
                        r'on life support|lost generation|gutted|hollowed-out|survival mode', re.I)
errors = 0
def err(msg):
    global errors
    errors += 1
    print('ERROR', msg)
def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i); i = hay.find(needle, i + 1)
    return out
tot = Counter(); cats = Counter(); rows = []
keys = sorted(glob.glob(os.path.join(HERE, '*.key.json')))
if not keys:
    err('no key files found')
for kp in keys:
    key = json.load(open(kp, encoding='utf-8'))
    doc = key.get('document')
    if os.path.basename(kp) != f'{doc}.key.json':
        err(f'{kp}: document field {doc!r} does not match file name')
    dp = os.path.join(HERE, doc)
    if not os.path.exists(dp):
        err(f'{doc}: document missing'); continue
    lines = open(dp, encoding='utf-8').read().split('\n')
    if key.get('profile') not in PROFILES or key.get('part') not in PROFILES.get(key.get('profile'), ()):
        err(f'{doc}: bad profile/part {key.get("profile")}/{key.get("part")}')
    if not key.get('voice'):
        err(f'{doc}: missing voice')
    covered = set()
    for n, it in enumerate(key.get('items', []), 1):
        tag = f'{doc} item {n} (line {it.get("line")})'
        for f in ('line', 'text', 'anchor', 'flag', 'category', 'why'):
            if f not in it:
                err(f'{tag}: missing field {f}')
        if any(f not in it for f in ('line', 'text', 'anchor', 'flag', 'category')):
            continue
        ln = it['line']
        if not (isinstance(ln, int) and 1 <= ln <= len(lines)):
            err(f'{tag}: line out of range'); continue
        line = lines[ln - 1]
        text, anchor = it['text'], it['anchor']
        if it['category'] not in (TRUE_CATS if it['flag'] else FALSE_CATS):
            err(f'{tag}: category {it["category"]!r} not valid for flag={it["flag"]}')
        if text not in line:
            err(f'{tag}: text not in line: {text!r}'); continue
        if anchor not in text:
            err(f'{tag}: anchor {anchor!r} not in text {text!r}'); continue
        # occurrences counted case-insensitively as substrings (strictest reading)
        apos = positions(line.lower(), anchor.lower())
        if len(apos) > 1 and 'occurrence' not in it:
            err(f'{tag}: anchor {anchor!r} occurs {len(apos)}x on line but no occurrence given')
            continue
        occ = it.get('occurrence', 1)
        if 'occurrence' in it and len(apos) == 1:
            err(f'{tag}: occurrence given but anchor occurs once')
        if not (1 <= occ <= len(apos)):
            err(f'{tag}: occurrence {occ} out of range'); continue
        a0 = apos[occ - 1]; a1 = a0 + len(anchor)
        if not any(t <= a0 and a1 <= t + len(text) for t in positions(line, text)):
            err(f'{tag}: chosen anchor occurrence not inside text')
        if it['flag'] and it['category'].startswith('metaphor'):
            if LISTED.search(text):
                err(f'{tag}: metaphor item contains a listed word')
            if BAN_STOCK and BANNED_MET.search(text):
                err(f'{tag}: metaphor item uses a banned stock phrase')
        covered.add((ln, a0, a1))
        tot[it['flag']] += 1; cats[(it['flag'], it['category'])] += 1
    # coverage of listed word forms
    for ln, line in enumerate(lines, 1):
        for m in LISTED.finditer(line):
            if not any(c[0] == ln and c[1] <= m.start() and m.end() <= c[2] for c in covered):
                err(f'{doc}:{ln}: uncovered listed word {m.group(0)!r} at col {m.start()+1}')
    items = key.get('items', [])
    rows.append((doc, sum(i.get('flag') is True for i in items), sum(i.get('flag') is False for i in items),
                 sum(1 for i in items if i.get('flag') and str(i.get('category')).startswith('metaphor'))))
print(f'documents: {len(keys)}')
for r in rows:
    print(f'  {r[0]:32s} true={r[1]:3d} false={r[2]:3d} metaphor={r[3]:2d}')
print(f'flag=true: {tot[True]}   flag=false: {tot[False]}')
for (flag, cat), c in sorted(cats.items(), key=lambda x: (not x[0][0], x[0][1])):
    print(f'  {"true " if flag else "false"}  {cat:40s} {c}')
print(f'errors: {errors}')
sys.exit(1 if errors else 0)
