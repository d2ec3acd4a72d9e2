"""The SQLite store (`--db`): daily runs against one run, and `timeline show` on 100,000 events.
Prints figures; no pass/fail.

    python bench/store.py                  # both parts (about a minute)
    python bench/store.py --skip-daily     # only the show timings

(1) 30 daily runs of 10 synthetic articles (tests/news_fixture.py), each added to one store with
    store.extract_to_store, against one run over all 300 into another store: are the two stores
    identical, row for row (every column of documents, events and mentions but the read time)? And is
    the stored timeline the one extract_timeline gives without a store?
(2) A store of --events events (made without the model: synthetic rows written through Store.add_batch,
    so merging and the full-text index run as in a real run), then `timeline show` in a child process,
    start-up included: the whole timeline as JSONL, and a filtered `--actor` query.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]


def dump(path) -> dict:
    conn = sqlite3.connect(path)
    tables = {}
    for table in ("documents", "events", "mentions"):
        columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "read_at")
        tables[table] = conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall()
    conn.close()
    return tables


def daily(tmp: Path, days: int, per_day: int) -> None:
    from news_fixture import write_days
    from timeline_cli.documents import iter_documents
    from timeline_cli.extraction import extract_timeline
    from timeline_cli.nlp import load_model
    from timeline_cli.store import Store, extract_to_store

    folders = write_days(tmp / "news", days, per_day)
    nlp = load_model()
    start = time.perf_counter()
    with Store(tmp / "daily.db", write=True) as store:
        for folder in folders:
            extract_to_store(store, iter_documents([str(folder)], []), nlp=nlp)
    daily_s = time.perf_counter() - start
    start = time.perf_counter()
    with Store(tmp / "once.db", write=True) as store:
        extract_to_store(store, iter_documents([str(tmp / "news")], []), nlp=nlp)
    once_s = time.perf_counter() - start
    a, b = dump(tmp / "daily.db"), dump(tmp / "once.db")
    plain = [row.to_dict() for row in extract_timeline(iter_documents([str(tmp / "news")], []), nlp=nlp)]
    with Store(tmp / "daily.db") as store:
        shown = list(store.timeline())
    print(f"(1) {days} daily runs of {per_day} articles: {len(a['documents'])} documents, {len(a['mentions'])} "
          f"mentions, {len(a['events'])} events ({daily_s:.1f} s); one run over all {days * per_day}: "
          f"{len(b['events'])} events ({once_s:.1f} s)")
    print(f"    stores identical row for row: {a == b}; stored timeline == extract_timeline without a "
          f"store: {shown == plain}")


NAMES = [f"{first} {last}" for first in ("Anna", "Boris", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana",
                                         "Ivan", "Jun") for last in ("Adler", "Baker", "Cruz", "Diaz", "Eng",
                                                                     "Ford", "Gray", "Holm", "Ito", "Jones")]
VERBS = ["visit", "sign", "announce", "close", "open", "raise", "cut", "meet", "launch", "approve"]


def build(path: Path, n_events: int, per_document: int = 5, batch: int = 32) -> float:
    from timeline_cli.records import Document, Event
    from timeline_cli.store import Store, StoredDocument, content_hash

    rng = random.Random(14)
    start = time.perf_counter()
    with Store(path, write=True) as store:
        items = []
        for d in range(n_events // per_document):
            source = f"news/{d // 100:04d}/article-{d:06d}.txt"
            rows = []
            for k in range(per_document):
                i = d * per_document + k
                day = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                actor = rng.choice(NAMES)
                verb = VERBS[i % len(VERBS)]
                event = f"{actor} {verb}ed the {rng.choice(['plan', 'deal', 'port', 'summit'])} number {i}"
                rows.append(Event(date=day, end_date=day, value=day, granularity="day", time_expression="Monday",
                                  event=event, actors=[actor], status="occurred", source=source,
                                  sentence=f"On Monday, {event}, officials said in a statement late on Tuesday.",
                                  start=3, end=9, reference_date=day, reference_source="metadata",
                                  trigger=f"{verb}{i}", trigger_start=20, trigger_end=26))
            text = f"article {d}"
            items.append(StoredDocument(Document(id=source, text=text), content_hash(text), rows[0].date,
                                        "metadata", rows))
            if len(items) == batch:
                store.add_batch(items)
                items = []
        store.add_batch(items)
    return time.perf_counter() - start


def show(args: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of `timeline show ARGS` in a child process; CPU is user + sys of the child,
    the figure to trust on a busy machine."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "timeline_cli", "show", *args], capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(done.stderr)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=10)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each show command (best and median)")
    parser.add_argument("--skip-daily", action="store_true")
    parser.add_argument("--skip-show", action="store_true")
    parser.add_argument("--store", type=Path, default=None,
                        help="keep the 100k-event store at this path (reused when it exists)")
    args = parser.parse_args()
    import logging
    import statistics

    logging.getLogger("timeline_cli").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="timeline-store-") as tmp:
        tmp = Path(tmp)
        if not args.skip_daily:
            daily(tmp, args.days, args.per_day)
        if not args.skip_show:
            db = args.store or tmp / "big.db"
            if db.exists():
                print(f"(2) store {db} ({db.stat().st_size / 2**20:.0f} MiB), reused")
            else:
                built = build(db, args.events)
                print(f"(2) store of {args.events} events built in {built:.1f} s ({db.stat().st_size / 2**20:.0f} MiB)")
            for label, extra in (("whole timeline, JSONL", []),
                                 ("--actor 'Chen Cruz', JSONL", ["--actor", "Chen Cruz"]),
                                 ("--since 2020-01-01 --until 2020-12-31", ["--since", "2020-01-01",
                                                                          "--until", "2020-12-31"])):
                out = tmp / "out.jsonl"
                runs = [show(["--db", str(db), "-f", "jsonl", "-o", str(out), *extra]) for _ in range(args.repeat)]
                lines = sum(1 for _ in open(out, encoding="utf-8"))
                walls, cpus = [w for w, _ in runs], [c for _, c in runs]
                print(f"    timeline show {label}: {lines} rows; wall best {min(walls):.2f} s, median "
                      f"{statistics.median(walls):.2f} s; CPU best {min(cpus):.2f} s ({args.repeat} runs, "
                      f"start-up included; load average {open('/proc/loadavg').read().split()[0]})")
            runs = [show(["--help"]) for _ in range(args.repeat)]
            print(f"    (timeline show --help alone: wall best {min(w for w, _ in runs):.2f} s, CPU best "
                  f"{min(c for _, c in runs):.2f} s)")


if __name__ == "__main__":
    main()
