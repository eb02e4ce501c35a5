#!/usr/bin/env bash
# pre-commit try-repo against this checkout: the hook must fail on a draft
# with error-level findings and pass on a clean essay. Needs `pre-commit`
# (pip) and git; builds the package in pre-commit's own cache (release).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q .
git config user.email ci@example.invalid
git config user.name ci
cp "$root/docs/examples/community-partnerships-draft.md" draft.md
cp "$root/Tests/Fixtures/essays/cp-atx-clean.md" clean.md
git add draft.md clean.md
export PRE_COMMIT_HOME="$work/.cache"
status=0
pre-commit try-repo "$root" essaylint --files draft.md >"$work/draft.log" 2>&1 || status=$?
if [ "$status" -eq 0 ]; then
  cat "$work/draft.log"; echo "pre-commit: FAILED: the hook passed a draft with error-level findings"; exit 1
fi
grep -q "deficit-language\|missing-heading\|error" "$work/draft.log" || { cat "$work/draft.log"; echo "pre-commit: FAILED: no findings shown"; exit 1; }
if ! pre-commit try-repo "$root" essaylint --files clean.md >"$work/clean.log" 2>&1; then
  cat "$work/clean.log"; echo "pre-commit: FAILED: the hook failed a clean essay"; exit 1
fi
echo "pre-commit: 2 passed, 0 failed"
