#!/usr/bin/env python3
"""Generate essaylint's WordNet-derived language tables (Lexicons/language/*.tsv).

    python3 scripts/wordnet-language-data.py [--wordnet /usr/share/wordnet] [--out Lexicons/language]

Needs WordNet 3.0's database files, as Debian's `wordnet-base` installs them
(`apt-get install -y wordnet-base`): index.noun, index.verb, index.adj,
index.adv, data.noun, data.verb, data.adj, data.adv, noun.exc, verb.exc.
Python 3 standard library only.  The output is deterministic: the same
WordNet files give the same bytes (no dates, no absolute paths).

Writes four tab-separated files, each opening with `# ` comment lines (source,
generator command, input checksums, and the WordNet licence, which must stay
with the data):

  noun-categories.tsv  lemma TAB first-sense category TAB other categories
                       (in sense order, no repeats, comma-separated; may be
                       empty).  A category is the WordNet lexicographer file
                       name without "noun." (person, group, location,
                       artifact, act, ...).
  noun-exceptions.tsv  irregular noun form TAB lemma(s) (noun.exc).
  word-classes.tsv     lemma TAB classes: letters from "nvar" in that order
                       (noun, verb, adjective, adverb).
  verb-exceptions.tsv  irregular verb form TAB lemma(s) (verb.exc: past
                       tenses, past participles, -ing and -s forms).

Which lemmas are kept:
  * single words: lower-case ASCII letters, with inner hyphens or apostrophes
    allowed (`check-in`, `o'clock`); no spaces/underscores, digits, periods;
  * senses whose word form is capitalised in WordNet (proper nouns and
    proper adjectives: `Turkey` the country, `American`) are left out, sense
    by sense; a lemma with no lower-case sense left in a part of speech is
    not listed for it (`paris` is not a noun here; `turkey` is, with its
    lower-case senses only: the bird and the food).
  * exception lists keep single-word forms with single-word lemmas (a form
    equal to its lemma, as `bed bed`, is left out).  Some lemmas there are not
    in WordNet's indexes (verb.exc has `chummed chum`, and `chum` is only a
    noun): such entries are kept all the same.

noun.Tops: WordNet puts the top synsets of each hierarchy (person.n.01,
group.n.01, location.n.01, act.n.01, "motivation, motive, need", ...) in the
lexicographer file noun.Tops, which as a category says little.  So a
noun.Tops synset takes (1) the category named by one of its words (person,
group, location, act, motive, quantity, ...), else (2) the category of more
than half of its direct hyponyms (cell -> body, thing -> object), else (3)
stays "Tops" (entity, abstraction, whole, living_thing, psychological_feature,
space, and a few childless ones such as parent "organism").
"""

import argparse
import collections
import hashlib
import os
import re
import sys

SCRIPT = "scripts/wordnet-language-data.py"
DEFAULT_WORDNET = "/usr/share/wordnet"
DEFAULT_OUT = "Lexicons/language"

# lexnames(5WN), WordNet 3.0: lexicographer file numbers and names.  Used when
# the WordNet folder has no `lexnames` file (Debian's wordnet-base ships none).
BUILTIN_LEXNAMES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
    "noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
    "noun.communication", "noun.event", "noun.feeling", "noun.food",
    "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
    "noun.process", "noun.quantity", "noun.relation", "noun.shape",
    "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
    "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
    "verb.motion", "verb.perception", "verb.possession", "verb.social",
    "verb.stative", "verb.weather", "adj.ppl",
]

WORD = re.compile(r"^[a-z](?:[a-z'-]*[a-z])?$")
ADJ_MARKER = re.compile(r"\((?:a|p|ip)\)$")
POS_FILES = [("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")]


def die(message):
    sys.stderr.write("wordnet-language-data: " + message + "\n")
    sys.exit(1)


def read_text(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("ascii")
    except FileNotFoundError:
        die("missing %s (install WordNet 3.0: apt-get install -y wordnet-base)" % path)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def lexnames(wordnet):
    path = os.path.join(wordnet, "lexnames")
    if not os.path.exists(path):
        return list(BUILTIN_LEXNAMES), "lexnames(5WN) table built into the generator"
    names = {}
    for line in read_text(path).splitlines():
        fields = line.split()
        if len(fields) >= 2:
            names[int(fields[0])] = fields[1]
    return [names[i] for i in range(len(names))], "lexnames"


def licence(wordnet):
    """The licence text that heads every WordNet data file ("  N text  ")."""
    lines = []
    for line in read_text(os.path.join(wordnet, "data.noun")).splitlines():
        if not line.startswith("  "):
            break
        lines.append(re.sub(r"^\s*\d+ ?", "", line).rstrip())
    if not any("Princeton University" in l for l in lines):
        die("data.noun has no licence header: is this WordNet 3.0?")
    return lines


def debian_version(package="wordnet-base"):
    try:
        with open("/var/lib/dpkg/status", encoding="utf-8", errors="replace") as f:
            stanza = {}
            for line in f.read().split("\n"):
                if not line.strip():
                    if stanza.get("Package") == package and "installed" in stanza.get("Status", ""):
                        return stanza.get("Version", "unknown")
                    stanza = {}
                elif not line.startswith(" ") and ":" in line:
                    key, _, value = line.partition(":")
                    stanza[key] = value.strip()
    except OSError:
        pass
    return "unknown"


class Data:
    """One data.POS file, parsed lazily synset by synset at a byte offset."""

    def __init__(self, path):
        with open(path, "rb") as f:
            self.raw = f.read()
        self.cache = {}

    def synset(self, offset):
        if offset in self.cache:
            return self.cache[offset]
        end = self.raw.index(b"\n", offset)
        fields = self.raw[offset:end].decode("ascii").split(" ")
        if int(fields[0]) != offset:
            die("bad synset offset %d" % offset)
        lexnum = int(fields[1])
        count = int(fields[3], 16)
        words = [ADJ_MARKER.sub("", fields[4 + 2 * i]) for i in range(count)]
        p = 4 + 2 * count
        pointers = []
        for i in range(int(fields[p])):
            symbol, target, pos, _ = fields[p + 1 + 4 * i:p + 5 + 4 * i]
            pointers.append((symbol, int(target), pos))
        result = (lexnum, words, pointers)
        self.cache[offset] = result
        return result


def index_entries(path):
    """(lemma, [synset offsets in sense order]) for each line of index.POS."""
    for line in read_text(path).splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, synset_count = fields[0], int(fields[2])
        yield lemma, [int(x) for x in fields[len(fields) - synset_count:]]


def lower_case_senses(lemma, offsets, data):
    """The offsets of senses whose word form in WordNet is the lower-case lemma."""
    kept = []
    for offset in offsets:
        _, words, _ = data.synset(offset)
        forms = [w for w in words if w.lower() == lemma]
        if lemma in forms or not forms:
            kept.append(offset)
    return kept


def tops_resolver(data, names):
    """Category for a synset; a noun.Tops synset is resolved (module doc)."""
    categories = {name.split(".", 1)[1]: name for name in names if name.startswith("noun.")}
    memo = {}

    def resolve(offset):
        if offset in memo:
            return memo[offset]
        lexnum, words, pointers = data.synset(offset)
        name = names[lexnum]
        if name != "noun.Tops":
            return name
        # 1. A word of the synset names a category: person.n.01 -> person.
        named = [categories[w] for w in words if w in categories and w != "Tops"]
        if named:
            result = named[0]
        else:
            # 2. More than half of its direct hyponyms share a category.
            votes = collections.Counter(
                names[data.synset(target)[0]]
                for symbol, target, pos in pointers if symbol in ("~", "~i") and pos == "n")
            total = sum(votes.values())
            winners = [n for n, v in sorted(votes.items()) if n != "noun.Tops" and 2 * v > total]
            # 3. Otherwise it stays Tops.
            result = winners[0] if winners else "noun.Tops"
        memo[offset] = result
        return result

    return resolve


def header(title, description, source_lines, command, checksums, licence_lines):
    out = ["# " + title]
    out += ["# " + line for line in description]
    out.append("# ")
    out += ["# " + line for line in source_lines]
    out.append("# Generated by: " + command)
    out.append("# Do not edit by hand: change the generator and run it again.")
    out.append("# Inputs (sha256):")
    out += ["#   %s  %s" % (digest, name) for name, digest in checksums]
    out.append("# ")
    out.append("# WordNet licence (it must be kept with this data):")
    out.append("# ")
    out += ["# " + line for line in licence_lines]
    out.append("# ")
    return out


def write(path, lines):
    text = "\n".join(lines) + "\n"
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    return len(lines), len(text.encode("ascii"))


def exceptions(path, table):
    """form -> [lemmas] from a .exc file, single words; also how many of the
    kept entries have no lemma in `table` (the .exc files list some words the
    indexes lack: kept, so that the form is still known as an inflection)."""
    entries = {}
    dropped = 0
    for line in read_text(path).splitlines():
        fields = line.split()
        if len(fields) < 2 or not WORD.match(fields[0]):
            continue
        lemmas = [l for l in fields[1:] if WORD.match(l) and l != fields[0]]
        if not lemmas:
            continue
        if not any(l in table for l in lemmas):
            dropped += 1
        merged = entries.setdefault(fields[0], [])
        merged += [l for l in lemmas if l not in merged]
    return entries, dropped


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", default=DEFAULT_WORDNET, help="WordNet 3.0 dict folder (default %(default)s)")
    parser.add_argument("--out", default=None,
                        help="output folder (default %s below the repository root)" % DEFAULT_OUT)
    args = parser.parse_args()

    if args.out is None:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        args.out = os.path.join(root, DEFAULT_OUT)
    wordnet = args.wordnet
    command = "python3 " + SCRIPT
    if os.path.normpath(wordnet) != DEFAULT_WORDNET:
        command += " --wordnet " + wordnet
    names, lexnames_source = lexnames(wordnet)
    licence_lines = licence(wordnet)
    version = debian_version()
    source = [
        "Source: WordNet 3.0, Princeton University (https://wordnet.princeton.edu),",
        "via Debian package wordnet-base %s (files in %s)." % (version, DEFAULT_WORDNET if os.path.normpath(wordnet) == DEFAULT_WORDNET else "the folder given"),
        "Licence: WordNet 3.0 licence (below); WordNet 3.0 Copyright 2006 by Princeton University.",
    ]
    os.makedirs(args.out, exist_ok=True)
    data = {pos: Data(os.path.join(wordnet, "data." + name)) for pos, name in POS_FILES}

    def checks(*files):
        return [(f, sha256(os.path.join(wordnet, f))) for f in files]

    # 1. Noun categories.
    resolve = tops_resolver(data["n"], names)
    categories = {}
    skipped_proper = 0
    for lemma, offsets in index_entries(os.path.join(wordnet, "index.noun")):
        if not WORD.match(lemma):
            continue
        kept = lower_case_senses(lemma, offsets, data["n"])
        if not kept:
            skipped_proper += 1
            continue
        cats = []
        for offset in kept:
            name = resolve(offset)
            cat = name.split(".", 1)[1]
            if cat not in cats:
                cats.append(cat)
        categories[lemma] = cats
    lines = header(
        "essaylint noun categories: lemma TAB first-sense category TAB other categories",
        [
            "One line per single-word lower-case WordNet noun lemma, sorted bytewise.",
            "Column 2: the lexicographer file (without 'noun.') of the lemma's first sense,",
            "the most frequent one in WordNet's sense order. Column 3: the categories of its",
            "other senses in sense order, without repeats and without column 2 (may be empty).",
            "Senses spelt with a capital in WordNet (proper nouns) are left out. A noun.Tops synset",
            "takes the category one of its words names (person.n.01 -> person), else that of most",
            "of its direct hyponyms (cell -> body), else stays Tops (entity, abstraction, whole).",
        ],
        source, command, checks("index.noun", "data.noun"), licence_lines)
    for lemma in sorted(categories):
        cats = categories[lemma]
        lines.append("%s\t%s\t%s" % (lemma, cats[0], ",".join(cats[1:])))
    report = [("noun-categories.tsv",) + write(os.path.join(args.out, "noun-categories.tsv"), lines)]

    # 2. Word classes.
    classes = collections.defaultdict(str)
    for pos, name in POS_FILES:
        for lemma, offsets in index_entries(os.path.join(wordnet, "index." + name)):
            if WORD.match(lemma) and lower_case_senses(lemma, offsets, data[pos]):
                classes[lemma] += pos
    lines = header(
        "essaylint word classes: lemma TAB classes",
        [
            "One line per single-word lower-case lemma of WordNet's noun, verb, adjective and",
            "adverb indexes, sorted bytewise. Classes: letters from 'nvar' in that order",
            "(n noun, v verb, a adjective, r adverb). A class counts only when the lemma has a",
            "sense in it spelt lower-case in WordNet. Base forms only: inflections are not",
            "listed (see noun-exceptions.tsv and verb-exceptions.tsv for irregular ones).",
        ],
        source, command, checks("index.noun", "index.verb", "index.adj", "index.adv",
                                "data.noun", "data.verb", "data.adj", "data.adv"), licence_lines)
    for lemma in sorted(classes):
        lines.append("%s\t%s" % (lemma, classes[lemma]))
    report.append(("word-classes.tsv",) + write(os.path.join(args.out, "word-classes.tsv"), lines))

    # 3. Exceptions.
    verbs = {l for l, c in classes.items() if "v" in c}
    for pos, exc, table, title, what in [
        ("n", "noun.exc", categories, "essaylint noun exceptions: irregular form TAB lemma(s)",
         "Irregular noun forms (mostly plurals: geese, criteria, alumni) from WordNet's noun.exc."),
        ("v", "verb.exc", verbs, "essaylint verb exceptions: irregular form TAB lemma(s)",
         "Irregular verb forms (past tenses, past participles, some -ing and -s forms) from verb.exc."),
    ]:
        entries, dropped = exceptions(os.path.join(wordnet, exc), table)
        lines = header(
            title,
            [
                what,
                "Sorted bytewise; single words only; lemmas comma-separated in WordNet's order when a",
                "form has several. A few lemmas are not in %s" % (
                    "noun-categories.tsv (rare or proper nouns)" if pos == "n" else "word-classes.tsv as verbs"),
                "(the .exc files cover more words than the indexes); they are kept.",
            ],
            source, command, checks(exc, "index." + dict(POS_FILES)[pos], "data." + dict(POS_FILES)[pos]), licence_lines)
        for form in sorted(entries):
            lines.append("%s\t%s" % (form, ",".join(entries[form])))
        out = exc.replace(".exc", "-exceptions.tsv")
        report.append((out,) + write(os.path.join(args.out, out), lines))
        sys.stderr.write("%s: %d kept entries have no lemma in the table\n" % (exc, dropped))

    sys.stderr.write("index.noun: %d single-word lemmas with only capitalised senses skipped\n" % skipped_proper)
    sys.stderr.write("lexicographer names from: %s\n" % lexnames_source)
    for name, count, size in report:
        sys.stderr.write("%-22s %7d lines %9d bytes\n" % (name, count, size))


if __name__ == "__main__":
    main()
