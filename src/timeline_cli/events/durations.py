"""Rows dated by a duration: an activity going on for a stated time, the day it began; what will
happen within a stated time, the days from the article's present to the end of that time
(docs/events.md, "Dated by a duration").

"Tiger ... has been shipping for more than a week now." A verb in the present perfect progressive
(has/have been + -ing) with a duration in a "for" phrase (`duration_preps`) tells an activity that
began that long before the article's present and still goes on: the row is dated the publication
date minus the duration, to the day for weeks, to the month for months, to the year for years ("have
been striking for three weeks", published 2024-06-27 → 2024-06-06), and to two days for days (a count
of days may include today: "for three consecutive days" on the 27th → 2024-06-24/2024-06-25), with the duration as
its time expression (`date_basis` `text`, as "three weeks ago" would be). Only a count of days,
weeks, months or years ("P3W"; not "for weeks"), and only when the publication date is known (the
count runs back from it), and not in a relative clause. A simple present perfect ("has lived there for ten years") or a past
("worked there for ten years") says nothing of when the time ran, and gets nothing here.

"The change in policy will occur within the next six months, Apple announced this morning." A verb
in the future (will, shall: `definite_future_aux`) with a duration in a "within" phrase (`within_preps`) is
dated from the publication date to the end of the count (2008-01-09 → 2008-01-09/2008-07-09, to the
day), `date_basis` `text`, status `expected` as for any future. Again only a count of days, weeks,
months or years, only with a known publication date, and only when the sentence dates nothing on
another day than the publication day ("said in May it will sell the unit within six months" counts
from May).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from ..records import Event, TimeExpression
from .lead import PRESENT_TAGS, PUBLICATION_SOURCES

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Token

    from .words import EventWords

COUNT = re.compile(r"^P(\d+)([DWMY])$")
GRANULARITY = {"D": "day", "W": "day", "M": "month", "Y": "year"}


def began(reference_date: str, value: str) -> tuple[str, str, str, str] | None:
    """(value, first day, last day, granularity) of the day, month or year `value` (a count such as
    "P3W") before `reference_date`, or None."""
    match = COUNT.match(value)
    if match is None:
        return None
    count, unit = int(match[1]), match[2]
    day = dt.date.fromisoformat(reference_date)
    if unit == "D":
        # "for three consecutive days" may count today: it began on the 24th or the 25th of the 27th
        start, end = day - dt.timedelta(days=count), day - dt.timedelta(days=count - 1)
        return f"{start.isoformat()}/{end.isoformat()}", start.isoformat(), end.isoformat(), "day"
    if unit == "W":
        start = day - dt.timedelta(days=count * 7)
        return start.isoformat(), start.isoformat(), start.isoformat(), "day"
    months = day.year * 12 + day.month - 1 - count * (12 if unit == "Y" else 1)
    year, month = divmod(months, 12)
    if unit == "Y":
        return f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31", "year"
    first = dt.date(year, month + 1, 1)
    last = (dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - dt.timedelta(days=1))
    return f"{year:04d}-{month + 1:02d}", first.isoformat(), last.isoformat(), "month"


def until_end(reference_date: str, value: str) -> str | None:
    """The last day of the count `value` ("P6M") from `reference_date`, or None."""
    match = COUNT.match(value)
    if match is None:
        return None
    count, unit = int(match[1]), match[2]
    day = dt.date.fromisoformat(reference_date)
    if unit in "DW":
        return (day + dt.timedelta(days=count * (7 if unit == "W" else 1))).isoformat()
    months = day.year * 12 + day.month - 1 + count * (12 if unit == "Y" else 1)
    year, month = divmod(months, 12)
    last = (dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(day.day, last)).isoformat()


def within_rows(rows: list[Event], expressions: list[TimeExpression], spans: dict, make_row: Callable[..., Any], *,
                reference_date: str, reference_source: str, words: EventWords) -> list[Event]:
    """Rows for what will happen within a stated time, dated from the present to its end (see the
    module doc)."""
    if reference_source not in PUBLICATION_SOURCES or not words.within_preps:
        return []
    taken = {row.trigger_start for row in rows}
    out = []
    for expression in expressions:
        span = spans.get(expression)
        if expression.type != "DURATION" or span is None:
            continue
        root = span.root
        prep = root.head
        if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.within_preps:
            continue
        verb = prep.head
        if verb.idx in taken or verb.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in words.definite_future_aux for c in verb.children):
            continue
        sentence = verb.sent
        if any(other.date and other.date != reference_date and other.type in ("DATE", "TIME") and
               sentence.start <= spans[other].start < sentence.end for other in expressions if other in spans):
            continue  # "said in May it will sell the unit within six months": counted from May, not today
        end = until_end(reference_date, expression.value)
        if end is None:
            continue
        dated = TimeExpression(start=expression.start, end=expression.end, text=expression.text, type="DATE",
                               value=f"{reference_date}/{end}", date=reference_date, end_date=end,
                               granularity="day")
        row = make_row(span.doc[verb.i:verb.i + 1], dated, verb)
        if row is None or row.trigger_start in taken:
            continue
        taken.add(row.trigger_start)
        out.append(dataclasses.replace(row, date_basis="text"))
    return out


def ongoing_since_rows(rows: list[Event], expressions: list[TimeExpression], spans: dict,
                       make_row: Callable[..., Any], *, reference_date: str, reference_source: str,
                       words: EventWords) -> list[Event]:
    """Rows for activities going on for a stated time, dated when they began (see the module doc)."""
    if reference_source not in PUBLICATION_SOURCES or not words.duration_preps:
        return []
    taken = {row.trigger_start for row in rows}
    out = []
    for expression in expressions:
        span = spans.get(expression)
        if expression.type != "DURATION" or span is None:
            continue
        verb = _progressive_verb(span.root, words)
        if verb is None or verb.idx in taken:
            continue
        start = began(reference_date, expression.value)
        if start is None:
            continue
        value, first, last, granularity = start
        dated = TimeExpression(start=expression.start, end=expression.end, text=expression.text, type="DATE",
                               value=value, date=first, end_date=last, granularity=granularity)
        row = make_row(span.doc[verb.i:verb.i + 1], dated, verb)
        if row is None or row.trigger_start in taken:
            continue
        taken.add(row.trigger_start)
        out.append(dataclasses.replace(row, date_basis="text"))
    return out


def _progressive_verb(root: Token, words: EventWords) -> Token | None:
    """The verb of "has been shipping for <root>", or None."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.duration_preps:
        return None
    verb = prep.head
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ != "VBG" or len(auxes) != 2 or verb.dep_ in ("relcl", "acl"):
        return None  # (a relative clause's row would read "Whose company has been sending ...")
    have, been = auxes
    if have.lemma_ not in words.perfect_aux or have.tag_ not in PRESENT_TAGS or \
            been.lemma_ not in words.copulas or been.tag_ != "VBN":
        return None
    return verb
