#!/usr/bin/env bash
# The dashboard walked in tmux, each screen captured as text into OUT, to
# compare two builds with `diff -r`: the Overview, the provinces' table,
# each province's detail (`v`, `w`), the former era (`m`), the as-of keys
# (`t`, `T`). SIZE is WxH; any further arguments go to tiendo.
#   bash scripts/screens.sh target/release/tiendo /tmp/scr 80x24 --lang en
set -u
BIN=$1; OUT=$2; W=${3%x*}; H=${3#*x}; shift 3
rm -rf "$OUT"; mkdir -p "$OUT"
S=screens$$
tmux new-session -d -s $S -x "$W" -y "$H" "$BIN --today 2026-12-06 $*"
sleep 1.5
n=0
cap() { sleep 0.5; n=$((n+1)); tmux capture-pane -p -t $S > "$OUT/$(printf %03d $n).txt"; }
k() { tmux send-keys -t $S "$@"; sleep 0.15; }
cap
k 2; cap; k Enter; cap
for i in $(seq 1 36); do k Right; cap; k v; cap; k v; k w; cap; k Escape; done
k m; cap; for i in $(seq 1 8); do k Right; cap; k w; cap; k Escape; done
k m; k t; cap; k t; cap; k 1; cap; k T; k T; cap
k 1; k m; cap
k q
sleep 0.3; tmux kill-session -t $S 2>/dev/null
echo "$n screens in $OUT"
