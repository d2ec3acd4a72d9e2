"""A lead set in a year gone by (round 66e): "When the first bridge was built across the bay in 1911, the
harbour had four ferries", "When planners drew a ring road in 1968, the town had one traffic light".
The main clause tells how things stood at the "when" clause's time, a year or decade the clause names,
no happening of the publication day: the lead rule gives it no row. A "when" clause of a day ("When
Ana walked onto the stage on Sunday evening, she paused") sets the lead's own scene and keeps it."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

# a year, decade or century: no day of a story's news can be told by one
_COARSE = ("year", "decade", "century")


def dated_when_scene(predicate: Token, spans: dict, words: EventWords) -> bool:
    """Whether `predicate` has a "when" clause (`when_conjunctions`) that holds a date of a year or
    coarser (`spans`: time expression -> its span in the doc)."""
    for clause in predicate.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("advmod", "mark") and c.lower_ in words.when_conjunctions
                                             for c in clause.children):
            continue
        inside = range(clause.left_edge.i, clause.right_edge.i + 1)
        if any(e.type == "DATE" and e.granularity in _COARSE and s.start in inside
               and _dates_clause(predicate.doc[s.start], clause) for e, s in spans.items()):
            return True
    return False


def _dates_clause(token: Token, clause: Token) -> bool:
    """Whether the date at `token` is the "when" clause's own time, not a noun's inside it ("when a
    footbridge that was built in 1990 gave way": 1990 is the footbridge's, the giving way has no year)."""
    while token.i != clause.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl"):
            return False
        token = token.head
    return True
