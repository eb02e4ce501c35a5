"""`essaylint serve`'s HTTP API as a portal would call it, with `requests`
against started servers on 127.0.0.1: every status (200, 400, 401, 403,
413, 415, 422, 503, 504), the JSON compared byte for byte with the CLI's,
CORS, the refusal to listen on an open address without a token, the log
lines, and a clean stop on SIGTERM with a request under way."""
import io
import json
import os
import re
import socket
import subprocess
import threading
import time
import zipfile

import requests

from serve_common import BIN, DOCS, ROOT, Checks, Server, cli_json, temp_dir

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
ESSAY = os.path.join(ROOT, "Benchmarks", "essay-1500.md")
t = Checks("serve-api")
work = temp_dir()


def slow_request(port, path, body, content_type="text/plain", first=10, headers=""):
    """Sends the head and the first bytes of a body now; returns the socket
    and a function that sends the rest and reads the answer's status."""
    s = socket.create_connection(("127.0.0.1", port), timeout=30)
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n{headers}Connection: close\r\n\r\n").encode()
    s.sendall(head + body[:first])

    def finish():
        try:
            s.sendall(body[first:])
        except OSError:
            pass
        data = b""
        while True:
            try:
                chunk = s.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
        s.close()
        m = re.match(rb"HTTP/1.1 (\d+)", data)
        return (int(m.group(1)) if m else None), data

    return s, finish


def status_of(data):
    m = re.match(rb"HTTP/1.1 (\d+)", data)
    return int(m.group(1)) if m else None


essay = open(ESSAY, "rb").read()

# --- An open server on loopback -----------------------------------------
with Server("--max-body", "2000000", "--allow-origin", "https://portal.example.org") as s:
    u = s.url
    r = requests.get(u + "/healthz")
    t.equal("GET /healthz is 200 ok", (r.status_code, r.text.strip()), (200, "ok"))

    r = requests.get(u + "/")
    t.equal("GET / is 200 HTML", (r.status_code, r.headers["Content-Type"].split(";")[0]), (200, "text/html"))
    csp = r.headers.get("Content-Security-Policy", "")
    t.check("GET / has a strict Content-Security-Policy", "script-src 'self'" in csp and "style-src 'self'" in csp
            and "unsafe" not in csp, csp)
    t.check("the page loads only its own script and style", 'src="/app.js"' in r.text and 'href="/app.css"' in r.text
            and "://" not in r.text)
    for path, kind in (("/app.js", "text/javascript"), ("/app.css", "text/css")):
        r = requests.get(u + path)
        t.equal(f"GET {path} is 200 {kind}", (r.status_code, r.headers["Content-Type"].split(";")[0]), (200, kind))
    t.equal("an unknown path is 404", requests.get(u + "/nope").status_code, 404)

    r = requests.get(u + "/v1/rules")
    rules = r.json()
    t.check("GET /v1/rules lists id, severity, summary", r.status_code == 200 and isinstance(rules, list) and len(rules) > 5
            and all(set(x) == {"id", "severity", "summary"} for x in rules))
    listed = subprocess.run([BIN, "rules"], capture_output=True, text=True).stdout
    t.equal("… the same rules as `essaylint rules`", [x["id"] for x in rules],
            [line.split(" ")[0] for line in listed.splitlines() if line])
    r = requests.get(u + "/v1/profiles")
    profiles = r.json()["profiles"]
    t.check("GET /v1/profiles lists profiles and parts", r.status_code == 200
            and [p["id"] for p in profiles] == ["community-partnerships", "family-well-being"]
            and all(p["parts"] for p in profiles))

    # 200: exactly the CLI's JSON.
    r = requests.post(u + "/v1/lint", params={"filename": "essay-1500.md"}, data=essay,
                      headers={"Content-Type": "text/markdown; charset=utf-8"})
    t.equal("POST /v1/lint text/markdown is 200", r.status_code, 200)
    t.equal("… JSON Content-Type", r.headers["Content-Type"].split(";")[0], "application/json")
    t.check("… byte for byte `essaylint lint --format json`", r.content == cli_json(ESSAY))
    for name, ctype in (("cp-knowledge-of-self.docx", DOCX), ("cp-competency-4-assets.odt", ODT)):
        path = os.path.join(DOCS, name)
        body = open(path, "rb").read()
        r = requests.post(u + "/v1/lint", params={"filename": name}, data=body, headers={"Content-Type": ctype})
        t.check(f"raw {name} is 200 and the CLI's JSON", r.status_code == 200 and r.content == cli_json(path), r.text[:200])
        r = requests.post(u + "/v1/lint", files={"file": (name, body, "application/octet-stream")})
        t.check(f"multipart {name} is 200 and the CLI's JSON", r.status_code == 200 and r.content == cli_json(path), r.text[:200])
    html = os.path.join(DOCS, "gdocs")
    html_files = [f for f in sorted(os.listdir(html)) if f.endswith(".html")] if os.path.isdir(html) else []
    if html_files:
        path = os.path.join(html, html_files[0])
        r = requests.post(u + "/v1/lint", params={"filename": html_files[0]}, data=open(path, "rb").read(),
                          headers={"Content-Type": "text/html"})
        t.check("text/html is 200 and the CLI's JSON", r.status_code == 200 and r.content == cli_json(path), r.text[:200])
    plain = os.path.join(work, "essay.txt")
    open(plain, "wb").write(essay)
    r = requests.post(u + "/v1/lint", data=essay, headers={"Content-Type": "text/plain"})
    t.check("text/plain without a filename is reported as essay.txt, as the CLI reports essay.txt",
            r.status_code == 200 and r.content == cli_json(plain))
    r = requests.post(u + "/v1/lint", params={"profile": "family-well-being", "part": "part3"}, data=essay,
                      headers={"Content-Type": "text/markdown"})
    t.equal("profile and part from the query", (r.json()["files"][0]["profile"], r.json()["files"][0]["part"]),
            ("family-well-being", "part3"))

    # 422: the JSON with the file's error.
    def error_of(r):
        return r.json()["files"][0]["error"]["message"] if r.headers["Content-Type"].startswith("application/json") else None

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (80 << 20) + b"</w:document>")
    cases = [
        ("an empty document", b"", "text/plain", {}, "empty"),
        ("a binary file", b"abc\x00def" * 10, "text/plain", {}, "binary"),
        ("whitespace only", b"  \n\n\t", "text/markdown", {}, "whitespace"),
        ("invalid UTF-8", b"caf\xe9 au lait", "text/plain", {}, "UTF-8"),
        ("a .docx that is not a ZIP", b"not a zip at all", DOCX, {}, "ZIP"),
        ("a hostile archive (expands past 64 MiB)", bomb.getvalue(), DOCX, {}, "expand"),
        ("an unknown profile", essay, "text/markdown", {"profile": "nope"}, "unknown profile"),
        ("an unknown part", essay, "text/markdown", {"part": "nope"}, "unknown part"),
        ("a part of another profile", essay, "text/markdown", {"profile": "community-partnerships", "part": "part1"}, "unknown part"),
    ]
    for what, body, ctype, query, word in cases:
        r = requests.post(u + "/v1/lint", params=query, data=body, headers={"Content-Type": ctype})
        message = error_of(r) or ""
        t.check(f"{what} is 422 with the reason", r.status_code == 422 and word.lower() in message.lower(),
                f"{r.status_code} {message!r}")
    empty = os.path.join(work, "essay.md")
    open(empty, "wb").write(b"")
    r = requests.post(u + "/v1/lint", data=b"", headers={"Content-Type": "text/markdown"})
    t.check("… and its JSON is the CLI's for the same file", r.content == cli_json(empty))

    # 415, 400, 413.
    for ctype in ("application/pdf", "application/json", "image/png"):
        r = requests.post(u + "/v1/lint", data=b"%PDF-1.4", headers={"Content-Type": ctype})
        t.equal(f"Content-Type {ctype} is 415", r.status_code, 415)
    r = requests.post(u + "/v1/lint", files={"file": ("a.pdf", b"%PDF-1.4", "application/pdf")})
    t.equal("a multipart .pdf is 415", r.status_code, 415)
    cut = b'--XX\r\nContent-Disposition: form-data; name="file"; filename="a.md"\r\n\r\n# Essay\r\n'
    r = requests.post(u + "/v1/lint", data=cut, headers={"Content-Type": "multipart/form-data; boundary=XX"})
    t.equal("a multipart body cut short is 400", r.status_code, 400)
    r = requests.post(u + "/v1/lint", data=cut + b"\r\n--XX--", headers={"Content-Type": "multipart/form-data"})
    t.equal("multipart without a boundary is 400", r.status_code, 400)
    r = requests.post(u + "/v1/lint", files={"other": ("a.md", b"# Essay", "text/markdown")})
    t.equal("multipart without a 'file' field is 400", r.status_code, 400)
    big = b"word " * 500_000
    r = requests.post(u + "/v1/lint", data=big, headers={"Content-Type": "text/plain"})
    t.equal("a body over --max-body is 413 (Content-Length)", r.status_code, 413)
    r = requests.post(u + "/v1/lint", data=iter([big[i:i + 65536] for i in range(0, len(big), 65536)]),
                      headers={"Content-Type": "text/plain"})
    t.equal("a chunked body over --max-body is 413", r.status_code, 413)
    r = requests.get(u + "/healthz")
    t.equal("the server still answers after a 413", r.status_code, 200)

    # /v1/text: where the findings' offsets point.
    path = os.path.join(DOCS, "cp-knowledge-of-self.docx")
    r = requests.post(u + "/v1/text", files={"file": ("cp-knowledge-of-self.docx", open(path, "rb").read())})
    text = r.content
    findings = json.loads(cli_json(path))["files"][0]["findings"]
    located = [f for f in findings if "match" in f]
    t.check("POST /v1/text gives the text every match is at (offset/length)", r.status_code == 200 and located and all(
        text[f["offset"]:f["offset"] + f["length"]].decode() == f["match"] for f in located))

    # CORS.
    origin = "https://portal.example.org"
    r = requests.options(u + "/v1/lint", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                  "Access-Control-Request-Headers": "content-type"})
    t.check("a preflight from an allowed origin is 204 naming it", r.status_code == 204
            and r.headers.get("Access-Control-Allow-Origin") == origin and "POST" in r.headers.get("Access-Control-Allow-Methods", ""))
    r = requests.post(u + "/v1/lint", data=essay, headers={"Content-Type": "text/markdown", "Origin": origin})
    t.equal("an allowed origin's request gets Access-Control-Allow-Origin", r.headers.get("Access-Control-Allow-Origin"), origin)
    evil = "https://evil.example"
    r = requests.options(u + "/v1/lint", headers={"Origin": evil, "Access-Control-Request-Method": "POST"})
    t.check("a preflight from another origin is refused without CORS headers", r.status_code == 403
            and "Access-Control-Allow-Origin" not in r.headers)
    r = requests.get(u + "/v1/rules", headers={"Origin": evil})
    t.check("another origin's request gets no CORS header", "Access-Control-Allow-Origin" not in r.headers)

    # The log: one line per request, no essay text, no query.
    time.sleep(0.2)
    lines = [l for l in s.lines if re.match(r"essaylint serve: [A-Z]+ /", l)]
    t.check("one log line per request: method, path, status, size, ms", any(
        re.fullmatch(r"essaylint serve: POST /v1/lint 200 \d+ \d+\.\dms", l) for l in lines), "\n".join(lines[:5]))
    log = s.log()
    t.check("the log holds no essay text and no query", "Community" not in log and "collaborat" not in log
            and "filename" not in log and "?" not in log)

# --- A server with a token ------------------------------------------------
token_file = os.path.join(work, "token")
open(token_file, "w").write("s3cret-Token-123\n")
with Server("--token-file", token_file) as s:
    u = s.url
    t.equal("with a token: /healthz needs none", requests.get(u + "/healthz").status_code, 200)
    t.equal("with a token: the page needs none", requests.get(u + "/").status_code, 200)
    r = requests.get(u + "/v1/rules")
    t.check("with a token: /v1 without it is 401 with WWW-Authenticate", r.status_code == 401
            and r.headers.get("WWW-Authenticate", "").startswith("Bearer"))
    r = requests.post(u + "/v1/lint", data=essay, headers={"Content-Type": "text/markdown", "Authorization": "Bearer wrong"})
    t.equal("with a token: a wrong token is 401", r.status_code, 401)
    r = requests.post(u + "/v1/lint", data=essay, headers={"Content-Type": "text/markdown", "Authorization": "Basic czNjcmV0"})
    t.equal("with a token: another scheme is 401", r.status_code, 401)
    r = requests.post(u + "/v1/lint", data=essay, headers={"Content-Type": "text/markdown",
                                                           "Authorization": "Bearer s3cret-Token-123"})
    t.equal("with a token: the right one is 200", r.status_code, 200)
    t.check("the token never reaches the log", "s3cret" not in s.log())

# --- Who may listen where -------------------------------------------------
r = subprocess.run([BIN, "serve", "--host", "0.0.0.0", "--port", "0"], capture_output=True, text=True, timeout=60)
t.check("an open address without --token-file or --public is refused (exit 2)", r.returncode == 2
        and "--token-file" in r.stderr and "--public" in r.stderr, r.stderr)
r = subprocess.run([BIN, "serve", "--port", "0", "--token-file", os.path.join(work, "missing")], capture_output=True, text=True, timeout=60)
t.check("a missing token file is refused (exit 2)", r.returncode == 2 and "token file" in r.stderr, r.stderr)
r = subprocess.run([BIN, "serve", "--port", "0", "--allow-origin", "*"], capture_output=True, text=True, timeout=60)
t.check("--allow-origin '*' is refused (exit 2)", r.returncode == 2, r.stderr)

# --- Limits: concurrency (503) and the deadline (504) ---------------------
def lint_when_free(s, within=15):
    """A lint request's status, retried while the server answers 503."""
    deadline = time.time() + within
    while True:
        r = requests.post(s.url + "/v1/lint", data=essay, headers={"Content-Type": "text/markdown"})
        if r.status_code != 503 or time.time() > deadline:
            return r.status_code
        time.sleep(0.2)


with Server("--max-concurrent", "1", "--deadline", "4") as s:
    sock, finish = slow_request(s.port, "/v1/lint", essay)
    time.sleep(1)
    r = requests.post(s.url + "/v1/lint", data=essay, headers={"Content-Type": "text/markdown"})
    t.check("beyond --max-concurrent: 503 with Retry-After", r.status_code == 503 and r.headers.get("Retry-After") == "1",
            f"{r.status_code} {r.headers}")
    t.equal("… /healthz still answers", requests.get(s.url + "/healthz").status_code, 200)
    code, _ = finish()
    t.equal("the request holding the place finishes with 200", code, 200)
    t.equal("… and then the place is free again", lint_when_free(s), 200)
    sock, finish = slow_request(s.port, "/v1/lint", essay)
    time.sleep(5)
    code, data = finish()
    t.equal("a request not done within --deadline is 504", code, 504)
    t.equal("… and its place is free once its work is done", lint_when_free(s), 200)

# --- SIGTERM with a request under way -------------------------------------
s = Server()
sock, finish = slow_request(s.port, "/v1/lint", essay, content_type="text/markdown")
time.sleep(1)
s.proc.send_signal(__import__("signal").SIGTERM)
time.sleep(0.5)
code, data = finish()
t.equal("SIGTERM: the request under way still gets its 200", code, 200)
t.check("… with the whole JSON", data.rstrip().endswith(b"}}"))
exit_code = s.stop()
t.equal("… and the server exits 0", exit_code, 0)
try:
    requests.get(s.url + "/healthz", timeout=2)
    refused = False
except requests.ConnectionError:
    refused = True
t.check("… and no longer listens", refused)

t.finish()
