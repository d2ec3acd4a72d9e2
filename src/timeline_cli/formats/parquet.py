"""Parquet: the rows as one typed table, for pandas, DuckDB, polars and Spark (docs/formats/parquet.md).

The columns are JSONL's, in the same order, with types: the days `date`, `end_date` and
`reference_date` are DATEs, the offsets 64-bit integers, `actors` and `sources` lists of strings, every
other column a string; a value that is missing in JSONL (null) is null here. Rows are written in row
groups of ROW_GROUP_ROWS as they come, so a streamed run (`--order input`) keeps flat memory.

Needs pyarrow (`pip install 'timeline-cli[parquet]'`), imported only when a Parquet file is written.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

from ..errors import ExitCode, TimelineError

if TYPE_CHECKING:  # pyarrow is optional and imported when a Parquet file is written
    import pyarrow

ROW_GROUP_ROWS = 10_000
DATE_COLUMNS = frozenset({"date", "end_date", "reference_date"})
INT_COLUMNS = frozenset({"start", "end", "trigger_start", "trigger_end"})
LIST_COLUMNS = frozenset({"actors", "sources"})


class ParquetUnavailableError(TimelineError):
    """--format parquet without pyarrow installed."""

    exit_code = ExitCode.USAGE


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ParquetUnavailableError(
            "--format parquet needs pyarrow; install it with: pip install 'timeline-cli[parquet]'"
        ) from exc
    return pyarrow, pyarrow.parquet


def schema(fields: Sequence[str]) -> pyarrow.Schema:
    """The Arrow schema of rows with these fields (in this order)."""
    pa, _ = _pyarrow()

    def column_type(name: str):
        if name in DATE_COLUMNS:
            return pa.date32()
        if name in INT_COLUMNS:
            return pa.int64()
        if name in LIST_COLUMNS:
            return pa.list_(pa.string())
        return pa.string()

    return pa.schema([pa.field(name, column_type(name)) for name in fields])


def _date(value: Any) -> dt.date | None:
    if value is None or value == "" or isinstance(value, dt.date):
        return value or None
    return dt.date.fromisoformat(str(value))


def _column(name: str, values: list) -> list:
    if name in DATE_COLUMNS:
        return [_date(value) for value in values]
    if name in INT_COLUMNS:
        return values
    if name in LIST_COLUMNS:
        return [None if value is None else [str(item) for item in value] for value in values]
    return [None if value is None else str(value) for value in values]


def write_parquet(rows: Iterable[dict[str, Any]], stream: BinaryIO, fields: Sequence[str]) -> None:
    """The rows as a Parquet file written to a binary stream (a file, or an fsspec file object)."""
    pa, pq = _pyarrow()
    table_schema = schema(fields)
    with pq.ParquetWriter(stream, table_schema) as writer:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            columns = [_column(name, [row.get(name) for row in batch]) for name in fields]
            writer.write_table(pa.Table.from_arrays(
                [pa.array(values, type=field.type) for values, field in zip(columns, table_schema)],
                schema=table_schema))
            batch.clear()

        for row in rows:
            batch.append(row)
            if len(batch) >= ROW_GROUP_ROWS:
                flush()
        if batch:
            flush()
