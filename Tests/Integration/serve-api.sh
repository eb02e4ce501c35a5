#!/usr/bin/env bash
# essaylint serve's HTTP API, called as a portal would (Python requests
# against servers started on 127.0.0.1): every status, the JSON byte for
# byte the CLI's, CORS, tokens, limits, the log and a clean SIGTERM.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
swift build --product essaylint >/dev/null
exec python3 -u Tests/Integration/serve_api.py
