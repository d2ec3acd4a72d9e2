#!/bin/sh
# Every row the tool gives on every folder we keep, from one source tree, for a row-by-row comparison
# of two trees (bench/compare_rows.py): the reach of a rule change, or proof that a speed change
# changed no row.
#   sh bench/all_rows.sh SRC OUT      # SRC: a checkout (its src/ is used); OUT: a folder to write
# Writes OUT/<folder>.jsonl for each docs/examples/*/ folder and seeds, OUT/big.jsonl (TempEval-3 train
# + WikiWars dev), OUT/frdev.jsonl (French TimeBank dev, --lang fr), errors to OUT/errors.txt, and
# OUT/DONE at the end. Corpora are read from ../shared beside this clone. 12-17 minutes on 2 quiet
# cores; do not edit SRC while it runs.
set -e
REPO=$(cd "$(dirname "$0")/.." && pwd)
SRC=$(cd "$1" && pwd)
OUT=$2
SHARED=$(cd "${SHARED:-$REPO/../shared}" && pwd)  # a plain path: it is in every row's source
TIMELINE=${TIMELINE:-$REPO/.venv/bin/timeline}
mkdir -p "$OUT"
: > "$OUT/errors.txt"
run() { PYTHONPATH="$SRC/src" "$TIMELINE" extract "$@" --no-merge -f jsonl --order input -q 2>>"$OUT/errors.txt"; }
cd "$SRC"
for folder in docs/examples/*/ seeds/; do
    run "$folder" > "$OUT/$(basename "$folder").jsonl"
done
run "$SHARED/data/tempeval3/train" "$SHARED/data/wikiwars-dev" > "$OUT/big.jsonl"
run "$SHARED/data/fr-timebank-dev" --lang fr > "$OUT/frdev.jsonl"
echo done > "$OUT/DONE"
