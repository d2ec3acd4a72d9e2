"""Output writers, one per format, behind one registry. Writers see plain dicts, never spaCy objects.

To add a format, write `def write_x(rows, stream, fields)` and add it to WRITERS (and its file
extension to FORMAT_BY_SUFFIX). The `table` format is drawn with rich and lives in the CLI layer
(timeline_cli.console), so the library never imports rich.
"""
from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import PurePath
from typing import Any, TextIO

Row = dict[str, Any]
Writer = Callable[[Iterable[Row], TextIO, Sequence[str]], None]

LIST_SEPARATOR = "; "  # how list fields (actors, sources) are joined in CSV cells


def flat_value(value: Any) -> str:
    """A field as one text cell: lists joined with "; ", None as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def date_range(row: Row) -> str:
    """"2024-06-26", or "2024-06-17 – 2024-06-23" for a row spanning days; "" when undated."""
    start, end = row.get("date"), row.get("end_date")
    if not start:
        return ""
    return str(start) if not end or end == start else f"{start} – {end}"


def shown_source(source: Any, names: dict[str, str] | None) -> str:
    """A source as shown: its name in `names` (see source_names), else short_source."""
    if names is not None and source is not None:
        return names.get(str(source), str(source))
    return short_source(source)


def short_source(source: Any) -> str:
    """A source as a reader wants it: the file name of a path ("a/b/story.txt" -> "story.txt")."""
    text = "" if source is None else str(source)
    return PurePath(text).name or text if ("/" in text or "\\" in text) else text


# Path separators of this system: on POSIX a backslash is part of a name (an escaped byte such as
# "caf\\xe9.txt", documents.display_name), not a separator.
_SEPARATORS = re.compile(r"[/\\]" if os.sep == "\\" else "/")


def source_names(sources: Iterable[Any]) -> dict[str, str]:
    """How each source is shown to people: the shortest end of its path (after a path separator) that ends no
    other source, so two sources never look alike. Alone, "a/b/story.txt" is "story.txt"; beside
    "c/b/story.txt", "a/b/story.txt"; JSONL ids "nyt/2024/123" and "wapo/2024/123" stay whole, not
    both "123". A source that ends another one ("123" beside "x/123") is shown whole."""
    distinct = {str(source) for source in sources if source is not None and str(source)}
    ends: dict[str, list[str]] = {}
    count: dict[str, int] = {}
    for source in distinct:
        # The source's own text last: its ends from the shortest up.
        cuts = [match.end() for match in _SEPARATORS.finditer(source)]
        candidates = [source[cut:] for cut in reversed(cuts) if source[cut:]] + [source]
        candidates = list(dict.fromkeys(candidates))
        ends[source] = candidates
        for end in candidates:
            count[end] = count.get(end, 0) + 1
    return {source: next((end for end in candidates if count[end] == 1), source)
            for source, candidates in ends.items()}


def row_sources(rows: Iterable[Row]) -> Iterator[Any]:
    """Every source the rows name (`source`, and the `sources` of merged rows)."""
    for row in rows:
        yield row.get("source")
        yield from row.get("sources") or ()


# The columns of the human-readable tables (terminal, Markdown), per kind of row: (title, field), the
# fields as display_cell reads them. Exports carry every field.
EVENT_COLUMNS = (
    ("Date", "_dates"),
    ("Value", "value"),
    ("Expression", "time_expression"),
    ("Event", "event"),
    ("Actors", "actors"),
    ("Status", "status"),
    ("Source", "_sources"),
)
DATE_COLUMNS = (
    ("Source", "_source"),
    ("Span", "_span"),
    ("Text", "text"),
    ("Type", "type"),
    ("Value", "value"),
    ("Date", "_dates"),
    ("Reference", "reference_date"),
)


def display_columns(fields: Sequence[str], leave_out: Sequence[str] = ()) -> tuple[tuple[str, str], ...]:
    """The (title, field) columns of a table of rows with `fields` (event rows, else date rows), without
    the fields in `leave_out`."""
    columns = EVENT_COLUMNS if "event" in fields else DATE_COLUMNS
    return tuple(column for column in columns if column[1] not in leave_out)


def display_cell(row: Row, field: str, names: dict[str, str] | None = None) -> str:
    """A cell of a human-readable table (terminal, Markdown): a row field as text, or one of the derived
    columns `_dates` (date range), `_source` (the source as shown), `_sources` (every source), `_span`.
    `names` (source_names over every row of the output) shows sources shortened without making two
    look alike; without it a source is shortened to its file name."""
    if field == "_dates":
        # A date not stated in the event's own sentence says where it came from: "(publication)".
        basis = row.get("date_basis")
        dates = date_range(row)
        return f"{dates} ({basis})" if dates and basis and basis != "text" else dates
    if field == "_source":
        return shown_source(row.get("source"), names)
    if field == "_sources":
        sources = row.get("sources") or [row.get("source")]
        return "; ".join(shown_source(source, names) for source in sources if source)
    if field == "_span":
        return f"{row.get('start')}–{row.get('end')}"
    return flat_value(row.get(field))


# Characters JSON allows raw in strings but that some line splitters (Python's str.splitlines, JavaScript
# before ES2019) treat as line breaks: escaped, so one row is always one line.
_LINE_BREAKS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dumps(row: Row, fields: Sequence[str]) -> str:
    return json.dumps({k: row.get(k) for k in fields}, ensure_ascii=False).translate(_LINE_BREAKS)


def write_jsonl(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """One compact JSON object per line, keys in field order, flushed as produced."""
    for row in rows:
        stream.write(_dumps(row, fields) + "\n")
        stream.flush()


def write_json(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """One JSON array (`[]` when empty), written element by element so rows are not held twice."""
    stream.write("[")
    empty = True
    for row in rows:
        stream.write("\n  " if empty else ",\n  ")
        stream.write(_dumps(row, fields))
        empty = False
    stream.write("]\n" if empty else "\n]\n")


# OWASP's CSV injection advice: a spreadsheet runs a cell starting with = + - @ (or tab or carriage
# return, which some strip first) as a formula. Such cells get a leading ' (shown as text, not run). A
# cell that already starts with quotes before one of those gets one more, so reading back is exact:
# remove one ' from a cell matching FORMULA_ESCAPED (docs/formats/csv.md).
FORMULA_START = re.compile("'*[=+\\-@\t\r]")
FORMULA_ESCAPED = re.compile("'+[=+\\-@\t\r]")
_FORMULA_FIRST = frozenset("'=+-@\t\r")


def csv_cell(value: Any) -> str:
    """A field as a CSV cell that a spreadsheet shows as text: flat_value, with the leading ' above."""
    text = flat_value(value)
    if text and text[0] in _FORMULA_FIRST and FORMULA_START.match(text):
        return "'" + text
    return text


def read_csv_cell(cell: str) -> str:
    """A cell of our CSV as it was before csv_cell: one leading ' less where one was added."""
    return cell[1:] if cell.startswith("'") and FORMULA_ESCAPED.match(cell) else cell


def write_csv(rows: Iterable[Row], stream: TextIO, fields: Sequence[str], *, raw: bool = False) -> None:
    """RFC 4180 CSV with a header row; list fields joined with "; ". Cells that a spreadsheet would run
    as a formula get a leading ' (csv_cell) unless `raw`."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(fields)
    cell = flat_value if raw else csv_cell
    for row in rows:
        writer.writerow([cell(row.get(k)) for k in fields])


from .html import write_html  # noqa: E402  (they import the helpers above)
from .markdown import write_markdown  # noqa: E402
from .timelinejs import write_timelinejs  # noqa: E402

WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "csv": write_csv,
    "markdown": write_markdown,
    "timelinejs": write_timelinejs,
    "html": write_html,
}

from .parquet import write_parquet  # noqa: E402

# Writers of binary files: they get a stream opened in binary mode, never a terminal or stdout.
BINARY_WRITERS: dict[str, Callable[[Iterable[Row], Any, Sequence[str]], None]] = {
    "parquet": write_parquet,
}

# Every format the CLI offers: the writers above plus `table` (rich, CLI layer).
FORMATS = ("table", *WRITERS, *BINARY_WRITERS)
# Formats that only make sense for event rows (not for `timeline dates`).
EVENT_ONLY_FORMATS = ("timelinejs", "html")

# `-o FILE` picks the format from the end of the file name when --format is absent. Longest first:
# "x.timelinejs.json" is TimelineJS, "x.json" plain JSON.
FORMAT_BY_SUFFIX = {
    ".timelinejs.json": "timelinejs",
    ".tl.json": "timelinejs",
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "table",
    ".parquet": "parquet",
}


def format_for_path(path: str | PurePath) -> str | None:
    """The format a file name asks for, or None when its extension names none."""
    name = PurePath(path).name.lower()
    for suffix in sorted(FORMAT_BY_SUFFIX, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return FORMAT_BY_SUFFIX[suffix]
    return None
