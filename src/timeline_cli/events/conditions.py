"""A condition is no happening (docs/events.md, "A condition given as a fact"). The clause of "if" or
"unless" under a pledge, a threat or a plan ("She ran on a pledge to ballot drivers if operators did
not improve their pay offer by the autumn"; "would strike unless the company raised its offer") says
what may or may not happen, not what did: a row whose verb is that clause's, dated by a time
expression inside it, would tell a condition as a fact (and a negated one as a thing that did not
happen). Such rows are left out; the pledge or threat keeps its own row where it has a date."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event
    from .words import EventWords


def drop_conditions(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` without those whose verb heads an adverbial clause opened by a condition's subordinator
    (`words.condition_marks`), module doc."""
    if not words.condition_marks:
        return rows
    starts = token_starts(doc)
    return [row for row in rows if not _condition(starts.get(row.trigger_start), words)]


def _condition(verb: Token | None, words: EventWords) -> bool:
    """Whether `verb` is the verb of an "if"/"unless" clause, itself or as a conjunct of one
    ("if talks fail and workers walk out")."""
    while verb is not None and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb is not None and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in words.condition_marks for c in verb.children)

