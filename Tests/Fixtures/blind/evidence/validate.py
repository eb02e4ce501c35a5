#!/usr/bin/env python3
"""Validate the blind evidence test set: keys vs essays (structure only; runs no linter)."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
IDS = """c1-self-awareness c1-identities c1-role c1-equity-issues c1-monitor
c2-histories c2-institution c2-assets-network c2-agendas c2-prepare c2-complexities
c3-motivations c3-outcomes c3-trust c3-governance c3-sustainability c3-collaborative c3-role c3-complexities
c4-asset-approach c4-asset-mapping c4-informs
c5-voices c5-listening c5-information c5-reflects
c6-before-during-after c6-honest-feedback c6-goals-next c6-role c6-comprehensive
c7-recognize c7-principles c7-plan c7-guidelines
c8-beyond-role c8-learner-guest c8-ongoing c8-ethics
c9-concerns c9-differently c9-involve-community""".split()
ESSAYS = ["e1-solid.md", "e2-solid-paraphrase.md", "e3-thin.md", "e4-thin-negative.md"]
LO, HI = 1050, 1450

def sections(text):
    """Return list of (start, end) spans for the 9 '## ' sections, in order = competency 1..9."""
    heads = [m.start() for m in re.finditer(r'(?m)^## ', text)]
    return [(h, heads[i + 1] if i + 1 < len(heads) else len(text)) for i, h in enumerate(heads)]

def in_section(text, s, span):
    a, b = span
    i = text.find(s, a)
    return i != -1 and i + len(s) <= b

errors = []
for doc in ESSAYS:
    text = (HERE / doc).read_text(encoding="utf-8")
    key = json.loads((HERE / (doc + ".key.json")).read_text(encoding="utf-8"))
    words = len(text.split())
    if not LO <= words <= HI:
        errors.append(f"{doc}: word count {words} outside {LO}-{HI}")
    if key.get("document") != doc:
        errors.append(f"{doc}: key document field is {key.get('document')!r}")
    secs = sections(text)
    if len(secs) != 9:
        errors.append(f"{doc}: expected 9 '## ' sections, found {len(secs)}")
    els = key["elements"]
    missing = [i for i in IDS if i not in els]
    extra = [i for i in els if i not in IDS]
    if missing: errors.append(f"{doc}: missing ids {missing}")
    if extra: errors.append(f"{doc}: unknown ids {extra}")
    shown = decoys = 0
    for eid, e in els.items():
        comp = int(eid[1]) - 1
        if e.get("shown"):
            shown += 1
            ev = e.get("evidence")
            if not ev: errors.append(f"{doc} {eid}: shown but no evidence"); continue
            if ev not in text: errors.append(f"{doc} {eid}: evidence not a substring")
            elif len(secs) == 9 and not in_section(text, ev, secs[comp]):
                errors.append(f"{doc} {eid}: evidence not inside section {comp + 1}")
        else:
            if e.get("evidence") is not None:
                errors.append(f"{doc} {eid}: not shown but evidence is set")
            d = e.get("decoy")
            if d:
                decoys += 1
                if d not in text: errors.append(f"{doc} {eid}: decoy not a substring")
                elif len(secs) == 9 and not in_section(text, d, secs[comp]):
                    errors.append(f"{doc} {eid}: decoy not inside section {comp + 1}")
    print(f"{doc}: {words} words, {len(secs)} sections, shown {shown}/{len(els)}, "
          f"not shown {len(els) - shown} (with decoy {decoys})")

if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nAll checks passed.")
