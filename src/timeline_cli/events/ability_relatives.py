"""A relative clause of what can be done, opened by a preposition, gives no row (docs/events.md,
"A relative clause of what can be done"; the sixteenth judged sample's "Spaniards can draw a full
pension", cut from "would raise the age at which Spaniards can draw a full pension ... from 2028").

"the age at which workers can retire", "the rules under which banks may lend": the clause says which
age or rules, it tells no happening, and a date the parser hangs on it ("... by two months a year from
2028") is the main verb's. A row told by such a clause, or by a clause the parser hung inside it
("until it reaches 68 in 2046", whose "it" is the noun the clause defines), would name the clause's
subject as the actor of a happening that is not there: no row. A relative clause with no modal of
what can be ("the hotel at which the leaders met in 2019") tells a happening and keeps its row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_RELATIVE_TAGS = ("WDT", "WP")


def in_ability_relative(pred: Token, words: EventWords) -> bool:
    """Whether `pred` heads, or stands inside, a relative clause opened by a preposition and its
    relative pronoun, with a modal of what can be (module doc)."""
    for clause in (pred, *pred.ancestors):
        if clause.dep_ != "relcl":
            continue
        opened = any(c.dep_ == "prep" and c.i < clause.i and
                     any(g.dep_ == "pobj" and g.tag_ in _RELATIVE_TAGS for g in c.children)
                     for c in clause.children)
        if opened and any(c.dep_ == "aux" and c.lower_ in words.ability_modals for c in clause.children):
            return True
    return False
