"""A clause dated by a day count from a date it is apposed to (docs/events.md, "The day before").

"He was last seen Nov. 3, the day before authorities issued a material witness warrant." The phrase
after the date says how far the clause is from it: the warrant was issued on Nov. 4. For a time
expression of a day, followed by a comma and "<count> <day unit> <before|after> <clause>" (the
language's `day_offset_counts`, `day_offset_units`, `day_offset_markers`), the clause's verb gets a row
dated that many days after ("before": the date is before the clause) or before ("after") the date,
`date_basis` `context` (the text gives the day only through the count). An event noun after the
marker is counted the same way ("June 10, two days before the vote" → the vote on June 12). Nothing
else is counted: a week or a month, a clause with a date of its own, a count the words do not give.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from ..records import Event, TimeExpression
from .anchor import is_event_noun
from .lead import expression_tokens

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from spacy.tokens import Doc, Span, Token

    from .words import EventWords


def counted_offset(span: Span, counts, units, markers) -> tuple[Token, int, tuple[int, int]] | None:
    """(the marker, the signed count of base units, the count's and unit's token indexes) for "<date>,
    <count> <unit> <marker> ...": "June 17, two days before ...", "March 2024, eight months after
    ...", each table (word -> number) from the pack; or None."""
    doc = span.doc
    i = span.end
    if i + 3 >= len(doc) or doc[i].text != ",":
        return None
    count_word, unit, marker = doc[i + 1], doc[i + 2], doc[i + 3]
    count = counts.get(count_word.lower_)
    if count is None and count_word.like_num and count_word.text.isdigit():
        count = int(count_word.text)
    size = units.get(unit.lower_)
    sign = markers.get(marker.lower_)
    if count is None or size is None or sign is None:
        return None
    return marker, sign * count * size, (count_word.i, unit.i)


def clause_after(marker: Token) -> Token | None:
    """The verb of the clause `marker` ("after", "before") opens, with a subject of its own, or None."""
    verb = marker.head
    if marker.dep_ != "mark" or verb.i <= marker.i or verb.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def dated_in_subtree(verb: Token, timex_tokens: set[int], counted: tuple[int, int]) -> bool:
    """Whether the clause of `verb` has a date of its own (the count's words aside)."""
    return any(t.i in timex_tokens and t.i not in counted for t in verb.subtree)


def offset_clause(span: Span, timex_tokens: set[int], words: EventWords) -> tuple[Token, int] | None:
    """(the clause's verb, days from the date) for "<date>, the day before <clause>", or None; the
    event noun for "<date>, two days before <the vote>"."""
    found = counted_offset(span, words.day_offset_counts, words.day_offset_units, words.day_offset_markers)
    if found is None:
        return None
    marker, days, counted = found
    if marker.dep_ == "prep":
        # "June 17, two days before the phone's launch": an event noun is placed by the count as a
        # clause is (the parser also reads "the phone launches" so)
        verb = next((c for c in marker.children if c.dep_ == "pobj" and is_event_noun(c, words)), None)
    else:
        verb = clause_after(marker)
    if verb is None or dated_in_subtree(verb, timex_tokens, counted):
        return None  # (a date of its own)
    return verb, days


def apposed_day_rows(doc: Doc, rows: list[Event], spans: dict, make_row: Callable[..., Any], *,
                     words: EventWords) -> list[Event]:
    """Rows for clauses dated by a day count from a date (see the module doc)."""
    if not words.day_offset_markers:
        return []
    timex_tokens = expression_tokens(spans)
    taken = {row.trigger_start for row in rows}
    out = []
    for expression, span in spans.items():
        if expression.granularity != "day" or not expression.date or expression.date != expression.end_date:
            continue
        found = offset_clause(span, timex_tokens, words)
        if found is None:
            continue
        verb, offset = found
        if verb.idx in taken:
            continue
        day = (dt.date.fromisoformat(expression.date) + dt.timedelta(days=offset)).isoformat()
        dated = TimeExpression(start=expression.start, end=expression.end, text=expression.text, type="DATE",
                               value=day, date=day, end_date=day, granularity="day")
        row = make_row(doc[verb.i:verb.i + 1], dated, verb)
        if row is None or row.trigger_start in taken:
            continue
        taken.add(row.trigger_start)
        out.append(dataclasses.replace(row, date_basis="context"))
    return out
