"""The Store: one SQLite file, its merge state, batches written, the timeline read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..merge import actor_key, same_event
from ..records import EVENT_FIELDS, Document, Event
from .schema import (
    APPLICATION,
    KINDS,
    MENTION_FIELDS,
    SCHEMA_VERSION,
    SQL_TYPES,
    StoreError,
    StoreNotFoundError,
    StoreVersionError,
    WriteLock,
    field_default,
    from_sql,
    quote,
    schema_statements,
    to_sql,
)


# --- in-memory merge state ----------------------------------------------------------------------------
@dataclass
class _Member:
    """What merge.same_event looks at in a mention."""

    source: str
    date: str | None
    end_date: str | None
    trigger: str
    actors: list[str]
    event: str


@dataclass
class _Group:
    id: int
    members: list[_Member]
    sources: list[str]
    actors: list[str]
    actor_keys: set[str] = field(default_factory=set)

    def add(self, member: _Member) -> None:
        self.members.append(member)
        if member.source not in self.sources:
            self.sources.append(member.source)
        for actor in member.actors or []:
            key = actor_key(actor)
            if key not in self.actor_keys:
                self.actor_keys.add(key)
                self.actors.append(actor)


def merge_key(trigger: str | None) -> str:
    return (trigger or "").casefold()


def content_hash(text: str) -> str:
    """The SHA-256 of a document's text (UTF-8): what makes a document 'already stored'."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class StoredDocument:
    """A document and its rows, ready to be written."""

    document: Document
    hash: str
    reference_date: str | None
    reference_source: str | None
    rows: list[Event]


@dataclass
class StoreStats:
    """What one run did to the store (for the summary line)."""

    read: int = 0  # documents seen
    skipped: int = 0  # already stored (same text), or repeated in this run
    stored: int = 0
    rows: int = 0  # mentions written
    new_events: int = 0
    joined: int = 0  # mentions that joined an existing event


class Store:
    """A timeline store. `Store(path, write=True)` takes the write lock and creates the store when
    missing (unless create=False); `Store(path)` opens an existing one to read. Use as a context manager."""

    def __init__(self, path: str | os.PathLike, *, write: bool = False, create: bool = True) -> None:
        self.path = Path(path)
        self.write, self.create = write, write and create
        self._lock = WriteLock(self.path) if write else None
        self._groups: dict[str, list[_Group]] = {}
        self._stored_keys: set[str] | None = None  # merge keys in the store when the run began
        if write and create:
            if not self.path.parent.is_dir():
                raise StoreNotFoundError(f"the folder {str(self.path.parent)!r} of {self.path} does not exist")
        elif not self.path.is_file():
            raise StoreNotFoundError(f"no such store: {self.path}")
        if write:
            self._lock.acquire(self.path)
        try:
            if write:
                self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            else:
                # mode=rw, not ro: a run killed mid-batch leaves a journal that the next connection must
                # roll back before reading, which a read-only one cannot do. rw never creates the file,
                # and readers here never write.
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=rw", uri=True,
                                            isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._prepare()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreError(f"{self.path} is not a timeline store: {exc}") from None
        except StoreError:
            self.close()
            raise

    # -- opening
    def _prepare(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version > SCHEMA_VERSION:
            raise StoreVersionError(
                f"{self.path} was written by a newer timeline (store schema {version}; this one reads up to "
                f"{SCHEMA_VERSION}); upgrade timeline-cli to use it")
        if version == 0:
            if tables - {"sqlite_sequence"}:
                raise StoreError(f"{self.path} is a SQLite file but not a timeline store")
            if not self.create:
                raise StoreError(f"{self.path} is empty, not a timeline store")
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in schema_statements():
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO meta VALUES ('application', ?)", (APPLICATION,))
                self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        if self.write:
            self._add_new_fields()
        self.event_columns = self._columns("events")

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")]

    def _add_new_fields(self) -> None:
        """Fields added to Event since the store was made become columns, with the field's default."""
        for table, names in (("events", EVENT_FIELDS), ("mentions", MENTION_FIELDS)):
            have = set(self._columns(table))
            for name in names:
                if name not in have:
                    default = field_default(name)
                    clause = "" if default is None else " DEFAULT " + (
                        str(default) if isinstance(default, (int, float)) else
                        "'" + str(default).replace("'", "''") + "'")
                    self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {quote(name)} "
                                      f"{SQL_TYPES[KINDS[name]]}{clause}")

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
            self.conn = None
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading
    def known_hashes(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT content_hash FROM documents")}

    def counts(self) -> dict[str, int]:
        return {table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("documents", "events", "mentions")}

    def timeline(self, row_filter: Any = None) -> Iterator[dict[str, Any]]:
        """The merged timeline as row dicts (EVENT_FIELDS), in timeline order (timeline.timeline_order:
        date, end date, then input order), kept by `row_filter` (a timeline.RowFilter, or anything with
        `keep(row)`). Simple conditions are also given to SQLite to read fewer rows; `keep` decides."""
        where, params = _prefilter(row_filter)
        present = [name for name in EVENT_FIELDS if name in self.event_columns]
        missing = {name: from_sql(name, field_default(name)) for name in EVENT_FIELDS if name not in present}
        sql = (f"SELECT {', '.join(quote(n) for n in present)} FROM events"
               + (f" WHERE {where}" if where else "")
               + " ORDER BY date IS NULL, coalesce(date, ''), coalesce(nullif(end_date, ''), nullif(date, ''), ''), id")
        json_at = [(i, name) for i, name in enumerate(present) if KINDS[name] == "json"]
        bool_at = [(i, name) for i, name in enumerate(present) if KINDS[name] == "bool"]
        keep = row_filter.keep if row_filter is not None and getattr(row_filter, "active", True) else None
        loads = json.loads
        for values in self.conn.execute(sql, params):
            row = dict(zip(present, values))
            for i, name in json_at:  # inline from_sql: this loop is most of `show`'s own time
                row[name] = loads(values[i]) if values[i] is not None else []
            for i, name in bool_at:
                row[name] = from_sql(name, values[i])
            if missing:
                row.update(missing)
            if keep is None or keep(row):
                yield row

    # -- writing
    def _load_groups(self, key: str) -> list[_Group]:
        """The events of one trigger, oldest first, with their mentions (cached for the run: the write
        lock keeps anyone else from changing them)."""
        groups = self._groups.get(key)
        if groups is not None:
            return groups
        groups = []
        if self._stored_keys is None:
            self._stored_keys = {row[0] for row in self.conn.execute("SELECT DISTINCT merge_key FROM events")}
        if key not in self._stored_keys:  # a trigger the store has not seen: nothing to read
            self._groups[key] = groups
            return groups
        by_id: dict[int, _Group] = {}
        for event_id, sources, actors in self.conn.execute(
                "SELECT id, sources, actors FROM events WHERE merge_key = ? ORDER BY id", (key,)):
            actors = json.loads(actors) if actors else []
            group = _Group(event_id, [], json.loads(sources) if sources else [], actors,
                           {actor_key(a) for a in actors})
            groups.append(group)
            by_id[event_id] = group
        for event_id, *values in self.conn.execute(
                "SELECT m.event_id, m.source, m.date, m.end_date, m.\"trigger\", m.actors, m.event "
                "FROM mentions m JOIN events e ON e.id = m.event_id WHERE e.merge_key = ? ORDER BY m.id",
                (key,)):
            source, date, end_date, trigger, actors, event = values
            by_id[event_id].members.append(_Member(source, date, end_date, trigger,
                                                   json.loads(actors) if actors else [], event))
        self._groups[key] = groups
        return groups

    def add_batch(self, batch: Sequence[StoredDocument], stats: StoreStats | None = None) -> StoreStats:
        """Write documents and their rows in one transaction, merging each row into the timeline."""
        stats = stats if stats is not None else StoreStats()
        if not batch:
            return stats
        conn = self.conn
        event_sql = (f"INSERT INTO events ({', '.join(quote(n) for n in EVENT_FIELDS)}, merge_key) "
                     f"VALUES ({', '.join('?' * (len(EVENT_FIELDS) + 1))})")
        mention_sql = (f"INSERT INTO mentions (event_id, document_id, "
                       f"{', '.join(quote(n) for n in MENTION_FIELDS)}) "
                       f"VALUES (?, ?, {', '.join('?' * len(MENTION_FIELDS))})")
        touched: dict[int, _Group] = {}
        read_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        new = joined = rows = 0
        conn.execute("BEGIN IMMEDIATE")
        try:
            for item in batch:
                document = item.document
                language = (getattr(document, "lang", None) or document.metadata.get("language")
                            or document.metadata.get("lang") or "en")
                document_id = conn.execute(
                    "INSERT INTO documents (source, content_hash, reference_date, reference_source, language, "
                    "title, url, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (document.id, item.hash, item.reference_date, item.reference_source, str(language),
                     document.title, document.url, read_at)).lastrowid
                for row in item.rows:
                    member = _Member(row.source, row.date, row.end_date, row.trigger, list(row.actors or []),
                                     row.event)
                    key = merge_key(row.trigger)
                    group = None
                    if key:
                        for candidate in self._load_groups(key):
                            if member.source in candidate.sources:
                                continue
                            if any(same_event(m, member) for m in candidate.members):
                                group = candidate
                                break
                    if group is None:
                        first = dataclasses.replace(row, sources=[row.source], actors=[])
                        values = [to_sql(n, getattr(first, n)) for n in EVENT_FIELDS]
                        event_id = conn.execute(event_sql, [*values, key]).lastrowid
                        group = _Group(event_id, [], [], [])
                        if key:
                            self._load_groups(key).append(group)
                        new += 1
                    else:
                        joined += 1
                    group.add(member)
                    touched[group.id] = group
                    conn.execute(mention_sql, [group.id, document_id,
                                               *(to_sql(n, getattr(row, n)) for n in MENTION_FIELDS)])
                    rows += 1
            conn.executemany("UPDATE events SET sources = ?, actors = ? WHERE id = ?",
                             [(to_sql("sources", g.sources), to_sql("actors", g.actors), g.id)
                              for g in touched.values()])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            self._groups.clear()  # the cache may hold rows that were rolled back
            self._stored_keys = None
            raise
        stats.stored += len(batch)
        stats.rows += rows
        stats.new_events += new
        stats.joined += joined
        return stats

    def forget(self, sources: Iterable[str]) -> tuple[int, int, int, list[str]]:
        """Remove the documents whose source is one of `sources`, their mentions, and the events only
        they reported. An event that other documents also reported stays, with its id; its fields are
        taken again from its first remaining mention, its sources and actors from the rest.
        Returns (documents removed, events removed, events changed, sources not in the store)."""
        conn = self.conn
        sources = list(dict.fromkeys(sources))
        conn.execute("BEGIN IMMEDIATE")
        try:
            missing, document_ids = [], []
            for source in sources:
                ids = [r[0] for r in conn.execute("SELECT id FROM documents WHERE source = ?", (source,))]
                if not ids:
                    missing.append(source)
                document_ids.extend(ids)
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS forget_ids (id INTEGER PRIMARY KEY)")
            conn.execute("DELETE FROM forget_ids")
            conn.executemany("INSERT OR IGNORE INTO forget_ids VALUES (?)", [(i,) for i in document_ids])
            affected = [r[0] for r in conn.execute(
                "SELECT DISTINCT event_id FROM mentions WHERE document_id IN (SELECT id FROM forget_ids) "
                "ORDER BY event_id")]
            conn.execute("DELETE FROM mentions WHERE document_id IN (SELECT id FROM forget_ids)")
            removed = changed = 0
            columns = ", ".join(quote(n) for n in MENTION_FIELDS)
            for event_id in affected:
                rest = conn.execute(f"SELECT {columns} FROM mentions WHERE event_id = ? ORDER BY id",
                                    (event_id,)).fetchall()
                if not rest:
                    conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
                    removed += 1
                    continue
                members = [dict(zip(MENTION_FIELDS, values)) for values in rest]
                group = _Group(event_id, [], [], [])
                for m in members:
                    group.add(_Member(m["source"], m["date"], m["end_date"], m["trigger"],
                                      from_sql("actors", m["actors"]), m["event"]))
                first = dict(members[0], sources=to_sql("sources", group.sources),
                             actors=to_sql("actors", group.actors))
                names = [n for n in EVENT_FIELDS if n in first]
                conn.execute(f"UPDATE events SET {', '.join(quote(n) + ' = ?' for n in names)} WHERE id = ?",
                             [*(first[n] for n in names), event_id])
                changed += 1
            conn.execute("DELETE FROM documents WHERE id IN (SELECT id FROM forget_ids)")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            self._groups.clear()
            self._stored_keys = None
        return len(document_ids), removed, changed, missing


# date_bases narrows rows without changing what the others mean; keep() tests it (no SQL needed).
_KNOWN_FILTERS = {"since", "until", "actors", "pattern", "statuses", "date_bases"}


def _prefilter(row_filter: Any) -> tuple[str, list[Any]]:
    """SQL conditions that every row `row_filter.keep` keeps also meets (a superset: keep decides), for
    the filters of timeline.RowFilter that SQLite can test quickly. Unknown filters are left to keep."""
    if row_filter is None or not getattr(row_filter, "active", True):
        return "", []
    # A filter this function does not know (one added to RowFilter later) may change what the known
    # ones mean (which date --since looks at, say): then SQLite is given nothing and keep() decides.
    if dataclasses.is_dataclass(row_filter) and any(
            getattr(row_filter, f.name) for f in dataclasses.fields(row_filter) if f.name not in _KNOWN_FILTERS):
        return "", []
    clauses: list[str] = []
    params: list[Any] = []
    since, until = getattr(row_filter, "since", None), getattr(row_filter, "until", None)
    if since or until:
        clauses.append("date IS NOT NULL AND date != ''")
        if since:
            clauses.append("coalesce(nullif(end_date, ''), date) >= ?")
            params.append(since.isoformat() if isinstance(since, dt.date) else since)
        if until:
            clauses.append("date <= ?")
            params.append(until.isoformat() if isinstance(until, dt.date) else until)
    statuses = getattr(row_filter, "statuses", ())
    if statuses:
        clauses.append(f"status IN ({', '.join('?' * len(statuses))})")
        params.extend(statuses)
    actors = [a.casefold().strip() for a in getattr(row_filter, "actors", ()) or ()]
    # timeline.mentions_actor compares casefolded text. SQLite's LIKE ignores case for ASCII only, and
    # actors are JSON text (quotes escaped): give SQLite the ASCII needles without quotes or backslashes,
    # and let every row with non-ASCII text through (its length in bytes differs from its length in
    # characters), for keep() to decide.
    if actors and all(a and a.isascii() and a.isprintable() and '"' not in a and "\\" not in a
                      for a in actors):
        tests = []
        for needle in actors:
            pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            tests.append("actors LIKE ? ESCAPE '\\' OR event LIKE ? ESCAPE '\\'")
            params.extend([pattern, pattern])
        tests.append("length(CAST(actors AS BLOB)) != length(actors)")
        tests.append("length(CAST(event AS BLOB)) != length(event)")
        clauses.append(" OR ".join(tests))
    return " AND ".join(f"({c})" for c in clauses), params
