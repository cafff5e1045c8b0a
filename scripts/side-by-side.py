#!/usr/bin/env python3
"""tiendo and two CSV viewers at 100,000 localities, side by side, in one
sitting: the README's table of goals (issue 25).

Usage (run by hand; Python 3.11 standard library; Unix; VisiData and
csvlens on PATH; a release build):

    cargo build --release
    cargo run --release --example synth -- --localities 100000 --years 17 --seed 1 > /work/big/big.toml
    cargo run --release --example synth -- --localities 100000 --years 17 --seed 1 --split /work/big/bigdir
    python3 scripts/latest-csv.py /work/big/big.toml > /work/big/latest.csv
    python3 scripts/side-by-side.py --rounds 5 --big /work/big

Each round runs every program once, in turn, in a fresh 120x40
pseudo-terminal (scripts/first-screen.py): tiendo cold on the file and on
the folder (--no-cache), tiendo warm (its cache written by a run before
the rounds), VisiData and csvlens on the same localities' latest figures
as CSV. Timed: the first screen of data, and all data read (tiendo's
status line "Đã đọc xong", VisiData's "100000 rows"; csvlens reads as it
scrolls, so its first screen is all it needs); peak memory is VmHWM. The
medians over the rounds are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def one(argv: list[str], until: str, then: str | None, env: list[str] = ()) -> dict:
    cmd = [sys.executable, str(HERE / "first-screen.py"), "--runs", "1", "--json",
           "--until", until, "--timeout", "60"]
    for kv in env:
        cmd += ["--env", kv]
    if then:
        cmd += ["--then", then]
    out = subprocess.run(cmd + ["--"] + argv, capture_output=True, text=True)
    try:
        run = json.loads(out.stdout)["runs"][0]
    except (json.JSONDecodeError, KeyError, IndexError):
        return {}
    return {} if run.get("error") else run


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--big", default="/work/big", help="folder with big.toml, bigdir/, latest.csv")
    p.add_argument("--tiendo", default=str(HERE.parent / "target/release/tiendo"))
    p.add_argument("--before", help="an earlier build of tiendo, timed too (its cache kept apart)")
    args = p.parse_args()
    big = Path(args.big)
    today = ["--today", "2026-12-06"]
    t = args.tiendo
    programs = [
        ("tiendo cold, one file", [t, *today, "--no-cache", "--data", str(big / "big.toml")],
         "Tỉnh thử", "Đã đọc xong", []),
        ("tiendo cold, folder", [t, *today, "--no-cache", "--data", str(big / "bigdir")],
         "Tỉnh thử", "Đã đọc xong", []),
        ("tiendo warm, one file", [t, *today, "--data", str(big / "big.toml")],
         "Tỉnh thử", "Đã đọc xong", []),
    ]
    if args.before:
        b = args.before
        apart = [f"TIENDO_CACHE_DIR={big / 'cache-before'}"]
        programs += [
            ("before: tiendo cold, one file",
             [b, *today, "--no-cache", "--data", str(big / "big.toml")], "Tỉnh thử", "Đã đọc xong", []),
            ("before: tiendo warm, one file",
             [b, *today, "--data", str(big / "big.toml")], "Tỉnh thử", "Đã đọc xong", apart),
        ]
    programs += [
        ("VisiData", ["vd", str(big / "latest.csv")], "Tỉnh thử", "100000 rows", []),
        ("csvlens", ["csvlens", str(big / "latest.csv")], "Tỉnh thử", None, []),
    ]
    # The warm runs need the cache: an export writes it before it exits
    # (the dashboard writes it behind the screen, and a quit can cut that
    # short).
    for name, argv, until, then, env in programs:
        if "warm" in name:
            extra = dict(kv.split("=", 1) for kv in env)
            # To a file, not /dev/null: a build before 2026-12-06 renamed its
            # output over the path it was given, a device included.
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run([*argv, "export", "-o", os.path.join(tmp, "warm.txt")],
                               capture_output=True, env={**os.environ, **extra})
    results: dict[str, list[dict]] = {name: [] for name, *_ in programs}
    for r in range(args.rounds):
        for name, argv, until, then, env in programs:
            results[name].append(one(argv, until, then, env))
        print(f"round {r + 1} done", file=sys.stderr)

    def med(runs, key, scale=1.0):
        vals = [x[key] for x in runs if x.get(key) is not None]
        return statistics.median(vals) * scale if vals else None

    print("| 100,000 localities | first screen | all data read | peak memory | CPU |")
    print("| --- | --- | --- | --- | --- |")
    for name, *_ in programs:
        runs = results[name]
        first = med(runs, "first_screen", 1000)
        ready = med(runs, "then", 1000) or first
        hwm = med(runs, "hwm_kb", 1 / 1024)
        cpu = med(runs, "cpu_s", 1000)
        cell = lambda v, unit: "—" if v is None else f"{v:,.0f} {unit}"
        print(f"| {name} | {cell(first, 'ms')} | {cell(ready, 'ms')} | {cell(hwm, 'MB')}"
              f" | {cell(cpu, 'ms')} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
