"""Markdown: a pipe table for reports (GitHub-flavoured Markdown, CommonMark with tables).

A report shows the columns a reader needs, not every field: for events Date, Expression, Event, Actors,
Status, Source; for `dates` rows Source, Span, Text, Type, Value, Date. Use csv/json for every field.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from . import Row, display_cell, display_columns, row_sources, source_names

# What a report leaves out of the terminal table's columns: an event's TIMEX3 value, a date row's
# reference date.
EVENT_LEFT_OUT = ("value",)
DATE_LEFT_OUT = ("reference_date",)


def escape_cell(text: str) -> str:
    """A table cell on one line: pipes and backslashes escaped, `<` kept from being read as HTML."""
    text = " ".join(text.split())
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def write_markdown(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """A Markdown table, one row per line. Rows are held until the end: sources are shortened over
    all of them (source_names), so that two never look alike."""
    columns = display_columns(fields, EVENT_LEFT_OUT if "event" in fields else DATE_LEFT_OUT)
    rows = list(rows)
    names = source_names(row_sources(rows))
    stream.write("| " + " | ".join(title for title, _ in columns) + " |\n")
    stream.write("|" + "|".join(" --- " for _ in columns) + "|\n")
    for row in rows:
        stream.write("| " + " | ".join(escape_cell(display_cell(row, field, names)) for _, field in columns) + " |\n")
