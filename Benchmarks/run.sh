#!/usr/bin/env bash
# Benchmarks (release build): whole-process time and peak memory to lint one
# 1,500-word essay, and throughput over many essays beside ICU's raw word-break
# throughput on the same text. Prints figures; asserts nothing.
#   Benchmarks/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
# A fully static essaylint (see Package.swift); the build's output only if it fails.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for product in essaylint essaylint-bench; do
  if ! ESSAYLINT_STATIC=1 swift build -c release --static-swift-stdlib --product "$product" >"$log" 2>&1; then cat "$log"; exit 1; fi
done
bin=.build/release/essaylint
essay=Benchmarks/essay-1500.md

python3 - "$bin" "$essay" "$runs" <<'PY'
import resource, statistics, subprocess, sys, time
binary, essay, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
words = None
times = []
for i in range(runs):
    start = time.perf_counter()
    subprocess.run([binary, "--fail-on", "never", essay], stdout=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - start) * 1000)
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
out = subprocess.run([binary, "--format", "json", "--fail-on", "never", essay], capture_output=True, text=True).stdout
import json
words = json.loads(out)["files"][0]["stats"]["words"]
print(f"one essay ({words} words, {essay}), whole process over {runs} runs:")
print(f"  wall: min {min(times):.1f} ms, median {statistics.median(times):.1f} ms (target: under 15 ms)")
print(f"  peak memory: {peak_kb / 1024:.1f} MiB")
PY

corpus=../shared/corpus/essays/asap-7-8
if [ -f "$corpus/asep7.csv" ]; then
  echo "many essays (ASAP sets 7 and 8):"
  .build/release/essaylint-bench --repeat 20 "$corpus/asep7.csv" "$corpus/asep8.csv" | sed 's/^/  /'
else
  echo "many essays: $corpus is absent; skipped"
fi
