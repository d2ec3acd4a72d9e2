"""Does the merge give exactly the rows of an earlier revision? Row for row, every field. Exit 1 if not.

    python bench/merge_check.py                          # 50,000 rows, seeds 15 and 3, against 30d2284
    python bench/merge_check.py --rows 50000 --seeds 1 2 --against main

For each seed, bench/merge.py makes its synthetic rows, with a few made odd (see `make_odd`: reprints
without actors, dates that are not plain ISO days, duplicate actor keys, empty and capitalized
triggers, rows already merged once), and two child processes run them through `timeline.finish_timeline` (merge, `sources`, sort) and
`merge.merge_events_with_positions` (the merge of the Dask output): one with the library of the
revision `--against` (taken from git), one with this worktree's. Their outputs are compared row for
row. Kept so that any later change to merge.py or timeline.py can be checked the same way; the unit
tests (tests/test_merge_scaling.py) hold the merge to its definition on small inputs.
"""
from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "30d2284"  # main before the merge was rewritten for speed (issue 15, item 2)


def make_odd(rows: list, seed: int) -> None:
    """Make a few rows odd, in place: what the synthetic rows lack but the merge must handle alike."""
    rng = random.Random(seed)
    actorless = []
    for number, row in enumerate(rows):
        roll = rng.random()
        if not row.actors and row.date:
            actorless.append(row)
        if roll < 0.02 and actorless and actorless[-1].source != row.source:
            # a reprint without actors: same trigger and days, the words nearly the same (Jaccard)
            other = actorless[rng.randrange(max(0, len(actorless) - 50), len(actorless))]
            words = other.event.split()
            if rng.random() < 0.5:
                words[rng.randrange(len(words))] = "changed"
            row.actors, row.trigger, row.date, row.end_date = [], other.trigger, other.date, other.end_date
            row.event = " ".join(words)
        elif roll < 0.02005 and row.date:  # not a plain ISO day: compared with every row (rare: costly)
            row.date, row.end_date = row.date[:7], None
        elif roll < 0.022 and row.actors:  # two spellings of one actor key
            row.actors = [*row.actors, "the " + row.actors[0] + "'s"]
        elif roll < 0.024:
            row.trigger = row.trigger.upper()
        elif roll < 0.025:
            row.trigger = ""
        elif roll < 0.026:
            row.sources = [row.source, "elsewhere/" + row.source]  # already merged once
        elif roll < 0.027 and number:
            row.end_date = None


def emit(src: str, rows_count: int, seed: int, out: str) -> None:
    sys.path.insert(0, src)
    from timeline_cli.merge import merge_events_with_positions
    from timeline_cli.timeline import finish_timeline

    assert Path(sys.modules["timeline_cli"].__file__).is_relative_to(src), "wrong library imported"
    spec = importlib.util.spec_from_file_location("bench_merge", ROOT / "bench" / "merge.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # its own sys.path entry comes too late: timeline_cli is imported
    rows = bench.synthetic_rows(rows_count, seed)
    make_odd(rows, seed)
    with open(out, "w", encoding="utf-8") as stream:
        for row in finish_timeline(rows):
            stream.write(json.dumps(row.to_dict()) + "\n")
        for position, row in merge_events_with_positions(rows):  # rows now have `sources` filled in
            stream.write(json.dumps([position, row.source, row.start, row.sources, row.actors]) + "\n")


def library_at(revision: str, into: str) -> str:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "src"], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return os.path.join(into, "src")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[15, 3])
    parser.add_argument("--against", default=BASELINE, help="git revision of the reference library")
    parser.add_argument("--emit", nargs=4, metavar=("SRC", "ROWS", "SEED", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit:
        src, rows_count, seed, out = args.emit
        emit(src, int(rows_count), int(seed), out)
        return 0
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        old_src = library_at(args.against, os.path.join(tmp, "old"))
        for seed in args.seeds:
            outputs = []
            for name, src in (("old", old_src), ("new", str(ROOT / "src"))):
                out = os.path.join(tmp, f"{name}-{seed}.jsonl")
                subprocess.run([sys.executable, __file__, "--emit", src, str(args.rows), str(seed), out],
                               check=True)
                outputs.append(out)
            with open(outputs[0], encoding="utf-8") as old, open(outputs[1], encoding="utf-8") as new:
                lines = 0
                for lines, (a, b) in enumerate(zip(old, new, strict=False), 1):
                    if a != b:
                        print(f"seed {seed}: line {lines} differs\n  {args.against}: {a.strip()}\n"
                              f"  worktree: {b.strip()}")
                        failed = True
                        break
                else:
                    rest_old, rest_new = old.read(), new.read()
                    if rest_old or rest_new:
                        print(f"seed {seed}: different lengths after {lines} lines")
                        failed = True
                    else:
                        print(f"seed {seed}: {args.rows:,} rows in, {lines:,} lines out, identical "
                              f"to {args.against}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
