"""Issue 16, run-time half: Ctrl-C with workers, stdout/stderr that fail or are closed, too many
workers, bad --dask/--model values, CSV formula injection, sources shortened without colliding, and the
minor cases (empty file, "number 1000", reference dates far from now)."""
import csv
import datetime as dt
import io
import json
import logging
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli import nlp as nlp_module
from timeline_cli.cli import app, write_rows
from timeline_cli.formats import WRITERS, csv_cell, read_csv_cell, source_names
from timeline_cli.options import RunOptions
from timeline_cli.output import OutputFile
from timeline_cli.records import DATE_FIELDS, EVENT_FIELDS, Document
from timeline_cli.temporal import tag

ROOT = Path(__file__).parent.parent
runner = CliRunner()
REF = dt.date(2024, 6, 27)


def env():
    return dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))


def timeline(*args):
    return [sys.executable, "-m", "timeline_cli", *args]


@pytest.fixture(scope="module")
def nlp():
    return nlp_module.load_model()  # cached: CliRunner runs below reuse it


# --- 8. Ctrl-C with worker processes ------------------------------------------------------------------
def _group(pgid):
    """Live (not zombie) processes of a process group."""
    alive = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.getpgid(int(entry)) != pgid:
                continue
            with open(f"/proc/{entry}/stat") as stat:
                state = stat.read().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X"):
            alive.append(int(entry))
    return alive


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("presses", [1, 3])
def test_ctrl_c_stops_the_workers_at_once(tmp_path, presses):
    # Long documents, one per batch: when the first rows are out, both workers are busy for seconds.
    # Before: one Ctrl-C waited for the batches in flight; a second one during that wait hung forever.
    sentence = "The council met on Monday in Springfield and said the budget would be voted on Friday. "
    for i in range(16):
        (tmp_path / f"doc{i:02}.txt").write_text(sentence * 600, encoding="utf-8")
    proc = subprocess.Popen(timeline("dates", str(tmp_path), "-j", "2", "--batch-size", "1", "-f", "jsonl",
                                     "--reference-date", "2024-06-27"),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), start_new_session=True,
                            # A child of a background shell job (pytest run with `&` from a script)
                            # starts with SIGINT ignored, as POSIX has it: give it Ctrl-C's usual meaning.
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        assert ready and proc.stdout.readline(), "no output from the workers"
        started = time.monotonic()
        for _ in range(presses):
            os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
            time.sleep(0.3)
        proc.wait(timeout=30)
        stopped = time.monotonic() - started
        stderr = proc.stderr.read().decode()
        assert proc.returncode == 130, stderr
        assert stderr.strip().splitlines() == ["Error: interrupted"]
        print(f"stopped {stopped:.2f} s after the first Ctrl-C")
        # The issue asks for 2 s (bench/signals.py measures it); 5 s leaves room for a busy machine and
        # still fails when the batches in flight are waited for (several seconds each).
        assert stopped < 5
        deadline = time.monotonic() + 5
        while _group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _group(proc.pid) == [], "worker processes left running"
    finally:
        for pid in _group(proc.pid):
            os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_stopping_early_does_not_wait_for_the_workers(monkeypatch):
    """A consumer that stops (an error, Ctrl-C, `| head`) terminates the workers instead of waiting."""
    calls = []

    class Pool:
        def __init__(self, max_workers, initializer=None):
            self._processes = {}

        def submit(self, fn, *args, **kwargs):
            from concurrent.futures import Future

            future = Future()
            future.set_result([{"rows": []}])
            return future

        def shutdown(self, wait=True, cancel_futures=False):
            calls.append(("shutdown", wait))

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Pool)
    monkeypatch.setattr(nlp_module, "usable_cpus", lambda: 4)
    results = nlp_module.pipe_records((Document(id=str(i), text="x") for i in range(10)),
                                      options=RunOptions(n_process=2, batch_size=1))
    next(results)
    results.close()
    assert calls == [("shutdown", False)]


# --- 10. -j above the CPUs ------------------------------------------------------------------------------
def test_workers_are_capped_at_the_cpus_with_one_warning(monkeypatch, caplog):
    started = []

    class Pool:
        def __init__(self, max_workers, initializer=None):
            started.append(max_workers)
            self._processes = {}

        def submit(self, fn, *args, **kwargs):
            from concurrent.futures import Future

            future = Future()
            future.set_result([{"rows": []}] * len(args[0]))
            return future

        def shutdown(self, wait=True, cancel_futures=False):
            pass

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", Pool)
    monkeypatch.setattr(nlp_module, "usable_cpus", lambda: 2)
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        out = list(nlp_module.pipe_records((Document(id=str(i), text="x") for i in range(50)),
                                           options=RunOptions(n_process=64, batch_size=4)))
    assert len(out) == 50
    assert started == [2]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["64 worker processes asked for, but only 2 CPUs are available: using 2"]


def test_usable_cpus_follows_the_affinity_mask():
    if not hasattr(os, "sched_getaffinity"):
        pytest.skip("no affinity on this platform")
    assert nlp_module.usable_cpus() == len(os.sched_getaffinity(0))


# --- 9. stdout and stderr that fail or are closed ---------------------------------------------------------
def test_a_full_stdout_is_one_error_line(tmp_path):
    (tmp_path / "a.txt").write_text("The council met on June 24, 2024.", encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(timeline("dates", str(tmp_path / "a.txt"), "-f", "csv"), stdout=full,
                              stderr=subprocess.PIPE, text=True, env=env(), timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["Error: cannot write to standard output: No space left on device"]


def test_a_closed_stdout_is_a_usage_error_before_any_work(tmp_path):
    (tmp_path / "a.txt").write_text("The council met on June 24, 2024.", encoding="utf-8")
    done = subprocess.run(timeline("extract", str(tmp_path / "a.txt"), "-f", "csv"), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, env=env(), timeout=120,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["Error: standard output is closed; write to a file with -o FILE"]


def test_a_closed_stderr_still_writes_the_data(tmp_path):
    (tmp_path / "a.txt").write_text("The council met on June 24, 2024.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")  # a warning and exit 1, with nowhere to say it
    done = subprocess.run(timeline("dates", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "csv"),
                          capture_output=True, text=True, env=env(), timeout=120,
                          preexec_fn=lambda: os.close(2))
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [row["text"] for row in rows] == ["June 24, 2024"]
    assert done.returncode == 1


def test_a_failing_output_file_is_still_named(tmp_path, monkeypatch):
    from timeline_cli.errors import TimelineError

    def broken(rows, stream, fields):
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(WRITERS, "jsonl", broken)
    with pytest.raises(TimelineError, match=r"cannot write .*out\.jsonl: No space left on device"):
        with OutputFile(tmp_path / "out.jsonl") as destination:
            write_rows([], "jsonl", destination, EVENT_FIELDS)
    assert not (tmp_path / "out.jsonl").exists()


# --- 11, 15. option values that used to fall back or crash -------------------------------------------------
@pytest.mark.parametrize("args, message", [
    (["--dask", "bogus"], "'bogus' is not a Dask scheduler address"),
    (["--dask", ""], "--dask needs a value"),
    (["--model", ""], "--model needs a value"),
    (["--model", "  "], "--model needs a value"),
    (["--reference-date", "0001-01-01"], "outside the years 1000-2999"),
    (["--reference-date", "9999-12-31"], "outside the years 1000-2999"),
    (["--csv-raw", "-f", "jsonl"], "--csv-raw is for the csv format, not jsonl"),
])
def test_bad_values_are_usage_errors(tmp_path, args, message):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), *args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("address", ["local", "tcp://127.0.0.1:8786", "scheduler:8786", "tls://h.example:8786",
                                     "[::1]:8786"])
def test_real_dask_addresses_pass_the_check(address):
    from timeline_cli.distributed import check_address

    assert check_address(address) == address


def test_eval_refuses_an_empty_model():
    result = runner.invoke(app, ["eval", str(ROOT / "tests"), "--model", ""])
    assert result.exit_code == 2
    assert "--model needs a value" in result.stderr


# --- 13. CSV formula injection -------------------------------------------------------------------------------
@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"),
    ("-30% in a week", "'-30% in a week"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tindented", "'\tindented"),
    ("\rcarriage", "'\rcarriage"),
    ("'=already quoted", "''=already quoted"),
    ("plain text", "plain text"),
    ("'a quote", "'a quote"),
    ("a=b", "a=b"),
    ("", ""),
])
def test_csv_cells_that_look_like_formulas_are_quoted_and_read_back(value, cell):
    assert csv_cell(value) == cell
    assert read_csv_cell(cell) == value


def test_csv_writer_escapes_unless_raw():
    row = {name: None for name in EVENT_FIELDS}
    row.update(event="=cmd|' /C calc'!A0", actors=["-Minus", "Plus"], sentence="@here")
    escaped, raw = io.StringIO(newline=""), io.StringIO(newline="")
    WRITERS["csv"]([row], escaped, EVENT_FIELDS)
    WRITERS["csv"]([row], raw, EVENT_FIELDS, raw=True)
    got = next(csv.DictReader(io.StringIO(escaped.getvalue(), newline="")))
    assert (got["event"], got["actors"], got["sentence"]) == ("'=cmd|' /C calc'!A0", "'-Minus; Plus", "'@here")
    got = next(csv.DictReader(io.StringIO(raw.getvalue(), newline="")))
    assert (got["event"], got["actors"], got["sentence"]) == ("=cmd|' /C calc'!A0", "-Minus; Plus", "@here")


def test_csv_raw_reaches_the_writer(tmp_path):
    row = {name: None for name in DATE_FIELDS}
    row.update(text="-5 days")
    with OutputFile(tmp_path / "raw.csv") as destination:
        write_rows([row], "csv", destination, DATE_FIELDS, csv_raw=True)
    with OutputFile(tmp_path / "safe.csv") as destination:
        write_rows([row], "csv", destination, DATE_FIELDS)
    raw = (tmp_path / "raw.csv").read_text(encoding="utf-8")
    safe = (tmp_path / "safe.csv").read_text(encoding="utf-8")
    assert next(csv.DictReader(io.StringIO(raw, newline="")))["text"] == "-5 days"
    assert next(csv.DictReader(io.StringIO(safe, newline="")))["text"] == "'-5 days"


# --- 14. sources shortened without two looking alike --------------------------------------------------------
def test_source_names_are_the_shortest_unique_ends():
    names = source_names(["nyt/2024/123", "wapo/2024/123", "a/b/story.txt", "c/d/other.txt",
                          "x/b/story.txt", "123", "export.jsonl:17", None, ""])
    assert names == {"nyt/2024/123": "nyt/2024/123", "wapo/2024/123": "wapo/2024/123",
                     "a/b/story.txt": "a/b/story.txt", "x/b/story.txt": "x/b/story.txt",
                     "c/d/other.txt": "other.txt", "123": "123", "export.jsonl:17": "export.jsonl:17"}
    assert source_names(["/home/me/news/2024/story.txt"]) == {"/home/me/news/2024/story.txt": "story.txt"}
    assert source_names(["a\\b\\c.txt", "d\\b\\c.txt"])["a\\b\\c.txt"] == "a\\b\\c.txt"


def _event(source, sources=None):
    row = {name: None for name in EVENT_FIELDS}
    row.update(date="2024-06-26", end_date="2024-06-26", value="2024-06-26", granularity="day",
               time_expression="Wednesday", event="Talks resumed", actors=[], status="occurred",
               source=source, sentence="Talks resumed on Wednesday.", sources=sources or [source])
    return row


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "timelinejs"])
def test_people_formats_keep_distinct_sources_distinct(fmt):
    rows = [_event("nyt/2024/123"), _event("wapo/2024/123"), _event("local/only.txt")]
    stream = io.StringIO()
    if fmt == "table":
        from timeline_cli.console import write_table

        write_table(rows, stream, EVENT_FIELDS)
    else:
        WRITERS[fmt](rows, stream, EVENT_FIELDS)
    text = stream.getvalue()
    assert "nyt/2024/123" in text and "wapo/2024/123" in text
    assert "only.txt" in text and "local/only.txt" not in text  # still shortened when unique


def test_markdown_dates_sources_are_shortened_over_the_whole_output():
    rows = [{**{name: None for name in DATE_FIELDS}, "source": source, "text": "Monday", "start": 0, "end": 6}
            for source in ("2023/story.txt", "2024/story.txt")]
    stream = io.StringIO()
    WRITERS["markdown"](iter(rows), stream, DATE_FIELDS)
    lines = stream.getvalue().splitlines()[2:]
    assert [line.split(" | ")[0] for line in lines] == ["| 2023/story.txt", "| 2024/story.txt"]


# --- 15. the minor ones -----------------------------------------------------------------------------------
def test_an_empty_file_gives_no_message(tmp_path, nlp):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("\n  \n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl", "-q"])
    assert result.exit_code == 0
    assert result.stderr == ""
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.stderr.splitlines() == ["timeline: 2 documents read, 0 rows, 0 failed"]


def test_a_text_without_a_date_still_warns(tmp_path, nlp):
    (tmp_path / "a.txt").write_text("Talks resumed on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["dates", str(tmp_path / "a.txt"), "-f", "jsonl"])
    assert "no date found in the document" in result.stderr


@pytest.mark.parametrize("text", ["The budget number 1000 was approved.", "Resolution No. 1500 passed.",
                                  "Bill number 2024 passed.", "Flight number 1999 landed."])
def test_a_numbered_thing_is_not_a_year(text):
    assert [e.text for e in tag(text, REF) if e.type == "DATE"] == []


@pytest.mark.parametrize("text, year", [("It rained in 1999.", "1999"), ("Numbers rose in 2020.", "2020")])
def test_years_are_still_years(text, year):
    assert [e.value for e in tag(text, REF)] == [year]


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "0999-06-01"])
def test_a_metadata_date_far_from_now_warns_and_the_document_is_read(tmp_path, nlp, date):
    line = {"id": "far", "date": date, "text": "Talks resumed on Monday, June 24, 2024. They end next month."}
    (tmp_path / "a.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["dates", str(tmp_path / "a.jsonl"), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert f"warning: far: the document's date {date} is outside the years 1000-2999; ignored" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(row["reference_source"] != "metadata" for row in rows)
    assert all(len(row["value"].split("-")[0]) == 4 for row in rows if row["value"][:1].isdigit())
