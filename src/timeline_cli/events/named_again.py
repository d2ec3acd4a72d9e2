"""A thing named again by its date (round 27; docs/events.md, "A plan's date, a date inside a noun, a
conjunct's own verb"): "A software update installed over the weekend caused the failure ... the
weekend update would not be reinstalled": "the weekend update" names the update told before by its
day; the date is the updating's, not the reinstalling's (and, in a clause of what will be, the tagger
reads it as the coming weekend). No row from a date that modifies a noun other than the row's own,
when an earlier row told that noun on the same words read as another day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import Event, TimeExpression

_MODIFIERS = ("compound", "amod", "nmod", "npadvmod")


def named_again(span: Span, pred: Token, expression: TimeExpression, rows: list[Event]) -> bool:
    """True when the date modifies a noun ahead of it (not the row's predicate) that an earlier row,
    dated by the same words to another day, tells (module doc)."""
    # ("the weekend update": the parse hangs "the" on the noun too, so look past the span's root)
    root = next((t for t in span if t.dep_ in _MODIFIERS and not span.start <= t.head.i < span.end), None)
    if root is None:
        return False
    noun = root.head
    if noun.pos_ != "NOUN" or noun.i == pred.i or noun.i < span.end:
        return False
    text, word = expression.text.lower(), noun.lower_
    return any(row.time_expression.lower() == text and row.value != expression.value and
               word in row.event.lower().split() for row in rows)
