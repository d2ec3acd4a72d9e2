"""Hostile but realistic inputs (issue 16, part A): paths, names, folders, contents and the -o file.

Through CliRunner with the extraction replaced by a one-row-per-document stand-in (no spaCy model), or
through the readers directly. The machine these run on may be root, for whom no file is unreadable, so
permission errors are produced by replacing the OS call that would fail.
"""
import codecs
import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli import extraction, formats
from timeline_cli.cli import app
from timeline_cli.documents import (
    DEFAULT_MAX_BYTES,
    ReadFailure,
    ReadOptions,
    display_name,
    iter_documents,
    iter_paths,
)
from timeline_cli.errors import ExitCode
from timeline_cli.records import Event

runner = CliRunner()
TML = Path(__file__).parent / "fixtures" / "inputs" / "dct.tml"


def fake_extract_timeline(documents, *, reference_date=None, **options):
    """One row per non-empty document: its first words, dated by its reference date (or 2024-06-27)."""
    rows = []
    for document in documents:
        if not document.text.strip():
            continue
        ref = (reference_date or document.reference_date or dt.date(2024, 6, 27)).isoformat()
        first = " ".join(document.text.split())[:60]
        rows.append(Event(date=ref, end_date=ref, value=ref, granularity="day", time_expression="today",
                          event=first, actors=[], status="occurred", source=document.id, sentence=first,
                          start=0, end=5, reference_date=ref, reference_source="metadata",
                          sources=[document.id]))
    return rows


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    monkeypatch.setattr(extraction, "extract_timeline", fake_extract_timeline)


def run(*args, input=None):
    return runner.invoke(app, ["extract", *map(str, args)], input=input)


def rows_of(stdout):
    return [json.loads(line) for line in stdout.splitlines()]


def read(paths, options=ReadOptions(), stdin=None):
    failures: list[ReadFailure] = []
    return list(iter_documents([str(p) for p in paths], failures, options, stdin=stdin)), failures


def write(folder, name, text="Talks resumed on Monday."):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- 1. the output over an input ----------------------------------------------------------------------


def test_output_that_is_the_input_file_is_refused_before_any_work(tmp_path):
    story = write(tmp_path, "story.txt")
    result = run(story, "-o", story)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith(f"Error: the output {story} is also an input")
    assert story.read_text(encoding="utf-8") == "Talks resumed on Monday."


def test_output_that_is_the_input_through_a_link_is_refused(tmp_path):
    story = write(tmp_path, "story.txt")
    (tmp_path / "link.md").symlink_to(story)
    result = run(story, "-o", tmp_path / "link.md")
    assert result.exit_code == ExitCode.USAGE
    assert story.read_text(encoding="utf-8") == "Talks resumed on Monday."


def test_dates_refuses_its_input_as_output_without_emptying_it(tmp_path):
    export = tmp_path / "x.jsonl"
    export.write_text('{"text": "Talks resumed on Monday."}\n', encoding="utf-8")
    result = runner.invoke(app, ["dates", str(export), "-o", str(export)])
    assert result.exit_code == ExitCode.USAGE
    assert "is also an input" in result.stderr
    assert export.read_text(encoding="utf-8") == '{"text": "Talks resumed on Monday."}\n'


def test_eval_refuses_a_gold_file_as_system_jsonl(tmp_path):
    gold = tmp_path / "dct.tml"
    gold.write_bytes(TML.read_bytes())
    result = runner.invoke(app, ["eval", str(gold), "--system-jsonl", str(gold)])
    assert result.exit_code == ExitCode.USAGE
    assert gold.read_bytes() == TML.read_bytes()


@pytest.mark.parametrize("name", ["out.md", "out.html", "out.jsonl"])
def test_a_second_run_does_not_read_its_own_output_in_the_folder(tmp_path, name):
    write(tmp_path, "a.txt")
    write(tmp_path, "b.txt", "Officials met on Tuesday.")
    first = run(tmp_path, "-o", tmp_path / name)
    assert first.exit_code == 0, first.stderr
    before = (tmp_path / name).read_text(encoding="utf-8")
    second = run(tmp_path, "-o", tmp_path / name)
    assert second.exit_code == 0, second.stderr
    assert "2 documents read, 2 rows" in second.stderr
    assert (tmp_path / name).read_text(encoding="utf-8") == before


# --- 2. file names that are not UTF-8 ------------------------------------------------------------------


@pytest.fixture
def latin1_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good.txt")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "w", encoding="utf-8") as stream:
        stream.write("Cafe owners met on Monday.")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_a_name_that_is_not_utf8_is_escaped_in_every_writer(tmp_path, latin1_named):
    out = tmp_path / "t.csv"
    result = run(latin1_named, "-o", out)
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert f"{latin1_named}/caf\\xe9.txt" in text and "Talks resumed" in text
    for fmt in ("json", "jsonl", "csv", "markdown", "html", "timelinejs"):
        result = run(latin1_named, "-f", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)
        decoded = result.stdout_bytes.decode("utf-8")  # valid UTF-8: no raw 0xE9 byte
        assert "caf\\" in decoded, fmt


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_escaped_names_can_be_turned_back_into_the_file_name(latin1_named):
    (document, other), failures = read([latin1_named])
    shown = document.id if "caf" in document.id else other.id
    original = os.fsdecode(codecs.escape_decode(shown.encode("utf-8"))[0])
    assert Path(original).read_text(encoding="utf-8") == "Cafe owners met on Monday."
    # a backslash is escaped too, so a name that is \xe9 literally cannot look like the byte 0xE9
    assert display_name("caf\\xe9.txt") == "caf\\\\xe9.txt"
    assert display_name("plain/na\u00efve.txt") == "plain/na\u00efve.txt"


# --- 3. unreadable folders, special files, symlinks ---------------------------------------------------


def test_a_folder_that_cannot_be_listed_is_a_failure_named_in_the_summary(tmp_path, monkeypatch):
    write(tmp_path, "a.txt")
    locked = tmp_path / "locked"
    write(locked, "hidden-away.txt")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run(tmp_path, "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert [row["source"] for row in rows_of(result.stdout)] == [str(tmp_path / "a.txt")]
    assert f"1 failed: {locked}" in result.stderr
    assert f"warning: {locked}: cannot read the folder: permission denied; skipped" in result.stderr


def test_a_folder_without_search_permission_names_its_files_and_keeps_the_rest(tmp_path, monkeypatch):
    write(tmp_path, "a.txt")
    nosearch = tmp_path / "nosearch"
    write(nosearch, "b.txt")
    real = os.stat

    def stat(path, *args, **kwargs):  # what `chmod a-x nosearch` does to a stat of its entries
        if os.fspath(path).startswith(str(nosearch) + os.sep):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    result = run(tmp_path, "-f", "jsonl")
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert [row["source"] for row in rows_of(result.stdout)] == [str(tmp_path / "a.txt")]
    assert f"1 failed: {nosearch / 'b.txt'}" in result.stderr


@pytest.fixture
def odd_entries(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    write(tmp_path / "elsewhere", "c.txt")
    (folder / "linked").symlink_to(tmp_path / "elsewhere")
    return folder


def test_special_entries_of_a_folder_are_counted_in_one_warning(odd_entries):
    result = run(odd_entries, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(rows_of(result.stdout)) == 1
    assert (f"warning: {odd_entries}: 5 entries skipped (1 a FIFO, 1 dangling symlink, 2 symlink loop, "
            "1 symlink to a folder, not followed); -v names them") in result.stderr
    assert "info:" not in result.stderr


def test_verbose_names_every_skipped_entry_and_why(odd_entries):
    result = run(odd_entries, "-f", "jsonl", "-v")
    assert result.exit_code == 0, result.stderr
    for name, why in (("pipe.txt", "a FIFO"), ("dangling.txt", "dangling symlink"),
                      ("loop1.txt", "symlink loop"), ("linked", "symlink to a folder, not followed")):
        assert f"info: {odd_entries / name}: skipped: {why}" in result.stderr


# --- 4. the -o file: checked first, replaced only when complete -----------------------------------------


def test_unwritable_output_is_found_before_reading_any_input(tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt")
    called = []
    monkeypatch.setattr(extraction, "extract_timeline", lambda *a, **k: called.append(1) or [])
    folder = tmp_path / "t.csv"
    folder.mkdir()  # a folder where the file should go
    result = run(story, "-o", folder)
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr.startswith(f"Error: cannot write {folder}: ")
    assert called == []


def test_output_in_a_read_only_folder_is_found_before_reading_any_input(tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt")
    called = []
    monkeypatch.setattr(extraction, "extract_timeline", lambda *a, **k: called.append(1) or [])

    def no_temporary(*args, **kwargs):  # what a read-only folder does (root can write anywhere)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", no_temporary)
    result = run(story, "-o", tmp_path / "out.csv")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert result.stderr.startswith(f"Error: cannot write {tmp_path / 'out.csv'}: Permission denied")
    assert called == []


def test_ctrl_c_while_writing_leaves_the_previous_file_whole(tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt")
    out = tmp_path / "t.jsonl"
    out.write_text("previous run\n", encoding="utf-8")

    def interrupted(rows, stream, fields):
        stream.write('{"date": "2024-')
        stream.flush()
        raise KeyboardInterrupt

    monkeypatch.setitem(formats.WRITERS, "jsonl", interrupted)
    handler = signal.getsignal(signal.SIGINT)
    result = run(story, "-o", out)
    assert result.exit_code == ExitCode.INTERRUPTED
    # Run in-process, the command leaves Ctrl-C as it was: the caller (and what it starts) keep it.
    assert signal.getsignal(signal.SIGINT) is handler
    assert out.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt", "t.jsonl"]  # no temporary left


def test_ctrl_c_during_dates_leaves_the_previous_file_whole(tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt")
    out = tmp_path / "d.csv"
    out.write_text("previous run\r\n", encoding="utf-8")

    def iter_dates(documents, **options):
        from timeline_cli.records import DateRow

        for document in documents:
            yield [DateRow(source=document.id, start=0, end=6, text="Monday", type="DATE",
                           value="2024-06-24", date="2024-06-24", end_date="2024-06-24",
                           granularity="day", reference_date="2024-06-27", reference_source="option")]
        raise KeyboardInterrupt

    monkeypatch.setattr(extraction, "iter_dates", iter_dates)
    result = runner.invoke(app, ["dates", str(story), "-o", str(out)])
    assert result.exit_code == ExitCode.INTERRUPTED
    assert out.read_bytes() == b"previous run\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.csv", "story.txt"]


def test_replaced_output_keeps_its_permissions(tmp_path):
    story = write(tmp_path, "story.txt")
    out = tmp_path / "t.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert run(story, "-o", out).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o640
    assert "Talks resumed" in out.read_text(encoding="utf-8")


# --- 5. bad front-matter dates -------------------------------------------------------------------------


@pytest.mark.parametrize("date, reference, message", [
    ("2024-02-30", None, "front matter date '2024-02-30' is not a date; ignored"),
    ("2024-06-27 25:99:00", "2024-06-27",
     "front matter date '2024-06-27 25:99:00' is not a valid date and time; read as 2024-06-27"),
])
def test_a_bad_front_matter_date_warns_and_the_article_is_read(tmp_path, caplog, date, reference, message):
    path = write(tmp_path, "a.md", f"---\ndate: {date}\ntitle: Talks\n---\nTalks resumed on Monday.\n")
    (document,), failures = read([path])
    assert failures == []
    assert document.title == "Talks" and "Talks resumed on Monday." in document.text
    assert document.reference_date == (dt.date.fromisoformat(reference) if reference else None)
    assert any(message in record.getMessage() for record in caplog.records)


# --- 6. HTML reference dates only from publication metadata -------------------------------------------

BODY = "<p>" + "Officials met on Monday to discuss the new budget plan for the region. " * 5 + "</p>"


@pytest.mark.parametrize("page", [
    f'<html><head><script>var buildDate = "2011-03-04";</script></head><body><article>{BODY}</article></body></html>',
    f'<html><body><article>{BODY}</article><footer>Page generated 2010-05-06</footer></body></html>',
    f'<html><body><article>{BODY}</article><div class="x">Page generated 2010-05-06</div></body></html>',
], ids=["script", "footer", "boilerplate"])
def test_html_dates_in_scripts_and_boilerplate_are_not_the_reference_date(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (document,), _ = read([path])
    assert "Officials met on Monday" in document.text
    assert document.reference_date is None and document.reference_source is None


@pytest.mark.parametrize("head, article", [
    ('<meta property="article:published_time" content="2024-06-27T09:00:00+09:00">', ""),
    ('<meta name="date" content="2024-06-27">', ""),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
     '"datePublished": "2024-06-27T08:00:00Z"}]}</script>', ""),
    ("", '<time datetime="2024-06-27">June 27</time>'),
    ('<link rel="canonical" href="https://example.com/2024/06/27/talks.html">', ""),
], ids=["og-meta", "meta-date", "json-ld", "time-in-article", "canonical-url"])
def test_html_publication_metadata_is_the_reference_date(tmp_path, head, article):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}<script>var built = '2011-03-04';</script></head><body>"
                    f"<article>{article}{BODY}</article><footer>Page generated 2010-05-06</footer>"
                    "</body></html>", encoding="utf-8")
    (document,), _ = read([path])
    assert document.reference_date == dt.date(2024, 6, 27)
    assert document.reference_source == "metadata"


# --- 7. UTF-16 JSON Lines ------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_jsonl_with_a_bom_is_read(tmp_path, encoding):
    lines = '{"id": "a", "text": "Caf\u00e9 talks on Monday.", "date": "2024-06-27"}\r\n{"id": "b", "text": "More."}\r\n'
    bom = b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff"
    path = tmp_path / "x.jsonl"
    path.write_bytes(bom + lines.encode(encoding))
    documents, failures = read([path])
    assert failures == []
    assert [(d.id, d.text, d.reference_date) for d in documents] == [
        ("a", "Caf\u00e9 talks on Monday.", dt.date(2024, 6, 27)), ("b", "More.", None)]
    stdin_documents, _ = read(["-"], stdin=__import__("io").BytesIO(path.read_bytes()))
    assert [d.id for d in stdin_documents] == ["a", "b"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_jsonl_lines_end_at_newline_only_in_every_encoding(tmp_path, encoding):
    # a lone "\r" between two records is no line break in UTF-8 JSON Lines; UTF-16 reads the same
    path = tmp_path / "x.jsonl"
    path.write_bytes('{"text": "Talks on Monday."}\r{"text": "More."}\n{"text": "Last."}\n'.encode(encoding))
    documents, failures = read([path])
    assert [d.text for d in documents] == ["Last."]
    assert [f.line for f in failures] == [1]


def test_a_utf16_mark_alone_is_an_empty_jsonl_file(tmp_path):
    path = tmp_path / "x.ndjson"
    path.write_bytes(b"\xfe\xff")
    result = run(str(path), "-f", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""


# --- 10. size and kind of an input, checked before it is read ---------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path):
    good = write(tmp_path, "a.txt")
    result = run("/dev/zero", good, "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "warning: /dev/zero: not a regular file (a character device); skipped" in result.stderr
    assert len(rows_of(result.stdout)) == 1


def test_a_file_larger_than_max_bytes_is_refused_from_its_size(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as stream:  # sparse: no disk and no memory used
        stream.truncate(DEFAULT_MAX_BYTES + 1)
    good = write(tmp_path, "a.txt")
    result = run(big, good, "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert (f"warning: {big}: too large ({DEFAULT_MAX_BYTES + 1} bytes, more than --max-bytes "
            f"{DEFAULT_MAX_BYTES}; pass a larger --max-bytes to read it); skipped") in result.stderr
    assert len(rows_of(result.stdout)) == 1


def test_max_bytes_option_caps_files_stdin_and_jsonl_lines(tmp_path):
    long_text = "Talks resumed on Monday. " * 100  # 2,500 bytes
    path = write(tmp_path, "long.txt", long_text)
    assert run(path, "-f", "jsonl", "--max-bytes", "3k").exit_code == 0
    result = run(path, "-f", "jsonl", "--max-bytes", "2000")
    assert result.exit_code == ExitCode.INPUT_FAILED and "too large" in result.stderr
    result = run("-", "-f", "jsonl", "--max-bytes", "2000", input=long_text)
    assert result.exit_code == ExitCode.INPUT_FAILED and "<stdin>: too large" in result.stderr
    export = tmp_path / "x.jsonl"
    export.write_text(json.dumps({"text": long_text}) + "\n" + '{"text": "Short one."}\n', encoding="utf-8")
    result = run(export, "-f", "jsonl", "--max-bytes", "2000")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert f"error: {export}:1: line longer than --max-bytes (2000 bytes); line skipped" in result.stderr
    assert [row["event"] for row in rows_of(result.stdout)] == ["Short one."]


@pytest.mark.parametrize("value", ["lots", "0", "-5", "5T"])
def test_max_bytes_must_be_a_size(value):
    result = run("-", "--max-bytes", value, input="x")
    assert result.exit_code == ExitCode.USAGE
    assert "is not a size in bytes" in result.stderr


def test_a_binary_file_is_refused_after_reading_its_start_only(tmp_path, monkeypatch):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00" * 100_000)
    reads = []
    import io

    real_read = io.BufferedReader.read

    class Counting(io.BufferedReader):
        def read(self, size=-1):
            data = real_read(self, size)
            reads.append(len(data))
            return data

    from timeline_cli import documents as documents_module

    monkeypatch.setattr(documents_module, "open", lambda file, mode="r", **k: Counting(io.FileIO(file, "r")),
                        raising=False)
    (), failures = read([blob])
    assert failures == [ReadFailure(str(blob), "looks like a binary file, not text")]
    assert reads and sum(reads) <= 8192  # the start only, not 100 kB


def test_a_named_pipe_on_the_command_line_is_read_like_stdin(tmp_path):
    import threading

    fifo = tmp_path / "pipe.txt"  # what `timeline extract <(zcat a.gz)` passes
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text("Talks resumed on Monday.", encoding="utf-8"))
    writer.start()
    (document,), failures = read([fifo])
    writer.join()
    assert failures == [] and document.text == "Talks resumed on Monday."


# --- 12. deep folders ----------------------------------------------------------------------------------


def test_folders_a_thousand_deep_are_walked(tmp_path):
    deep = tmp_path / "root"
    deep.mkdir()
    os.chdir(deep)  # short relative names: the full path would pass PATH_MAX
    try:
        for _ in range(1000):
            os.mkdir("d")
            os.chdir("d")
        Path("bottom.txt").write_text("x", encoding="utf-8")
    finally:
        os.chdir(tmp_path)
    try:
        found = list(iter_paths(["root"]))
    finally:  # shutil.rmtree (pytest's cleanup) recurses too: remove the tree here, bottom up
        os.chdir(deep)
        for _ in range(1000):
            os.chdir("d")
        os.remove("bottom.txt")
        for _ in range(1000):
            os.chdir("..")
            os.rmdir("d")
        os.chdir(tmp_path)
    assert len(found) == 1 and found[0].name == "bottom.txt"
    assert found[0].parts.count("d") == 1000


# --- 15. the same file twice, `-o -`, escape codes in names ------------------------------------------


def test_the_same_file_named_twice_is_read_once(tmp_path):
    story = write(tmp_path, "story.txt")
    result = run(story, story, tmp_path, "-f", "jsonl")
    assert result.exit_code == 0
    assert [row["source"] for row in rows_of(result.stdout)] == [str(story)]
    assert "1 document read" in result.stderr


def test_output_dash_means_stdout(tmp_path, monkeypatch):
    story = write(tmp_path, "story.txt")
    monkeypatch.chdir(tmp_path)
    result = run(story, "-o", "-", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert rows_of(result.stdout)[0]["source"] == str(story)
    assert not (tmp_path / "-").exists()


def test_escape_codes_in_file_names_are_escaped_in_messages(tmp_path):
    evil = tmp_path / "\x1b[31mred\x1b[0m.txt"
    evil.write_bytes(b"\x00binary")
    result = run(evil, "-f", "jsonl")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "\x1b" not in result.stderr
    shown = str(tmp_path / "\\x1b[31mred\\x1b[0m.txt")
    assert f"warning: {shown}: looks like a binary file, not text; skipped" in result.stderr
    assert f"1 failed: {shown}" in result.stderr
