"""A count of occasions frames the date, not the event (docs/events.md, "Anchoring").

"The committee meets on Dec. 9 for the last time this year", "prices rose on Monday for the first time
this month": "this year" and "this month" are the period the occasion is counted in, not a second date
of the meeting or the rise. When the same predicate has a date of its own, the framing period makes no
row (it would restate the event with a vaguer date, and "this year" read as over would make a coming
meeting `occurred`). Alone ("the board met for the final time this season") it is the only date there
is, and keeps its row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Event

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .words import EventWords


def counting_frame(span: Span, words: EventWords) -> bool:
    """Whether the expression follows a counted occasion: "(for) the last/first/second time <span>"."""
    if not words.occasion_nouns or span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    if noun.lemma_.lower() not in words.occasion_nouns or noun.pos_ != "NOUN":
        return False
    return any(c.dep_ == "amod" and (c.lower_ in words.occasion_counters or c.ent_type_ == "ORDINAL")
               for c in noun.children)


def drop_framed(rows: list[Event], framed: set[tuple[int, int]]) -> list[Event]:
    """Rows keyed (trigger_start, start) in `framed` go when another row has the same trigger."""
    if not framed:
        return rows
    dated = {(row.trigger_start, row.start) for row in rows}
    own = {trigger for trigger, start in dated if (trigger, start) not in framed}
    return [row for row in rows if (row.trigger_start, row.start) not in framed or row.trigger_start not in own]
