"""Writers: golden files built from hand-made rows (independent of the tagger), plus each format's contract.

Regenerate the golden files after an intended change with:  UPDATE_GOLDEN=1 pytest tests/test_formats.py
"""
import csv
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timeline_cli.formats import (
    EVENT_ONLY_FORMATS,
    FORMATS,
    WRITERS,
    date_range,
    flat_value,
    format_for_path,
)
from timeline_cli.records import DATE_FIELDS, EVENT_FIELDS, DateRow, Event

GOLDEN = Path(__file__).parent / "golden" / "formats"
SUFFIX = {"csv": "csv", "json": "json", "jsonl": "jsonl", "markdown": "md", "timelinejs": "timelinejs.json",
          "html": "html"}


def event(**fields):
    base = dict(date="2024-06-26", end_date="2024-06-26", value="2024-06-26", granularity="day",
                time_expression="Wednesday", event="Incheon Airport close", actors=["Incheon Airport"],
                status="occurred", source="seeds/airport.txt", sentence="Incheon Airport had to close on Wednesday.",
                start=10, end=19, reference_date="2024-06-27", reference_source="dateline",
                trigger="close", trigger_start=30, trigger_end=35, sources=["seeds/airport.txt"])
    base.update(fields)
    return Event(**base)


def sample_events():
    """Rows that exercise every quirk: ranges, coarse granularities, merged sources, quoting, markup,
    non-ASCII, a newline inside a sentence, an undated (vague) row."""
    return [
        event(date="2024-06-17", end_date="2024-06-23", value="2024-W25", granularity="week",
              time_expression="last week", event="Putin visit Pyongyang", actors=["Vladimir Putin", "Pyongyang"],
              sentence="Russian President Vladimir Putin was in Pyongyang last week.", start=5, end=14,
              trigger="be", trigger_start=30, trigger_end=33,
              sources=["seeds/summit.txt", "wire-002"], source="seeds/summit.txt"),
        event(),
        event(event='North Korea claim "successful" test, with <multiple> warheads | 2nd',
              actors=["North Korea", "KCNA"], time_expression="Thursday, June 27", value="2024-06-27",
              date="2024-06-27", end_date="2024-06-27", sentence='KCNA said on Thursday, June 27:\n"success" – résumé, 한국',
              source="wire-002", sources=["wire-002"], trigger="claim", reference_source="metadata"),
        event(date="2024-07-01", end_date="2024-07-31", value="2024-07", granularity="month", time_expression="July",
              event="North Korean soldiers assist Russians", actors=["North Korean soldiers"], status="expected",
              sentence="North Korean soldiers are expected to assist the Russians in Donetsk as early as July.",
              trigger="assist", trigger_start=None, trigger_end=None),
        event(date="2025-01-01", end_date="2025-12-31", value="2025", granularity="year", time_expression="next year",
              event="Seoul hold elections", actors=[], status="planned", sentence="Seoul will hold elections next year."),
        event(date=None, end_date=None, value="PAST_REF", granularity=None, time_expression="recently",
              event="tensions rise", actors=[], status="occurred", sentence="Tensions rose recently."),
    ]


def sample_dates():
    return [
        DateRow("seeds/airport.txt", 10, 19, "Wednesday", "DATE", "2024-06-26", "2024-06-26", "2024-06-26", "day",
                "2024-06-27", "dateline"),
        DateRow("wire|1", 40, 49, "last week", "DATE", "2024-W25", "2024-06-17", "2024-06-23", "week",
                "2024-06-27", "metadata"),
        DateRow("seeds/airport.txt", 60, 66, "3 days", "DURATION", "P3D", None, None, None, "2024-06-27",
                "dateline", "APPROX"),
    ]


def render(fmt, rows, fields):
    stream = io.StringIO(newline="")
    WRITERS[fmt]((row.to_dict() for row in rows), stream, fields)
    return stream.getvalue()


def check_golden(name, text):
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_events_match_golden_files(fmt):
    check_golden(f"events.{SUFFIX[fmt]}", render(fmt, sample_events(), EVENT_FIELDS))


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "markdown"])
def test_date_rows_match_golden_files(fmt):
    check_golden(f"dates.{SUFFIX[fmt]}", render(fmt, sample_dates(), DATE_FIELDS))


@pytest.mark.parametrize("fmt", sorted(EVENT_ONLY_FORMATS))
def test_event_only_formats_refuse_date_rows(fmt):
    with pytest.raises(ValueError, match="event rows"):
        render(fmt, sample_dates(), DATE_FIELDS)


def test_every_format_is_registered():
    assert set(FORMATS) == {"table", "csv", "json", "jsonl", "markdown", "timelinejs", "html", "parquet"}


# --- contracts per format ------------------------------------------------------------------------------


def test_csv_round_trips_with_csv_reader():
    text = render("csv", sample_events(), EVENT_FIELDS)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(EVENT_FIELDS)
    assert len(rows) == 1 + len(sample_events())
    assert rows[3][EVENT_FIELDS.index("sentence")] == 'KCNA said on Thursday, June 27:\n"success" – résumé, 한국'
    assert rows[1][EVENT_FIELDS.index("actors")] == "Vladimir Putin; Pyongyang"
    assert text.endswith("\r\n")


def test_jsonl_is_one_compact_object_per_line_in_field_order():
    lines = render("jsonl", sample_events(), EVENT_FIELDS).splitlines()
    assert len(lines) == len(sample_events())
    for line in lines:
        assert list(json.loads(line)) == list(EVENT_FIELDS)
    assert "한국" in lines[2]  # UTF-8, not \u escapes


def test_jsonl_flushes_every_row():
    class Recorder(io.StringIO):
        flushes = 0

        def flush(self):
            Recorder.flushes += 1

    WRITERS["jsonl"]((row.to_dict() for row in sample_events()), Recorder(), EVENT_FIELDS)
    assert Recorder.flushes == len(sample_events())


@pytest.mark.parametrize("fmt, expected", [("json", "[]\n"), ("jsonl", ""), ("csv", ",".join(EVENT_FIELDS) + "\r\n")])
def test_empty_outputs(fmt, expected):
    assert render(fmt, [], EVENT_FIELDS) == expected


def test_empty_markdown_is_a_header_only_table():
    assert render("markdown", [], EVENT_FIELDS).count("\n") == 2


def test_markdown_cells_are_escaped_and_one_line():
    text = render("markdown", sample_events(), EVENT_FIELDS)
    lines = text.splitlines()
    assert len(lines) == 2 + len(sample_events())
    claim = lines[4]
    assert '\\| 2nd' in claim and "&lt;multiple>" in claim
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines)
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 7 for line in lines)  # 6 columns


def test_timelinejs_structure():
    document = json.loads(render("timelinejs", sample_events(), EVENT_FIELDS))
    events = document["events"]
    assert len(events) == len(sample_events()) - 1  # the undated row cannot be placed
    week, day = events[0], events[1]
    assert week["start_date"] == {"year": 2024, "month": 6, "day": 17}
    assert week["end_date"] == {"year": 2024, "month": 6, "day": 23}
    assert "end_date" not in day  # one day: no end
    assert day["text"]["headline"] == "Incheon Airport close"
    assert day["group"] == "occurred"
    month, year = events[3], events[4]
    assert month["start_date"] == {"year": 2024, "month": 7} and "end_date" not in month
    assert year["start_date"] == {"year": 2025} and year["group"] == "planned"
    assert "&lt;multiple&gt;" in events[2]["text"]["headline"]
    assert len({e["unique_id"] for e in events}) == len(events)
    for e in events:
        assert set(e) >= {"start_date", "text", "group"}
        assert all(isinstance(v, int) for v in e["start_date"].values())


def test_timelinejs_warns_about_undated_rows(caplog):
    render("timelinejs", sample_events(), EVENT_FIELDS)
    assert any("1 row without a date left out" in r.getMessage() for r in caplog.records)


class _PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_html_page_is_self_contained_and_escaped():
    page = render("html", sample_events(), EVENT_FIELDS)
    parser = _PageParser()
    parser.feed(page)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(parser.tags)
    assert not [value for name, value in parser.attrs if name in ("src", "href")]
    assert "@import" not in page and "url(" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert parser.tags.count("li") == len(sample_events())
    text = "".join(parser.text)
    assert 'North Korea claim "successful" test, with <multiple> warheads | 2nd' in text
    assert "<multiple>" not in page  # escaped in the markup
    assert "6 events, 2024-06-17 to 2025-12-31." in text


def test_empty_html_page_says_so():
    page = render("html", [], EVENT_FIELDS)
    assert "No events." in page and "0 events." in page


# --- helpers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, fmt",
    [("t.csv", "csv"), ("t.JSON", "json"), ("t.jsonl", "jsonl"), ("t.ndjson", "jsonl"), ("t.md", "markdown"),
     ("t.html", "html"), ("t.htm", "html"), ("t.timelinejs.json", "timelinejs"), ("t.tl.json", "timelinejs"),
     ("t.txt", "table"), ("t.xlsx", None), ("noext", None), (".json", None), ("dir/out.csv", "csv")],
)
def test_format_for_path(name, fmt):
    assert format_for_path(name) == fmt


def test_flat_value_and_date_range():
    assert flat_value(["a", "b"]) == "a; b" and flat_value(None) == "" and flat_value(3) == "3"
    assert date_range({"date": "2024-01-01", "end_date": "2024-01-01"}) == "2024-01-01"
    assert date_range({"date": "2024-01-01", "end_date": "2024-01-07"}) == "2024-01-01 – 2024-01-07"
    assert date_range({"date": None}) == ""
