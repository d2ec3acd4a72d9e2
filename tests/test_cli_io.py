"""The CLI's inputs, outputs, filters and exit codes, run through CliRunner.

The extraction itself is replaced by a stand-in that makes one row per document (its first sentence,
dated by the document's reference date), so these tests check the I/O plumbing without the spaCy model.
tests/test_cli_io_model.py runs the real pipeline.
"""
import csv
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from timeline_cli import extraction
from timeline_cli.cli import app
from timeline_cli.errors import ExitCode
from timeline_cli.records import EVENT_FIELDS

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
runner = CliRunner()

FAKE_EXTRACTION = '''
import datetime as dt
from timeline_cli.records import Event

def fake_extract_timeline(documents, *, reference_date=None, **options):
    rows = []
    for document in documents:
        if not document.text.strip():
            continue
        ref = reference_date or document.reference_date or dt.date(2024, 6, 27)
        first = " ".join(document.text.split()).split(". ")[0].rstrip(".")
        rows.append(Event(date=ref.isoformat(), end_date=ref.isoformat(), value=ref.isoformat(),
                          granularity="day", time_expression="today", event=first[:80],
                          actors=[w for w in first.split() if w.istitle()][:2], status="occurred",
                          source=document.id, sentence=first, start=0, end=5,
                          reference_date=ref.isoformat(), reference_source="option" if reference_date else "metadata",
                          sources=[document.id]))
    return sorted(rows, key=lambda r: r.date)
'''
_namespace: dict = {}
exec(FAKE_EXTRACTION, _namespace)
fake_extract_timeline = _namespace["fake_extract_timeline"]


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    monkeypatch.setattr(extraction, "extract_timeline", fake_extract_timeline)


def run(*args, input=None):
    return runner.invoke(app, ["extract", *map(str, args)], input=input)


def article(tmp_path, name, text, date=None):
    path = tmp_path / name
    if date:
        text = f"---\ndate: {date}\n---\n{text}"
    path.write_text(text, encoding="utf-8")
    return path


def jsonl_rows(stdout):
    return [json.loads(line) for line in stdout.splitlines()]


# --- inputs --------------------------------------------------------------------------------------------


def test_every_input_kind_from_a_folder():
    result = run(INPUTS, "--format", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED  # broken.jsonl and custom_fields.ndjson have bad lines
    sources = {row["source"] for row in jsonl_rows(result.stdout)}
    assert {str(INPUTS / "airport.html"), str(INPUTS / "summit.md"), str(INPUTS / "dct.tml"),
            "wire-001", "wire-002", f"{INPUTS / 'export.jsonl'}:3", "ok-1", "ok-2"} == sources
    assert "timeline: 8 documents read, 8 rows, 4 failed: " in result.stderr
    assert f"{INPUTS / 'broken.jsonl'}:2" in result.stderr


def test_html_input_gives_its_publication_date():
    result = run(INPUTS / "airport.html", "--format", "json")
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert row["reference_date"] == "2024-06-27"
    assert row["event"].startswith("Balloons close Seoul's main airport")


def test_jsonl_field_options():
    result = run(INPUTS / "custom_fields.ndjson", "--text-field", "body", "--date-field", "published",
                 "--id-field", "doc_id", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    (row,) = jsonl_rows(result.stdout)
    assert (row["source"], row["date"]) == ("db-17", "2024-06-28")


def test_malformed_jsonl_line_is_an_error_with_file_and_line_and_exit_1():
    path = INPUTS / "broken.jsonl"
    result = run(path, "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert [row["source"] for row in jsonl_rows(result.stdout)] == ["ok-1", "ok-2"]
    assert f"error: {path}:2: not valid JSON" in result.stderr
    assert f"error: {path}:4: expected a JSON object, got list" in result.stderr
    assert "Traceback" not in result.stderr


def test_dash_reads_stdin():
    result = run("-", "-f", "jsonl", "--reference-date", "2024-06-27", input="Talks resumed on Monday. More.")
    assert result.exit_code == 0, result.stderr
    (row,) = jsonl_rows(result.stdout)
    assert row["source"] == "<stdin>" and row["event"] == "Talks resumed on Monday"


def test_piped_stdin_is_read_without_a_path():
    result = run("-f", "jsonl", input='{"id": "a", "text": "One.", "date": "2024-01-02"}\n{"id": "b", "text": "Two."}\n')
    assert result.exit_code == 0, result.stderr
    assert [(r["source"], r["date"]) for r in jsonl_rows(result.stdout)] == [("a", "2024-01-02"), ("b", "2024-06-27")]
    assert sorted(r["source"] for r in jsonl_rows(result.stdout)) == ["a", "b"]


def test_html_on_stdin_is_recognized():
    page = (INPUTS / "airport.html").read_text(encoding="utf-8")
    result = run("-f", "jsonl", input=page)
    assert result.exit_code == 0, result.stderr
    (row,) = jsonl_rows(result.stdout)
    assert row["reference_date"] == "2024-06-27" and "<" not in row["event"]


def test_no_path_and_a_terminal_is_a_usage_error(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    from timeline_cli import cli

    monkeypatch.setattr(sys, "stdin", Terminal())
    with pytest.raises(typer.BadParameter) as info:
        cli.input_paths([])
    assert "give files or folders" in str(info.value)


def test_include_glob(tmp_path):
    article(tmp_path, "a.txt", "Alpha met on Monday.")
    article(tmp_path, "b.md", "Beta met on Monday.")
    result = run(tmp_path, "--include", "*.md", "-f", "jsonl")
    assert [Path(r["source"]).name for r in jsonl_rows(result.stdout)] == ["b.md"]


def test_nonexistent_path_exits_2_naming_it(tmp_path):
    good = article(tmp_path, "a.txt", "Alpha met on Monday.")
    result = run(good, tmp_path / "missing" / "x.txt")
    assert result.exit_code == ExitCode.USAGE
    assert f"Error: no such file or folder: {tmp_path / 'missing' / 'x.txt'}" in result.stderr
    assert result.stdout == ""


def test_binary_file_warns_and_exits_1_after_the_rest(tmp_path):
    good = article(tmp_path, "a.txt", "Alpha met on Monday.")
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    result = run(bad, good, "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert [Path(r["source"]).name for r in jsonl_rows(result.stdout)] == ["a.txt"]
    assert f"warning: {bad}: looks like a binary file, not text; skipped" in result.stderr
    assert f"1 failed: {bad}" in result.stderr


def test_undecodable_legacy_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caf\u00e9 owners met on Monday.".encode("cp1252"))
    result = run(path, "-f", "jsonl")
    assert result.exit_code == 0
    assert f"warning: {path}: not UTF-8, read as cp1252" in result.stderr
    assert jsonl_rows(result.stdout)[0]["event"] == "Caf\u00e9 owners met on Monday"


def test_unreadable_file_warns_and_exits_1(tmp_path, monkeypatch):
    locked = article(tmp_path, "locked.txt", "x")
    good = article(tmp_path, "ok.txt", "Alpha met on Monday.")
    from timeline_cli import documents as documents_module

    def fake_open(file, *args, **kwargs):  # as root, chmod cannot make a file unreadable
        if Path(file).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return open(file, *args, **kwargs)

    monkeypatch.setattr(documents_module, "open", fake_open, raising=False)
    result = run(locked, good, "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert f"warning: {locked}: permission denied; skipped" in result.stderr
    assert len(jsonl_rows(result.stdout)) == 1


def test_empty_file_gives_no_rows_and_no_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(empty, "-f", "json")
    assert result.exit_code == 0
    assert result.stdout == "[]\n"
    assert "timeline: 1 document read, 0 rows, 0 failed" in result.stderr


def test_quiet_silences_warnings_and_summary_but_not_errors(tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x00")
    result = run(bad, INPUTS / "broken.jsonl", "-q", "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "warning:" not in result.stderr and "timeline:" not in result.stderr
    assert "error:" in result.stderr


# --- options given wrong: usage errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["--reference-date", "27/06/2024"], "YYYY-MM-DD"),
        (["--since", "June 1"], "YYYY-MM-DD"),
        (["--until", "2024-13-01"], "YYYY-MM-DD"),
        (["--since", "2024-07-01", "--until", "2024-06-01"], "after --until"),
        (["--grep", "(unclosed"], "not a valid regular expression"),
        (["--status", "occurred,finished"], "'finished' is not a status"),
        (["--format", "pdf"], "'pdf' is not one of"),
        (["-o", "out.xlsx"], "cannot tell the format from the name 'out.xlsx'"),
    ],
)
def test_usage_errors_exit_2(args, message):
    result = run(INPUTS / "summit.md", *args)
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr
    assert "Traceback" not in result.stderr


# --- outputs -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, check",
    [
        ("t.csv", lambda text: next(csv.reader(io.StringIO(text))) == list(EVENT_FIELDS)),
        ("t.json", lambda text: isinstance(json.loads(text), list)),
        ("t.jsonl", lambda text: all(json.loads(line) for line in text.splitlines())),
        ("t.ndjson", lambda text: all(json.loads(line) for line in text.splitlines())),
        ("t.md", lambda text: text.startswith("| Date | Expression | Event |")),
        ("t.html", lambda text: text.startswith("<!DOCTYPE html>") and "Putin visits Pyongyang" in text),
        ("t.timelinejs.json", lambda text: "start_date" in json.loads(text)["events"][0]),
        ("t.txt", lambda text: "Putin visits Pyongyang" in text and "Date" in text),
    ],
)
def test_output_file_extension_picks_the_format(tmp_path, name, check):
    out = tmp_path / name
    result = run(INPUTS / "summit.md", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert check(out.read_text(encoding="utf-8"))


def test_explicit_format_wins_over_extension(tmp_path):
    out = tmp_path / "t.json"
    run(INPUTS / "summit.md", "-o", out, "--format", "csv")
    assert out.read_text(encoding="utf-8").startswith("date,end_date,")


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl", "markdown", "timelinejs", "html"])
def test_every_format_to_stdout(fmt):
    result = run(INPUTS / "summit.md", INPUTS / "export.jsonl", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "Putin visits Pyongyang" in result.stdout
    assert "timeline: 4 documents read, 4 rows, 0 failed" in result.stderr


def test_piped_stdout_defaults_to_jsonl():
    result = run(INPUTS / "summit.md")
    assert json.loads(result.stdout.splitlines()[0])["source"] == str(INPUTS / "summit.md")


def test_output_in_a_missing_folder_is_a_usage_error(tmp_path):
    result = run(INPUTS / "summit.md", "-o", tmp_path / "no" / "such" / "dir" / "t.csv")
    assert result.exit_code == ExitCode.USAGE
    assert f"the folder '{tmp_path / 'no' / 'such' / 'dir'}' does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_output_is_one_line_error(tmp_path):
    folder = tmp_path / "t.csv"
    folder.mkdir()  # a folder where the file should go
    result = run(INPUTS / "summit.md", "-o", folder)
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr.startswith(f"Error: cannot write {folder}: ")
    assert "Traceback" not in result.stderr


# --- filters from the CLI ------------------------------------------------------------------------------


def test_filters_from_the_cli():
    base = [INPUTS / "export.jsonl", INPUTS / "summit.md", "-f", "jsonl"]
    sources = lambda result: [r["source"] for r in jsonl_rows(result.stdout)]  # noqa: E731
    assert sources(run(*base)) == [str(INPUTS / "summit.md"), "wire-001", "wire-002", f"{INPUTS / 'export.jsonl'}:3"]
    assert sources(run(*base, "--since", "2024-06-27")) == ["wire-002", f"{INPUTS / 'export.jsonl'}:3"]
    assert sources(run(*base, "--until", "2024-06-26")) == [str(INPUTS / "summit.md"), "wire-001"]
    assert sources(run(*base, "--actor", "incheon")) == ["wire-001"]
    assert sources(run(*base, "--grep", r"missile|sanction")) == ["wire-002", f"{INPUTS / 'export.jsonl'}:3"]
    assert sources(run(*base, "--status", "expected,planned")) == []
    result = run(*base, "--since", "2024-06-27")
    assert "2 rows (2 filtered out)" in result.stderr


# --- a closed pipe -------------------------------------------------------------------------------------

# Python buffers stdout in a pipe unless PYTHONUNBUFFERED is set (as it may be on a developer's machine).
BUFFERED_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}

PIPE_PROBE = FAKE_EXTRACTION + textwrap.dedent('''
    import os
    import sys
    from timeline_cli import extraction, cli

    def many_rows(documents, **options):
        rows = fake_extract_timeline(documents, **options)
        return rows * int(os.environ.get("TIMES", "3000"))

    extraction.extract_timeline = many_rows
    sys.argv = ["timeline", *sys.argv[1:]]
    cli.main()
''')


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_closed_pipe_exits_quietly(fmt):
    script = ('"$PYTHON" -c "$PROBE" extract "$INPUT" --format ' + fmt +
              ' | head -1 >/dev/null; echo "status=${PIPESTATUS[0]}" >&2')
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120,
                          env={**BUFFERED_ENV, "PYTHON": sys.executable, "PROBE": PIPE_PROBE,
                               "INPUT": str(INPUTS / "summit.md")})
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == "status=0", done.stderr
    # Nothing but, at most, the usual summary (a single large write may still have gone through).
    assert all(line.startswith("timeline: ") for line in lines[:-1]), done.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "markdown", "html"])
def test_reader_gone_before_the_last_flush_exits_quietly(fmt):
    """A small output sits in Python's buffer until the end; the reader (`true`) is long gone by then."""
    script = ('"$PYTHON" -c "$PROBE" extract "$INPUT" --format ' + fmt +
              ' | true; echo "status=${PIPESTATUS[0]}" >&2')
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120,
                          env={**BUFFERED_ENV, "PYTHON": sys.executable, "PROBE": PIPE_PROBE, "TIMES": "3",
                               "INPUT": str(INPUTS / "summit.md")})
    assert done.stderr.strip().splitlines() == ["status=0"], done.stderr


def test_progress_passes_documents_through():
    from timeline_cli.console import track_documents

    assert list(track_documents(iter(range(5)))) == [0, 1, 2, 3, 4]


def test_closed_stdin():
    def run_closed(args):
        script = '"$PYTHON" -c "$PROBE" extract ' + args + ' -f jsonl 0<&-'
        return subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120,
                              env={**BUFFERED_ENV, "PYTHON": sys.executable, "PROBE": PIPE_PROBE})

    dash = run_closed("-")
    assert dash.returncode == ExitCode.INPUT_FAILED
    assert "warning: <stdin>: there is no standard input to read; skipped" in dash.stderr
    nothing = run_closed("")
    assert nothing.returncode == ExitCode.USAGE
    assert "give files or folders to read" in nothing.stderr and "Traceback" not in nothing.stderr


@pytest.mark.parametrize("tty, quiet, paths, shown", [
    (True, False, [str(INPUTS / "summit.md")], True),
    (False, False, [str(INPUTS / "summit.md")], False),  # stderr not a terminal
    (True, True, [str(INPUTS / "summit.md")], False),  # -q
    (True, False, ["-"], False),  # stdin
])
def test_progress_only_on_a_terminal(monkeypatch, tty, quiet, paths, shown):
    from timeline_cli import cli, console

    used = []

    def track(documents):
        used.append(True)
        return documents

    class Stderr(io.StringIO):
        def isatty(self):
            return tty

    monkeypatch.setattr(console, "track_documents", track)
    monkeypatch.setattr(sys, "stderr", Stderr())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Talks on Monday.")))
    documents = list(cli.read_inputs(paths, [], quiet=quiet))
    assert len(documents) == 1
    assert bool(used) is shown
