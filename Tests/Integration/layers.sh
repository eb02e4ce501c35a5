#!/usr/bin/env bash
# The layers as SwiftPM targets (README, "Architecture"): reads the package's
# target graph (`swift package dump-package`) and fails on any forbidden
# dependency, direct or through other targets.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift package dump-package > /tmp/essaylint-package.json
python3 - /tmp/essaylint-package.json <<'PY'
import json, sys
package = json.load(open(sys.argv[1]))
deps = {}
for t in package["targets"]:
    names = []
    for d in t.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in d:
                names.append(d[kind][0])
    deps[t["name"]] = names
def reach(name, seen=None):
    seen = set() if seen is None else seen
    for d in deps.get(name, []):
        if d not in seen:
            seen.add(d)
            reach(d, seen)
    return seen
analysis = ["EssayText", "EssayDocuments", "EssayProfiles", "EssayStructure"]
upper = ["EssayRules", "EssayRubric", "EssayReport", "EssayLint"]
forbidden = [("EssayCore", n) for n in deps if n.startswith("Essay") and n != "EssayCore"]
forbidden += [(a, u) for a in analysis + ["EssayLanguage"] for u in upper]
forbidden += [("EssayRules", "EssayRubric"), ("EssayRules", "EssayReport"), ("EssayRules", "EssayLint")]
forbidden += [("EssayRubric", "EssayRules"), ("EssayRubric", "EssayReport"), ("EssayRubric", "EssayLint")]
forbidden += [("EssayReport", "EssayRules"), ("EssayReport", "EssayLint")]
passed = failed = 0
# ICU and the document libraries each behind one Swift target (direct use).
for c, owner in (("CEssayICU", "EssayText"), ("CEssayDocs", "EssayDocuments"), ("Ccmark", "EssayDocuments")):
    users = sorted(n for n in deps if c in deps[n] and n.startswith("Essay") and n != owner)
    if users: print(f"layers: {c} used directly by {users}, not only {owner}"); failed += 1
    else: passed += 1
for a, b in forbidden:
    if a in deps and b in reach(a):
        print(f"layers: {a} reaches {b}"); failed += 1
    else:
        passed += 1
# The front ends: the CLI imports the façade and reporting (and front-end targets), nothing below.
below = {"EssayCore", "EssayText", "EssayDocuments", "EssayProfiles", "EssayStructure", "EssayLanguage", "EssayRules", "EssayRubric"}
for front in ["essaylint", "EssayServer", "EssayLSP"]:
    direct = set(deps.get(front, [])) & below
    if direct: print(f"layers: {front} depends directly on {sorted(direct)}"); failed += 1
    else: passed += 1
print(f"layers: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
