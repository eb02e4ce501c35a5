"""Shared by the serve integration tests: start `essaylint serve` on a free
loopback port (--port 0; the port is read from its "listening on" line),
stop it with SIGTERM, run the CLI, and count checks."""
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("ESSAYLINT", os.path.join(ROOT, ".build", "debug", "essaylint"))
DOCS = os.path.join(ROOT, "Tests", "Fixtures", "documents")


class Server:
    """A running `essaylint serve`; its standard error is collected."""

    def __init__(self, *args, binary=BIN):
        self.args = [binary, "serve", "--host", "127.0.0.1", "--port", "0", *args]
        self.proc = subprocess.Popen(self.args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.lines = []
        self.port = None
        ready = threading.Event()

        def read():
            for line in self.proc.stderr:
                self.lines.append(line.rstrip("\n"))
                m = re.search(r"listening on http://[^ ]+:(\d+)$", line.strip())
                if m and self.port is None:
                    self.port = int(m.group(1))
                    ready.set()
            ready.set()

        self.reader = threading.Thread(target=read, daemon=True)
        self.reader.start()
        ready.wait(60)
        if self.port is None:
            self.stop()
            raise RuntimeError("the server did not start: " + " | ".join(self.lines))
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self, timeout=20):
        """SIGTERM, then its exit status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait()
        self.reader.join(5)
        return code

    def log(self):
        return "\n".join(self.lines)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def cli_json(path, *args):
    """`essaylint lint --format json PATH` run in PATH's folder, as bytes."""
    folder, name = os.path.split(os.path.abspath(path))
    out = subprocess.run([BIN, "lint", "--format", "json", "--fail-on", "never", *args, name],
                         cwd=folder, capture_output=True)
    return out.stdout


class Checks:
    """Counts checks and prints each failure; the last line is the summary."""

    def __init__(self, name):
        self.name, self.passed, self.failed = name, 0, 0
        self.started = time.time()

    def check(self, what, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok   {what}")
        else:
            self.failed += 1
            print(f"FAIL {what} {detail}".rstrip())
        return ok

    def equal(self, what, got, want):
        return self.check(what, got == want, f"(got {got!r:.300}, want {want!r:.300})")

    def finish(self):
        print(f"({time.time() - self.started:.1f} s)")
        print(f"{self.name}: {self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed or not self.passed else 0)


def temp_dir():
    return tempfile.mkdtemp(prefix="essaylint-serve-")
