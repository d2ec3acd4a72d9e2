"""A clock time or a part of the day of a start does not date a later end (round 22).

"The march began at 11 a.m. in Dartmouth and ended with a rally outside the legislature": the 11 a.m.
is the start's; the end came hours later and has no time of its own, so it gets no row from it. Only a
verb of ending (the pack's `ENDING_VERBS`): "broke out at 10:15 p.m. and spread quickly" or "struck at
11:30 a.m. and buried 15 people" tell one moment. A day ("on Sunday") still carries over to a later
conjunct. A time before both verbs ("At 3 a.m., gunmen stormed the hotel and took hostages") still
sets the scene for both.

Round 30: a clock time of a departure (the pack's `DEPARTURE_VERBS`) does not date a later conjunct
either: "The ferry left Dover at 6:15 a.m. and called at Calais and Dunkirk" or "set off at dawn and
reached the summit": the departure starts a journey, what the journey did came later.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import TimeExpression
    from .words import EventWords

_TIME_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T")  # 2025-11-08T11:00, 2025-11-08TAF; not PT3H


def clock_of_earlier_conjunct(span: Span, expression: TimeExpression, pred: Token, conjunct: Token,
                              words: EventWords) -> bool:
    """True when `expression` is a time of day inside the earlier conjunct `pred` (after its verb, before
    the later conjunct `conjunct`) and `conjunct` is a verb of ending or `pred` one of departure, so it
    does not date `conjunct`."""
    if not _TIME_OF_DAY.match(expression.value) or conjunct.i < pred.i or \
            (conjunct.lemma_.lower() not in words.ending_verbs and pred.lemma_.lower() not in words.departure_verbs):
        return False
    return pred.i < span.start and span.end <= conjunct.i
