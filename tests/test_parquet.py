"""--format parquet: the JSONL columns, typed (dates as dates, lists as lists), read back with pyarrow."""
import datetime as dt
import io
import json

import pyarrow as pa  # the [test] extra installs it
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from test_formats import sample_dates, sample_events
from timeline_cli.cli import app
from timeline_cli.formats import FORMAT_BY_SUFFIX, WRITERS, write_parquet
from timeline_cli.formats.parquet import ROW_GROUP_ROWS
from timeline_cli.records import DATE_FIELDS, EVENT_FIELDS

runner = CliRunner()


def as_parquet(rows, fields):
    buffer = io.BytesIO()
    write_parquet((row.to_dict() for row in rows), buffer, fields)
    return pq.read_table(io.BytesIO(buffer.getvalue()))


def jsonl_rows(rows, fields):
    stream = io.StringIO()
    WRITERS["jsonl"]((row.to_dict() for row in rows), stream, fields)
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def day(value):
    return dt.date.fromisoformat(value) if value else None


def test_event_rows_have_the_jsonl_columns_typed():
    table = as_parquet(sample_events(), EVENT_FIELDS)
    assert table.column_names == list(EVENT_FIELDS)
    types = {field.name: field.type for field in table.schema}
    for name in ("date", "end_date", "reference_date"):
        assert types[name] == pa.date32()
    for name in ("start", "end", "trigger_start", "trigger_end"):
        assert types[name] == pa.int64()
    for name in ("actors", "sources"):
        assert types[name] == pa.list_(pa.string())
    for name in ("value", "granularity", "time_expression", "event", "status", "source", "sentence",
                 "reference_source", "trigger"):
        assert types[name] == pa.string()
    # Row by row the same values as JSONL, with ISO days read as dates (and nulls kept).
    expected = jsonl_rows(sample_events(), EVENT_FIELDS)
    for row in expected:
        for name in ("date", "end_date", "reference_date"):
            row[name] = day(row[name])
    assert table.to_pylist() == expected
    assert any(row["date"] is None for row in expected)  # an undated row is in the sample


def test_date_rows_have_the_jsonl_columns_typed():
    table = as_parquet(sample_dates(), DATE_FIELDS)
    assert table.column_names == list(DATE_FIELDS)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("start").type == pa.int64()
    expected = jsonl_rows(sample_dates(), DATE_FIELDS)
    for row in expected:
        for name in ("date", "end_date", "reference_date"):
            row[name] = day(row[name])
    assert table.to_pylist() == expected


def test_no_rows_is_a_valid_file_with_the_schema():
    table = as_parquet([], EVENT_FIELDS)
    assert table.num_rows == 0 and table.column_names == list(EVENT_FIELDS)
    assert table.schema.field("actors").type == pa.list_(pa.string())


def test_many_rows_are_written_in_row_groups(monkeypatch):
    monkeypatch.setattr("timeline_cli.formats.parquet.ROW_GROUP_ROWS", 2)
    rows = sample_events() * 3
    buffer = io.BytesIO()
    write_parquet((row.to_dict() for row in rows), buffer, EVENT_FIELDS)
    parquet_file = pq.ParquetFile(io.BytesIO(buffer.getvalue()))
    assert parquet_file.metadata.num_row_groups == -(-len(rows) // 2)
    assert parquet_file.metadata.num_rows == len(rows)
    assert ROW_GROUP_ROWS >= 1000  # the real default keeps row groups large enough to read fast


def test_parquet_extension_picks_the_format():
    assert FORMAT_BY_SUFFIX[".parquet"] == "parquet"


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Putin visited Pyongyang on Wednesday, June 26, 2024.", encoding="utf-8")
    return path


def test_cli_writes_parquet_to_a_file(article, tmp_path):
    out = tmp_path / "timeline.parquet"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--reference-date", "2024-06-28"])
    assert result.exit_code == 0, result.stderr
    rows = pq.read_table(out).to_pylist()
    assert [row["date"] for row in rows] == [dt.date(2024, 6, 26)]
    assert rows[0]["sources"] == [str(article)]
    jsonl = runner.invoke(app, ["extract", str(article), "-f", "jsonl", "--reference-date", "2024-06-28"])
    assert [row["event"] for row in rows] == [json.loads(line)["event"] for line in jsonl.stdout.splitlines()]


@pytest.mark.parametrize("command", ["extract", "dates"])
def test_cli_refuses_parquet_on_stdout(article, command):
    result = runner.invoke(app, [command, str(article), "--format", "parquet"])
    assert result.exit_code == 2
    assert "parquet is written to a file, not to standard output: pass -o FILE.parquet" in result.stderr


def test_cli_without_pyarrow_says_how_to_install(article, tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "t.parquet")])
    assert result.exit_code == 2 and "pip install 'timeline-cli[parquet]'" in result.stderr
    assert not (tmp_path / "t.parquet").exists()
