-- wrk script for Benchmarks/serve-load.sh: every request POSTs the
-- 1,500-word essay (Benchmarks/essay-1500.md, or $ESSAY) to /v1/lint as
-- text/markdown, and the statuses are counted.
local path = os.getenv("ESSAY") or "Benchmarks/essay-1500.md"
local file = assert(io.open(path, "rb"))
local essay = file:read("*a")
file:close()

wrk.method = "POST"
wrk.path = "/v1/lint?filename=essay-1500.md"
wrk.body = essay
wrk.headers["Content-Type"] = "text/markdown; charset=utf-8"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, n in pairs(s) do counts[status] = (counts[status] or 0) + n end
  end
  local non200 = 0
  local parts = {}
  for status, n in pairs(counts) do
    table.insert(parts, status .. "=" .. n)
    if status ~= 200 then non200 = non200 + n end
  end
  table.sort(parts)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("requests: %d in %.1f s\n", summary.requests, summary.duration / 1e6))
  io.write(string.format("requests/s: %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: mean %.1f, p50 %.1f, p90 %.1f, p99 %.1f, max %.1f\n",
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("statuses: %s\n", table.concat(parts, " ")))
  io.write(string.format("errors: %d (socket %d: connect %d, read %d, write %d, timeout %d; non-200 %d)\n",
    socket + non200, socket, e.connect, e.read, e.write, e.timeout, non200))
end
