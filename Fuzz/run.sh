#!/usr/bin/env bash
# Runs each fuzz target with libFuzzer and the address sanitizer.
#   Fuzz/run.sh [SECONDS_PER_TARGET] [TARGET…]   (default 600 s; all targets)
# Seeds are in Fuzz/corpus/TARGET; what a run finds is written to
# fuzz-artifacts/ (ignored by git) and, once fixed, joins the corpus so the
# replay test (FuzzRegressionTests) keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(markdown text docx odt html lint)
ESSAYLINT_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product essaylint-fuzz >/dev/null
bin=.build-fuzz/release/essaylint-fuzz
mkdir -p fuzz-artifacts
for t in "${targets[@]}"; do
  work="fuzz-artifacts/$t-corpus"
  mkdir -p "$work"
  echo "== $t for ${seconds}s"
  ESSAYLINT_FUZZ_TARGET="$t" "$bin" -detect_leaks=1 -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="fuzz-artifacts/$t-" "$work" "Fuzz/corpus/$t" 2>&1 | grep -E "^#[0-9]+ *DONE|^Done|ERROR|SUMMARY|crash|Test unit written" || true
done
