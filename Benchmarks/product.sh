#!/usr/bin/env bash
# The product benchmark: essaylint run as users run it, on the README's build
# (`swift build -c release --static-swift-stdlib`), beside raw ICU word breaking in the same run.
#   Benchmarks/product.sh [--runs N] [--baseline BINARY]
# Prints, for one core (taskset -c 0) and two (taskset -c 0,1):
#   - `essaylint lint --format json FOLDER > FILE` over the 2,292 ASAP essays of
#     ../shared/corpus (written to a temporary folder, one .txt file each):
#     seconds, MB/s of input, peak memory, and the ratio to raw ICU word
#     breaking of the same files on one thread (icu-words), and on as many
#     threads as cores;
#   - one 1,500-word essay (Benchmarks/essay-1500.md) as a whole process:
#     median and minimum wall time, peak memory;
#   - a 6 MB file of 3 million one-letter lines: time and peak memory against
#     the limit of 10 times the input plus 30 MiB;
#   - the reporters alone (reporter-bench): MB/s of JSON and text written.
# With --baseline, the same figures for another essaylint binary in the same
# run (the one before a change). Targets (issue 13): one essay at most 15 ms
# median; the folder at least 0.5 of ICU on one core and 0.8 on two; peak
# memory at most 10 x input + 30 MiB. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    *) echo "usage: Benchmarks/product.sh [--runs N] [--baseline BINARY]" >&2; exit 2 ;;
  esac
done
log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$work" "$log"' EXIT
for product in essaylint icu-words reporter-bench; do
  if ! swift build -c release --static-swift-stdlib --product "$product" >"$log" 2>&1; then cat "$log"; exit 1; fi
done
bin=$PWD/.build/release/essaylint
icu=$PWD/.build/release/icu-words
corpus=../shared/corpus/essays/asap-7-8

python3 - "$work" "$corpus" <<'PY'
import csv, os, sys
work, corpus = sys.argv[1], sys.argv[2]
csv.field_size_limit(1 << 30)
folder = os.path.join(work, "asap")
os.makedirs(folder)
n = 0
for name in ("asep7.csv", "asep8.csv"):
    path = os.path.join(corpus, name)
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        for row in csv.DictReader(f):
            n += 1
            with open(os.path.join(folder, f"essay-{n:05}.txt"), "w", encoding="utf-8") as out:
                out.write(row["essay"])
with open(os.path.join(work, "short-lines.txt"), "w") as f:
    f.write("a\n" * 3_000_000)
PY

# Seconds and peak KiB of one run: `measure CPUS COMMAND...` (stdout to $work/out).
measure() {
  local cpus=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" taskset -c "$cpus" "$@" >"$work/out" 2>/dev/null || true
  tail -1 "$work/time"
}

# Each binary is measured as a fresh copy in the same folder: a run's peak resident size counts the pages of the
# binary's own file that it maps, and one byte-identical binary measured about 30.1 and 32.5 MiB of peak on the
# 1,500-word essay as an older file and as a new copy of it (session 31), so an A/B keeps both files alike.
report() {  # label binary
  local label=$1 shown=$2 binary=$work/$1
  cp "$shown" "$binary"
  echo "== $label ($shown, measured as a fresh copy)"
  if [ -n "$(ls -A "$work/asap")" ]; then
    local bytes
    bytes=$(cat "$work"/asap/*.txt | wc -c)
    for cpus in 0 0,1; do
      local threads=$(( ${#cpus} / 2 + 1 ))
      local icu1 icun best=999999 peak=0
      icu1=$(taskset -c "$cpus" "$icu" --threads 1 --repeat 3 "$work/asap" | sed -E 's/.* ([0-9.]+) MB\/s/\1/')
      icun=$(taskset -c "$cpus" "$icu" --threads "$threads" --repeat 3 "$work/asap" | sed -E 's/.* ([0-9.]+) MB\/s/\1/')
      for _ in $(seq "$runs"); do
        read -r s kb < <(measure "$cpus" "$binary" lint --format json --fail-on never "$work/asap")
        best=$(python3 -c "print(min($best, $s))")
        peak=$(( kb > peak ? kb : peak ))
      done
      python3 - "$bytes" "$best" "$peak" "$icu1" "$icun" "$cpus" "$threads" <<'PY'
import sys
b, s, kb, icu1, icun, cpus, threads = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6], sys.argv[7]
mbs = b / s / 1e6
print(f"  folder, cores {cpus}: {s:.2f} s, {mbs:.2f} MB/s, peak {kb/1024:.1f} MiB; raw ICU one thread {icu1:.1f} MB/s, {threads} thread(s) {icun:.1f} MB/s; "
      f"ratio to ICU one thread {mbs/icu1:.3f}, to ICU on {threads} thread(s) {mbs/icun:.3f}")
PY
    done
  else
    echo "  folder: $corpus is absent; skipped"
  fi
  python3 - "$binary" Benchmarks/essay-1500.md "$runs" <<'PY'
import resource, statistics, subprocess, sys, time
binary, essay, runs = sys.argv[1], sys.argv[2], max(5, int(sys.argv[3]) * 4)
subprocess.run([binary, "--fail-on", "never", essay], stdout=subprocess.DEVNULL)
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run([binary, "--fail-on", "never", essay], stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"  one 1,500-word essay, {runs} runs: median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, peak {peak:.1f} MiB")
PY
  read -r s kb < <(measure 0,1 "$binary" lint --format json --fail-on never "$work/short-lines.txt")
  python3 -c "
import os,sys
size = os.path.getsize('$work/short-lines.txt'); kb = $kb
limit = 10 * size / 1048576 + 30
print(f'  3 million one-letter lines ({size/1e6:.1f} MB): $s s, peak {kb/1024:.1f} MiB (limit {limit:.0f} MiB)')"
}

report "essaylint" "$bin"
if [ -n "$(ls -A "$work/asap")" ]; then
  echo "== reporters alone (each report of the folder written five times, best pass)"
  taskset -c 0 .build/release/reporter-bench "$work/asap" | sed 's/^/  /'
fi
[ -n "$baseline" ] && report "baseline" "$baseline"
exit 0
