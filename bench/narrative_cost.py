"""Cost of narrative time (issue 11): `timeline dates --kind auto` against `--kind news` on the same
documents, in one run. Prints CPU times and their ratio; no pass/fail (the issue's budget is +5%).

    python bench/narrative_cost.py                  # 500 documents, runs in the order A B B A
    python bench/narrative_cost.py --docs 100       # a quick look

Corpus: the TempEval-3 training texts and the WikiWars development texts (TimeML, each with its
document creation time as reference date), repeated to --docs documents and written as .tml files to a
temporary folder. With `--kind news` every text is tagged as news; with `--kind auto` each is first
detected (temporal/narrative.py: three regular expressions over the raw text) and the narratives
(the WikiWars texts) are anchored on the story. Each run is the CLI end to end in a child process
(startup, model load and spaCy's parse included, as a user runs it); its CPU time is user + sys of
the child (os.wait4). A B B A cancels a drift of the machine's speed over the run (other jobs, warm
caches); the ratio compares the sum of the two B runs with the sum of the two A runs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ("../shared/data/tempeval3/train/", "../shared/data/wikiwars-dev/")


def run(timeline: list[str], folder: Path, kind: str, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one `timeline dates FOLDER --kind KIND -o OUT` in a child process."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    wall = time.perf_counter()
    proc = subprocess.Popen([*timeline, "dates", str(folder), "--kind", kind, "-f", "jsonl", "-o", str(out), "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - wall
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"timeline dates --kind {kind} failed: {proc.stderr.read().decode(errors='replace')[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=500, help="documents per run (default 500)")
    parser.add_argument("--data", nargs="+", default=list(DEFAULT_DATA), help="folders of .tml files")
    parser.add_argument("--timeline", default=shutil.which("timeline") or "timeline",
                        help="the timeline executable (default: the one on PATH)")
    args = parser.parse_args()
    files = sorted(f for d in args.data for f in Path(d).rglob("*.tml"))
    if not files:
        sys.exit(f"no .tml files under {', '.join(args.data)}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for i in range(args.docs):
            shutil.copyfile(files[i % len(files)], folder / f"{i:05d}_{files[i % len(files)].name}")
        size = sum(f.stat().st_size for f in folder.iterdir())
        print(f"{args.docs} documents ({size / 1e6:.1f} MB of TimeML) from {len(files)} files; order A B B A, "
              f"A = --kind news, B = --kind auto")
        cpu = {"news": 0.0, "auto": 0.0}
        for step, kind in enumerate(("news", "auto", "auto", "news")):
            wall, seconds = run([args.timeline], folder, kind, Path(tmp) / f"{step}.jsonl")
            cpu[kind] += seconds
            print(f"  {'ABBA'[step]} --kind {kind:4s}  wall {wall:7.1f} s   cpu {seconds:7.1f} s")
        print(f"CPU auto / news = {cpu['auto'] / cpu['news']:.3f} (sum of the two runs of each)")


if __name__ == "__main__":
    main()
