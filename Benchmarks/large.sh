#!/usr/bin/env bash
# Large inputs and many files (release build): wall time and peak memory
#   - a 100 MB plain-text file at the default size limit (refused) and, with
#     the limit raised, a 10 MB one (linted);
#   - one essay, then a folder of 400 essays: peak memory should stay near one
#     file's, not grow with the number of files.
# Files are made from Benchmarks/essay-1500.md in a temporary folder. Prints
# figures; asserts nothing.  Benchmarks/large.sh
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
if ! swift build -c release --static-swift-stdlib --product essaylint >"$log" 2>&1; then cat "$log"; exit 1; fi
bin=$PWD/.build/release/essaylint
work=$(mktemp -d)
trap 'rm -rf "$work" "$log"' EXIT
python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
essay = open("Benchmarks/essay-1500.md", encoding="utf-8").read()
body = "\n\n".join(p for p in essay.split("\n\n") if p.strip() and not p.startswith("#")) + "\n\n"
def fill(path, size):
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        while n < size:
            f.write(body); n += len(body.encode())
fill(os.path.join(work, "100mb.txt"), 100_000_000)
fill(os.path.join(work, "10mb.txt"), 10_000_000)
os.makedirs(os.path.join(work, "folder"))
for i in range(400):
    with open(os.path.join(work, "folder", f"essay-{i:03}.md"), "w", encoding="utf-8") as f:
        f.write(essay)
PY
measure() {  # label, then the command's arguments
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" --fail-on never "$@" >/dev/null 2>"$work/err" || true
  read -r seconds kb < <(tail -1 "$work/time")
  printf '  %-44s %6.2f s   peak %7.1f MiB\n' "$label" "$seconds" "$(echo "$kb / 1024" | bc -l)"
}
echo "large inputs and many files:"
measure "100 MB text, default limit (refused)" "$work/100mb.txt"
echo "    $(cut -c1-150 "$work/err" | head -1)"
measure "10 MB text, --max-file-size 20000000" --max-file-size 20000000 --profile community-partnerships "$work/10mb.txt"
measure "one essay (Markdown, 10 KB)" "$work/folder/essay-000.md"
measure "400 essays in a folder, 2 threads" "$work/folder"
measure "400 essays in a folder, JSON" --format json "$work/folder"
