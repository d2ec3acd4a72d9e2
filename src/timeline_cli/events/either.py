"""One row for a happening dated by either of two dates (docs/events.md, "One row per happening"):
"The river is expected to crest on Thursday or Friday", "The vote could come in May or June". The two
time expressions, joined by a disjunction (`disjunctions`: "or"), gave the same predicate two rows, each
saying the happening falls on one of the dates; it falls on one or the other, so the row spans both:
from the first date's start to the second's end, `value` "first/second" (as a publication interval
is written), the expression's text running from the first date to the second. "On Thursday and
Friday" (both days) is left alone."""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..temporal.context import doc_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from ..records import Event
    from .words import EventWords


# One joining word between two dates ("or", "ou") with its spaces: a longer gap is never one word, and
# the check needs no `doc.text`
MAX_JOIN_CHARS = 16


def either_rows(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` with each pair of rows of one trigger whose dates are joined by a disjunction made one."""
    if not words.disjunctions:
        return rows
    return spanning_pairs(doc, rows, words, _either)


def spanning_pairs(doc: Doc, rows: list[Event], words: EventWords,
                   joined: Callable[[Doc, Event, Event, EventWords], bool]) -> list[Event]:
    """`rows` with each pair that `joined` ties (a row and a later one) made one row running from the
    first date's start to the second's end (also whole_spans.py: "all of Friday and Saturday")."""
    gone: set[int] = set()
    out: list[Event] = []
    for n, row in enumerate(rows):
        if n in gone:
            continue
        partner = next((m for m in range(n + 1, len(rows)) if m not in gone and joined(doc, row, rows[m], words)),
                       None)
        if partner is None:
            out.append(row)
            continue
        other = rows[partner]
        gone.add(partner)
        out.append(dataclasses.replace(
            row, end_date=other.end_date or other.date, value=f"{row.value}/{other.value}",
            time_expression=doc_text(doc)[row.start:other.end], end=other.end))
    return out


def _either(doc: Doc, first: Event, second: Event, words: EventWords) -> bool:
    return joined_by_one_word(doc, first, second, words.disjunctions)


def joined_by_one_word(doc: Doc, first: Event, second: Event, joins: frozenset[str]) -> bool:
    """Whether two text rows of one trigger, of one granularity and in date order, have their dates
    joined by one word of `joins` ("Thursday or Friday", "Friday and Saturday")."""
    if first.trigger_start != second.trigger_start or first.date_basis != "text" or second.date_basis != "text":
        return False
    if not first.date or not second.date or not first.end <= second.start or first.granularity != second.granularity \
            or not first.date < second.date or second.start - first.end > MAX_JOIN_CHARS:
        return False
    between = doc_text(doc)[first.end:second.start].split()
    return len(between) == 1 and between[0].lower() in joins
