"""The timeline that grows: a SQLite file that keeps one merged timeline across runs (`--db PATH`).

Standard library `sqlite3` only. Three plain tables (schema in docs/formats/sqlite.md):

* `documents`: one row per article stored, with the SHA-256 of its text (a document already stored is
  skipped, so running the same folder twice changes nothing);
* `mentions`: the rows each document reported, exactly as a run without the store would make them,
  each pointing at its document and at the event it joined;
* `events`: the merged timeline rows. An event is a group of mentions built by the very rule of
  merge.merge_events: mentions are taken in input order (document, then offset) and each joins the first
  event (oldest id first) of its trigger that has a mention it matches (merge.same_event) and none from
  its document, else starts a new event. Since that rule only ever looks back, adding documents later
  gives the same groups as one run over all of them: N daily runs make the same store as one run.

Event columns come from records.EVENT_FIELDS and the Event dataclass's types: scalars are plain
columns, lists are JSON text. A field added to Event later is added to an existing store as a column
(ALTER TABLE ... ADD COLUMN) when it is next written; rows stored before get its default. Structural
changes bump SCHEMA_VERSION (PRAGMA user_version); a store of a newer version is refused.

Each batch of documents is written in one transaction, so a run killed at any moment leaves every
batch it committed and nothing of the batch it was writing. One run writes at a time: a writer holds
an exclusive lock on PATH + ".lock" for the whole run (the lock dies with the process).
"""
from __future__ import annotations

import logging

from .database import Store, StoredDocument, StoreStats, content_hash
from .runs import extract_to_store, extract_to_store_on_dask
from .schema import SCHEMA_VERSION, StoreBusyError, StoreError, StoreNotFoundError, StoreVersionError

logger = logging.getLogger(__name__)

# The package: schema.py (tables, columns, the write lock), database.py (the Store: merge state, writes,
# the timeline read back), runs.py (extraction into the store, local or on Dask).
__all__ = ["SCHEMA_VERSION", "Store", "StoreBusyError", "StoreError", "StoreNotFoundError", "StoreStats",
           "StoreVersionError", "StoredDocument", "content_hash", "extract_to_store", "extract_to_store_on_dask"]
