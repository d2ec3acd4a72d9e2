"""The library's entry points: documents in, timeline rows out.

documents -> spaCy docs (one nlp.pipe) -> time expressions -> events -> ordered timeline.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .options import DEFAULT_BATCH_SIZE, RunOptions
from .records import DateRow, Document, DocumentResult, Event

if TYPE_CHECKING:
    from spacy.language import Language

    from .documents import ReadFailure

logger = logging.getLogger(__name__)


def _as_document(item: Document | str, index: int) -> Document:
    return item if isinstance(item, Document) else Document(id=f"text-{index + 1}", text=item)


# --- long texts (owner: documents/CLI I/O) ---------------------------------------------------------
def split_long_documents(documents: Iterable[Document], reference_date: dt.date | None, today: dt.date | None,
            max_length: int) -> Iterator[Document]:
    """Each document; one longer than spaCy should take at once is split into pieces at paragraph
    breaks (documents.split_document). Pieces carry the whole text's reference date and their
    `offset`, by which their rows' offsets are shifted back (nlp.process_batch)."""
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


def document_results(
    documents: Iterable[Document | str],
    mode: str,
    options: RunOptions,
    *,
    nlp: Language | None = None,
    failures: list[ReadFailure] | None = None,
) -> Iterator[tuple[Document, DocumentResult]]:
    """(document, result) for each document (or piece of a long one: Document.offset), in order; the
    rows of a result index the whole text.

    The parse, the tagging and the event extraction all run in nlp.process_batch: in this process, or
    with options.n_process > 1 in worker processes that each load the model once. Documents go out and
    typed results come back, pickled at that boundary only (see nlp.py). Shared by the local runs, the
    store and the Dask workers (distributed.process_paths).
    """
    import collections

    from .nlp import pipe_records
    from .temporal.reference import checked_document, warn_if_today

    checked = (checked_document(_as_document(item, i)) for i, item in enumerate(documents))
    max_length = nlp.max_length if nlp is not None else SPACY_MAX_LENGTH
    in_flight: collections.deque[Document] = collections.deque()

    def sent() -> Iterator[Document]:
        for document in split_long_documents(checked, options.reference_date, options.today, max_length):
            in_flight.append(document)
            yield document

    for result in pipe_records(sent(), mode=mode, options=options, nlp=nlp):
        document = in_flight.popleft()
        if result.error:
            # A language whose model is not installed: this document is skipped and named; the others
            # go on. Reported once per document (not per piece).
            if not document.offset:
                logger.error("%s: %s", document.id, result.error)
                if failures is not None:
                    from .documents import ReadFailure

                    failures.append(ReadFailure(document.id, result.error))
        else:
            if not document.offset:
                logger.info("%s: %s (%s)", document.id, result.document_kind, result.kind_reason)
            warn_if_today(document, result.reference_source, result.reference_date)
        yield document, result


def iter_events(
    documents: Iterable[Document | str],
    *,
    options: RunOptions | None = None,
    nlp: Language | None = None,
    failures: list[ReadFailure] | None = None,
    **settings: Any,
) -> Iterator[list[Event]]:
    """The event rows of each document, one list per document, in input order (streamed).

    `options`, and/or its fields as keyword arguments (options.RunOptions: reference_date, today, lang,
    model, include_vague, batch_size, n_process). `lang`: "auto" (each document's metadata language,
    else detected), or a code of lang.CODES. `nlp`: a loaded pipeline to use (one process only).
    `failures`: where documents whose language's model is missing are recorded (ReadFailure)."""
    options = RunOptions.of(options, **settings)
    for _, result in document_results(documents, "events", options, nlp=nlp, failures=failures):
        yield result.rows


def iter_dates(
    documents: Iterable[Document | str],
    *,
    options: RunOptions | None = None,
    nlp: Language | None = None,
    failures: list[ReadFailure] | None = None,
    **settings: Any,
) -> Iterator[list[DateRow]]:
    """Every temporal expression of each document (TimeML extents), one list per document
    (`options`, `settings`, `nlp`, `failures`: see iter_events; include_vague does not apply)."""
    options = RunOptions.of(options, **settings)
    for _, result in document_results(documents, "dates", options, nlp=nlp, failures=failures):
        yield result.rows


def extract_timeline(
    documents: Iterable[Document | str],
    *,
    options: RunOptions | None = None,
    nlp: Language | None = None,
    merge: bool = True,
    failures: list[ReadFailure] | None = None,
    **settings: Any,
) -> list[Event]:
    """An ordered timeline of dated events from documents (Document objects or plain strings):
    merged across articles unless merge=False (other arguments: see iter_events).

    >>> rows = extract_timeline(["Putin visited Pyongyang on Wednesday."],
    ...                         reference_date=datetime.date(2024, 6, 27))  # doctest: +SKIP
    """
    from .timeline import finish_timeline

    rows = [event for events in iter_events(documents, options=options, nlp=nlp, failures=failures, **settings)
            for event in events]
    return finish_timeline(rows, merge=merge)


def tag_dates(documents: Iterable[Document | str], **options: Any) -> list[DateRow]:
    """Every temporal expression in the documents, in document order (see iter_dates for options)."""
    return [row for rows in iter_dates(documents, **options) for row in rows]


__all__ = ["DEFAULT_BATCH_SIZE", "SPACY_MAX_LENGTH", "document_results", "extract_timeline", "iter_dates",
           "iter_events", "split_long_documents", "tag_dates"]
