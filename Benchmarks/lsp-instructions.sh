#!/usr/bin/env bash
# Instructions a warm language server spends on one one-word edit, a count
# that does not drift with the machine's speed as wall time does. Runs
# Benchmarks/lsp-latency.py under callgrind (valgrind's instruction counter)
# with a dump before each lint, and prints the median and the mean of the
# timed edits' dumps (the first six, the document's opening and the warm-up
# edits, left out). Needs valgrind (`apt-get install valgrind`).
#   Benchmarks/lsp-instructions.sh [BINARY] [EDITS]
# BINARY defaults to the README's release build; a statically linked
# binary's debug information is stripped from a copy first (valgrind cannot
# read it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/essaylint}
edits=${2:-40}
command -v valgrind >/dev/null || { echo "lsp-instructions: valgrind is not installed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip -g -o "$work/essaylint" "$bin"
cat >"$work/server.sh" <<EOF
#!/usr/bin/env bash
exec valgrind --tool=callgrind --dump-before='*LanguageServerC4lint*' --callgrind-out-file="$work/out" -- "$work/essaylint" "\$@" 2>/dev/null
EOF
chmod +x "$work/server.sh"
python3 Benchmarks/lsp-latency.py --binary "$work/server.sh" --edits "$edits" >/dev/null
python3 - "$work" <<'PY'
import glob, re, statistics, sys
dumps = []
for path in glob.glob(sys.argv[1] + "/out.*"):
    with open(path) as f:
        for line in f:
            if line.startswith(("summary:", "totals:")):
                dumps.append((int(re.sub(r".*\.", "", path)), int(line.split()[1])))
                break
dumps.sort()
timed = [count for _, count in dumps[6:]]
print("instructions per edit: median %.2f million, mean %.2f million (%d edits, callgrind)"
      % (statistics.median(timed) / 1e6, statistics.mean(timed) / 1e6, len(timed)))
PY
