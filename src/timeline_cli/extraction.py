"""The library's entry points: documents in, timeline rows out.

documents -> spaCy docs (one nlp.pipe) -> time expressions -> events -> ordered timeline.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .records import DateRow, Document, Event

if TYPE_CHECKING:
    from spacy.language import Language

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32


def _as_document(item: Document | str, index: int) -> Document:
    return item if isinstance(item, Document) else Document(id=f"text-{index + 1}", text=item)


# --- long texts (owner: documents/CLI I/O) ---------------------------------------------------------
def _pieces(documents: Iterable[Document], reference_date, today, max_length: int) -> Iterator[Document]:
    """Each document; one longer than spaCy should take at once is split into pieces at paragraph
    breaks (documents.split_document). Pieces carry the whole text's reference date and their
    `offset`, by which their rows' offsets are shifted back (timeline.shift_offsets)."""
    from . import documents as documents_module
    from .temporal.reference import resolve_reference_date

    max_chars = max(2, min(documents_module.DEFAULT_PIECE_CHARS, max_length // 2))
    for document in documents:
        if len(document.text) <= max_chars:
            yield document
            continue
        ref, ref_source = resolve_reference_date(document, reference_date, today)
        whole = replace(document, reference_date=ref, reference_source=ref_source)
        yield from documents_module.split_document(whole, max_chars)
# --- end of long texts -------------------------------------------------------------------------------


def _parsed(documents, reference_date, nlp, model, batch_size, n_process, today):
    """(document, spaCy doc, reference date, reference source) for each document, parsed once."""
    from .nlp import load_model
    from .temporal.reference import resolve_reference_date

    nlp = nlp or load_model(model)
    documents = (_as_document(item, i) for i, item in enumerate(documents))
    pairs = ((doc.text, doc) for doc in _pieces(documents, reference_date, today, nlp.max_length))
    for parsed, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        ref, ref_source = resolve_reference_date(document, reference_date, today)
        if ref_source == "today" and not document.offset:
            # Relative dates are then only as right as this guess: say so.
            logger.warning(
                "%s: no date found in the document; relative dates are resolved against today (%s); "
                "pass --reference-date to set one", document.id, ref.isoformat()
            )
        yield document, parsed, ref, ref_source


def iter_events(
    documents: Iterable[Document | str],
    *,
    reference_date: dt.date | None = None,
    nlp: "Language | None" = None,
    model: str | None = None,
    include_vague: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    today: dt.date | None = None,
) -> Iterator[list[Event]]:
    """The event rows of each document, one list per document, in input order (streamed)."""
    from .events import extract_events
    from .temporal import tag
    from .timeline import shift_offsets

    for document, parsed, ref, ref_source in _parsed(
        documents, reference_date, nlp, model, batch_size, n_process, today
    ):
        yield shift_offsets(extract_events(
            parsed,
            tag(document.text, ref, parsed, ranges=True),
            source=document.id,
            reference_date=ref.isoformat(),
            reference_source=ref_source,
            include_vague=include_vague,
        ), document.offset)


def iter_dates(
    documents: Iterable[Document | str],
    *,
    reference_date: dt.date | None = None,
    nlp: "Language | None" = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    today: dt.date | None = None,
) -> Iterator[list[DateRow]]:
    """Every temporal expression of each document (TimeML extents), one list per document."""
    from .temporal import tag

    for document, parsed, ref, ref_source in _parsed(
        documents, reference_date, nlp, model, batch_size, n_process, today
    ):
        yield [
            DateRow(document.id, e.start + document.offset, e.end + document.offset, e.text, e.type,
                    e.value, e.date, e.end_date, e.granularity, ref.isoformat(), ref_source, e.mod)
            for e in tag(document.text, ref, parsed)
        ]


def timeline_order(events: Iterable[Event]) -> list[Event]:
    """Rows by date, then end date, then their order in the input (document, then offset).

    Python's sort is stable, so rows of equal dates keep input order. Undated rows (only with
    include_vague) go last.
    """
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.end_date or e.date or ""))


def extract_timeline(
    documents: Iterable[Document | str],
    *,
    reference_date: dt.date | None = None,
    nlp: "Language | None" = None,
    model: str | None = None,
    include_vague: bool = False,
    merge: bool = True,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    today: dt.date | None = None,
) -> list[Event]:
    """An ordered timeline of dated events from documents (Document objects or plain strings).

    >>> rows = extract_timeline(["Putin visited Pyongyang on Wednesday."],
    ...                         reference_date=datetime.date(2024, 6, 27))  # doctest: +SKIP
    """
    rows = [
        event
        for events in iter_events(
            documents, reference_date=reference_date, nlp=nlp, model=model,
            include_vague=include_vague, batch_size=batch_size, n_process=n_process, today=today,
        )
        for event in events
    ]
    if merge:
        from .merge import merge_events

        rows = merge_events(rows)
    for row in rows:
        row.sources = row.sources or [row.source]
    return timeline_order(rows)


def tag_dates(documents: Iterable[Document | str], **options) -> list[DateRow]:
    """Every temporal expression in the documents, in document order (see iter_dates for options)."""
    return [row for rows in iter_dates(documents, **options) for row in rows]
