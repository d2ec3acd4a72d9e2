"""Runs into the store: extract the documents not yet stored and write them, batch by batch."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..options import RunOptions
from ..records import Document, DocumentResult, Event
from .database import Store, StoredDocument, StoreStats, content_hash
from .schema import StoreError

if TYPE_CHECKING:
    from spacy.language import Language

    from ..documents import ReadFailure, ReadOptions


# --- runs ------------------------------------------------------------------------------------------------
def _completed(results: Iterable[tuple[Document, DocumentResult]],
               pending: collections.deque[tuple[Document, str]]) -> Iterator[StoredDocument]:
    """Whole documents from extraction.document_results, which yields a long document as pieces: a piece
    at offset 0 (or a document not split) starts the next document."""
    current: StoredDocument | None = None
    failed = False  # a document that could not be read (its language's model is missing) is not stored,
    # so that a later run, with the model installed, reads it instead of skipping it as known
    for piece, result in results:
        if current is None or piece.offset == 0:
            if current is not None and not failed:
                yield current
            document, digest = pending.popleft()
            failed = False
            current = StoredDocument(document, digest, result.reference_date, result.reference_source, [])
        if result.error:
            failed = True
            continue
        current.rows.extend(result.rows)
    if current is not None and not failed:
        yield current


def _new_documents(documents: Iterable[Document], known: set[str], stats: StoreStats, pending) -> Iterator[Document]:
    for document in documents:
        stats.read += 1
        digest = content_hash(document.text)
        if digest in known:
            stats.skipped += 1
            continue
        known.add(digest)  # the same text twice in one run is stored once, as over two runs
        pending.append((document, digest))
        yield document


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_to_store(
    store: Store,
    documents: Iterable[Document],
    *,
    options: RunOptions | None = None,
    nlp: Language | None = None,
    failures: list[ReadFailure] | None = None,
    **settings: Any,
) -> StoreStats:
    """Extract the documents not yet in `store` and add them, options.batch_size documents per
    transaction. With options.n_process > 1 the workers parse and extract; this process alone writes.
    Arguments as for extraction.iter_events: a document whose language's model is missing is named in
    `failures` and not stored."""
    from ..extraction import document_results

    options = RunOptions.of(options, **settings)
    stats = StoreStats()
    pending: collections.deque[tuple[Document, str]] = collections.deque()
    new = _new_documents(documents, store.known_hashes(), stats, pending)
    results = document_results(new, "events", options, nlp=nlp, failures=failures)
    for batch in _batches(_completed(results, pending), options.batch_size):
        store.add_batch(batch, stats)
    return stats


def extract_to_store_on_dask(store: Store, paths: Sequence[str], address: str, *,
                             options: RunOptions | None = None, read_options: ReadOptions | None = None,
                             failures: list[ReadFailure] | None = None, workers: int | None = None,
                             **settings: Any) -> StoreStats:
    """The same on Dask: the workers read and extract the files that hold new documents; this process
    (the client) reads the documents too, for their hashes, and writes the rows of the new ones.
    Other arguments: see distributed.run_on_dask."""
    from ..distributed import run_on_dask
    from ..documents import STDIN, InputPathError, ReadOptions, iter_documents, iter_paths

    options = RunOptions.of(options, **settings)
    read_options = read_options or ReadOptions()
    paths = list(paths)
    if STDIN in paths:
        raise InputPathError("--dask reads files on the workers; standard input (-) cannot be sent")
    stats = StoreStats()
    known = store.known_hashes()
    new: list[tuple[Document, str]] = []
    files: list[str] = []
    ids: set[str] = set()
    for path in iter_paths(paths, read_options.include):
        # The workers read the files again and report what fails; here only hashes and ids are needed.
        for document in iter_documents([str(path)], [], read_options):
            stats.read += 1
            if document.id in ids:  # rows come back by source: two documents of one id cannot be told apart
                raise StoreError(f"--dask with --db needs distinct document ids; {document.id} appears twice")
            ids.add(document.id)
            digest = content_hash(document.text)
            if digest in known:
                stats.skipped += 1
                continue
            known.add(digest)
            new.append((document, digest))
            if not files or files[-1] != str(path):
                files.append(str(path))
    if not new:
        return stats
    rows, _ = run_on_dask(files, address, mode="events", options=options, read_options=read_options,
                          failures=failures, workers=workers)
    by_source: dict[str, list[Event]] = {}
    for row in rows:
        by_source.setdefault(row.source, []).append(row)
    items = []
    for document, digest in new:
        mine = by_source.get(document.id, [])
        ref = mine[0].reference_date if mine else (document.reference_date.isoformat()
                                                  if document.reference_date else None)
        ref_source = mine[0].reference_source if mine else document.reference_source
        items.append(StoredDocument(document, digest, ref, ref_source, mine))
    for batch in _batches(items, options.batch_size):
        store.add_batch(batch, stats)
    return stats
