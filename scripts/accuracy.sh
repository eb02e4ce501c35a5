#!/usr/bin/env bash
# Prints precision and recall per rule over every annotated fixture set
# (Tests/Fixtures/essays, fwb, fwb2, evidence), as AccuracyTests computes them.
#   scripts/accuracy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests >/dev/null
swift test --skip-build --filter AccuracyTests 2>&1 | sed -n 's/^accuracy: //p'
