"""Property-based tests (hypothesis): readers, the date normalizer and the writers never crash on arbitrary
input, and no input document vanishes: each is either read or named in the failures. No spaCy model."""
import csv
import datetime as dt
import io
import json
import os
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from timeline_cli.documents import (
    KNOWN_SUFFIXES,
    ReadFailure,
    decode,
    document_from_text,
    iter_documents,
    parse_date,
    sniff_suffix,
    split_text,
)
from timeline_cli.formats import WRITERS, read_csv_cell
from timeline_cli.records import EVENT_FIELDS, Event
from timeline_cli.timeline import RowFilter, overlaps

# More examples for a deeper search: HYPOTHESIS_EXAMPLES=1000 pytest tests/test_properties.py
SETTINGS = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = sorted(KNOWN_SUFFIXES | {".bin", ""})

# Text that looks a little like each input kind, so the readers get past their first checks.
markup = st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<TEXT>", "</TEXT>", "<TimeML>", "<TIMEX3 value='2024-06-26'>",
                          "</TIMEX3>", "---\n", "title: x\n", "date: 2024-06-27\n", '{"text": "a"}', '{"text": ',
                          "\n", "\r\n", "\ufeff", "Wednesday", "June 27, 2024", "<!--", "<![CDATA[", "&amp;", "&#0;"])
texty = st.lists(st.one_of(markup, st.text(max_size=30)), max_size=25).map("".join)
raw_bytes = st.one_of(st.binary(max_size=400), texty.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      texty.map(lambda t: t.encode("cp1252", "ignore")))


@SETTINGS
@given(data=raw_bytes, suffix=st.sampled_from(SUFFIXES))
def test_reading_arbitrary_bytes_never_raises_and_nothing_vanishes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        failures: list[ReadFailure] = []
        documents = list(iter_documents([str(path)], failures))
    for document in documents:
        assert isinstance(document.text, str)
    if suffix in (".jsonl", ".ndjson"):
        # Every non-blank line is a document or a failure naming the line (or the whole file failed).
        # JSON Lines are separated by "\n" only (a lone "\r" is not a line break there). UTF-16 data
        # (a byte-order mark first) is read as text: its lines are the decoded text's, and the mark
        # alone is an empty file (no rows, no message, as docs/inputs.md says).
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                data = data.decode("utf-16").encode("utf-8")
            except UnicodeDecodeError:
                data = b"\x00"  # undecodable: the file fails as a whole, or at its first bad line
        lines = [i for i, line in enumerate(data.split(b"\n"), 1) if line.strip()]
        whole_file = [f for f in failures if f.line is None]
        assert whole_file or len(documents) + len(failures) == len(lines)
    else:
        assert (len(documents) == 1) != bool(failures)
    assert all(f.path == str(path) for f in failures)


@SETTINGS
@given(text=texty, suffix=st.sampled_from([".txt", ".md", ".tml", ".html"]))
def test_document_from_text_raises_only_value_error(text, suffix):
    try:
        document = document_from_text("x" + suffix, text, suffix)
    except ValueError:
        return
    assert isinstance(document.text, str)


@SETTINGS
@given(data=st.binary(max_size=300))
def test_decode_gives_text_or_value_error(data):
    try:
        assert isinstance(decode(data, "x"), str)
    except ValueError:
        pass


@SETTINGS
@given(data=raw_bytes)
def test_sniffing_stdin_never_raises(data):
    assert sniff_suffix(data) in {".txt", ".md", ".html", ".jsonl", ".tml"}


@SETTINGS
@given(value=st.one_of(st.text(max_size=40), st.integers(), st.none(), st.dates(), st.floats()))
def test_parse_date_never_raises(value):
    result = parse_date(value)
    assert result is None or isinstance(result, dt.date)


@SETTINGS
@given(kinds=st.lists(st.sampled_from(["good", "empty", "binary", "cp1252", "badyaml", "badtml", "jsonl"]),
                      min_size=1, max_size=8))
def test_every_input_is_read_or_named_in_the_failures(kinds):
    contents = {
        "good": ("txt", b"Talks resumed on Monday."),
        "empty": ("txt", b""),
        "binary": ("txt", b"\x00\x01\x02\x03"),
        "cp1252": ("txt", "caf\u00e9 \u201cx\u201d".encode("cp1252")),
        "badyaml": ("md", b"---\na: [\n---\nbody"),
        "badtml": ("tml", b"<TimeML><TEXT>x"),
        "jsonl": ("jsonl", b'{"id": "J", "text": "a"}\nnot json\n'),
    }
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for i, kind in enumerate(kinds):
            suffix, data = contents[kind]
            path = Path(folder) / f"{i:02d}_{kind}.{suffix}"
            path.write_bytes(data)
            names.append(str(path))
        failures: list[ReadFailure] = []
        documents = list(iter_documents([folder], failures))
    read = {d.id for d in documents}
    failed = {f.path for f in failures}
    for name, kind in zip(names, kinds):
        if kind == "jsonl":
            assert "J" in read and any(f.path == name and f.line == 2 for f in failures)
        else:
            assert (name in read) != (name in failed), name


@SETTINGS
@given(text=st.text(max_size=3000), size=st.integers(min_value=2, max_value=500))
def test_split_text_covers_the_text_in_bounded_pieces(text, size):
    pieces = list(split_text(text, size))
    assert "".join(p for p, _ in pieces) == text
    assert all(len(p) <= size for p, _ in pieces)
    assert all(text[o:o + len(p)] == p for p, o in pieces)


@SETTINGS
@given(text=texty, day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_temporal_tagger_never_raises_on_arbitrary_text(text, day):
    from timeline_cli.temporal import tag

    for expression in tag(text, day, None):
        assert 0 <= expression.start <= expression.end <= len(text)
        assert text[expression.start:expression.end] == expression.text


words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def events(draw):
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
    end = day + dt.timedelta(days=draw(st.integers(0, 400)))
    dated = draw(st.booleans())
    return Event(date=day.isoformat() if dated else None, end_date=end.isoformat() if dated else None,
                 value=draw(words), granularity=draw(st.sampled_from(["day", "week", "month", "year", None])),
                 time_expression=draw(words), event=draw(words), actors=draw(st.lists(words, max_size=3)),
                 status=draw(st.sampled_from(["occurred", "expected", "planned", "negated", "ongoing"])),
                 source=draw(words), sentence=draw(words), start=0, end=1, reference_date="2024-06-27",
                 reference_source="option", sources=draw(st.lists(words, max_size=2)))


@SETTINGS
@given(rows=st.lists(events(), max_size=6))
def test_writers_round_trip_or_stay_well_formed(rows):
    dicts = [row.to_dict() for row in rows]
    for fmt, writer in WRITERS.items():
        stream = io.StringIO(newline="")
        writer(iter(dicts), stream, EVENT_FIELDS)
        text = stream.getvalue()
        if fmt == "csv":
            parsed = list(csv.reader(io.StringIO(text, newline="")))
            # Cells escaped against formula injection read back exactly (docs/formats/csv.md).
            assert [read_csv_cell(r[EVENT_FIELDS.index("event")]) for r in parsed[1:]] == [r["event"] for r in dicts]
        elif fmt == "jsonl":
            assert [json.loads(line)["sentence"] for line in text.splitlines()] == [r["sentence"] for r in dicts]
        elif fmt == "json":
            assert [r["actors"] for r in json.loads(text)] == [r["actors"] for r in dicts]
        elif fmt == "timelinejs":
            assert len(json.loads(text)["events"]) == sum(1 for r in dicts if r["date"])
        elif fmt == "markdown":
            assert len(text.splitlines()) == 2 + len(dicts)
        elif fmt == "html":
            tags = []
            parser = HTMLParser()
            parser.handle_starttag = lambda tag, attrs, tags=tags: tags.append(tag)
            parser.feed(text)
            assert tags.count("li") == len(dicts) and "script" not in tags


@SETTINGS
@given(row=events(), a=st.dates(), b=st.dates())
def test_overlap_agrees_with_day_by_day_definition(row, a, b):
    since, until = min(a, b), max(a, b)
    assume(row.date is not None)
    start, end = dt.date.fromisoformat(row.date), dt.date.fromisoformat(row.end_date)
    expected = start <= until and end >= since
    assert overlaps(row, since, until) == expected
    assert RowFilter(since=since, until=until).keep(row) == expected
