"""Client memory of `extract --dask local -o DIR/` (dask_output.py): does it grow with the documents?

    python bench/dask_client_memory.py                 # 500 and 2,000 documents, 2 workers
    python bench/dask_client_memory.py --sizes 200 800

For each size, a fresh process (peak RSS only grows within one) writes that many synthetic articles
(made up here from templates, no corpus) to a temporary folder and runs dask_output.extract_to_folder
on a 2-worker LocalCluster (worker processes: their memory is not the client's), JSONL parts or
Parquet with --format parquet. Prints the client's peak RSS (ru_maxrss) and its growth over the
interpreter with everything imported, the rows written and the wall time. Prints figures; no pass/fail.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

CITIES = ["Seoul", "Paris", "Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Accra"]
ACTORS = ["the ministry", "the central bank", "the union", "the governor", "police", "the company",
          "the mayor", "the court", "the parliament", "the army"]
VERBS = ["announced", "said", "approved", "rejected", "signed", "opened", "closed", "visited", "met", "raised"]
THINGS = ["a new plan", "the budget", "the agreement", "the bridge", "an inquiry", "the rates", "the talks"]
WHEN = ["on Monday", "on Tuesday", "last week", "in March", "on June 3", "yesterday", "next month",
        "in 2021", "two days later", "on Friday"]


def article(rng: random.Random, number: int) -> str:
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))
    lines = [(f"{rng.choice(CITIES).upper()}, {day:%B} {day.day}, {day.year} - "
              f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {rng.choice(THINGS)} {rng.choice(WHEN)}.")]
    for _ in range(rng.randint(4, 10)):
        lines.append(f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {rng.choice(THINGS)} "
                     f"{rng.choice(WHEN)}, report {number} says.")
    return " ".join(lines)


def one(size: int, fmt: str, workers: int) -> dict:
    import distributed  # noqa: F401  (imported before the baseline: its memory is not the rows')

    from timeline_cli.dask_output import extract_to_folder
    from timeline_cli.records import EVENT_FIELDS

    rng = random.Random(size)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp, "in")
        inputs.mkdir()
        for number in range(size):
            (inputs / f"{number:06d}.txt").write_text(article(rng, number), encoding="utf-8")
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        wall = time.perf_counter()
        documents, written, _ = extract_to_folder([str(inputs)], "local", f"{tmp}/out/", fmt=fmt,
                                                  fields=EVENT_FIELDS, workers=workers,
                                                  today=dt.date(2025, 1, 1))
        wall = time.perf_counter() - wall
        parts = len(list(Path(tmp, "out").iterdir()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"documents": documents, "rows": written, "parts": parts, "wall": wall, "baseline": baseline,
            "peak": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "parquet"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.format, args.workers)))
        return
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--format", args.format,
                              "--workers", str(args.workers)], capture_output=True, text=True, check=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{figures['documents']:,} documents -> {figures['rows']:,} rows in {figures['parts']} "
              f"{args.format} parts, {figures['wall']:.0f} s wall; client peak RSS {figures['peak']:.0f} MiB "
              f"({figures['peak'] - figures['baseline']:+.0f} MiB over the client with everything imported)")


if __name__ == "__main__":
    main()
