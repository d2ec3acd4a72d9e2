"""A state told of a dated event named again (docs/events.md, "A state of an event named again").

"Students marched through Santiago on Saturday. ... The march was mostly peaceful, but clashes broke
out near the palace in the late afternoon": lead.py's mention rule dates a simple-past verb whose
subject is a definite mention of a dated event ("The march" of "marched") on that event's day. With a
copula and an adjective ("was mostly peaceful", "was largely calm") the clause only describes the
happening already told: no event worth keeping (the twenty-fifth blind sample's row 55). What happened
is the simple-past verb joined to it ("but clashes broke out"), which the mention places on the same
day: that verb takes the row instead.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def describes_mention(predicate: Token, noun: Token, words: EventWords) -> bool:
    """Whether `predicate` is a copula whose subject `noun` (a mention of a dated event) only has an
    adjective said of it ("The march was mostly peaceful")."""
    return noun.dep_ == "nsubj" and predicate.lemma_.lower() in words.copulas and \
        any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in predicate.children) and \
        not any(c.dep_ in ("attr", "xcomp", "ccomp", "prep") for c in predicate.children)


def joined_happenings(predicate: Token, candidates: list[Token]) -> list[Token]:
    """The verbs of `candidates` (the sentence's main predicates) joined to the state `predicate`
    ("..., but clashes broke out"), each with a subject of its own."""
    return [c for c in candidates if c.dep_ == "conj" and c.head.i == predicate.i and c.pos_ == "VERB" and
            any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
