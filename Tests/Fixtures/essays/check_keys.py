#!/usr/bin/env python3
"""Re-verify the essay answer keys (*.expected.yml) against their essays.

For every key beside this script it checks that:
  * each `deficit` / `notDeficit` entry's `match` is found at its line/column
    (line 1-based; column = 1-based count of Unicode code points, a leading
    byte order mark is not counted; lines split on \\r\\n, \\r or \\n);
  * each heading's `text` occurs on its line, and criterion/how are valid;
  * `missing` is exactly the competencies with no heading;
  * `words` equals the word-processor count described in README.md;
  * every word starting with a deficit-looking stem (need, issue, problem,
    challeng, deficit, risk, ...) is listed in `deficit` or `notDeficit`,
    so a sentence added to an essay without updating its key is caught.

Exit status is non-zero on any mismatch. Needs only the Python standard
library (PyYAML is used when it is installed).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = {f"C{i}" for i in range(1, 10)}
HOWS = {"title", "content", "duplicate"}
STEM = re.compile(r"\b(need|issue|problem|challeng|deficit|risk|disadvantag|underserv|"
                  r"underprivileg|lack|broken|struggl|vulnerab|poor|inner|fortunate)\w*", re.I)


# ---------------------------------------------------------------- key loading
def _scalar(s):
    s = s.strip()
    if s == "" or s in ("null", "~"):
        return None
    if s.startswith('"'):
        return json.loads(s)
    if s.startswith("'"):
        return s[1:-1].replace("''", "'")
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    if s.startswith("[") and s.endswith("]"):
        inner = s[1:-1].strip()
        return [_scalar(x) for x in _split_flow(inner)] if inner else []
    if s.startswith("{") and s.endswith("}"):
        out = {}
        for part in _split_flow(s[1:-1]):
            k, _, v = part.partition(":")
            out[k.strip()] = _scalar(v)
        return out
    return s


def _split_flow(s):
    parts, buf, q, esc = [], [], None, False
    for ch in s:
        if q:
            buf.append(ch)
            if esc:
                esc = False
            elif ch == "\\" and q == '"':
                esc = True
            elif ch == q:
                q = None
        elif ch in "\"'":
            q = ch
            buf.append(ch)
        elif ch == ",":
            parts.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
    if "".join(buf).strip():
        parts.append("".join(buf).strip())
    return parts


def _mini_yaml(text):
    """Just enough YAML for the answer-key format written in this folder."""
    data, key, item = {}, None, None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if not raw.startswith(" "):
            k, _, v = raw.partition(":")
            key = k.strip()
            data[key] = _scalar(v) if v.strip() else []
            item = None
            continue
        s = raw.strip()
        if s.startswith("- "):
            body = s[2:].strip()
            if body.startswith("{"):
                data[key].append(_scalar(body))
                item = None
            else:
                item = {}
                data[key].append(item)
                k, _, v = body.partition(":")
                item[k.strip()] = _scalar(v)
        elif item is not None:
            k, _, v = s.partition(":")
            item[k.strip()] = _scalar(v)
    return data


def load_key(path):
    text = open(path, encoding="utf-8").read()
    try:
        import yaml  # type: ignore
        return yaml.safe_load(text)
    except ImportError:
        return _mini_yaml(text)


# ---------------------------------------------------------------- essays
def essay_text(path):
    raw = open(path, "rb").read().decode("utf-8")
    return raw[1:] if raw.startswith("\ufeff") else raw


def split_lines(text):
    return re.split(r"\r\n|\r|\n", text)


SEP = re.compile(r"\s+|—|–|-{2,}")


def count_words(text):
    return sum(1 for t in SEP.split(text) if any(ch.isalnum() for ch in t))


def markdown_prose(text):
    lines = split_lines(text)
    if lines and lines[0].strip() == "---":  # YAML front matter
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                lines = lines[i + 1:]
                break
    kept, fence, prev_blank = [], None, True
    for ln in lines:
        m = re.match(r"^ {0,3}(`{3,}|~{3,})", ln)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            prev_blank = False
            continue
        if m:
            fence = m.group(1)
            continue
        if (ln.startswith("    ") or ln.startswith("\t")) and prev_blank and ln.strip():
            continue  # indented code block
        kept.append(ln)
        prev_blank = ln.strip() == ""
    text = "\n".join(kept)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)       # HTML comments
    text = re.sub(r"</?[A-Za-z][^>\n]*>", " ", text)           # HTML tags
    out = []
    for ln in text.split("\n"):
        if re.match(r"^ {0,3}(=+|-+)\s*$", ln) or re.match(r"^ {0,3}([-*_]\s*){3,}$", ln):
            continue  # setext underline / thematic break
        m = re.match(r"^ {0,3}#{1,6}(\s+|$)(.*)$", ln)
        if m:
            ln = re.sub(r"\s+#+\s*$", "", m.group(2))
        else:
            ln = re.sub(r"^ {0,3}(>\s?)+", "", ln)
            ln = re.sub(r"^\s*([-*+]|\d{1,9}[.)])\s+", "", ln)
        ln = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", ln)     # keep link text
        ln = ln.replace("**", "").replace("__", "")
        ln = re.sub(r"(?<!\w)[*_]|[*_](?!\w)", "", ln)
        out.append(ln)
    return "\n".join(out)


def word_count(text, fmt):
    return count_words(markdown_prose(text) if fmt == "markdown" else text)


# ---------------------------------------------------------------- checking
def check(key_path):
    errors = []
    essay_path = key_path[: -len(".expected.yml")]
    name = os.path.basename(essay_path)
    if not os.path.exists(essay_path):
        return [f"{name}: essay file not found"], 0
    key = load_key(key_path)
    text = essay_text(essay_path)
    lines = split_lines(text)
    checked = 0

    for section in ("deficit", "notDeficit"):
        for e in key.get(section) or []:
            checked += 1
            ln, col, match = e.get("line"), e.get("column"), e.get("match")
            if not isinstance(ln, int) or not 1 <= ln <= len(lines):
                errors.append(f"{name}: {section} {e}: line out of range")
                continue
            got = lines[ln - 1][col - 1: col - 1 + len(match)]
            if got != match:
                errors.append(f"{name}:{ln}:{col}: {section} expected {match!r}, found {got!r}")
            if section == "notDeficit" and not e.get("why"):
                errors.append(f"{name}:{ln}:{col}: notDeficit entry without why")

    spans = [(e.get("line"), e.get("column"), e.get("column", 0) + len(e.get("match") or ""))
             for sec in ("deficit", "notDeficit") for e in key.get(sec) or []]
    for i, line in enumerate(lines, start=1):
        for m in STEM.finditer(line):
            c = m.start() + 1
            if not any(ln == i and a <= c < b for ln, a, b in spans):
                errors.append(f"{name}:{i}:{c}: {m.group(0)!r} is in neither deficit nor notDeficit")

    seen = {}
    for section in ("deficit", "notDeficit"):
        for e in key.get(section) or []:
            pos = (e.get("line"), e.get("column"))
            if pos in seen:
                errors.append(f"{name}:{pos[0]}:{pos[1]}: listed twice ({seen[pos]} and {section})")
            seen[pos] = section

    crits = set()
    last = 0
    for h in key.get("headings") or []:
        checked += 1
        ln, txt, crit, how = h.get("line"), h.get("text"), h.get("criterion"), h.get("how")
        if not isinstance(ln, int) or not 1 <= ln <= len(lines):
            errors.append(f"{name}: heading {h}: line out of range")
            continue
        if ln <= last:
            errors.append(f"{name}:{ln}: headings not in document order")
        last = ln
        if not txt or txt not in lines[ln - 1]:
            errors.append(f"{name}:{ln}: heading text {txt!r} not on line: {lines[ln - 1]!r}")
        if crit is not None and crit not in CRITERIA:
            errors.append(f"{name}:{ln}: bad criterion {crit!r}")
        if crit is None and how is not None:
            errors.append(f"{name}:{ln}: non-competency heading should have how: null")
        if crit is not None and how not in HOWS:
            errors.append(f"{name}:{ln}: bad how {how!r}")
        if crit:
            if how == "duplicate" and crit not in crits:
                errors.append(f"{name}:{ln}: duplicate of {crit} before any heading for it")
            if how != "duplicate" and crit in crits:
                errors.append(f"{name}:{ln}: second {crit} heading not marked duplicate")
            crits.add(crit)

    want_missing = sorted(CRITERIA - crits, key=lambda c: int(c[1:]))
    if list(key.get("missing") or []) != want_missing:
        errors.append(f"{name}: missing is {key.get('missing')}, headings imply {want_missing}")

    fmt = key.get("format")
    if fmt not in ("markdown", "text"):
        errors.append(f"{name}: bad format {fmt!r}")
    words = word_count(text, fmt)
    if words != key.get("words"):
        errors.append(f"{name}: words is {key.get('words')}, recount gives {words}")
    return errors, checked


def main():
    keys = sorted(p for p in os.listdir(HERE) if p.endswith(".expected.yml"))
    if not keys:
        print("no answer keys found")
        return 1
    total_err = 0
    for k in keys:
        errs, n = check(os.path.join(HERE, k))
        status = "ok" if not errs else f"{len(errs)} error(s)"
        print(f"{k}: {n} entries checked, {status}")
        for e in errs:
            print("   " + e)
        total_err += len(errs)
    print(f"{len(keys)} keys, {total_err} error(s)")
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main())
