#!/usr/bin/env python3
"""Self-check for the evidence fixtures: every key substring is verbatim in its essay,
counts in the key match the essay. Needs PyYAML. Usage: python3 verify_evidence.py"""
import glob, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ok = True

def fail(msg):
    global ok
    ok = False
    print("FAIL", msg)

def sentences_naive(text):
    # the brief's rule: split on . ! ? followed by whitespace (headings therefore glue onto the next sentence)
    return [s for s in re.split(r'(?<=[.!?])\s+', text) if s.strip()]

def sentences_paragraphs(text):
    # stricter variant: paragraphs and headings are boundaries, common abbreviations are not
    out = []
    for p in re.split(r'\n\s*\n', text):
        if not p.strip() or p.lstrip().startswith('#'):
            continue
        p = re.sub(r'\b(et al|p|pp|e\.g|i\.e|Mrs|Ms|Mr|Dr)\.', lambda m: m.group(0).replace('.', '\u00a7'), p)
        out += [s for s in re.split(r'(?<=[.!?])["\u201d]?\s+', p) if s.strip()]
    return out

for key in sorted(glob.glob(os.path.join(HERE, '*.expected.yml'))):
    essay = key[:-len('.expected.yml')]
    name = os.path.basename(essay)
    text = open(essay, encoding='utf-8').read()
    k = yaml.safe_load(open(key, encoding='utf-8'))
    total = len(text.split())
    body = len(' '.join(l for l in text.splitlines() if not l.startswith('#')).split())
    if k['words'] != {'total': total, 'bodyExcludingHeadings': body}:
        fail(f"{name}: words {k['words']} vs {total}/{body}")
    if not (1000 <= body and total <= 1500):
        fail(f"{name}: length {body}-{total} outside 1000-1500")
    heads = re.findall(r'^## ', text, flags=re.M)
    if len(heads) != k['sections']:
        fail(f"{name}: {len(heads)} sections")
    cites = [c['text'] for c in k['citations']]
    for c in cites:
        n = text.count(c)
        if n != 1:
            fail(f"{name}: citation {c!r} occurs {n} times")
        for d in cites:
            if c != d and c in d:
                fail(f"{name}: citation {c!r} is inside {d!r}")
    for group in ('notCitations', 'artifacts', 'notArtifacts'):
        for s in k[group]:
            if s not in text:
                fail(f"{name}: {group} {s!r} not found")
    for s in k.get('longSentenceStarts', []):
        if s not in text:
            fail(f"{name}: long sentence start {s!r} not found")
    a = sum(len(s.split()) > 40 for s in sentences_naive(text))
    b = sum(len(s.split()) > 40 for s in sentences_paragraphs(text))
    if not (a == b == k['longSentences']):
        fail(f"{name}: long sentences naive={a} paragraph-aware={b} key={k['longSentences']}")
    print(f"{name}: {total} words ({body} without headings), {len(cites)} citations, "
          f"{len(k['artifacts'])} artifacts, {a} long sentences")

sys.exit(0 if ok else 1)
