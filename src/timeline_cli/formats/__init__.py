"""Output writers, one per format, behind one registry. Writers see plain dicts, never spaCy objects.

To add a format, write `def write_x(rows, stream, fields)` and add it to WRITERS (and its file
extension to FORMAT_BY_SUFFIX). The `table` format is drawn with rich and lives in the CLI layer
(timeline_cli.console), so the library never imports rich.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
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


def short_source(source: Any) -> str:
    """A source as a reader wants it: the file name of a path ("a/b/story.txt" -> "story.txt")."""
    text = "" if source is None else str(source)
    return PurePath(text).name or text if ("/" in text or "\\" in text) else text


def display_cell(row: Row, field: str) -> str:
    """A cell of a human-readable table (terminal, Markdown): a row field as text, or one of the derived
    columns `_dates` (date range), `_source` (file name), `_sources` (every file name), `_span`."""
    if field == "_dates":
        return date_range(row)
    if field == "_source":
        return short_source(row.get("source"))
    if field == "_sources":
        sources = row.get("sources") or [row.get("source")]
        return "; ".join(short_source(source) for source in sources if source)
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


def write_csv(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """RFC 4180 CSV with a header row; list fields joined with "; "."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([flat_value(row.get(k)) for k in fields])


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
