"""`timeline extract --order input`: rows written as each document is done, in input order, unmerged."""
import datetime as dt
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from timeline_cli.cli import app
from timeline_cli.extraction import extract_timeline
from timeline_cli.records import Document
from timeline_cli.streaming import stream_events

runner = CliRunner()
REF = dt.date(2024, 6, 28)

# The first article's events are later than the second's: time order and input order differ.
LATE = Document(id="late.txt", text="Putin visited Pyongyang on Wednesday, June 26, 2024. "
                                    "The airport reopened on Thursday, June 27, 2024.")
EARLY = Document(id="early.txt", text="Putin visited Pyongyang on Wednesday, June 26, 2024. "
                                      "The ministry announced the talks on Monday, June 3, 2024.")


@pytest.fixture(scope="module")
def nlp():
    from timeline_cli.nlp import load_model

    return load_model()


class ReadPastFirst(RuntimeError):
    pass


def test_first_document_rows_come_before_the_second_document_is_read(nlp):
    def documents():
        yield LATE
        raise ReadPastFirst("the second document was asked for before the first one's rows came out")

    rows = stream_events(documents(), nlp=nlp, reference_date=REF, batch_size=1)
    first = next(rows)
    assert first.source == "late.txt" and first.sources == ["late.txt"]
    with pytest.raises(ReadPastFirst):
        list(rows)


def test_rows_come_in_input_order_unmerged(nlp):
    streamed = list(stream_events([LATE, EARLY], nlp=nlp, reference_date=REF, batch_size=1))
    sources = [row.source for row in streamed]
    assert sources == sorted(sources, key=["late.txt", "early.txt"].index)  # documents in input order
    assert sources.count("late.txt") >= 2 and sources.count("early.txt") >= 2
    for source in ("late.txt", "early.txt"):  # a document's rows in text order
        starts = [row.start for row in streamed if row.source == source]
        assert starts == sorted(starts)
    # The same rows as the unmerged timeline, only not sorted by date; nothing merged.
    unmerged = extract_timeline([LATE, EARLY], nlp=nlp, reference_date=REF, merge=False)
    as_json = [json.dumps(row.to_dict()) for row in streamed]
    assert sorted(as_json) == sorted(json.dumps(row.to_dict()) for row in unmerged)
    assert as_json != [json.dumps(row.to_dict()) for row in unmerged]  # the default order differs here
    assert all(row.sources == [row.source] for row in streamed)


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "1-late.txt").write_text(LATE.text, encoding="utf-8")
    (tmp_path / "2-early.txt").write_text(EARLY.text, encoding="utf-8")
    return tmp_path


def rows_of(result):
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_cli_order_input_streams_unmerged_in_input_order(nlp, folder):
    args = ["extract", str(folder), "-f", "jsonl", "--reference-date", "2024-06-28"]
    by_time = rows_of(runner.invoke(app, args))
    by_input = rows_of(runner.invoke(app, [*args, "--order", "input"]))
    names = [row["source"].rsplit("/", 1)[-1] for row in by_input]
    assert names == sorted(names)  # 1-late.txt's rows, then 2-early.txt's
    assert [row["date"] for row in by_time] == sorted(row["date"] for row in by_time)
    # The visit both articles report is one merged row by time, two rows in input order.
    merged_visit = [row for row in by_time if row["trigger"] == "visit"]
    assert len(merged_visit) == 1 and len(merged_visit[0]["sources"]) == 2
    visits = [row for row in by_input if row["trigger"] == "visit"]
    assert len(visits) == 2 and all(row["sources"] == [row["source"]] for row in visits)
    assert len(by_input) == len(by_time) + 1


def test_cli_order_input_with_filters_counts_in_the_summary(nlp, folder):
    result = runner.invoke(app, ["extract", str(folder), "-f", "jsonl", "--reference-date", "2024-06-28",
                                 "--order", "input", "--since", "2024-06-26"])
    rows = rows_of(result)
    assert rows and all(row["date"] >= "2024-06-26" for row in rows)
    assert "2 documents read, 3 rows (1 filtered out), 0 failed" in result.stderr


def test_help_says_order_input_implies_no_merge():
    result = runner.invoke(app, ["extract", "--help"], terminal_width=200)
    text = " ".join(result.stdout.split())
    assert "--order" in text and "implies --no-merge" in text


def test_unknown_order_is_a_usage_error(folder):
    result = runner.invoke(app, ["extract", str(folder), "--order", "date"])
    assert result.exit_code == 2 and "'date' is not one of: time, input" in result.stderr


def test_head_stops_a_streamed_run_quietly(folder):
    script = ('"$PYTHON" -m timeline_cli extract "$INPUT" --order input -f jsonl --reference-date 2024-06-28'
              ' | head -1; echo "status=${PIPESTATUS[0]}" >&2')
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHON": sys.executable,
                               "PYTHONPATH": ":".join(sys.path), "INPUT": str(folder)})
    assert done.stderr.strip().splitlines()[-1] == "status=0", done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"].endswith("1-late.txt")


def test_dask_order_input_gives_the_local_streamed_rows(nlp, folder):
    pytest.importorskip("distributed")
    from dask.distributed import LocalCluster

    args = ["extract", str(folder), "-f", "jsonl", "--reference-date", "2024-06-28", "--order", "input"]
    local = runner.invoke(app, args)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        remote = runner.invoke(app, [*args, "--dask", cluster.scheduler_address])
    assert remote.exit_code == local.exit_code == 0, remote.stderr
    assert remote.stdout == local.stdout and len(local.stdout.splitlines()) >= 4
