#!/usr/bin/env python3
"""Compares essaylint's JSON output with the answer keys of the annotated
essays (Tests/Fixtures/essays/*.expected.yml): heading mapping, missing
competencies, word counts, and deficit-language precision and recall.

usage: scripts/accuracy.py [ESSAYLINT_BINARY] [FIXTURE_DIR]"""
import json, os, subprocess, sys
try:
    import yaml
except ImportError:
    sys.exit("accuracy.py needs PyYAML (pip install pyyaml)")

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/debug/essaylint")
folder = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "Tests/Fixtures/essays")
tp = fp = fn = 0
heading_ok = heading_total = 0
problems = []
for name in sorted(os.listdir(folder)):
    key_path = os.path.join(folder, name + ".expected.yml")
    if not os.path.exists(key_path):
        continue
    key = yaml.safe_load(open(key_path, encoding="utf-8"))
    out = subprocess.run([binary, "--format", "json", "--fail-on", "never", os.path.join(folder, name)], capture_output=True, text=True)
    data = json.loads(out.stdout)
    f = data["files"][0]
    if f["error"]:
        problems.append(f"{name}: error {f['error']}")
        continue
    if f["stats"]["words"] != key["words"]:
        problems.append(f"{name}: words {f['stats']['words']} expected {key['words']}")
    got = {s["line"]: (s["heading"], s["criterion"]) for s in f["stats"]["sections"]}
    for h in key["headings"]:
        heading_total += 1
        g = got.get(h["line"])
        if g is None:
            problems.append(f"{name}:{h['line']}: heading not found: {h['text']!r} (expected {h['criterion']})")
        elif g[1] != h["criterion"]:
            problems.append(f"{name}:{h['line']}: heading {h['text']!r} mapped to {g[1]}, expected {h['criterion']}")
        else:
            heading_ok += 1
    key_lines = {h["line"] for h in key["headings"]}
    for line, (text, crit) in got.items():
        if line not in key_lines:
            problems.append(f"{name}:{line}: unexpected heading {text!r} -> {crit}")
    missing = sorted(x["message"].split("Competency ")[1].split(":")[0] for x in f["findings"] if x["rule"] == "missing-heading")
    if ["C" + m for m in missing] != sorted(key.get("missing") or []):
        problems.append(f"{name}: missing {['C'+m for m in missing]} expected {key.get('missing')}")
    flagged = {(x["line"], x["column"]) for x in f["findings"] if x["rule"] == "deficit-language" and "match" in x}
    expected = {(d["line"], d["column"]) for d in key.get("deficit") or []}
    for d in key.get("deficit") or []:
        if (d["line"], d["column"]) not in flagged:
            problems.append(f"{name}:{d['line']}:{d['column']}: missed deficit {d['match']!r}")
    for x in f["findings"]:
        if x["rule"] == "deficit-language" and "match" in x and (x["line"], x["column"]) not in expected:
            problems.append(f"{name}:{x['line']}:{x['column']}: false deficit {x['match']!r}")
    tp += len(flagged & expected); fp += len(flagged - expected); fn += len(expected - flagged)
for p in problems:
    print(p)
precision = tp / (tp + fp) if tp + fp else 1.0
recall = tp / (tp + fn) if tp + fn else 1.0
print(f"headings: {heading_ok}/{heading_total} mapped right")
print(f"deficit-language: precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
