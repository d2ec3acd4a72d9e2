"""Time to the first row of `timeline extract DIR --order input | head -1`. Prints figures; no pass/fail.

    python bench/first_row.py                 # 10,000 generated articles
    python bench/first_row.py --docs 2000 --keep /tmp/articles

Writes --docs short made-up news articles (a dateline, a few dated sentences; generated here, no
corpus) as .txt files in a temporary folder, then runs the CLI in a shell pipeline into `head -1`
and reports: seconds until the first row reached `head`, seconds until the whole pipeline ended, the
exit status of `timeline` (0 when it stopped quietly on the closed pipe) and the CPU time of the run.
The default `--order time` would print its first row only after all documents are parsed.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PLACES = ["SEOUL", "TOKYO", "BERLIN", "NAIROBI", "LIMA", "OTTAWA", "CAIRO", "HANOI"]
ACTORS = ["The ministry", "Police", "The central bank", "President Lee", "The union", "Officials",
          "The company", "Prime Minister Ruto", "The court", "Rescue workers"]
VERBS = ["said", "announced", "met", "signed an agreement", "raised interest rates", "opened an inquiry",
         "closed the airport", "visited the capital", "launched a rocket", "called a strike"]
WHEN = ["on Monday", "on Tuesday", "last week", "on Wednesday", "next month", "in March", "on Friday",
        "yesterday", "this week", "on June 3"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def article(rng: random.Random) -> str:
    head = f"{rng.choice(PLACES)}, {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)} - "
    sentences = [f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(WHEN)}." for _ in range(rng.randint(4, 9))]
    filler = "The decision drew criticism from opposition lawmakers, who called for a full review."
    return head + " ".join(sentences[:3]) + "\n\n" + filler + " " + " ".join(sentences[3:]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="write the articles here and keep them")
    parser.add_argument("--timeline", default=str(Path(sys.executable).with_name("timeline")),
                        help="the timeline command (default: the one beside this Python)")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="timeline-first-row-"))
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(15)
    started = time.perf_counter()
    for i in range(args.docs):
        (folder / f"{i:06d}.txt").write_text(article(rng), encoding="utf-8")
    print(f"wrote {args.docs:,} articles to {folder} in {time.perf_counter() - started:.1f} s")

    env = {**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    script = '"$TIMELINE" extract "$DIR" --order input -q | head -1; echo "status=${PIPESTATUS[0]}" >&2'
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.Popen(["bash", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env={**env, "TIMELINE": args.timeline, "DIR": str(folder)})
    first = run.stdout.readline()
    first_at = time.perf_counter() - started
    rest, err = run.communicate()
    ended_at = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    status = err.strip().splitlines()[-1] if err.strip() else "?"
    print(f"timeline extract DIR --order input | head -1, {args.docs:,} documents:")
    print(f"  first row after {first_at:.2f} s; pipeline ended after {ended_at:.2f} s; {status}; "
          f"CPU {cpu:.2f} s; load average {os.getloadavg()[0]:.1f}")
    print(f"  first row: {first.strip()[:160]}")
    other = [line for line in err.strip().splitlines()[:-1]]
    if other or rest:
        print(f"  unexpected output: {(rest + ''.join(other))[:300]!r}")
    if not args.keep:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
