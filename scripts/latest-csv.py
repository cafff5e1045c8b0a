#!/usr/bin/env python3
"""Each locality's latest figures from a synth TOML dataset, as CSV.

Usage (run by hand; Python 3.11 standard library):

    python3 scripts/latest-csv.py /work/big/big.toml > /tmp/latest.csv
    python3 scripts/latest-csv.py /work/big/bigdir -o /tmp/latest.csv

Writes id,name,kind,parent,date,coverage: one row per [[locality]], with
the [[locality.record]] of the latest date (coverage as given, or
participants / population in per cent, two decimals, when the record gives
those instead). A folder is read as its .toml files in name order. The
file is read line by line, not parsed whole, so a 166 MB dataset takes
little memory; it expects the layout the synth generator writes (one
`key = value` a line, tables as `[[locality]]` headers), not every TOML.
It is the input for timing CSV viewers against tiendo
(scripts/first-screen.py).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tomllib
from pathlib import Path

FIELDS = ["id", "name", "kind", "parent", "date", "coverage"]


def value(text: str):
    """A TOML value on one line: strings, numbers, dates as written."""
    text = text.strip()
    if text.startswith('"'):
        try:
            return json.loads(text)  # basic strings: JSON's escapes suffice here
        except json.JSONDecodeError:
            return tomllib.loads(f"v = {text}")["v"]
    return text.split("#", 1)[0].strip()


def rows(lines):
    loc = None  # the locality being read
    table = None  # "locality", "record" or something else
    rec: dict = {}

    def close_record():
        if loc is None or table != "record" or "date" not in rec:
            return
        if "coverage" in rec:
            cov = rec["coverage"]
        elif "participants" in rec and "population" in rec and float(rec["population"]):
            cov = f"{100 * float(rec['participants']) / float(rec['population']):.2f}"
        else:
            return
        if loc["date"] is None or rec["date"] >= loc["date"]:
            loc["date"], loc["coverage"] = rec["date"], cov

    for line in lines:
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("["):
            close_record()
            rec = {}
            header = s.strip("[]").strip()
            if header == "locality":
                if loc is not None:
                    yield loc
                loc = dict.fromkeys(FIELDS)
                table = "locality"
            elif header == "locality.record":
                table = "record"
            else:
                table = header
                if not header.startswith("locality."):
                    if loc is not None:
                        yield loc
                    loc = None
            continue
        key, sep, rest = s.partition("=")
        if not sep:
            continue
        key = key.strip()
        if table == "locality" and loc is not None and key in ("id", "name", "kind", "parent"):
            loc[key] = value(rest)
        elif table == "record" and key in ("date", "coverage", "participants", "population"):
            rec[key] = value(rest)
    close_record()
    if loc is not None:
        yield loc


def files(path: Path):
    if path.is_dir():
        yield from sorted(p for p in path.iterdir() if p.suffix == ".toml" and p.is_file())
    else:
        yield path


def main() -> int:
    p = argparse.ArgumentParser(description="Latest figures of each locality, as CSV.")
    p.add_argument("data", type=Path, help="a dataset: a .toml file or a folder of them")
    p.add_argument("-o", "--output", type=Path, help="CSV file (default: stdout)")
    args = p.parse_args()
    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    w = csv.DictWriter(out, FIELDS, lineterminator="\n")
    w.writeheader()
    n = 0
    for f in files(args.data):
        with open(f, encoding="utf-8") as lines:
            for loc in rows(lines):
                w.writerow({k: "" if v is None else v for k, v in loc.items()})
                n += 1
    if args.output:
        out.close()
    print(f"{n} localities", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
