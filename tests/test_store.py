"""`--db`: one merged timeline kept in SQLite across runs (store.py, `show`, `forget`).

Articles are synthetic (tests/news_fixture.py). The model runs for real: the point is that daily runs
through the store give what one run over everything gives.
"""
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import timeline_cli
from news_fixture import write_days
from timeline_cli.cli import app
from timeline_cli.documents import iter_documents
from timeline_cli.extraction import extract_timeline
from timeline_cli.nlp import load_model
from timeline_cli.records import EVENT_FIELDS, Document, Event
from timeline_cli.store import SCHEMA_VERSION, Store, extract_to_store
from timeline_cli.timeline import RowFilter, compile_pattern, filter_rows

runner = CliRunner()
SRC = str(Path(timeline_cli.__file__).resolve().parents[1])


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def dump(path) -> dict[str, list[tuple]]:
    """Every row of the three tables, in id order, without the time each document was read."""
    conn = sqlite3.connect(path)
    try:
        tables = {}
        for table in ("documents", "events", "mentions"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "read_at"]
            names = ", ".join(f'"{c}"' for c in columns)
            tables[table] = conn.execute(f"SELECT {names} FROM {table} ORDER BY id").fetchall()
        return tables
    finally:
        conn.close()


def store_folders(path, folders, nlp, **options):
    stats = []
    with Store(path, write=True) as store:
        for folder in folders:
            stats.append(extract_to_store(store, iter_documents([str(folder)], []), nlp=nlp, **options))
    return stats


def test_daily_runs_make_the_store_of_one_run(tmp_path, nlp):
    # 12 days of 5 articles, to keep the suite quick; bench/store.py runs 30 days of 10 the same way.
    folders = write_days(tmp_path / "news", days=12, per_day=5)
    store_folders(tmp_path / "daily.db", folders, nlp)
    store_folders(tmp_path / "once.db", [tmp_path / "news"], nlp, batch_size=7)
    daily, once = dump(tmp_path / "daily.db"), dump(tmp_path / "once.db")
    assert len(daily["documents"]) == 60
    assert len(daily["events"]) < len(daily["mentions"])  # later days did join earlier events
    assert daily == once


def test_the_store_shows_the_timeline_of_one_run_without_it(tmp_path, nlp):
    folders = write_days(tmp_path / "news", days=6, per_day=4, seed=3)
    store_folders(tmp_path / "daily.db", folders, nlp)
    expected = [row.to_dict() for row in extract_timeline(iter_documents([str(tmp_path / "news")], []), nlp=nlp)]
    with Store(tmp_path / "daily.db") as store:
        assert list(store.timeline()) == expected
    assert any(len(row["sources"]) > 1 for row in expected)


def test_same_folder_twice_changes_nothing_and_the_summary_says_so(tmp_path):
    folders = write_days(tmp_path / "news", days=2, per_day=3)
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["extract", str(folders[0]), "--db", db])
    assert first.exit_code == 0, first.output
    before = dump(db)
    again = runner.invoke(app, ["extract", str(folders[0]), "--db", db])
    assert again.exit_code == 0
    assert "3 documents read (3 already stored, skipped), 0 stored" in again.stderr
    assert dump(db) == before
    # A copy under another name is the same document.
    (tmp_path / "copy.txt").write_bytes(next(folders[0].iterdir()).read_bytes())
    assert "1 already stored" in runner.invoke(app, ["extract", str(tmp_path / "copy.txt"), "--db", db]).stderr
    assert dump(db) == before


def test_a_later_article_joins_the_event_which_keeps_its_id(tmp_path, nlp):
    day1 = Document(id="day1.txt", text="SEOUL, June 20, 2024 - Putin visited Pyongyang on Wednesday. "
                                        "Kim Jong Un greeted him at the airport.")
    day2 = Document(id="day2.txt", text="MOSCOW, June 21, 2024 - Putin visited Pyongyang on June 19, "
                                        "officials said. Putin flew to Hanoi on Thursday.")
    with Store(tmp_path / "s.db", write=True) as store:
        extract_to_store(store, [day1], nlp=nlp)
        before = {row["event"]: row for row in store.timeline()}
        visit = store.conn.execute("SELECT id FROM events WHERE \"trigger\" = 'visit'").fetchall()
        stats = extract_to_store(store, [day2], nlp=nlp)
        after = store.conn.execute("SELECT id, sources FROM events WHERE \"trigger\" = 'visit'").fetchall()
    assert stats.joined >= 1
    assert [(i, json.loads(s)) for i, s in after] == [(visit[0][0], ["day1.txt", "day2.txt"])]
    assert "Putin visited Pyongyang" in before


def _hand_row(source, event, actors, date="2024-06-19", trigger="visit", status="occurred", sentence=None):
    return Event(date=date, end_date=date, value=date, granularity="day", time_expression="Wednesday",
                 event=event, actors=actors, status=status, source=source, sentence=sentence or event + ".",
                 start=0, end=9, reference_date="2024-06-20", reference_source="dateline", trigger=trigger,
                 trigger_start=10, trigger_end=17)


def _hand_store(path, documents):
    """A store filled without the model: [(source, [Event, ...]), ...], one document per batch."""
    from timeline_cli.store import StoredDocument, content_hash

    with Store(path, write=True) as store:
        for source, rows in documents:
            text = source + repr([r.event for r in rows])
            store.add_batch([StoredDocument(Document(id=source, text=text), content_hash(text), "2024-06-20",
                                            "dateline", rows)])


HAND = [
    ("a.txt", [_hand_row("a.txt", "Putin visited Pyongyang", ["Putin"]),
               _hand_row("a.txt", "Die Straße wurde gesperrt", ["Straße Nord"], date="2024-06-10", trigger="close"),
               _hand_row("a.txt", "Talks are planned", [], date="2024-07-01", trigger="plan", status="planned")]),
    ("b.txt", [_hand_row("b.txt", "Vladimir Putin visited Pyongyang", ["Putin", "Kim"]),
               _hand_row("b.txt", "The \"quoted\" envoy left", ['Envoy "X"'], date="2024-05-01", trigger="leave")]),
    ("c.txt", [_hand_row("c.txt", "Seoul closed the airport", ["Seoul", "Group_7 50%"], date="2024-06-30",
                         trigger="close")]),
]


@pytest.mark.parametrize("options", [
    {}, {"since": dt.date(2024, 6, 15)}, {"until": dt.date(2024, 6, 15)},
    {"since": dt.date(2024, 6, 1), "until": dt.date(2024, 6, 20)},
    {"actors": ("putin",)}, {"actors": ("STRASSE",)}, {"actors": ("p_7 50%",)}, {"actors": ("_",)},
    {"actors": ("kim", "seoul")}, {"actors": ('"x"',)},
    {"pattern": compile_pattern("airport|talks")}, {"statuses": ("planned",)},
    {"actors": ("putin",), "since": dt.date(2024, 6, 19), "statuses": ("occurred",)},
    {"date_bases": ("text",)}, {"date_bases": ("publication",)}, {"actors": ("putin",), "date_bases": ("text",)},
])
def test_show_keeps_exactly_the_rows_the_filters_keep(tmp_path, options):
    _hand_store(tmp_path / "s.db", HAND)
    with Store(tmp_path / "s.db") as store:
        everything = list(store.timeline())
        shown = list(store.timeline(RowFilter(**options)))
    assert shown == list(filter_rows(everything, RowFilter(**options)))
    assert len(everything) == 5  # the two visits are one event


def test_show_refuses_the_store_itself_as_output(tmp_path):
    _hand_store(tmp_path / "s.db", HAND)
    before = (tmp_path / "s.db").read_bytes()
    done = runner.invoke(app, ["show", "--db", str(tmp_path / "s.db"), "-f", "jsonl", "-o", str(tmp_path / "s.db")])
    assert done.exit_code == 2
    assert "also an input" in done.stderr
    assert (tmp_path / "s.db").read_bytes() == before


def test_a_filter_added_to_rowfilter_later_reaches_show_unchanged(tmp_path):
    """A new filter (here: dates read from the publication date) may change what --since means: the
    store must then leave the decision to keep() rather than pre-select rows by their event date."""
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class WiderFilter(RowFilter):
        by_publication: bool = False

        def keep(self, row):
            if self.by_publication:
                row = dict(row, date=row["reference_date"], end_date=row["reference_date"])
            return super().keep(row)

    _hand_store(tmp_path / "s.db", HAND)
    with Store(tmp_path / "s.db") as store:
        assert len(list(store.timeline(WiderFilter(since=dt.date(2024, 6, 20), by_publication=True)))) == 5
        assert len(list(store.timeline(WiderFilter(since=dt.date(2024, 6, 20))))) == 2


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "markdown", "html", "timelinejs", "table"])
def test_show_writes_every_format_like_extract(tmp_path, fmt):
    from timeline_cli.cli import write_rows
    from timeline_cli.output import OutputFile

    _hand_store(tmp_path / "s.db", HAND)
    with Store(tmp_path / "s.db") as store:
        rows = list(store.timeline())
    with OutputFile(tmp_path / "expected") as destination:
        write_rows(rows, fmt, destination, EVENT_FIELDS)
    done = runner.invoke(app, ["show", "--db", str(tmp_path / "s.db"), "-f", fmt, "-o", str(tmp_path / "out")])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "out").read_text() == (tmp_path / "expected").read_text()
    assert "5 events from" in done.stderr


def test_show_cli_filters(tmp_path):
    _hand_store(tmp_path / "s.db", HAND)
    done = runner.invoke(app, ["show", "--db", str(tmp_path / "s.db"), "-f", "jsonl", "--actor", "putin",
                               "--since", "2024-06-01", "--status", "occurred", "--grep", "pyongyang"])
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["sources"] for r in rows] == [["a.txt", "b.txt"]]
    assert rows[0]["actors"] == ["Putin", "Kim"]


def test_forget_removes_documents_and_the_events_only_they_reported(tmp_path):
    db = str(tmp_path / "s.db")
    _hand_store(db, HAND)
    with Store(db) as store:
        visit_id = store.conn.execute("SELECT id FROM events WHERE \"trigger\" = 'visit'").fetchone()[0]
    done = runner.invoke(app, ["forget", "--db", db, "a.txt"])
    assert done.exit_code == 0, done.output
    assert "1 document forgotten, 2 events removed, 1 kept with fewer sources" in done.stderr
    with Store(db) as store:
        rows = {row["event"]: row for row in store.timeline()}
        assert store.conn.execute("SELECT count(*) FROM documents WHERE source = 'a.txt'").fetchone() == (0,)
        assert store.conn.execute("SELECT id FROM events WHERE \"trigger\" = 'visit'").fetchone()[0] == visit_id
        assert store.conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'strasse OR straße'"
                                  ).fetchone() == (0,)
    assert set(rows) == {"Vladimir Putin visited Pyongyang", 'The "quoted" envoy left', "Seoul closed the airport"}
    visit = rows["Vladimir Putin visited Pyongyang"]
    assert (visit["source"], visit["sources"], visit["actors"]) == ("b.txt", ["b.txt"], ["Putin", "Kim"])
    unknown = runner.invoke(app, ["forget", "--db", db, "nowhere.txt"])
    assert unknown.exit_code == 1 and "nowhere.txt: not in" in unknown.stderr


def test_full_text_index_follows_the_events(tmp_path):
    _hand_store(tmp_path / "s.db", HAND)
    conn = sqlite3.connect(tmp_path / "s.db")
    hits = conn.execute("SELECT e.event FROM events_fts JOIN events e ON e.id = events_fts.rowid "
                        "WHERE events_fts MATCH 'airport'").fetchall()
    assert hits == [("Seoul closed the airport",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


HALF_WRITTEN = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # spill changed pages to the file while the batch is open
conn.execute("BEGIN IMMEDIATE")
for i in range(3000):
    conn.execute("INSERT INTO meta VALUES (?, ?)", (f"k{i}", "x" * 500))
conn.execute("DELETE FROM events")
os._exit(0)  # dies mid-transaction: the journal stays beside the store
"""


def test_show_reads_a_store_whose_writer_died_mid_batch(tmp_path):
    db = tmp_path / "s.db"
    _hand_store(db, HAND)
    expected = runner.invoke(app, ["show", "--db", str(db), "-f", "jsonl"]).stdout
    subprocess.run([sys.executable, "-c", HALF_WRITTEN, str(db)], check=True)
    assert Path(str(db) + "-journal").exists()
    done = runner.invoke(app, ["show", "--db", str(db), "-f", "jsonl"])
    assert done.exit_code == 0, done.output
    assert done.stdout == expected and len(expected.splitlines()) == 5


def test_a_second_writer_fails_clearly_and_writes_nothing(tmp_path):
    folders = write_days(tmp_path / "news", days=1, per_day=2)
    db = tmp_path / "s.db"
    _hand_store(db, HAND)
    before = dump(db)
    with Store(db, write=True):
        done = runner.invoke(app, ["extract", str(folders[0]), "--db", str(db)])
        assert done.exit_code == 1
        assert "is being written by another timeline run" in done.stderr
        assert "Traceback" not in done.output
        forget = runner.invoke(app, ["forget", "--db", str(db), "a.txt"])
        assert forget.exit_code == 1
        assert runner.invoke(app, ["show", "--db", str(db), "-f", "jsonl"]).exit_code == 0  # readers go on
    assert dump(db) == before


def test_a_store_of_a_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.db"
    _hand_store(db, HAND)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    for args in (["show", "--db", str(db)], ["forget", "--db", str(db), "a.txt"],
                 ["extract", str(tmp_path), "--db", str(db)]):
        done = runner.invoke(app, args)
        assert done.exit_code == 1, args
        assert f"was written by a newer timeline (store schema {SCHEMA_VERSION + 1}" in done.stderr


def test_show_and_forget_need_an_existing_store(tmp_path):
    for args in (["show"], ["forget", "a.txt"]):
        done = runner.invoke(app, [*args, "--db", str(tmp_path / "missing.db")])
        assert done.exit_code == 2 and "no such store" in done.stderr
    assert not (tmp_path / "missing.db").exists()
    (tmp_path / "other.db").write_text("not sqlite at all " * 100)
    done = runner.invoke(app, ["show", "--db", str(tmp_path / "other.db")])
    assert done.exit_code == 1 and "not a timeline store" in done.stderr


def test_a_missing_input_creates_no_store(tmp_path):
    done = runner.invoke(app, ["extract", str(tmp_path / "nowhere"), "--db", str(tmp_path / "s.db")])
    assert done.exit_code == 2 and "no such file or folder" in done.stderr
    assert not (tmp_path / "s.db").exists()


def test_extract_with_db_refuses_print_options(tmp_path):
    done = runner.invoke(app, ["extract", str(tmp_path), "--db", str(tmp_path / "s.db"), "--since", "2024-01-01"])
    assert done.exit_code == 2 and "timeline show" in done.stderr
    assert not (tmp_path / "s.db").exists()


def test_a_field_added_to_events_later_becomes_a_column(tmp_path):
    db = tmp_path / "s.db"
    _hand_store(db, HAND[:1])
    conn = sqlite3.connect(db)  # a store made before trigger_end existed
    conn.execute("ALTER TABLE events DROP COLUMN trigger_end")
    conn.execute("ALTER TABLE mentions DROP COLUMN trigger_end")
    conn.commit()
    conn.close()
    with Store(db) as store:  # read-only: shown with the field's default
        assert {row["trigger_end"] for row in store.timeline()} == {None}
    _hand_store(db, HAND[1:])
    with Store(db) as store:
        rows = list(store.timeline())
    assert [row["trigger_end"] for row in rows if row["source"] == "c.txt"] == [17]


# --- killed runs ---------------------------------------------------------------------------------------
def _cli(*args):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    # A child of a background shell job starts with SIGINT ignored: give it Ctrl-C's usual meaning.
    return subprocess.Popen([sys.executable, "-m", "timeline_cli", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _stored(db) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def _kill_after(process, db, documents: int, sig) -> str:
    """Send `sig` once `documents` documents are stored; the process's stderr."""
    deadline = time.monotonic() + 120
    while _stored(db) < documents and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(sig)
    return process.communicate(timeout=60)[1]


def check_whole_batches(db, reference, batch_size, total):
    """The store is sound and holds whole batches, each exactly as the uninterrupted run stored it."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    got = dump(db)
    n = len(got["documents"])
    assert n % batch_size == 0 or n == total
    assert got["documents"] == reference["documents"][:n]
    assert got["mentions"] == reference["mentions"][:len(got["mentions"])]
    assert len(got["mentions"]) == sum(1 for m in reference["mentions"] if m[2] <= got["documents"][-1][0])


def test_a_killed_run_leaves_whole_batches_and_the_next_run_finishes(tmp_path, nlp):
    write_days(tmp_path / "news", days=6, per_day=5, seed=5)
    news = str(tmp_path / "news")
    store_folders(tmp_path / "reference.db", [news], nlp)
    reference = dump(tmp_path / "reference.db")
    db = tmp_path / "s.db"
    # Ctrl-C once a batch is in, SIGKILL a little later; then a run that finishes.
    first = _cli("extract", news, "--db", str(db), "--batch-size", "2")
    err = _kill_after(first, db, 2, signal.SIGINT)
    assert first.returncode == 130, err
    assert err.strip().endswith("Error: interrupted")
    stored = _stored(db)
    assert 0 < stored < 30
    check_whole_batches(db, reference, 2, 30)
    second = _cli("extract", news, "--db", str(db), "--batch-size", "2", "-q")
    _kill_after(second, db, stored + 4, signal.SIGKILL)
    assert second.returncode in (-signal.SIGKILL, 0)  # 0: it had just finished
    check_whole_batches(db, reference, 2, 30)
    third = _cli("extract", news, "--db", str(db), "--batch-size", "2")
    _, err = third.communicate(timeout=120)
    assert third.returncode == 0, err
    assert "already stored, skipped" in err
    assert dump(db) == reference


# --- workers: only the main process (or the Dask client) writes ---------------------------------------------
def test_worker_processes_make_the_same_store(tmp_path, nlp):
    folders = write_days(tmp_path / "news", days=3, per_day=3, seed=7)
    store_folders(tmp_path / "one.db", folders, nlp, batch_size=2)
    store_folders(tmp_path / "two.db", folders, None, batch_size=2, n_process=2)
    assert dump(tmp_path / "two.db") == dump(tmp_path / "one.db")


def test_dask_client_writes_the_same_store(tmp_path, nlp):
    try:
        from dask.distributed import LocalCluster
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("dask[distributed] is not installed: pip install -e '.[dask]'")
    from timeline_cli.store import extract_to_store_on_dask

    folders = write_days(tmp_path / "news", days=3, per_day=3, seed=8)
    store_folders(tmp_path / "local.db", folders, nlp, batch_size=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with Store(tmp_path / "dask.db", write=True) as store:
            for folder in folders[:2]:
                extract_to_store_on_dask(store, [str(folder)], cluster.scheduler_address, batch_size=2)
            # the folder of day 1 again with day 3: only day 3 is new
            stats = extract_to_store_on_dask(store, [str(folders[0]), str(folders[2])],
                                             cluster.scheduler_address, batch_size=2)
    assert (stats.read, stats.skipped, stats.stored) == (6, 3, 3)
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "local.db")
