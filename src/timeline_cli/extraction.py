"""The library's entry points: documents in, timeline rows out.

documents -> spaCy docs (one nlp.pipe) -> time expressions -> events -> ordered timeline.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
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


SPACY_MAX_LENGTH = 1_000_000  # spaCy's default Language.max_length, for when no nlp is at hand


def _results(documents, mode, reference_date, nlp, model, batch_size, n_process, today, include_vague=False,
             lang="auto", failures=None, kind="auto"):
    """(document, result) for each document (or piece of a long one), in order.

    The parse, the tagging and the event extraction all run in nlp.process_batch: in this process, or
    with n_process > 1 in worker processes that each load the model once. Only texts go out and plain
    row dicts come back (see nlp.py).
    """
    import collections

    from .nlp import pipe_records

    documents = (_as_document(item, i) for i, item in enumerate(documents))
    max_length = nlp.max_length if nlp is not None else SPACY_MAX_LENGTH
    in_flight: collections.deque[Document] = collections.deque()

    def checked(documents):
        from .temporal.reference import REFERENCE_YEARS, plausible_reference_date

        for document in documents:
            date = document.reference_date
            if date is not None and not plausible_reference_date(date):
                logger.warning("%s: the document's date %s is outside the years %d-%d; ignored",
                               document.id, date.isoformat(), REFERENCE_YEARS.start, REFERENCE_YEARS.stop - 1)
                document = replace(document, reference_date=None, reference_source=None)
            yield document

    def records():
        for document in _pieces(checked(documents), reference_date, today, max_length):
            in_flight.append(document)
            yield {"id": document.id, "text": document.text, "reference_date": document.reference_date,
                   "reference_source": document.reference_source, "offset": document.offset,
                   "lang": document.lang}

    results = pipe_records(records(), mode=mode, n_process=n_process, batch_size=batch_size, nlp=nlp,
                           model=model, reference_date=reference_date, today=today,
                           include_vague=include_vague, lang=lang, kind=kind)
    for result in results:
        document = in_flight.popleft()
        if result.get("error"):
            # A language whose model is not installed: this document is skipped and named; the others
            # go on. Reported once per document (not per piece).
            if not document.offset:
                logger.error("%s: %s", document.id, result["error"])
                if failures is not None:
                    from .documents import ReadFailure

                    failures.append(ReadFailure(document.id, result["error"]))
            yield document, result
            continue
        if not document.offset:
            logger.info("%s: %s (%s)", document.id, result["document_kind"], result["kind_reason"])
        if result["reference_source"] == "today" and not document.offset and document.text.strip():
            # Relative dates are then only as right as this guess: say so.
            logger.warning(
                "%s: no date found in the document; relative dates are resolved against today (%s); "
                "pass --reference-date to set one", document.id, result["reference_date"]
            )
        yield document, result


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
    lang: str = "auto",
    failures: list | None = None,
    kind: str = "auto",
) -> Iterator[list[Event]]:
    """The event rows of each document, one list per document, in input order (streamed).

    `lang`: "auto" (each document's metadata language, else detected), or a code of lang.CODES.
    `failures`: where documents whose language's model is missing are recorded (ReadFailure).
    `kind`: news, narrative, or auto to detect each document's (temporal/narrative.py)."""
    from .timeline import shift_offsets

    for document, result in _results(documents, "events", reference_date, nlp, model, batch_size,
                                     n_process, today, include_vague, lang, failures, kind):
        yield shift_offsets([Event(**row) for row in result["rows"]], document.offset)


def iter_dates(
    documents: Iterable[Document | str],
    *,
    reference_date: dt.date | None = None,
    nlp: "Language | None" = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    today: dt.date | None = None,
    lang: str = "auto",
    failures: list | None = None,
    kind: str = "auto",
) -> Iterator[list[DateRow]]:
    """Every temporal expression of each document (TimeML extents), one list per document
    (`lang`, `failures`: see iter_events)."""
    from .timeline import shift_offsets

    for document, result in _results(documents, "dates", reference_date, nlp, model, batch_size,
                                     n_process, today, lang=lang, failures=failures, kind=kind):
        yield shift_offsets([DateRow(**row) for row in result["rows"]], document.offset)


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
    lang: str = "auto",
    failures: list | None = None,
    kind: str = "auto",
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
            lang=lang, failures=failures, kind=kind,
        )
        for event in events
    ]
    return finish_timeline(rows, merge=merge)


def finish_timeline(rows: list[Event], *, merge: bool = True) -> list[Event]:
    """Event rows of all documents, in input order -> the timeline: merged (unless merge=False),
    `sources` filled in, ordered. Shared by local runs and distributed.py, so both give the same rows."""
    for row in rows:  # first, so that merge_events returns the rows it leaves alone as they are
        row.sources = row.sources or [row.source]
    if merge:
        from .merge import merge_events

        rows = merge_events(rows)
    return timeline_order(rows)


def tag_dates(documents: Iterable[Document | str], **options) -> list[DateRow]:
    """Every temporal expression in the documents, in document order (see iter_dates for options)."""
    return [row for rows in iter_dates(documents, **options) for row in rows]
