#!/usr/bin/env bash
# Every export a change to the model could alter, written by BIN into OUT,
# one file per command (OUT/index names them), to compare two builds with
# `diff -r`: the bundled data (every unit of both eras in md and json, as of
# a past day, the overview, every level's table in csv and json) and, given
# BIG (a large dataset such as `examples/synth`'s), its commune table, its
# overview and four provinces.
#   bash scripts/exports.sh target/release/tiendo /tmp/new [/work/big/big.toml]
set -u
BIN=$1; OUT=$2; BIG=${3:-}
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$OUT"; rm -f "$OUT/index"
T="--today 2026-12-06"
n=0
run() { n=$((n+1)); "$BIN" "$@" > "$OUT/$n.out" 2>&1; echo "$n $*" >> "$OUT/index"; }
ids=$(grep -h '^id = ' "$ROOT"/data/*.toml | sed 's/id = "\(.*\)"/\1/' | sort -u)
for id in $ids; do
  for era in current former; do
    run export $T --view "province:$id" --era $era --format json
    run export $T --view "province:$id" --era $era --format md
  done
  run export $T --as-of 2024-06-30 --view "province:$id" --format json
done
for f in md json txt; do run export $T --format $f; run export $T --format $f --as-of 2023-12-31; done
for lv in province district commune; do for era in current former; do
  run export $T --view provinces --level $lv --era $era --format csv
  run export $T --view provinces --level $lv --era $era --format json
done; done
# Every column's order, both ways (the falling one is kept as runs of the
# rising one: orders.rs).
KEYS="name coverage target gap trend year_on_year projected participants population plan_percent status last_due date"
for key in $KEYS; do for rev in "" --reverse; do
  run export $T --view provinces --level commune --era former --format csv --sort $key $rev
done; done
if [ -n "$BIG" ]; then
  B="--no-cache --data $BIG"
  run export $T $B --view provinces --level commune --format csv
  run export $T $B --view provinces --level district --format json
  run export $T $B --format json
  run export $T $B --format md
  for id in tinh-01 tinh-02 tinh-07 tinh-20; do
    run export $T $B --view "province:$id" --format json
    run export $T $B --view "province:$id" --format md
  done
  run export $T $B --as-of 2021-06-30 --view provinces --level commune --format csv
  # From the cache (the first writes it): 26 orders of 96,740 communes.
  for key in $KEYS; do for rev in "" --reverse; do
    run export $T --data "$BIG" --view provinces --level commune --format csv --sort $key $rev
  done; done
fi
echo "$n exports in $OUT"
