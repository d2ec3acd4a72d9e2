"""Operations on finished timeline rows: order, merge and finish, filters, and moving offsets of rows
from a piece of a long text.

Plain functions over rows (Event or DateRow objects, or dicts with the same keys); nothing here knows
spaCy. Dates are ISO strings (YYYY-MM-DD), compared as text, which orders them correctly.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .records import DATE_BASES

if TYPE_CHECKING:
    from .records import Event

Row = TypeVar("Row")

STATUSES = ("occurred", "ongoing", "expected", "planned", "negated", "reported")


def _get(row: Any, name: str, default: Any = None) -> Any:
    if isinstance(row, dict):
        return row.get(name, default)
    return getattr(row, name, default)


def _iso(day: dt.date | str | None) -> str | None:
    return day.isoformat() if isinstance(day, dt.date) else day


def overlaps(row: Any, since: dt.date | str | None = None, until: dt.date | str | None = None) -> bool:
    """Whether the row's interval [date, end_date] overlaps [since, until] (both ends included; a
    missing end means open). An undated row overlaps only when neither bound is given."""
    since, until = _iso(since), _iso(until)
    if since is None and until is None:
        return True
    start = _get(row, "date")
    if not start:
        return False
    end = _get(row, "end_date") or start
    return (since is None or end >= since) and (until is None or start <= until)


def mentions_actor(row: Any, name: str) -> bool:
    """Whether one of the row's actors, or its event description, mentions `name` (case-insensitive
    substring: "korea" matches "North Korea" and "South Korean")."""
    needle = name.casefold().strip()
    if not needle:
        return True
    actors = _get(row, "actors") or []
    if isinstance(actors, str):
        actors = [actors]
    texts = [*actors, _get(row, "event") or ""]
    return any(needle in str(text).casefold() for text in texts)


def compile_pattern(pattern: str) -> re.Pattern:
    """A --grep pattern, case-insensitive. Raises re.error for an invalid one."""
    return re.compile(pattern, re.IGNORECASE)


def matches(row: Any, pattern: re.Pattern | str) -> bool:
    """Whether the pattern is found in the row's event, sentence or (for date rows) text."""
    if isinstance(pattern, str):
        pattern = compile_pattern(pattern)
    return any(pattern.search(str(_get(row, name) or "")) for name in ("event", "sentence", "text"))


def parse_choices(values: Iterable[str], choices: Sequence[str], noun: str) -> tuple[str, ...]:
    """Choices from repeated options and/or comma lists, each once, in the order given; raises
    ValueError naming an unknown one ("'x' is not a status; choose from ...")."""
    chosen: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip().lower()
            if not part:
                continue
            if part not in choices:
                raise ValueError(f"{part!r} is not {noun}; choose from {', '.join(choices)}")
            if part not in chosen:
                chosen.append(part)
    return tuple(chosen)


def parse_statuses(values: Iterable[str]) -> tuple[str, ...]:
    """Statuses (--status) from repeated options and/or comma lists (see parse_choices)."""
    return parse_choices(values, STATUSES, "a status")


def has_status(row: Any, statuses: Sequence[str]) -> bool:
    return not statuses or _get(row, "status") in statuses


def parse_date_bases(values: Iterable[str]) -> tuple[str, ...]:
    """Date bases (--date-basis) from repeated options and/or comma lists (see parse_choices)."""
    return parse_choices(values, DATE_BASES, "a date basis")


def has_date_basis(row: Any, bases: Sequence[str]) -> bool:
    """A row without the field (a date row, an older export) counts as dated by its `text`."""
    return not bases or (_get(row, "date_basis") or "text") in bases


@dataclass(frozen=True)
class RowFilter:
    """All the filters of one run; a row is kept when it passes every one that is set."""

    since: dt.date | None = None
    until: dt.date | None = None
    actors: tuple[str, ...] = ()  # kept when any of these is mentioned
    pattern: re.Pattern | None = None
    statuses: tuple[str, ...] = ()
    date_bases: tuple[str, ...] = ()  # kept when the row's date_basis is one of these

    @property
    def active(self) -> bool:
        return bool(self.since or self.until or self.actors or self.pattern or self.statuses or self.date_bases)

    def keep(self, row: Any) -> bool:
        return (
            overlaps(row, self.since, self.until)
            and (not self.actors or any(mentions_actor(row, name) for name in self.actors))
            and (self.pattern is None or matches(row, self.pattern))
            and has_status(row, self.statuses)
            and has_date_basis(row, self.date_bases)
        )


def filter_rows(rows: Iterable[Row], row_filter: RowFilter | None = None, **filters: Any) -> Iterator[Row]:
    """The rows that pass `row_filter` (or a RowFilter built from keyword arguments), in order."""
    row_filter = row_filter or RowFilter(**filters)
    if not row_filter.active:
        yield from rows
        return
    for row in rows:
        if row_filter.keep(row):
            yield row


OFFSET_FIELDS = ("start", "end", "trigger_start", "trigger_end")


def shift_offsets(rows: Iterable[Row], offset: int) -> list[Row]:
    """Rows computed on a piece of a text that starts at `offset`, with offsets into the whole text."""
    rows = list(rows)
    if not offset:
        return rows
    shifted = []
    for row in rows:
        changes = {name: getattr(row, name) + offset for name in OFFSET_FIELDS
                   if isinstance(getattr(row, name, None), int)}
        shifted.append(dataclasses.replace(row, **changes))
    return shifted


def timeline_order(events: Iterable[Event]) -> list[Event]:
    """Rows by date, then end date, then their order in the input (document, then offset).

    Python's sort is stable, so rows of equal dates keep input order. Undated rows (only with
    include_vague) go last.
    """
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.end_date or e.date or ""))


def with_sources(rows: Iterable[Event]) -> Iterator[Event]:
    """Rows with `sources` filled in (their own source) where no merge gave them more."""
    for row in rows:
        row.sources = row.sources or [row.source]
        yield row


def finish_timeline(rows: Iterable[Event], *, merge: bool = True) -> list[Event]:
    """Event rows of all documents, in input order -> the timeline: merged (unless merge=False),
    `sources` filled in, ordered. Shared by local runs and distributed.py, so both give the same rows."""
    rows = list(with_sources(rows))  # first, so that merge_events returns the rows it leaves alone as they are
    if merge:
        from .merge import merge_events

        rows = merge_events(rows)
    return timeline_order(rows)
