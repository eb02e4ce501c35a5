#!/usr/bin/env python3
"""Re-lint latency of a warm `essaylint lsp`, measured from the client side.

Starts the server, opens Benchmarks/essay-1500.md, makes a few warm-up
edits, then sends EDITS one-word incremental didChange notifications (each
replacing one word of the essay's prose with another) and times each from
the moment it is written until the publishDiagnostics for its version has
been read (its bytes: the time this script then takes to parse the JSON
is the client's own, and is printed on a line of its own). Prints the
median and the 95th percentile (nearest rank).

    python3 Benchmarks/lsp-latency.py [--binary .build/release/essaylint] [--edits 60] [--transcript]

Standard library only. The server's exit status after shutdown and exit
must be 0, or the script fails.
"""
import argparse
import json
import os
import pathlib
import re
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


class Client:
    def __init__(self, argv):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return body

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("the server closed its output")
            line = line.strip()
            if not line:
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        raw = self.proc.stdout.read(length)
        self.last_read = time.perf_counter()
        return json.loads(raw), raw

    def wait_response(self, id_):
        while True:
            message, _ = self.read()
            if message.get("id") == id_:
                return message

    def wait_diagnostics(self, uri, version):
        while True:
            message, raw = self.read()
            if message.get("method") == "textDocument/publishDiagnostics":
                p = message["params"]
                if p["uri"] == uri and p.get("version") == version:
                    return message, raw


def cpu_seconds(pid):
    """User and system CPU time of a process so far (Linux /proc), or None."""
    try:
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def word_positions(text, count):
    """`count` words of prose spread over the essay: (line, UTF-16 start, UTF-16 end, word)."""
    candidates = []
    for number, line in enumerate(text.split("\n")):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        for m in re.finditer(r"\b[a-z]{4,9}\b", line):
            candidates.append((number, utf16_len(line[:m.start()]), utf16_len(line[:m.end()]), m.group(0)))
    step = max(1, len(candidates) // count)
    return candidates[::step][:count]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build/release/essaylint"))
    parser.add_argument("--essay", default=str(ROOT / "Benchmarks/essay-1500.md"))
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--transcript", action="store_true", help="print one edit's didChange and the publishDiagnostics that answered it (abridged)")
    args = parser.parse_args()

    path = pathlib.Path(args.essay).resolve()
    text = path.read_text(encoding="utf-8")
    uri = path.as_uri()
    client = Client([args.binary, "lsp"])
    init = client.request("initialize", {"processId": os.getpid(), "rootUri": path.parent.as_uri(), "capabilities": {}})
    response = client.wait_response(init)
    encoding = response["result"]["capabilities"].get("positionEncoding")
    client.notify("initialized", {})
    version = 1
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": version, "text": text}})
    _, raw = client.wait_diagnostics(uri, version)
    opened = len(json.loads(raw)["params"]["diagnostics"])

    positions = word_positions(text, args.warmup + args.edits)
    if len(positions) < args.warmup + args.edits:
        sys.exit("not enough words in the essay")
    replacements = ["river", "garden", "market", "bridge", "lantern"]
    times = []
    parse_times = []
    transcript = None
    cpu_before = None
    for k, (line, start, end, word) in enumerate(positions):
        if k == args.warmup:
            cpu_before = cpu_seconds(client.proc.pid)
        version += 1
        new = replacements[k % len(replacements)]
        change = {"textDocument": {"uri": uri, "version": version},
                  "contentChanges": [{"range": {"start": {"line": line, "character": start}, "end": {"line": line, "character": end}},
                                      "text": new}]}
        t0 = time.perf_counter()
        sent = client.notify("textDocument/didChange", change)
        message, raw = client.wait_diagnostics(uri, version)
        parsed = time.perf_counter()
        if k >= args.warmup:
            times.append((client.last_read - t0) * 1000)
            parse_times.append((parsed - client.last_read) * 1000)
            if transcript is None and args.transcript:
                transcript = (word, line, sent, message)

    cpu_after = cpu_seconds(client.proc.pid)
    shutdown = client.request("shutdown", None)
    client.wait_response(shutdown)
    client.notify("exit", None)
    status = client.proc.wait(timeout=10)

    times_sorted = sorted(times)
    p95 = times_sorted[max(0, -(-95 * len(times_sorted) // 100) - 1)]
    print(f"binary: {args.binary}")
    print(f"essay: {path.name} ({len(text.split())} whitespace-separated words), {opened} diagnostics on open; positions in {encoding}")
    print(f"edits: {len(times)} one-word incremental didChange notifications after {args.warmup} warm-up edits")
    print(f"latency, didChange written to publishDiagnostics read: median {statistics.median(times):.2f} ms, "
          f"p95 {p95:.2f} ms, min {times_sorted[0]:.2f} ms, max {times_sorted[-1]:.2f} ms")
    print(f"then this client's parsing of that message's JSON (not counted above): median {statistics.median(parse_times):.2f} ms")
    if cpu_before is not None and cpu_after is not None:
        print(f"server CPU time (user + system) per timed edit: {(cpu_after - cpu_before) * 1000 / len(times):.2f} ms "
              f"(what a change costs on an idle core; the latency above includes waiting for a core)")
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load:
        print(f"load average: {load[0]:.2f} on {os.cpu_count()} cores")
    if transcript:
        word, line, sent, message = transcript
        diagnostics = message["params"]["diagnostics"]
        print(f"\ntranscript (the word “{word}” replaced):")
        print("--> " + sent.decode("utf-8"))
        # Abridged: the first diagnostic about the whole document and the
        # first at or after the edited line.
        shown = [d for d in diagnostics if d["range"]["start"] == d["range"]["end"]][:1]
        shown += [d for d in diagnostics if d["range"]["start"]["line"] >= line and d["range"]["start"] != d["range"]["end"]][:1]
        abridged = dict(message)
        abridged["params"] = dict(message["params"], diagnostics=shown + [f"… {len(diagnostics) - len(shown)} more"])
        print("<-- " + json.dumps(abridged, ensure_ascii=False))
    if status != 0:
        sys.exit(f"the server exited with status {status} after shutdown and exit")


if __name__ == "__main__":
    main()
