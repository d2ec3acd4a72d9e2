"""The store's tables: errors, columns derived from the Event dataclass, the schema, the write lock."""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import ExitCode, TimelineError
from ..records import EVENT_FIELDS, Event

SCHEMA_VERSION = 1
APPLICATION = "timeline"  # meta table: which program wrote the file


class StoreError(TimelineError):
    """The store cannot be opened or written (one line on stderr, exit 1)."""


class StoreBusyError(StoreError):
    """Another run is writing the store."""


class StoreVersionError(StoreError):
    """The store was written by a newer schema version."""


class StoreNotFoundError(StoreError):
    exit_code = ExitCode.USAGE


# --- columns derived from the Event dataclass ------------------------------------------------------
def _kind(annotation: Any) -> str:
    """'json' for lists and dicts, 'int', 'real', 'bool' or 'text' for the rest (None is allowed)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):  # X | None
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = args[0] if len(args) == 1 else str
    origin = typing.get_origin(annotation) or annotation
    if origin in (list, tuple, dict, set):
        return "json"
    return {bool: "bool", int: "int", float: "real"}.get(origin, "text")


_HINTS = typing.get_type_hints(Event)
KINDS: dict[str, str] = {name: _kind(_HINTS[name]) for name in EVENT_FIELDS}
SQL_TYPES = {"json": "TEXT", "int": "INTEGER", "real": "REAL", "bool": "INTEGER", "text": "TEXT"}
# Fields a mention does not have: `sources` belongs to the merged event.
MENTION_FIELDS = tuple(name for name in EVENT_FIELDS if name != "sources")


def field_default(name: str) -> Any:
    """The dataclass default of a field, as stored (None when it has none or it is not a constant)."""
    spec = Event.__dataclass_fields__[name]
    if spec.default is not dataclasses.MISSING:
        return to_sql(name, spec.default)
    return None


def to_sql(name: str, value: Any) -> Any:
    kind = KINDS.get(name, "text")
    if value is None:
        return None
    if kind == "json":
        return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    if kind == "bool":
        return int(bool(value))
    return value


def from_sql(name: str, value: Any) -> Any:
    kind = KINDS.get(name, "text")
    if value is None:
        return [] if kind == "json" else None
    if kind == "json":
        return json.loads(value)
    if kind == "bool":
        return bool(value)
    return value


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def column_defs(names: Sequence[str]) -> str:
    return ", ".join(f"{quote(n)} {SQL_TYPES[KINDS[n]]}" for n in names)


# --- schema -----------------------------------------------------------------------------------------
def schema_statements() -> list[str]:
    return [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            reference_date TEXT,
            reference_source TEXT,
            language TEXT,
            title TEXT,
            url TEXT,
            read_at TEXT NOT NULL
        )""",
        "CREATE INDEX documents_source ON documents (source)",
        f"""CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            {column_defs(EVENT_FIELDS)},
            merge_key TEXT NOT NULL
        )""",
        "CREATE INDEX events_merge_key ON events (merge_key)",
        "CREATE INDEX events_date ON events (date)",
        f"""CREATE TABLE mentions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id INTEGER NOT NULL REFERENCES events (id),
            document_id INTEGER NOT NULL REFERENCES documents (id),
            {column_defs(MENTION_FIELDS)}
        )""",
        "CREATE INDEX mentions_event ON mentions (event_id)",
        "CREATE INDEX mentions_document ON mentions (document_id)",
        # Full-text search over events the way sqlite-utils' enable_fts(create_triggers=True) makes it,
        # so Datasette offers a search box: an external-content FTS5 table kept in step by triggers.
        "CREATE VIRTUAL TABLE events_fts USING fts5 (event, sentence, content='events', content_rowid='id')",
        """CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
            INSERT INTO events_fts (rowid, event, sentence) VALUES (new.id, new.event, new.sentence);
        END""",
        """CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
            INSERT INTO events_fts (events_fts, rowid, event, sentence)
            VALUES ('delete', old.id, old.event, old.sentence);
        END""",
        # Only a changed text is indexed again: a batch updates many events' sources and actors.
        """CREATE TRIGGER events_au AFTER UPDATE OF event, sentence ON events BEGIN
            INSERT INTO events_fts (events_fts, rowid, event, sentence)
            VALUES ('delete', old.id, old.event, old.sentence);
            INSERT INTO events_fts (rowid, event, sentence) VALUES (new.id, new.event, new.sentence);
        END""",
    ]


# --- the write lock ---------------------------------------------------------------------------------
class WriteLock:
    """An exclusive, non-blocking lock on a file beside the store, held for a whole run. The operating
    system releases it when the process ends, however it ends (SIGKILL included)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(str(path) + ".lock")
        self.handle = None

    def acquire(self, store: Path) -> None:
        try:
            handle = open(self.path, "a+")
        except OSError as exc:
            raise StoreError(f"cannot lock {store}: {exc.strerror or exc}") from exc
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise StoreBusyError(f"{store} is being written by another timeline run; run again when it "
                                 "has finished") from None
        self.handle = handle

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()  # closing the file releases the lock
            self.handle = None
