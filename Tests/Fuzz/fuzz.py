#!/usr/bin/env python3
"""Mutation fuzzing of the real `jointtraining` binary, bounded in time.

Seeds are the project's own files (Tests/Fixtures, Curricula/, Surveys/). Each round takes a
seed, mutates it (bytes, or cells, attributes and texts with values known to break parsers),
and runs the commands that read such a file:

- catalogues, thesauri, legal bases: `catalogue validate`, `match`, `plan`;
- needs CSVs: `survey import` into a copy of a published database, then `survey needs`,
  importing that export into a fresh database and exporting again; `match`; `plan`;
- survey definitions: `survey publish` into a copy of a database.

A round fails on a crash (a signal), a hang (the command outlives its timeout), an exit
status outside 0-3, a half-done import or publish (the database's row counts changed although
the command failed) or a round trip that changes data (the second export differs from the
first). Each failing input is kept in the findings folder with a note of the command.

Usage: fuzz.py --bin PATH [--seconds N] [--seed N] [--findings DIR]
Exit status: 0 no failure found, 1 failures found (listed), 2 usage.
"""
import argparse
import glob
import hashlib
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Values that have broken parsers and arithmetic elsewhere: huge and odd numbers, formula
# prefixes, line breaks of every kind, control characters, quotes, markup, long texts.
INTERESTING = [
    "", "0", "-1", "1", "4", "5", "-0", "+1", "1e19", "9e18", "1e308", "-1e308", "NaN", "inf", "-inf",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999999",
    "0.0000001", "1,5", "0x10", "=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'=1", "''x",
    "a\r\nb", "a\nb", "a\rb", "\"", "\"\"", "a\"b", ",", ";", "\x1b[31m", "\x07", "\x00", "\u202e",
    "\ufeff", "é", "\U0001F600", "<", "&amp;", "&#0;", "]]>", "<!--", "x" * 5000, "BE", "XX", "police",
    "nl fr de en", "2027-Q1", "2027-Q5", "yes", "no", "maybe", "onsite", "A1", "../../etc/passwd",
]

TIMEOUT = 30
# How often each command ended with each exit status: shows how deep the inputs get.
STATUSES = {}
# Exit status 3 is allowed (not the input's fault) but worth a look when a file caused it.
NOTES = []


def seeds():
    def files(*patterns):
        found = []
        for pattern in patterns:
            found += glob.glob(os.path.join(ROOT, pattern), recursive=True)
        return sorted(set(f for f in found if os.path.isfile(f)))
    xml = files("Tests/Fixtures/**/*.xml", "Curricula/**/*.xml")
    surveys = [f for f in files("Tests/Fixtures/**/*.survey.xml", "Surveys/*.survey.xml")]
    curricula = [f for f in xml if f not in surveys and not f.endswith(".xsd")]
    csvs = [f for f in files("Tests/Fixtures/**/*.csv", "Surveys/**/*.csv") if "gold" not in f]
    return curricula, surveys, csvs


# --- mutations ---------------------------------------------------------------------------

def mutate_bytes(data, rng, others):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        choice = rng.randrange(6)
        if not data:
            data += b"<"
        position = rng.randrange(len(data))
        if choice == 0:
            data[position] ^= 1 << rng.randrange(8)
        elif choice == 1:
            data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif choice == 2:
            del data[position:position + rng.randint(1, 64)]
        elif choice == 3:
            end = min(len(data), position + rng.randint(1, 400))
            data[position:position] = data[position:end] * rng.randint(1, 20)
        elif choice == 4:
            data[position:position] = rng.choice(INTERESTING).encode("utf-8", "surrogatepass")
        else:
            other = rng.choice(others)
            start = rng.randrange(max(1, len(other)))
            data[position:position] = other[start:start + rng.randint(1, 500)]
    return bytes(data)


def xml_escape(value, quote):
    text = value.replace("&", "&amp;").replace("<", "&lt;")
    return text.replace(quote, "&quot;" if quote == '"' else "&apos;")


def mutations(rng):
    # Mostly one change, so that most inputs stay valid enough to reach the later stages.
    return 1 if rng.random() < 0.6 else rng.randint(2, 6)


def mutate_xml(data, rng, others):
    text = data.decode("utf-8", "replace")
    for _ in range(mutations(rng)):
        choice = rng.randrange(6)
        if choice == 0:  # an attribute value
            spots = list(re.finditer(r'(\s[\w:.-]+=)"([^"]*)"', text))
            if spots:
                spot = rng.choice(spots)
                value = rng.choice(INTERESTING)
                if rng.random() < 0.7:
                    value = xml_escape(value, '"')
                text = text[:spot.start(2)] + value + text[spot.end(2):]
        elif choice == 1:  # a text between tags
            spots = list(re.finditer(r">([^<>]+)</", text))
            if spots:
                spot = rng.choice(spots)
                value = rng.choice(INTERESTING)
                if rng.random() < 0.7:
                    value = xml_escape(value, '"')
                text = text[:spot.start(1)] + value + text[spot.end(1):]
        elif choice == 2:  # an element repeated
            spots = list(re.finditer(r"<(\w+)[^<>]*/>|<(\w+)[^<>]*>[^<]*</\2>", text))
            if spots:
                spot = rng.choice(spots)
                text = text[:spot.end()] + spot.group(0) * rng.randint(1, 50) + text[spot.end():]
        elif choice == 3:  # an element removed
            spots = list(re.finditer(r"<(\w+)[^<>]*/>|<(\w+)[^<>]*>[^<]*</\2>", text))
            if spots:
                spot = rng.choice(spots)
                text = text[:spot.start()] + text[spot.end():]
        elif choice == 4:  # attributes added to a start tag
            spots = list(re.finditer(r"<(\w+)(\s)", text))
            if spots:
                spot = rng.choice(spots)
                count = rng.choice([1, 2, 63, 64, 65, 500])
                extra = "".join(f' x{i}="{i}"' for i in range(count))
                text = text[:spot.end(1)] + extra + text[spot.end(1):]
        else:  # nesting
            spots = list(re.finditer(r"<(\w+)>", text))
            if spots:
                spot = rng.choice(spots)
                depth = rng.choice([5, 99, 101, 300])
                text = text[:spot.end()] + "<n>" * depth + "</n>" * depth + text[spot.end():]
    result = text.encode("utf-8")
    return mutate_bytes(result, rng, others) if rng.random() < 0.1 else result


def split_csv(text):
    return text.split("\n")


def mutate_csv(data, rng, others):
    text = data.decode("utf-8", "replace")
    lines = split_csv(text)
    header = [name.strip().lstrip("\ufeff") for name in lines[0].split(",")]
    # The columns people type freely into: where line breaks and formulas arrive.
    free = [index for index, name in enumerate(header) if name in ("text", "service", "id")]
    for _ in range(mutations(rng)):
        choice = rng.randrange(5)
        row = rng.randrange(len(lines))
        cells = lines[row].split(",")
        if choice in (0, 1):  # a cell replaced (quoted or not)
            value = rng.choice(INTERESTING)
            if choice == 1 or any(c in value for c in ",\"\r\n"):
                value = '"' + value.replace('"', '""') + '"'
            column = rng.choice(free) if free and row > 0 and rng.random() < 0.5 else rng.randrange(len(cells))
            cells[min(column, len(cells) - 1)] = value
            lines[row] = ",".join(cells)
        elif choice == 2:  # a row repeated
            lines[row:row] = [lines[row]] * rng.randint(1, 30)
        elif choice == 3:  # a row removed
            if len(lines) > 1:
                del lines[row]
        else:  # two cells swapped
            if len(cells) > 1:
                a, b = rng.randrange(len(cells)), rng.randrange(len(cells))
                cells[a], cells[b] = cells[b], cells[a]
                lines[row] = ",".join(cells)
    result = "\n".join(lines).encode("utf-8")
    return mutate_bytes(result, rng, others) if rng.random() < 0.1 else result


# --- running -------------------------------------------------------------------------------

class Failure(Exception):
    pass


def run(binary, arguments, cwd):
    try:
        completed = subprocess.run([binary] + arguments, cwd=cwd, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Failure(f"hang: {' '.join(arguments)} ran over {TIMEOUT} s")
    status = completed.returncode
    command = " ".join(a for a in arguments[:2] if not a.startswith("-") and "/" not in a)
    STATUSES.setdefault(command, {}).setdefault(status, 0)
    STATUSES[command][status] += 1
    if status < 0:
        raise Failure(f"crash: {' '.join(arguments)} died of signal {-status}\n{completed.stderr.decode('utf-8', 'replace')[-2000:]}")
    if status == 3:
        NOTES.append(f"exit 3 (other failure) from {' '.join(arguments)}: {completed.stderr.decode('utf-8', 'replace')[-500:]}")
    if status > 3:
        raise Failure(f"exit status {status} outside 0-3: {' '.join(arguments)}\n{completed.stderr.decode('utf-8', 'replace')[-2000:]}")
    return status, completed.stdout, completed.stderr


def counts(db):
    connection = sqlite3.connect(db)
    try:
        tables = [row[0] for row in connection.execute("select name from sqlite_master where type = 'table'")]
        return {table: connection.execute(f'select count(*) from "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()


def without_audit(table_counts):
    # A refused import or publish may record the refusal; nothing else may change.
    return {table: count for table, count in table_counts.items() if "audit" not in table}


class Fuzzer:
    def __init__(self, binary, work, rng):
        self.binary = binary
        self.work = work
        self.rng = rng
        self.catalogue = os.path.join(ROOT, "Curricula/catalogues/cepol-thb-2027.xml")
        self.thesaurus = os.path.join(ROOT, "Curricula/thesaurus/thb-topics.xml")
        self.legal = os.path.join(ROOT, "Curricula/legal/benelux-thb.xml")
        self.needs = os.path.join(ROOT, "Surveys/sample/needs.csv")
        self.published = os.path.join(work, "published.sqlite")
        status, _, errors = run(binary, ["survey", "publish", os.path.join(ROOT, "Surveys/thb-needs-2027.survey.xml"),
                                         "--thesaurus", self.thesaurus, "--db", self.published], work)
        if status != 0:
            sys.exit(f"cannot publish the shipped survey for fuzzing: {errors.decode()}")
        self.empty = os.path.join(work, "empty.sqlite")
        run(binary, ["survey", "publish", os.path.join(ROOT, "Surveys/thb-needs-2027.survey.xml"),
                     "--thesaurus", self.thesaurus, "--db", self.empty], work)

    def fresh_copy(self, source, name):
        target = os.path.join(self.work, name)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        shutil.copyfile(source, target)
        return target

    def curriculum(self, path):
        run(self.binary, ["catalogue", "validate", path, self.thesaurus, self.legal], self.work)
        run(self.binary, ["match", "--catalogue", path, "--needs", self.needs, "--thesaurus", self.thesaurus], self.work)
        run(self.binary, ["plan", "--catalogue", path, "--needs", self.needs, "--thesaurus", self.thesaurus,
                          "--legal", self.legal, "--start", "2027-01-11", "--format", "json"], self.work)

    def needs_csv(self, path):
        db = self.fresh_copy(self.published, "import.sqlite")
        before = counts(db)
        status, _, _ = run(self.binary, ["survey", "import", path, "--db", db], self.work)
        if status != 0:
            after = counts(db)
            if without_audit(after) != without_audit(before):
                raise Failure(f"half-done import: exit {status} but the store changed: {before} -> {after}")
        else:
            first = os.path.join(self.work, "first.csv")
            second = os.path.join(self.work, "second.csv")
            run(self.binary, ["survey", "needs", "--db", db, "--out", first], self.work)
            again = self.fresh_copy(self.empty, "again.sqlite")
            status, _, errors = run(self.binary, ["survey", "import", first, "--db", again], self.work)
            if status != 0:
                raise Failure(f"round trip: the export of an accepted import is refused on import (exit {status}):\n"
                              f"{errors.decode('utf-8', 'replace')[-2000:]}")
            run(self.binary, ["survey", "needs", "--db", again, "--out", second], self.work)
            with open(first, "rb") as a, open(second, "rb") as b:
                if a.read() != b.read():
                    raise Failure("round trip: import -> export -> import -> export changed the data")
        run(self.binary, ["match", "--catalogue", self.catalogue, "--needs", path, "--thesaurus", self.thesaurus], self.work)
        run(self.binary, ["plan", "--catalogue", self.catalogue, "--needs", path, "--thesaurus", self.thesaurus,
                          "--legal", self.legal, "--format", "csv"], self.work)

    def survey(self, path):
        db = self.fresh_copy(self.published, "publish.sqlite")
        before = counts(db)
        status, _, _ = run(self.binary, ["survey", "publish", path, "--thesaurus", self.thesaurus, "--db", db], self.work)
        if status != 0 and without_audit(counts(db)) != without_audit(before):
            raise Failure(f"half-done publish: exit {status} but the store changed")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--findings", default=os.path.join(ROOT, ".build", "fuzz-findings"))
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    curricula, surveys, csvs = seeds()
    corpus = {path: open(path, "rb").read() for path in curricula + surveys + csvs}
    others = list(corpus.values())
    work = tempfile.mkdtemp(prefix="jt-fuzz-")
    # A copy of the binary, so that a rebuild during the run does not pull it away.
    binary = os.path.join(work, "jointtraining")
    shutil.copy2(arguments.bin, binary)
    fuzzer = Fuzzer(binary, work, rng)
    kinds = [("curriculum", curricula, mutate_xml, fuzzer.curriculum, ".xml"),
             ("needs", csvs, mutate_csv, fuzzer.needs_csv, ".csv"),
             ("survey", surveys, mutate_xml, fuzzer.survey, ".survey.xml")]
    # Seeds the commands accept: mutating them reaches past the first check more often.
    accepted = set()
    for path in curricula:
        if run(fuzzer.binary, ["catalogue", "validate", path, fuzzer.thesaurus, fuzzer.legal], work)[0] == 0:
            accepted.add(path)
    for path in csvs:
        if run(fuzzer.binary, ["survey", "import", path, "--db", fuzzer.fresh_copy(fuzzer.published, "seed.sqlite")], work)[0] == 0:
            accepted.add(path)
    for path in surveys:
        if run(fuzzer.binary, ["survey", "publish", path, "--db", fuzzer.fresh_copy(fuzzer.published, "seed.sqlite")], work)[0] == 0:
            accepted.add(path)
    started = time.time()
    runs = 0
    noted = 0
    failures = {}
    tally = {"crash": 0, "hang": 0, "exit status": 0, "half-done": 0, "round trip": 0}
    print(f"fuzzing {arguments.bin} for {arguments.seconds:.0f} s, seed {arguments.seed}: "
          f"{len(curricula)} curriculum, {len(csvs)} needs and {len(surveys)} survey seeds", flush=True)
    while time.time() - started < arguments.seconds:
        kind, pool, mutate, target, suffix = kinds[runs % len(kinds)]
        valid = [p for p in pool if p in accepted]
        seed_path = rng.choice(valid if valid and rng.random() < 0.8 else pool)
        data = mutate(corpus[seed_path], rng, others)
        path = os.path.join(work, "input" + suffix)
        with open(path, "wb") as handle:
            handle.write(data)
        runs += 1
        try:
            target(path)
            while noted < len(NOTES):
                os.makedirs(arguments.findings, exist_ok=True)
                kept = os.path.join(arguments.findings, f"note-{kind}-{hashlib.sha1(data).hexdigest()[:12]}{suffix}")
                with open(kept, "wb") as handle:
                    handle.write(data)
                print(f"note: {NOTES[noted]}\n  input kept as {kept}", flush=True)
                noted += 1
        except Failure as failure:
            message = str(failure)
            key = message.split("\n")[0][:120]
            for name in tally:
                if message.startswith(name):
                    tally[name] += 1
            if key in failures:
                continue
            os.makedirs(arguments.findings, exist_ok=True)
            digest = hashlib.sha1(data).hexdigest()[:12]
            kept = os.path.join(arguments.findings, f"{kind}-{digest}{suffix}")
            with open(kept, "wb") as handle:
                handle.write(data)
            with open(kept + ".txt", "w") as handle:
                handle.write(f"seed file: {os.path.relpath(seed_path, ROOT)}\n{message}\n")
            failures[key] = kept
            print(f"FAILURE ({kind}, from {os.path.relpath(seed_path, ROOT)}): {message}\n  input kept as {kept}", flush=True)
    minutes = (time.time() - started) / 60
    shutil.rmtree(work, ignore_errors=True)
    print(f"fuzz: {runs} runs in {minutes:.1f} min (seed {arguments.seed}); "
          f"crashes {tally['crash']}, hangs {tally['hang']}, exit statuses outside 0-3 {tally['exit status']}, "
          f"half-done imports {tally['half-done']}, round trips that changed data {tally['round trip']}; "
          f"{len(failures)} distinct failure(s)")
    print("  exit statuses: " + "; ".join(
        f"{command} " + ", ".join(f"{status}: {n}" for status, n in sorted(found.items()))
        for command, found in sorted(STATUSES.items())))
    for key, kept in failures.items():
        print(f"  {key}\n    {kept}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
