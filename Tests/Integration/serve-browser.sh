#!/usr/bin/env bash
# essaylint serve's page end to end in Debian's headless Chromium through
# chromium-driver (Selenium, driver path /usr/bin/chromedriver): paste an
# essay, upload a .docx, compare the marks, messages, requirements and
# rubric rows with the CLI's JSON; saves a screenshot and prints its path.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if ! command -v chromium >/dev/null || [ ! -x /usr/bin/chromedriver ]; then
  echo "serve-browser: chromium and chromium-driver are needed (Tests/Integration/serve-browser.packages)"
  echo "serve-browser: 0 passed, 1 failed"
  exit 1
fi
swift build --product essaylint >/dev/null
exec timeout 170 python3 -u Tests/Integration/serve_browser.py
