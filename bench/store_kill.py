"""Kill `timeline extract --db` at random moments and check the store each time. Prints the result.

    python bench/store_kill.py                 # 100 trials (about 30 minutes on 2 busy cores)
    python bench/store_kill.py --trials 10

Each trial starts `timeline extract NEWS --db S --batch-size B` in a child process on a fresh store,
sends it SIGKILL or SIGINT (alternately) at a moment drawn uniformly between a little before an
uninterrupted run stores its first batch (the model load comes first) and the end of that run,
then checks that the store is sound (PRAGMA integrity_check, foreign_key_check)
and holds only whole batches, each exactly as the uninterrupted run stored it; then runs the same
command again to the end and checks that the store is then identical, row for row, to the store of
the uninterrupted run. Articles: tests/news_fixture.py.
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from store import dump  # bench/store.py, beside this script: every table's rows but read_at

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}


def _default_sigint() -> None:
    # A child of a background shell job starts with SIGINT ignored, and Python then installs no
    # KeyboardInterrupt handler: give the child Ctrl-C's usual meaning.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=rw", uri=True)  # rw: rolls back a killed batch's journal
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def first_commit(args, db: Path) -> tuple[float, float]:
    """(seconds until the first batch is in the store, seconds of the whole run), for the reference."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "timeline_cli", *args], env=ENV,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    first = None
    while child.poll() is None:
        if first is None and stored(db):
            first = time.perf_counter() - start
        time.sleep(0.01)
    assert child.returncode == 0, child.stderr.read()
    full = time.perf_counter() - start
    return first or full, full


def run(args, kill_after: float | None = None, sig=signal.SIGKILL) -> tuple[int, float]:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "timeline_cli", *args], env=ENV,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    if kill_after is not None:
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            child.send_signal(sig)
    child.communicate()
    return child.returncode, time.perf_counter() - start


def problems(db: Path, reference: dict, batch: int, total: int) -> list[str]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    found = []
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            return []  # killed before the schema was committed: an empty file, nothing stored
        if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            found.append("integrity_check failed")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            found.append("foreign_key_check failed")
    finally:
        conn.close()
    got = dump(db)
    n = len(got["documents"])
    if n % batch and n != total:
        found.append(f"{n} documents: not whole batches of {batch}")
    if got["documents"] != reference["documents"][:n]:
        found.append("documents differ from the uninterrupted run's")
    last = got["documents"][-1][0] if n else 0
    if got["mentions"] != [m for m in reference["mentions"] if m[2] <= last]:
        found.append("mentions differ from the uninterrupted run's")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--days", type=int, default=10)
    parser.add_argument("--per-day", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=2)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    from news_fixture import write_days

    rng = random.Random(args.seed)
    total = args.days * args.per_day
    with tempfile.TemporaryDirectory(prefix="timeline-kill-") as tmp:
        tmp = Path(tmp)
        write_days(tmp / "news", args.days, args.per_day)
        command = ["extract", str(tmp / "news"), "--batch-size", str(args.batch_size), "-q", "--db"]
        first, full = first_commit([*command, str(tmp / "reference.db")], tmp / "reference.db")
        reference = dump(tmp / "reference.db")
        print(f"{total} articles, batch size {args.batch_size}; an uninterrupted run takes {full:.1f} s "
              f"(first batch stored after {first:.1f} s: model load) and stores {len(reference['events'])} "
              f"events; kills land uniformly between {0.8 * first:.1f} s and {full:.1f} s")
        bad = []
        partial = killed = 0
        stored_counts = []
        for trial in range(args.trials):
            db = tmp / f"trial{trial}.db"
            sig = signal.SIGKILL if trial % 2 == 0 else signal.SIGINT
            code, _ = run([*command, str(db)], kill_after=rng.uniform(0.8 * first, full), sig=sig)
            killed += code != 0
            found = problems(db, reference, args.batch_size, total)
            if sig == signal.SIGINT and code not in (0, 130):
                found.append(f"Ctrl-C gave exit code {code}, not 130")
            n = stored(db) if db.exists() else 0
            stored_counts.append(n)
            partial += 0 < n < total
            code, _ = run([*command, str(db)])
            if code != 0:
                found.append(f"the re-run exited with {code}")
            elif dump(db) != reference:
                found.append("after the re-run the store differs from the uninterrupted run's")
            if found:
                bad.append((trial, sig.name, found))
            db.unlink(missing_ok=True)
            print(f"trial {trial + 1}: {sig.name}, {n} documents stored when killed, "
                  f"{'OK' if not found else '; '.join(found)}", flush=True)
        print(f"{args.trials} trials: {killed} runs ended by the signal, {partial} left a partly filled store "
              f"(0 < documents < {total}); problems in {len(bad)} trials")
        for trial, name, found in bad:
            print(f"  trial {trial + 1} ({name}): {'; '.join(found)}")


if __name__ == "__main__":
    main()
