"""Rows as soon as they are ready: `timeline extract --order input`.

The default timeline is merged across articles and sorted by date, so nothing can be written before
the last document is done and every row is held until then. Streaming gives up both: each document's
rows are yielded as soon as its batch is parsed, documents in input order, a document's rows in the
order of their time expressions in its text. Nothing is kept after it is yielded, so memory stays flat
with any number of documents, and a consumer that stops early (`| head`) stops the run.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .records import Document, Event

ORDERS = ("time", "input")  # --order: the merged, sorted timeline (default), or streamed input order


def stream_events(documents: Iterable[Document | str], **options: Any) -> Iterator[Event]:
    """Event rows in input order, streamed, never merged: what `extract_timeline(..., merge=False)`
    returns, before its sort. Takes the arguments of extraction.iter_events (options, nlp, failures, or
    the fields of options.RunOptions by name).

    Documents are read only as fast as batches are parsed: with `batch_size=1` the first document's
    rows come out before the second document is even read.
    """
    from .extraction import iter_events
    from .timeline import with_sources

    for rows in iter_events(documents, **options):
        yield from with_sources(rows)  # as finish_timeline does for unmerged rows


__all__ = ["ORDERS", "stream_events"]
