#!/bin/sh
# Key-event recall on both development sets of ../shared/data/keyevents (issue 10).
#   sh bench/keyevents.sh [--show]        run from the repository root; prints one line per set
# Rows are `timeline extract --no-merge` output (the scorer wants one row per article mention).
set -e
REPO=$(cd "$(dirname "$0")/.." && pwd)
DATA=${KEYEVENTS_DATA:-$REPO/../shared/data/keyevents}
TML=${TEMPEVAL_TRAIN:-$REPO/../shared/data/tempeval3/train}
TIMELINE=${TIMELINE:-$REPO/.venv/bin/timeline}  # the clone's venv (README quick start)
SCORER=${SCORER:-$REPO/../shared/tools/keyevents.py}
OUT=${OUT:-${TMPDIR:-/tmp}/keyevents-$$}
mkdir -p "$OUT/tml"
export PYTHONPATH="$REPO/src${PYTHONPATH:+:$PYTHONPATH}"
python3 - "$DATA/tempeval3-30.gold.jsonl" "$TML" "$OUT/tml" <<'PY'
import json, sys, pathlib
gold, tml, out = sys.argv[1:]
for doc in sorted({json.loads(l)["doc"] for l in open(gold) if l.strip()}):
    src = next(pathlib.Path(tml).rglob(doc + ".tml"))
    dst = pathlib.Path(out) / src.name
    if not dst.exists():
        dst.symlink_to(src.resolve())
PY
"$TIMELINE" extract "$DATA/wikinews-apple.jsonl" --format jsonl --no-merge -q > "$OUT/wn.jsonl"
"$TIMELINE" extract "$OUT/tml" --format jsonl --no-merge -q > "$OUT/te.jsonl"
for set in wn te; do
  if [ $set = wn ]; then gold=wikinews-apple.gold.jsonl; else gold=tempeval3-30.gold.jsonl; fi
  printf '%s: ' "$set"
  python3 "$SCORER" "$DATA/$gold" "$OUT/$set.jsonl" "$@"
done
python3 - "$DATA" "$OUT" <<'PY'
import json, sys
data, out = sys.argv[1:]
gold = sum(1 for f in ("wikinews-apple.gold.jsonl", "tempeval3-30.gold.jsonl")
           for l in open(f"{data}/{f}") if l.strip())
rows = sum(1 for f in ("wn", "te") for l in open(f"{out}/{f}.jsonl") if l.strip())
print(f"rows per key event: {rows}/{gold} = {rows / gold:.2f}")
PY
echo "rows in $OUT"
