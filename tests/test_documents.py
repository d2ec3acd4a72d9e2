"""Readers: every input kind, encodings, bad inputs, folders, stdin, long texts. No spaCy model needed."""
import datetime as dt
import io
import logging
from pathlib import Path

import pytest

from timeline_cli.documents import (
    STDIN_NAME,
    InputPathError,
    ReadFailure,
    ReadOptions,
    decode,
    iter_documents,
    iter_paths,
    parse_date,
    read_document,
    sniff_suffix,
    split_document,
    split_text,
)
from timeline_cli.records import Document

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def read(paths, options=ReadOptions(), stdin=None):
    failures: list[ReadFailure] = []
    documents = list(iter_documents([str(p) for p in paths], failures, options, stdin=stdin))
    return documents, failures


# --- plain text and encodings ------------------------------------------------------------------------


def test_txt_is_read_as_is(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Seoul closed the airport on Wednesday.\n", encoding="utf-8")
    (doc,), failures = read([path])
    assert doc == Document(id=str(path), text="Seoul closed the airport on Wednesday.\n")
    assert failures == []


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffCafé talks on Monday.".encode("utf-8"))
    (doc,), _ = read([path])
    assert doc.text == "Café talks on Monday."


def test_cp1252_falls_back_with_a_warning_naming_the_file(tmp_path, caplog):
    path = tmp_path / "legacy.txt"
    path.write_bytes("The \u201csummit\u201d ended on Friday \u2013 caf\u00e9.".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        (doc,), failures = read([path])
    assert doc.text == "The \u201csummit\u201d ended on Friday \u2013 caf\u00e9."
    assert failures == []
    assert any(str(path) in r.getMessage() and "cp1252" in r.getMessage() for r in caplog.records)


def test_latin1_only_bytes_fall_back_to_latin1():
    # 0x81 is undefined in cp1252, so only Latin-1 decodes it.
    assert decode(b"caf\xe9 \x81ok", "x.txt") == "caf\u00e9 \x81ok"


def test_utf16_with_bom_is_decoded():
    assert decode("Talks on Monday.".encode("utf-16"), "x.txt") == "Talks on Monday."


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00", b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n....",
                                  bytes(range(1, 32)) * 20])
def test_binary_data_is_refused(data):
    with pytest.raises(ValueError, match="binary"):
        decode(data, "x.bin")


def test_binary_file_is_a_failure_and_the_rest_is_read(tmp_path, caplog):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = tmp_path / "story.txt"
    good.write_text("Talks resumed on Monday.", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        documents, failures = read([bad, good])
    assert [d.id for d in documents] == [str(good)]
    assert failures == [ReadFailure(str(bad), "looks like a binary file, not text")]
    assert any(str(bad) in r.getMessage() for r in caplog.records)


def test_unreadable_file_is_a_failure_naming_it(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    good = tmp_path / "ok.txt"
    good.write_text("Talks on Monday.", encoding="utf-8")
    from timeline_cli import documents as documents_module

    def fake_open(file, *args, **kwargs):  # as root, chmod cannot make a file unreadable
        if Path(file).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return open(file, *args, **kwargs)

    monkeypatch.setattr(documents_module, "open", fake_open, raising=False)
    documents, failures = read([locked, good])
    assert [d.id for d in documents] == [str(good)]
    assert failures == [ReadFailure(str(locked), "permission denied")]


def test_empty_file_is_an_empty_document_not_an_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    (doc,), failures = read([path])
    assert doc.text == "" and failures == []


# --- Markdown ------------------------------------------------------------------------------------------


def test_markdown_front_matter_gives_date_title_url_and_keeps_offsets():
    (doc,), failures = read([INPUTS / "summit.md"])
    raw = (INPUTS / "summit.md").read_text(encoding="utf-8")
    assert failures == []
    assert doc.reference_date == dt.date(2024, 6, 19) and doc.reference_source == "metadata"
    assert doc.title == "Putin visits Pyongyang"
    assert doc.url == "https://news.example.org/2024/06/19/putin-pyongyang"
    assert doc.metadata["author"] == "Desk"
    assert len(doc.text) == len(raw)
    start = raw.index("Russian President")
    assert doc.text[start:start + 17] == "Russian President"
    assert "title:" not in doc.text


def test_markdown_without_front_matter_is_text(tmp_path):
    path = tmp_path / "plain.md"
    path.write_text("# Heading\n\nTalks on Monday.", encoding="utf-8")
    (doc,), _ = read([path])
    assert doc.text == "# Heading\n\nTalks on Monday." and doc.reference_date is None


def test_markdown_with_broken_yaml_is_a_failure(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nText.", encoding="utf-8")
    documents, failures = read([path])
    assert documents == []
    assert len(failures) == 1 and failures[0].message.startswith("invalid YAML front matter")


# --- HTML ----------------------------------------------------------------------------------------------


def test_html_main_text_and_publication_date():
    (doc,), failures = read([INPUTS / "airport.html"])
    assert failures == []
    assert doc.reference_date == dt.date(2024, 6, 27) and doc.reference_source == "metadata"
    assert doc.title == "Balloons close Seoul's main airport"
    assert doc.url == "https://news.example.org/2024/06/27/balloons-airport"
    assert "Incheon Airport, Seoul's main hub, had to close on Wednesday" in doc.text
    assert "joint air exercises" in doc.text
    # Boilerplate, scripts and styles are not article text.
    for noise in ("tracking", "font-family", "Ten things to do", "All rights reserved", "Sport"):
        assert noise not in doc.text
    # Paragraphs are separated by blank lines.
    assert "officials said.\n\nNorth Korea said" in doc.text


def test_tiny_html_page_falls_back_to_its_visible_text(tmp_path):
    path = tmp_path / "tiny.htm"
    path.write_text("<html><head><script>x()</script></head><body><p>Talks on Monday.</p></body></html>",
                    encoding="utf-8")
    (doc,), failures = read([path])
    assert failures == [] and doc.text == "Talks on Monday."


def test_html_in_a_legacy_charset(tmp_path):
    path = tmp_path / "legacy.html"
    body = "<p>" + "Les n\u00e9gociations reprendront lundi \u00e0 S\u00e9oul, a d\u00e9clar\u00e9 le minist\u00e8re. " * 5 + "</p>"
    html = f'<html><head><meta charset="windows-1252"></head><body><article>{body}</article></body></html>'
    path.write_bytes(html.encode("cp1252"))
    (doc,), failures = read([path])
    assert failures == [] and "n\u00e9gociations reprendront lundi \u00e0 S\u00e9oul" in doc.text


def test_empty_html_is_an_empty_document(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("", encoding="utf-8")
    (doc,), failures = read([path])
    assert doc.text == "" and failures == []


# --- JSONL ---------------------------------------------------------------------------------------------


def test_jsonl_one_document_per_line():
    documents, failures = read([INPUTS / "export.jsonl"])
    assert failures == []
    assert [d.id for d in documents] == ["wire-001", "wire-002", f"{INPUTS / 'export.jsonl'}:3"]
    assert [d.reference_date for d in documents] == [dt.date(2024, 6, 26), dt.date(2024, 6, 27), dt.date(2024, 6, 27)]
    assert documents[0].title == "Airport closed" and documents[0].url == "https://news.example.org/a"
    assert documents[1].text.startswith("North Korea tested a missile")


def test_malformed_jsonl_lines_are_errors_with_line_numbers_and_the_rest_is_read(caplog):
    path = INPUTS / "broken.jsonl"
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        documents, failures = read([path])
    assert [d.id for d in documents] == ["ok-1", "ok-2"]
    assert [(f.path, f.line) for f in failures] == [(str(path), 2), (str(path), 3), (str(path), 4)]
    assert failures[0].message.startswith("not valid JSON")
    assert "'text' field" in failures[1].message and "--text-field" in failures[1].message
    assert "expected a JSON object" in failures[2].message
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors[0].startswith(f"{path}:2: not valid JSON")
    assert str(failures[0]) == f"{path}:2: {failures[0].message}"


def test_jsonl_field_names_can_be_chosen():
    options = ReadOptions(text_field="body", date_field="published", id_field="doc_id")
    (doc,), failures = read([INPUTS / "custom_fields.ndjson"], options)
    assert failures == []
    assert doc.id == "db-17" and doc.reference_date == dt.date(2024, 6, 28)
    assert doc.text == "The talks ended on Friday without an agreement."


def test_jsonl_with_an_unreadable_date_keeps_the_document(tmp_path, caplog):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "Talks on Monday.", "date": "sometime soon"}\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        (doc,), failures = read([path])
    assert doc.reference_date is None and failures == []
    assert any(f"{path}:1" in r.getMessage() and "not a date" in r.getMessage() for r in caplog.records)


def test_binary_jsonl_file_is_one_failure(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    documents, failures = read([path])
    assert documents == [] and [f.path for f in failures] == [str(path)]


# --- TimeML --------------------------------------------------------------------------------------------


def test_timeml_text_and_creation_time():
    (doc,), failures = read([INPUTS / "dct.tml"])
    assert failures == []
    assert doc.text == "Seoul closed its airport on Wednesday."
    assert doc.reference_date == dt.date(2024, 6, 27)


def test_broken_timeml_is_a_failure(tmp_path):
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    documents, failures = read([path])
    assert documents == [] and failures[0].message.startswith("not well-formed TimeML")


# --- paths, folders, stdin -----------------------------------------------------------------------------


def test_nonexistent_path_fails_before_anything_is_read(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("x", encoding="utf-8")
    with pytest.raises(InputPathError, match="no such file or folder: .*missing.txt"):
        iter_documents([str(good), str(tmp_path / "missing.txt")], [])


def test_folders_are_recursive_sorted_skip_hidden_and_unknown_kinds(tmp_path, caplog):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.md", "c.html", "d.jsonl", ".hidden.txt", ".git/x.txt", "notes.docx", "e.tml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.md", "b/2.txt", "c.html", "d.jsonl", "e.tml"]
    assert any("1 file of other kinds skipped" in r.getMessage() for r in caplog.records)


def test_include_globs_choose_files_of_folders(tmp_path):
    (tmp_path / "2024").mkdir()
    for name in ("2024/a.txt", "2024/b.md", "c.txt", "notes.text.bak"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in iter_paths([tmp_path], ["*.txt"])] == ["a.txt", "c.txt"]
    assert [p.name for p in iter_paths([tmp_path], ["2024/*"])] == ["a.txt", "b.md"]
    assert [p.name for p in iter_paths([tmp_path], ["*.bak", "c.*"])] == ["c.txt", "notes.text.bak"]


def test_a_file_named_directly_is_read_whatever_its_name(tmp_path):
    path = tmp_path / ".notes"
    path.write_text("Talks on Monday.", encoding="utf-8")
    (doc,), _ = read([path])
    assert doc.text == "Talks on Monday."


@pytest.mark.parametrize(
    "data, suffix",
    [
        (b"Talks on Monday.", ".txt"),
        (b"  <!DOCTYPE html><html><body><p>x</p></body></html>", ".html"),
        (b'{"text": "a"}\n{"text": "b"}\n', ".jsonl"),
        (b"{not json at all", ".txt"),
        (b"---\ntitle: x\n---\nbody", ".md"),
        (b'<?xml version="1.0"?><TimeML><TEXT>x</TEXT></TimeML>', ".tml"),
    ],
)
def test_stdin_kind_is_sniffed(data, suffix):
    assert sniff_suffix(data) == suffix


def test_stdin_is_read_with_dash():
    (doc,), failures = read(["-"], stdin=io.BytesIO(b"Talks resumed on Monday."))
    assert doc.id == STDIN_NAME and doc.text == "Talks resumed on Monday." and failures == []


def test_stdin_jsonl_lines_are_documents():
    stdin = io.BytesIO(b'{"id": "a", "text": "one"}\nnope\n{"id": "b", "text": "two"}\n')
    documents, failures = read(["-"], stdin=stdin)
    assert [d.id for d in documents] == ["a", "b"]
    assert [(f.path, f.line) for f in failures] == [(STDIN_NAME, 2)]


def test_read_document_of_one_file():
    assert read_document(INPUTS / "summit.md").title == "Putin visits Pyongyang"


# --- dates in metadata ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-06-27", dt.date(2024, 6, 27)),
        ("2024-06-27T23:10:00Z", dt.date(2024, 6, 27)),
        ("Thu, 27 Jun 2024 08:00:00 +0900", dt.date(2024, 6, 27)),
        ("June 27, 2024", dt.date(2024, 6, 27)),
        ("27 June 2024", dt.date(2024, 6, 27)),
        ("Jun 27th, 2024", dt.date(2024, 6, 27)),
        ("27/06/2024 10:00", dt.date(2024, 6, 27)),
        ("June 2024", None),
        (dt.datetime(2024, 6, 27, 10, 0), dt.date(2024, 6, 27)),
        ("2024-13-45", None),
        ("yesterday", None),
        (20240627, None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_parse_date_reads_other_languages_only_when_asked():
    assert parse_date("27 juin 2024") is None
    assert parse_date("27 juin 2024", languages=("en", "fr")) == dt.date(2024, 6, 27)


# --- long texts ----------------------------------------------------------------------------------------


def test_split_text_prefers_paragraph_breaks_and_covers_the_text():
    text = ("A sentence here. " * 20 + "\n\n") * 30
    pieces = list(split_text(text, 1000))
    assert "".join(piece for piece, _ in pieces) == text
    assert all(len(piece) <= 1000 for piece, _ in pieces)
    assert all(text[offset:offset + len(piece)] == piece for piece, offset in pieces)
    assert all(piece.endswith("\n\n") for piece, _ in pieces[:-1])


def test_split_text_without_any_break_still_cuts():
    text = "x" * 2500
    assert [(len(p), o) for p, o in split_text(text, 1000)] == [(1000, 0), (1000, 1000), (500, 2000)]


def test_split_a_50_mb_text_lazily_in_bounded_pieces():
    paragraph = "Officials met on Wednesday in Seoul and talks resumed on Friday. " * 15 + "\n\n"
    text = paragraph * (50_000_000 // len(paragraph) + 1)
    assert len(text) > 50_000_000
    pieces = split_text(text, 100_000)
    first, offset = next(pieces)  # a generator: nothing is split ahead of use
    assert offset == 0 and len(first) <= 100_000 and first.endswith("\n\n")
    covered, count = len(first), 1
    for piece, offset in pieces:
        assert offset == covered and len(piece) <= 100_000
        covered += len(piece)
        count += 1
    assert covered == len(text) and count >= 500


def test_split_document_keeps_id_and_sets_offsets():
    doc = Document(id="big.txt", text="para one.\n\n" * 100, reference_date=dt.date(2024, 1, 2))
    pieces = list(split_document(doc, 100))
    assert len(pieces) > 1
    assert {p.id for p in pieces} == {"big.txt"}
    assert all(p.reference_date == dt.date(2024, 1, 2) for p in pieces)
    assert all(doc.text[p.offset:p.offset + len(p.text)] == p.text for p in pieces)
    assert list(split_document(Document(id="s", text="short"), 100)) == [Document(id="s", text="short")]


def test_long_documents_are_split_into_article_sized_pieces():
    from timeline_cli.documents import DEFAULT_PIECE_CHARS, PIECE_CHARS

    doc = Document(id="book", text=("A paragraph of the book. " * 8 + "\n\n") * 2000)
    pieces = list(split_document(doc))
    assert len(doc.text) > DEFAULT_PIECE_CHARS
    assert all(len(p.text) <= PIECE_CHARS for p in pieces) and PIECE_CHARS <= DEFAULT_PIECE_CHARS
    assert "".join(p.text for p in pieces) == doc.text
    short = Document(id="article", text="x " * (DEFAULT_PIECE_CHARS // 2))
    assert list(split_document(short)) == [short]


def test_a_50_mb_article_reaches_spacy_in_pieces_with_the_whole_articles_reference_date():
    """extraction.split_long_documents, the step before nlp.pipe, without the model: pieces are produced lazily, far
    below spaCy's max_length, cover the text, and carry the dateline found at the top of the article."""
    from timeline_cli.documents import PIECE_CHARS
    from timeline_cli.extraction import split_long_documents

    paragraph = "Officials met again in Seoul and the talks went on. " * 12 + "\n\n"
    text = "SEOUL, June 28, 2024 (AP) -- The talks resumed.\n\n" + paragraph * (50_000_000 // len(paragraph) + 1)
    assert len(text) >= 50_000_000
    pieces = split_long_documents([Document(id="big.txt", text=text)], None, dt.date(2026, 1, 1), 1_000_000)
    covered = count = 0
    for piece in pieces:
        count += 1
        assert piece.id == "big.txt" and piece.offset == covered and len(piece.text) <= PIECE_CHARS
        assert (piece.reference_date, piece.reference_source) == (dt.date(2024, 6, 28), "dateline")
        covered += len(piece.text)
    assert covered == len(text) and count > 10_000


def test_an_ambiguous_metadata_date_is_reported_once_unless_a_dateline_settles_it(tmp_path, caplog, monkeypatch):
    import json

    from timeline_cli.documents import dates

    monkeypatch.setattr(dates, "_warned_ambiguous", False)
    path = tmp_path / "wire.jsonl"
    lines = [{"id": "a", "text": "Acme Corp. cut its prices.", "date": "03-02-2009"},
             {"id": "b", "text": "Acme Corp. hired 40 people.", "date": "04-05-2009"},
             {"id": "c", "text": "Acme Corp. closed a plant.", "date": "2009-03-02"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        documents, _ = read([path])
    assert [d.reference_date for d in documents] == [dt.date(2009, 3, 2), dt.date(2009, 4, 5), dt.date(2009, 3, 2)]
    warnings = [r.getMessage() for r in caplog.records if "day-month or month-day" in r.getMessage()]
    assert warnings == [f"{path}:1: the date '03-02-2009' could be day-month or month-day; read month first "
                        "as 2009-03-02 (other such dates are not reported)"]
    # A dateline in the text settles it: no warning.
    monkeypatch.setattr(dates, "_warned_ambiguous", False)
    caplog.clear()
    path.write_text(json.dumps({"id": "d", "text": "February 3, 2009\n\nAcme Corp. cut its prices.",
                                "date": "03-02-2009"}) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="timeline_cli"):
        read([path])
    assert not [r for r in caplog.records if "day-month" in r.getMessage()]
