"""Inputs and outputs with the real pipeline (spaCy model loaded once per session): HTML in, long texts in
pieces, `dates` with the shared input/format options, and `| head` with the real command."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli import documents as documents_module
from timeline_cli.cli import app
from timeline_cli.documents import read_document
from timeline_cli.errors import ExitCode

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
ROOT = Path(__file__).parent.parent
runner = CliRunner()


# Load the model once up front (conftest's session fixture): every CliRunner run here reuses it.
pytestmark = pytest.mark.usefixtures("nlp")


def rows_of(result):
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_html_article_to_dated_events():
    rows = rows_of(runner.invoke(app, ["extract", str(INPUTS / "airport.html"), "-f", "jsonl"]))
    text = read_document(INPUTS / "airport.html").text
    assert rows, "no events from the HTML article"
    assert {row["reference_date"] for row in rows} == {"2024-06-27"}
    assert {row["reference_source"] for row in rows} == {"metadata"}
    airport = [row for row in rows if "Incheon Airport" in row["sentence"]]
    assert airport and airport[0]["date"] == "2024-06-26"
    for row in rows:
        assert text[row["start"]:row["end"]] == row["time_expression"]


def test_long_text_is_processed_in_pieces_with_whole_text_offsets(monkeypatch, tmp_path):
    paragraph = ("North Korea launched a missile on Wednesday. Seoul closed Incheon Airport on Thursday, "
                 "and the talks will resume next week.\n\n")
    text = "SEOUL, June 28, 2024 (AP) -- Officials said the following.\n\n" + paragraph * 40
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    args = ["extract", str(path), "-f", "jsonl", "--no-merge"]

    whole = rows_of(runner.invoke(app, args))
    monkeypatch.setattr(documents_module, "DEFAULT_PIECE_CHARS", 1000)
    pieces = rows_of(runner.invoke(app, args))

    assert len(text) > 5 * 1000
    assert len(pieces) == len(whole) >= 80
    assert [(r["start"], r["end"], r["date"]) for r in pieces] == [(r["start"], r["end"], r["date"]) for r in whole]
    # Every piece used the whole article's dateline, not a guess from its own text.
    assert {(r["reference_date"], r["reference_source"]) for r in pieces} == {("2024-06-28", "dateline")}
    for row in pieces:
        assert text[row["start"]:row["end"]] == row["time_expression"]


def test_dates_command_reads_stdin_and_writes_markdown():
    result = runner.invoke(app, ["dates", "--reference-date", "2024-06-27", "-f", "markdown"],
                           input="Talks resumed on Monday and will end next week.")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| Source | Span | Text |")
    assert any("| &lt;stdin> |" in line and "Monday" in line for line in lines)  # "<" escaped for Markdown


@pytest.mark.parametrize("fmt", ["html", "timelinejs"])
def test_dates_refuses_event_only_formats(fmt):
    result = runner.invoke(app, ["dates", str(INPUTS / "summit.md"), "-f", fmt])
    assert result.exit_code == ExitCode.USAGE
    assert "is for event timelines" in result.stderr


def test_real_command_into_head_exits_quietly():
    seeds = ROOT / "seeds"
    script = (f'"{sys.executable}" -m timeline_cli extract "{seeds}" --format jsonl | head -1; '
              'echo "status=${PIPESTATUS[0]}" >&2')
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=300,
                          env={**os.environ})
    assert json.loads(done.stdout.splitlines()[0])["source"].endswith(".txt")
    assert done.stderr.strip().splitlines()[-1] == "status=0"
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_dates_filters_by_interval_and_text():
    text = "Talks resumed on Monday, June 24, 2024 and will end in August 2024."
    since = runner.invoke(app, ["dates", "--since", "2024-07-01", "-f", "jsonl"], input=text)
    assert [row["text"] for row in rows_of(since)] == ["August 2024"]
    grep = runner.invoke(app, ["dates", "--grep", "^mon", "-f", "jsonl"], input=text)
    assert [row["text"] for row in rows_of(grep)] == ["Monday, June 24, 2024"]
    assert "1 expression," in grep.stderr
