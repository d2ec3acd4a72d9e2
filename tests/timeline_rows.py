"""The rows of one text, as most rule tests read them: `extract_timeline` on a single document, with
the reference date given (so relative dates are counted from a known day) and no merging (so each
row stands as the rule made it)."""
from __future__ import annotations

import datetime

from timeline_cli import Document, Event, extract_timeline


def timeline_rows(nlp, text: str, reference_date: datetime.date) -> list[Event]:
    return extract_timeline([Document(id="a", text=text)], reference_date=reference_date, merge=False, nlp=nlp)


def values_of(rows: list[Event], expression: str) -> set[str]:
    """The TIMEX3 values the rows give the time expression written `expression` ("Thursday")."""
    return {r.value for r in rows if r.time_expression == expression}


def rows_by_expression(nlp, text: str, reference_date: datetime.date) -> dict[str, list[Event]]:
    """The rows of `text` grouped by their time expression as written, in row order."""
    found: dict[str, list[Event]] = {}
    for row in timeline_rows(nlp, text, reference_date):
        found.setdefault(row.time_expression, []).append(row)
    return found


def told_pairs(nlp, text: str, reference_date: datetime.date) -> set[tuple[str, str]]:
    """The rows of `text` as (time expression as written, description) pairs."""
    return {(r.time_expression, r.event) for r in timeline_rows(nlp, text, reference_date)}


def row_by_expression(nlp, text: str, reference_date: datetime.date) -> dict[str, Event]:
    """The rows of `text` keyed by their time expression as written (the last row of each)."""
    return {r.time_expression: r for r in timeline_rows(nlp, text, reference_date)}


def row_by_event(nlp, text: str, reference_date: datetime.date) -> dict[str, Event]:
    """The rows of `text` keyed by their description (the last row of each)."""
    return {r.event: r for r in timeline_rows(nlp, text, reference_date)}
