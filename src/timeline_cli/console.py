"""Terminal presentation (CLI layer only): the rich table and stderr messages."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from .formats import display_cell, display_columns, row_sources, source_names

FLEX = {"event": 6, "text": 4, "actors": 2, "time_expression": 2, "value": 2, "_source": 2, "_sources": 2}


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit(1) here; let the CLI's one handler of a closed pipe exit quietly instead.
        raise BrokenPipeError


def write_table(rows: Iterable[dict[str, Any]], stream: TextIO, fields: Sequence[str]) -> None:
    """A rich table for reading in a terminal; colour only when `stream` is a terminal (NO_COLOR honoured)."""
    columns = display_columns(fields)
    table = Table(show_lines=False, expand=True, header_style="bold")
    for title, field in columns:
        # Dates, values and statuses never wrap; the prose columns share what is left, the event most.
        fixed = field in ("_dates", "status", "type", "_span", "reference_date")
        table.add_column(title, overflow="fold", no_wrap=fixed, ratio=None if fixed else FLEX.get(field, 1))
    rows = list(rows)  # the table is drawn at the end anyway; sources are shortened over all rows
    names = source_names(row_sources(rows))
    for row in rows:
        table.add_row(*(display_cell(row, field, names) for _, field in columns))
    console = _Console(file=stream, width=None if stream.isatty() else 160)
    console.print(table)


def track_documents(documents: Iterable[Any]) -> Iterator[Any]:
    """Documents passed through unchanged, with a transient progress display on stderr (for a terminal:
    the caller decides). The total is unknown while a folder streams, so it counts documents read."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(SpinnerColumn(), TextColumn("reading and analysing"), BarColumn(),
                        TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True)
    with progress:
        task = progress.add_task("documents", total=None)
        for document in documents:
            yield document
            progress.advance(task)
