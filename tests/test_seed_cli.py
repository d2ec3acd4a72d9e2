"""Issue 2's contract on the seed article, end to end through the CLI (no --reference-date)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli.cli import app

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLDEN = Path(__file__).parent / "golden" / "seed.jsonl"
runner = CliRunner()


def run_in_repo(*args: str):
    """Run the CLI from the repository root with `seeds/` as a relative path, as the README does."""
    import os

    here = os.getcwd()
    os.chdir(SEEDS.parent)
    try:
        return runner.invoke(app, list(args))
    finally:
        os.chdir(here)


@pytest.fixture(scope="module")
def seed_rows():
    result = run_in_repo("extract", "seeds/", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_reference_date_is_inferred_from_the_text_never_today(seed_rows):
    assert {(r["reference_date"], r["reference_source"]) for r in seed_rows} == {("2024-06-27", "inferred")}


def test_named_events_are_rows(seed_rows):
    def rows(**fields):
        return [r for r in seed_rows if all(r[k] == v for k, v in fields.items())]

    assert any("test" in r["event"] for r in rows(date="2024-06-26", time_expression="Wednesday"))
    assert any("announced" in r["event"] and "Korean Central News Agency" in r["event"]
               for r in rows(date="2024-06-27"))
    putin = [r for r in rows(value="2024-W25") if "Putin" in r["event"]]
    assert putin and (putin[0]["date"], putin[0]["end_date"]) == ("2024-06-17", "2024-06-23")
    troops = [r for r in rows(value="2024-07", time_expression="Next month")]
    assert troops and troops[0]["status"] == "expected" and "arrive" in troops[0]["event"]
    assert any("Donetsk" in r["event"] for r in rows(value="2024-07"))


def test_weekdays_and_ranges_resolve_against_the_article(seed_rows):
    by_expression = {}
    for row in seed_rows:
        by_expression.setdefault(row["time_expression"], set()).add((row["date"], row["end_date"]))
    assert by_expression["Wednesday"] == {("2024-06-26", "2024-06-26")}
    assert by_expression["Thursday"] == {("2024-06-27", "2024-06-27")}
    assert by_expression["from Thursday to Saturday"] == {("2024-06-27", "2024-06-29")}


def test_no_row_outside_june_and_july_2024(seed_rows):
    assert seed_rows
    for row in seed_rows:
        assert "2024-06-01" <= row["date"] <= row["end_date"] <= "2024-07-31", row


def test_rows_are_ordered_by_date_then_end_date(seed_rows):
    keys = [(r["date"], r["end_date"]) for r in seed_rows]
    assert keys == sorted(keys)


def test_offsets_point_at_the_expression_in_the_file(seed_rows):
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for row in seed_rows:
        assert text[row["start"]:row["end"]] == row["time_expression"]


def test_csv_and_json_parse_and_agree_with_jsonl(seed_rows):
    as_json = run_in_repo("extract", "seeds/", "--format", "json")
    as_csv = run_in_repo("extract", "seeds/", "--format", "csv")
    assert json.loads(as_json.stdout) == seed_rows
    table = list(csv.DictReader(io.StringIO(as_csv.stdout, newline="")))
    assert [r["date"] for r in table] == [r["date"] for r in seed_rows]
    assert [r["actors"] for r in table] == ["; ".join(r["actors"]) for r in seed_rows]
    assert list(table[0]) == list(seed_rows[0])


def test_golden_jsonl(seed_rows):
    """The whole seed output, row by row. After an intended change: UPDATE_GOLDEN=1 pytest this test."""
    import os

    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in seed_rows), encoding="utf-8")
    golden = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert seed_rows == golden


def test_two_copies_of_the_seed_merge_into_one_set_of_rows(seed_rows, tmp_path):
    article = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for name in ("wire.txt", "copy.txt"):
        (tmp_path / name).write_text(article, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    merged = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["event"] for r in merged] == [r["event"] for r in seed_rows]
    assert all(sorted(Path(s).name for s in r["sources"]) == ["copy.txt", "wire.txt"] for r in merged)
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl", "--no-merge"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2 * len(seed_rows)
