#!/usr/bin/env python3
"""eval_deficit.py BINARY KEYDIR: deficit-language precision/recall against blind keys."""
import json, subprocess, sys, os, glob, collections
binary, folder = sys.argv[1], sys.argv[2]
verbose = '-v' in sys.argv
tp = fp = fn = 0
design_tp = design_fn = 0

def declined_by_design(key, item, line):
    """A key essaylint declines on purpose: Family Well-Being "needs", or a question of what is needed."""
    if key['profile'] == 'family-well-being' and item['anchor'].lower() in ('need', 'needs'):
        return True
    if not item['anchor'].lower().startswith('need'):
        return False
    rest = line[line.find(item['text']):]
    ends = [i for i in (rest.find('.'), rest.find('?'), rest.find('!')) if i >= 0]
    return bool(ends) and rest[min(ends)] == '?'
by_cat_fn = collections.Counter(); by_cat_fp = collections.Counter(); fp_unkeyed = 0
for key_path in sorted(glob.glob(os.path.join(folder, '*.key.json'))):
    key = json.load(open(key_path))
    doc = os.path.join(folder, key['document'])
    lines = open(doc, encoding='utf-8').read().split('\n')
    out = subprocess.run([binary, 'lint', '--format', 'json', '--no-config', '--fail-on', 'never',
                          '--profile', key['profile'], '--part', key['part'], doc], capture_output=True, text=True)
    try:
        report = json.loads(out.stdout)['files'][0]
    except (ValueError, IndexError, KeyError):
        # A crash (no JSON) loses the document: every item to flag is a miss.
        print(f'CRASH {key["document"]}: exit status {out.returncode}; its items to flag count as misses', file=sys.stderr)
        report = {'findings': []}
    finds = [f for f in report['findings'] if f['rule'] == 'deficit-language' and f['length'] > 0]
    # key item spans in UTF-16 columns (1-based)
    items = []
    for it in key['items']:
        line = lines[it['line'] - 1]
        start = line.find(it['text'])
        occ = it.get('occurrence', 1)
        a = -1; base = start
        # anchor occurrence: within text if found there, else in line
        idx = -1; s = 0
        # (occurrences counted case-insensitively, as validate_deficit_keys.py counts them)
        for _ in range(occ):
            idx = line.lower().find(it['anchor'].lower(), s); s = idx + 1
        if 'occurrence' not in it and start >= 0:
            idx = line.find(it['anchor'], start)
        u16 = lambda s_: len(s_.encode('utf-16-le')) // 2
        col = u16(line[:idx]) + 1
        items.append(dict(it, col=col, endcol=col + u16(it['anchor'])))
    used = set()
    for f in finds:
        hit = None
        for k, it in enumerate(items):
            if it['line'] == f['line'] and f['column'] < it['endcol'] and it['col'] < f['endColumn'] + (1 if f['endLine'] == f['line'] else 10000):
                hit = k; break
        if hit is not None and items[hit]['flag']:
            if hit not in used:
                tp += 1; used.add(hit)
                if declined_by_design(key, items[hit], lines[items[hit]['line'] - 1]): design_tp += 1
        else:
            fp += 1
            if hit is None: fp_unkeyed += 1; cat = 'unkeyed'
            else: cat = items[hit]['category']
            by_cat_fp[cat] += 1
            if verbose: print('FP', key['document'], f['line'], repr(f.get('match')), cat, '|', (lines[f['line']-1][:110]))
    for k, it in enumerate(items):
        if it['flag'] and k not in used:
            fn += 1; by_cat_fn[it['category']] += 1
            if declined_by_design(key, it, lines[it['line'] - 1]): design_fn += 1
            if verbose: print('FN', key['document'], it['line'], repr(it['anchor']), it['category'], '|', it['text'])
p = tp / (tp + fp) if tp + fp else 1.0
r = tp / (tp + fn) if tp + fn else 1.0
print(f'deficit-language: TP {tp} FP {fp} ({fp_unkeyed} unkeyed) FN {fn}; precision {p:.2f}, recall {r:.2f}')
if '--design' in sys.argv:
    # The same, leaving out keys that ask for what essaylint declines by design (README, "Deficit language"):
    # "needs" in the Family Well-Being credential, whose own words they are, and questions, which ask rather than describe.
    d_tp, d_fn = tp - design_tp, fn - design_fn
    dr = d_tp / (d_tp + d_fn) if d_tp + d_fn else 1.0
    dp = d_tp / (d_tp + fp) if d_tp + fp else 1.0
    print(f'  without the {design_tp + design_fn} keys declined by design: TP {d_tp} FP {fp} FN {d_fn}; precision {dp:.2f}, recall {dr:.2f}')
print('  false positives by key category:', dict(by_cat_fp))
print('  misses by category:', dict(by_cat_fn))
