"""A present simple dated to the story's own evening or night tells a plan (docs/events.md, "The
present of tonight's plan"; the seventeenth judged sample's "The 19th-century opera house reopens
this evening with ..." and "when the curtain rises at the Teatro Alcazar on Saturday night", both
`occurred` on a Saturday morning's story).

"The theatre reopens this evening", "when the band plays at the hall on Saturday night" (said on
that Saturday): the present simple of an event on a part of the story's day still to come is the
timetable's present, the evening has not happened when the story is written. Such a row is
`expected`. Only the evening and the night (TIMEX3 "EV", "NI"), or an evening clock time, 6 p.m. or
later (round 47c; the fortieth judged sample's "The final meeting ... starts at 7 p.m.", the
velodrome's last Saturday night, `occurred`): a morning or an afternoon hour may be past by the
story's writing. Not a verb of saying ("Police say ... on Saturday night", the saying is
the story's) nor a state ("is", "has"), nor a verb with an auxiliary (its tense is its own).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import TimeExpression
    from .words import EventWords

_LATER_PARTS = ("EV", "NI")  # TIMEX3 parts of day that follow a story's writing
_EVENING_HOUR = 18  # a clock time from 6 p.m. on is an evening's, like "EV"


def _later_part(value: str) -> bool:
    """Whether a TIMEX3 value is the evening or night ("...TEV", "...TNI") or an evening hour ("...T19:00")."""
    if any(value.endswith("T" + part) for part in _LATER_PARTS):
        return True
    _, sep, clock = value.partition("T")
    return bool(sep) and clock[:2].isdigit() and int(clock[:2]) >= _EVENING_HOUR


def tonight_plan(pred: Token, chain: list[Token], expression: TimeExpression, reference_date: str,
                 words: EventWords) -> bool:
    """Whether `pred` is a present simple dated to the story's own evening or night (module doc)."""
    value = expression.value or ""
    if chain or pred.tag_ not in ("VBZ", "VBP") or expression.date != reference_date or \
            not _later_part(value):
        return False
    lemma = pred.lemma_.lower()
    if lemma in words.reporting or lemma in words.state_lemmas or lemma in words.copulas:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in pred.children)
