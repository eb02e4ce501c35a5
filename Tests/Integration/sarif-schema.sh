#!/usr/bin/env bash
# essaylint --format sarif against the official SARIF 2.1.0 schema (OASIS,
# draft-04, ../shared/schemas/sarif-schema-2.1.0.json), on every fixture
# folder and the example at once, and on a run with a file that fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
schema="$root/../shared/schemas/sarif-schema-2.1.0.json"
if [ ! -f "$schema" ]; then echo "sarif-schema: skipped ($schema is absent)"; echo "sarif-schema: 0 passed, 0 failed"; exit 0; fi
cd "$root"
swift build --product essaylint >/dev/null
bin=.build/debug/essaylint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/empty.md"
$bin lint --format sarif --fail-on never Tests/Fixtures docs/examples > "$work/all.sarif" || true
$bin lint --format sarif --fail-on never docs/examples/community-partnerships-draft.md "$work/empty.md" > "$work/failed.sarif" || true
python3 - "$schema" "$work/all.sarif" "$work/failed.sarif" <<'PY'
import json, sys
from jsonschema import Draft4Validator
schema = json.load(open(sys.argv[1]))
validator = Draft4Validator(schema)
passed = failed = 0
for path in sys.argv[2:]:
    doc = json.load(open(path))
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    results = sum(len(run.get("results", [])) for run in doc["runs"])
    if errors:
        failed += 1
        for e in errors[:10]:
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
    elif results == 0:
        failed += 1
        print(f"{path}: no results")
    else:
        passed += 1
        print(f"{path}: valid, {results} results")
print(f"sarif-schema: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
