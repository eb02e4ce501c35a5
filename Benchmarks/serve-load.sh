#!/usr/bin/env bash
# essaylint serve under load: wrk on 127.0.0.1 only, 32 connections for 10 s,
# each request POSTing Benchmarks/essay-1500.md as text/markdown to /v1/lint,
# against a release build (`swift build -c release --static-swift-stdlib`).
#   Benchmarks/serve-load.sh [--connections N] [--duration S] [--threads T]
# Prints requests/s, latency (mean, p50, p90, p99, max), errors (socket errors
# and answers other than 200) and the server's peak memory (VmHWM of
# /proc/PID/status). Targets (issue 17): no errors, at least 100 requests/s,
# peak memory under 500 MiB; the last line says whether they were met and the
# exit status is 1 when not.
# The server runs with --max-concurrent equal to the connections: with the
# default (cores x 4) the connections beyond it are answered 503 by design,
# which would measure the refusals, not the linting.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=32
duration=10
threads=2
while [ $# -gt 0 ]; do
  case "$1" in
    --connections) connections=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    *) echo "usage: Benchmarks/serve-load.sh [--connections N] [--duration S] [--threads T]" >&2; exit 2 ;;
  esac
done
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
  else
    echo "serve-load: wrk is needed (sudo apt-get install wrk)" >&2; exit 2
  fi
fi
log=$(mktemp)
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work" "$log"; }
trap cleanup EXIT
if ! swift build -c release --static-swift-stdlib --product essaylint >"$log" 2>&1; then cat "$log"; exit 1; fi
bin=$PWD/.build/release/essaylint
"$bin" serve --host 127.0.0.1 --port 0 --max-concurrent "$connections" 2>"$work/server.log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -nE 's/.*listening on http:\/\/127\.0\.0\.1:([0-9]+)$/\1/p' "$work/server.log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "serve-load: the server did not start"; cat "$work/server.log"; exit 1; }
url="http://127.0.0.1:$port"
# One request first: the JSON is the CLI's (a load of errors would prove nothing).
curl -sf -H 'Content-Type: text/markdown' --data-binary @Benchmarks/essay-1500.md "$url/v1/lint?filename=essay-1500.md" > "$work/one.json"
(cd Benchmarks && "$bin" lint --format json --fail-on never essay-1500.md) > "$work/cli.json"
cmp -s "$work/one.json" "$work/cli.json" || { echo "serve-load: the server's JSON differs from the CLI's"; exit 1; }
echo "essaylint serve on $url: wrk, $threads threads, $connections connections, ${duration} s, POST /v1/lint (Benchmarks/essay-1500.md, $(wc -c < Benchmarks/essay-1500.md) bytes)"
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }  # user + system, in clock ticks
ticks=$(getconf CLK_TCK)
before=$(cpu)
load_before=$(cut -d' ' -f1 /proc/loadavg)
ESSAY=Benchmarks/essay-1500.md wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 10s -s Benchmarks/serve-load.lua "$url" | tee "$work/wrk.out"
after=$(cpu)
requests=$(sed -nE 's/^requests: ([0-9]+) .*/\1/p' "$work/wrk.out")
awk -v b="$before" -v a="$after" -v t="$ticks" -v n="${requests:-0}" -v c="$(nproc)" 'BEGIN {
  s = (a - b) / t
  if (n > 0) printf "server CPU: %.2f s for %d requests, %.1f ms per request (so about %.0f requests/s if its %d cores were its own)\n", s, n, 1000 * s / n, n / s * c / 1, c
}'
echo "load average before / after the run: $load_before / $(cut -d' ' -f1 /proc/loadavg) (other work on the machine slows the figures)"
hwm_kb=$(awk '/^VmHWM/ {print $2}' "/proc/$server/status")
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$server/status")
echo "server peak memory (VmHWM): $((hwm_kb / 1024)) MiB; resident now (VmRSS): $((rss_kb / 1024)) MiB"
echo "server log lines: $(grep -c ' /v1/lint ' "$work/server.log")"
rps=$(sed -nE 's/^requests\/s: ([0-9.]+)$/\1/p' "$work/wrk.out")
errors=$(sed -nE 's/^errors: ([0-9]+) .*/\1/p' "$work/wrk.out")
met=yes
[ "${errors:-1}" -eq 0 ] || met=no
awk -v r="${rps:-0}" 'BEGIN { exit !(r >= 100) }' || met=no
[ "$hwm_kb" -lt $((500 * 1024)) ] || met=no
echo "serve-load: targets (no errors, >= 100 requests/s, peak memory < 500 MiB) met: $met"
[ "$met" = yes ]
