"""Plain records that cross the library's layers: documents in, time expressions and events out.

Nothing here imports spaCy, typer or rich: these are what callers and writers see.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Document:
    """One article: its text exactly as read, and what we know about its date."""

    id: str  # the path or name the user gave; shown as `source` in rows
    text: str
    reference_date: dt.date | None = None  # from the file itself (front matter, DCT, HTML meta)
    reference_source: str | None = None  # "metadata" when reference_date came from the file
    title: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    # Where `text` starts in the whole article: 0, except for the pieces a very long text is fed to
    # spaCy in (documents.split_document); row offsets are shifted by it to index the whole article.
    offset: int = 0
    # The language its metadata names (JSONL `lang`, front matter `lang:`, `<html lang>`), normalized to
    # a supported code ("fr-FR" -> "fr"); None: detect it (lang.detect).
    lang: str | None = None


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression found in a text, normalized to TIMEX3.

    `start`/`end` are character offsets into the document text. `value` is the TIMEX3 value
    (2024-06-26, 2024-W25, 2024-07, P3D, PRESENT_REF, ...); `date`/`end_date` are the first and
    last ISO day it covers, None when it has no place on the calendar (durations, PAST_REF).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str
    date: str | None = None
    end_date: str | None = None
    granularity: str | None = None  # day, week, month, quarter, season, year, decade, century, time
    mod: str | None = None  # TimeML mod: START, MID, END, APPROX, BEFORE, AFTER, ...


# Field order of event rows in every output format. Fields are only ever added at the end.
EVENT_FIELDS = (
    "date",
    "end_date",
    "value",
    "granularity",
    "time_expression",
    "event",
    "actors",
    "status",
    "source",
    "sentence",
    "start",
    "end",
    "reference_date",
    "reference_source",
    "trigger",
    "trigger_start",
    "trigger_end",
    "sources",
    "date_basis",
    "lang",
    "document_kind",
)

# Where a row's date came from: a time expression tied to the event in its own sentence (`text`), a
# dated scene that the sentence continues (`context`), or the article's publication date (`publication`).
DATE_BASES = ("text", "context", "publication")


@dataclass
class Event:
    """One timeline row: an event, the time expression that dates it, and where it came from."""

    date: str | None
    end_date: str | None
    value: str
    granularity: str | None
    time_expression: str
    event: str
    actors: list[str]
    status: str  # occurred, ongoing, expected, planned, negated, reported
    source: str
    sentence: str
    start: int  # offsets of the time expression in the document text
    end: int
    reference_date: str
    reference_source: str
    trigger: str = ""  # lemma of the event's head word
    trigger_start: int | None = None
    trigger_end: int | None = None
    sources: list[str] = field(default_factory=list)
    date_basis: str = "text"  # one of DATE_BASES
    lang: str = "en"  # the document's language (lang.CODES)
    document_kind: str = ""  # news or narrative (temporal/narrative.py): how its dates were anchored

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in EVENT_FIELDS}


# Field order of `timeline dates` rows.
DATE_FIELDS = (
    "source",
    "start",
    "end",
    "text",
    "type",
    "value",
    "date",
    "end_date",
    "granularity",
    "reference_date",
    "reference_source",
    "mod",
    "lang",
    "document_kind",
)


@dataclass
class DateRow:
    """One row of `timeline dates`: a time expression with its document and reference date."""

    source: str
    start: int
    end: int
    text: str
    type: str
    value: str
    date: str | None
    end_date: str | None
    granularity: str | None
    reference_date: str
    reference_source: str
    mod: str | None = None
    lang: str = "en"  # the document's language (lang.CODES)
    document_kind: str = ""  # news or narrative (temporal/narrative.py)

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in DATE_FIELDS}


assert tuple(f.name for f in fields(Event)) == EVENT_FIELDS
assert tuple(f.name for f in fields(DateRow)) == DATE_FIELDS


@dataclass
class DocumentResult:
    """What the extraction made of one document, or of one piece of a long one (Document.offset): its
    rows (Event or DateRow, offsets already into the whole text), the reference date they were resolved
    against, or why it could not be read (`error`: its language's model is missing; no rows). The one
    record a worker process or a Dask task sends back; it pickles as it is."""

    rows: list[Any] = field(default_factory=list)
    reference_date: str | None = None  # ISO day
    reference_source: str | None = None
    error: str | None = None
    document_kind: str = ""  # news or narrative (temporal/narrative.py), and why: what -v reports
    kind_reason: str = ""
