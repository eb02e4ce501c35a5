#!/usr/bin/env bash
# Neovim 0.7 (Debian 12's) and its built-in LSP client against `essaylint
# lsp`: the client starts the server on a Markdown document with an em
# dash, curly quotes and an emoji before a deficit-language finding, checks
# the diagnostic's exact line and UTF-16 character (what Neovim 0.7
# negotiates), asks for the quick fix, applies its WorkspaceEdit through
# vim.lsp.util.apply_workspace_edit and sees the diagnostic go; then shuts
# the server down (status 0). Needs `nvim` (Tests/Integration/lsp-neovim.packages).
# Last line: "lsp-neovim: N passed, M failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "lsp-neovim: FAILED: $1"; echo "lsp-neovim: 0 passed, 1 failed"; exit 1; }

command -v nvim >/dev/null || fail "nvim is not installed (apt-get install neovim)"
nvim --version | head -n 1
cd "$root"
swift build --product essaylint >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; fail "swift build --product essaylint"; }
bin="$(swift build --show-bin-path)/essaylint"
[ -x "$bin" ] || fail "no binary at $bin"

# Line 8 (0-based): "needs" after an em dash, curly quotes and an emoji, at
# UTF-16 character 39 (UTF-8 byte 49).
cat >"$work/essay.md" <<'ESSAY'
# Partnering with the Eastside Food Co-op

## Knowledge of the Self

I came to this partnership as a faculty member who grew up two towns over, and my own story shapes how I listen to residents.

## Knowledge of the Community

Our team — “neighbors” 🎉 — listed the needs of families on Elm Street before we asked what they hoped to build together.

## Initiating and Maintaining Effective Partnerships

We met every week at the library branch and planned each session together with residents who shared what they hoped to build.

## Resolving Conflicts

When we disagreed about the schedule, we paused and listened to each other before deciding together.
ESSAY

export ESSAYLINT_BIN="$bin" LSP_NEOVIM_ESSAY="$work/essay.md" LSP_NEOVIM_RESULTS="$work/results.txt"
# A home of its own: no shada, swap or log files of the user's.
export HOME="$work/home" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
mkdir -p "$HOME"
timeout 100 nvim --headless --clean -n -c "luafile $root/Tests/Integration/lsp-neovim.lua" >"$work/nvim.log" 2>&1 </dev/null
status=$?
[ -s "$work/results.txt" ] || { cat "$work/nvim.log"; fail "nvim wrote no results (status $status)"; }
cat "$work/results.txt"
passed=$(grep -c '^PASS ' "$work/results.txt")
failed=$(grep -c '^FAIL ' "$work/results.txt")
[ "$status" -eq 0 ] || { cat "$work/nvim.log"; echo "nvim exited with status $status"; failed=$((failed + 1)); }
echo "lsp-neovim: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
