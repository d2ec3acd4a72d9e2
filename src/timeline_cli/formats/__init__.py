"""Output writers, one per format, behind one registry. Writers see plain dicts, never spaCy objects.

To add a format, write `def write_x(rows, stream, fields)` and add it to WRITERS. The `table` format is
drawn with rich and lives in the CLI layer (timeline_cli.console), so the library never imports rich.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Sequence
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


def write_jsonl(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """One compact JSON object per line, keys in field order, flushed as produced."""
    for row in rows:
        stream.write(json.dumps({k: row.get(k) for k in fields}, ensure_ascii=False) + "\n")
        stream.flush()


def write_json(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """One JSON array (`[]` when empty), written element by element so rows are not held twice."""
    stream.write("[")
    empty = True
    for row in rows:
        stream.write("\n  " if empty else ",\n  ")
        stream.write(json.dumps({k: row.get(k) for k in fields}, ensure_ascii=False))
        empty = False
    stream.write("]\n" if empty else "\n]\n")


def write_csv(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """RFC 4180 CSV with a header row; list fields joined with "; "."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([flat_value(row.get(k)) for k in fields])


WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "json": write_json,
    "csv": write_csv,
}
