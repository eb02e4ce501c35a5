#!/usr/bin/env python3
"""Validate the answer keys of the blind deficit-language test set.

For every <doc>.key.json next to this script:
  * each item's text is an exact substring of its (1-based) line;
  * the anchor is inside the text;
  * occurrence (if given) is valid, and is present when the anchor occurs more than
    once on the line; the Nth occurrence must be the same whether counted as
    case-sensitive substrings, case-insensitive substrings or whole words, and must
    fall inside an occurrence of the item's text;
  * flag/category combinations come from the allowed lists;
  * metaphor/label items contain no listed deficit word;
  * every whole-word, case-insensitive occurrence of a listed deficit word form
    (also inside hyphenated compounds) is covered by some item's anchor.
Prints totals per flag and per category; exits 1 on any error.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TRUE_CATS = ['listed noun', 'adjective form', 'superlative of lack', 'predicate or relative clause',
             'deficit verb with group subject', 'distant people word',
             'metaphor or label (no listed word)', 'other']
FALSE_CATS = ['thing/task/event head', 'other sense', 'idiom', 'fixed compound', 'proper name',
              'quoted partner speech', 'rejected framing', "applicant's own growth",
              "C9 applicant's own challenge", 'other']
FORMS = ('need|needs|needed|needing|needy|neediest|issue|issues|issued|problem|problems|problematic|'
         'challenge|challenges|challenged|challenging|deficit|deficits|lack|lacks|lacking|lacked|'
         'at[- ]risk|struggle|struggles|struggled|struggling|poor|poorer|poorest|broken|vulnerable|'
         'underserved|underprivileged|disadvantaged')
LISTED = re.compile(r'(?<![A-Za-z0-9])(?:' + FORMS + r')(?![A-Za-z0-9])', re.I)
PROFILES = {'community-partnerships': {'essay'}, 'family-well-being': {'part1', 'part3', 'needs-assessment'}}


def occ_lists(line, anchor):
    cs = [m.start() for m in re.finditer(re.escape(anchor), line)]
    ci = [m.start() for m in re.finditer(re.escape(anchor), line, re.I)]
    ww = [m.start() for m in re.finditer(r'(?<![A-Za-z0-9])' + re.escape(anchor) + r'(?![A-Za-z0-9])', line, re.I)]
    return cs, ci, ww


def main():
    errors = []
    flags = Counter()
    cats = Counter()
    keys = sorted(glob.glob(os.path.join(HERE, '*.key.json')))
    if not keys:
        errors.append('no key files found')
    for kp in keys:
        key = json.load(open(kp, encoding='utf-8'))
        doc = key.get('document')
        where = os.path.basename(kp)
        if doc + '.key.json' != os.path.basename(kp):
            errors.append(f'{where}: document field {doc!r} does not match file name')
        dp = os.path.join(HERE, doc)
        if not os.path.exists(dp):
            errors.append(f'{where}: document {doc} missing')
            continue
        if key.get('part') not in PROFILES.get(key.get('profile'), ()):
            errors.append(f'{where}: bad profile/part {key.get("profile")}/{key.get("part")}')
        if not key.get('voice'):
            errors.append(f'{where}: missing voice')
        lines = open(dp, encoding='utf-8').read().split('\n')
        covered = {}  # line index -> list of (start, end)
        for n, it in enumerate(key.get('items', [])):
            tag = f'{doc} item {n} (line {it.get("line")}, {it.get("anchor")!r})'
            for fld in ('line', 'text', 'anchor', 'flag', 'category', 'why'):
                if fld not in it:
                    errors.append(f'{tag}: missing field {fld}')
            if any(f not in it for f in ('line', 'text', 'anchor', 'flag', 'category')):
                continue
            flag, cat = it['flag'], it['category']
            if not isinstance(flag, bool):
                errors.append(f'{tag}: flag must be boolean')
            if (flag and cat not in TRUE_CATS) or (not flag and cat not in FALSE_CATS):
                errors.append(f'{tag}: category {cat!r} not allowed for flag={flag}')
            flags[flag] += 1
            cats[(flag, cat)] += 1
            li = it['line'] - 1
            if not 0 <= li < len(lines):
                errors.append(f'{tag}: line out of range')
                continue
            line, text, anchor = lines[li], it['text'], it['anchor']
            if text not in line:
                errors.append(f'{tag}: text not in line: {text!r}')
                continue
            if anchor not in text:
                errors.append(f'{tag}: anchor not in text')
                continue
            if cat == 'metaphor or label (no listed word)' and (LISTED.search(anchor) or LISTED.search(text)):
                errors.append(f'{tag}: metaphor/label item contains a listed word')
            cs, ci, ww = occ_lists(line, anchor)
            multi = max(len(cs), len(ci), len(ww)) > 1
            occ = it.get('occurrence')
            if multi and occ is None:
                errors.append(f'{tag}: anchor occurs more than once on line but no occurrence given')
                continue
            if occ is None:
                occ = 1
            if not isinstance(occ, int) or occ < 1:
                errors.append(f'{tag}: bad occurrence {occ!r}')
                continue
            k = occ - 1
            if not (k < len(cs) and k < len(ci) and k < len(ww)):
                errors.append(f'{tag}: occurrence {occ} does not exist under every counting method')
                continue
            if not (cs[k] == ci[k] == ww[k]):
                errors.append(f'{tag}: occurrence {occ} differs between counting methods ({cs[k]},{ci[k]},{ww[k]})')
                continue
            a0 = cs[k]
            a1 = a0 + len(anchor)
            inside = any(m.start() <= a0 and a1 <= m.start() + len(text)
                         for m in re.finditer(re.escape(text), line))
            if not inside:
                errors.append(f'{tag}: occurrence {occ} of anchor is not inside the text')
            covered.setdefault(li, []).append((a0, a1))
        for li, line in enumerate(lines):
            for m in LISTED.finditer(line):
                if not any(s < m.end() and m.start() < e for s, e in covered.get(li, [])):
                    errors.append(f'{doc} line {li+1}: uncovered listed word {m.group(0)!r} at col {m.start()+1}')
    for e in errors:
        print('ERROR:', e)
    print(f'documents: {len(keys)}')
    print(f'items: {sum(flags.values())}   flag=true: {flags[True]}   flag=false: {flags[False]}')
    for flag in (True, False):
        print(f'  flag={str(flag).lower()}:')
        for c in (TRUE_CATS if flag else FALSE_CATS):
            print(f'    {c:38s} {cats[(flag, c)]}')
    print(f'errors: {len(errors)}')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
