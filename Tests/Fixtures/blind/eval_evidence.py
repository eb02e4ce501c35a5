#!/usr/bin/env python3
"""eval_evidence.py BINARY KEYDIR: rubric elements shown/missing against blind keys."""
import json, subprocess, sys, os, glob, collections
binary, folder = sys.argv[1], sys.argv[2]
tot = collections.Counter()
per_comp = collections.defaultdict(collections.Counter)
for key_path in sorted(glob.glob(os.path.join(folder, '*.key.json'))):
    key = json.load(open(key_path))
    doc = os.path.join(folder, key['document'])
    out = subprocess.run([binary, 'lint', '--format', 'json', '--no-config', '--fail-on', 'never',
                          '--profile', 'community-partnerships', '--part', 'essay', doc], capture_output=True, text=True)
    report = json.loads(out.stdout)['files'][0]
    evidenced = set(); missing = set(); est = {}
    for c in report['rubric']:
        e = c.get('elements') or {}
        evidenced |= set(e.get('evidenced', [])); missing |= set(e.get('missing', []))
        est[c['criterion']] = (c.get('estimate') or {}).get('level')
    flagged = [f for f in report['findings'] if f['rule'] == 'rubric-evidence']
    c = collections.Counter()
    for eid, k in key['elements'].items():
        comp = eid.split('-')[0].upper()
        shown_key = k['shown']; shown_tool = eid in evidenced
        if shown_key and shown_tool: c['both shown'] += 1
        elif shown_key and not shown_tool: c['missed (flagged wrongly)'] += 1; per_comp[comp]['fp'] += 1
        elif not shown_key and shown_tool: c['credited wrongly'] += 1; per_comp[comp]['fn'] += 1
        else: c['both missing'] += 1; per_comp[comp]['tp'] += 1
    tot += c
    print(key['document'], dict(c), 'estimates', est, 'rubric-evidence findings', len(flagged))
tp, fp, fn = tot['both missing'], tot['missed (flagged wrongly)'], tot['credited wrongly']
print(f'missing-element findings: precision {tp/(tp+fp) if tp+fp else 1:.2f}, recall {tp/(tp+fn) if tp+fn else 1:.2f}; shown elements credited {tot["both shown"]}/{tot["both shown"]+fp}')
for comp in sorted(per_comp):
    x = per_comp[comp]; tp, fp, fn = x['tp'], x['fp'], x['fn']
    print(f'  {comp}: precision {tp/(tp+fp) if tp+fp else 1:.2f} recall {tp/(tp+fn) if tp+fn else 1:.2f} (tp {tp} fp {fp} fn {fn})')
