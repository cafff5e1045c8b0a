#!/usr/bin/env python3
"""Two builds of tiendo timed run by run, alternated, to the dashboard's
first screen and to all its data (`first-screen.py` in a pseudo-terminal):
what one round of `side-by-side.py` cannot tell apart on a machine whose
speed moves by a third within minutes.

    python3 scripts/paired.py --pairs 10 --data /work/big/big.toml \
        new=target/release/tiendo old=path/to/older/tiendo [--warm]

Cold runs pass `--no-cache`; warm runs keep each build's cache in a folder
of its own (the first pair writes it). Prints each build's medians and the
median of the pairs' ratios (the first build over the second).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(binary, data, warm, label, today):
    env = ["--env", f"TIENDO_CACHE_DIR=/tmp/tiendo-paired-cache-{label}"] if warm else []
    cmd = [sys.executable, os.path.join(HERE, "first-screen.py"), "--runs", "1", "--json",
           *env, "--until", "Tỉnh thử", "--then", "Đã đọc xong", "--timeout", "60", "--",
           binary, "--today", today, *([] if warm else ["--no-cache"]), "--data", data]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    j = json.loads(out)["runs"][0]
    return j["first_screen"] * 1000, j["then"] * 1000, j["hwm_kb"] / 1024, j["cpu_s"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--pairs", type=int, default=10)
    p.add_argument("--data", required=True)
    p.add_argument("--warm", action="store_true")
    p.add_argument("--today", default="2026-12-06")
    p.add_argument("builds", nargs=2, help="label=path, twice")
    a = p.parse_args()
    builds = [b.split("=", 1) for b in a.builds]
    res = {label: [] for label, _ in builds}
    for k in range(a.pairs):
        for label, binary in (builds if k % 2 == 0 else builds[::-1]):
            res[label].append(run(binary, a.data, a.warm, label, a.today))
    for label, runs in res.items():
        first, then, peak, cpu = (sorted(x) for x in zip(*runs))
        print(f"{label}: first screen {statistics.median(first):.0f} ms, "
              f"all data {statistics.median(then):.0f} ms (min {then[0]:.0f}, max {then[-1]:.0f}), "
              f"peak {statistics.median(peak):.0f} MB, CPU {statistics.median(cpu):.2f} s, n={len(runs)}")
    (l1, _), (l2, _) = builds
    ratios = [x[1] / y[1] for x, y in zip(res[l1], res[l2])]
    print(f"{l1}/{l2}, median of the pairs' ratios (all data): {statistics.median(ratios):.3f}")


if __name__ == "__main__":
    main()
