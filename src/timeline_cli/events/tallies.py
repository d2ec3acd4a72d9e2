"""A count of happenings is no event (docs/events.md, "Which expressions become rows"; issue 10,
round 5): "It is the second theft from a French museum this year", "It was the third takeover the
regulator has blocked this year". A copula whose subject is "it", "this" or "that" and whose
complement is a noun with an ordinal ("the second theft") ranks a happening the story has told,
and its date ("this year") is the span the count runs over, not a day something happened: the
rows read "The museum is the second theft" or "The regulator has blocked" (no object). A date in
such a clause, or in a clause inside its complement, makes no row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_POINTERS = frozenset({"it", "this", "that"})


def _ranks_happening(verb: Token) -> Token | None:
    """The ranked complement of "It is the second theft", or None."""
    if verb.lemma_.lower() != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _POINTERS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                 and any(m.dep_ == "amod" and m.ent_type_ == "ORDINAL" for m in c.children)), None)


def in_tally(span: Span) -> bool:
    """Whether a time expression dates a count of happenings rather than one of them."""
    node = span.root
    passed_clause = False
    while node.head.i != node.i:
        parent = node.head
        if node.dep_ in ("ccomp", "advcl", "conj", "parataxis"):
            return False  # a clause of its own, beside the count
        attr = _ranks_happening(parent)
        if attr is not None and (node.i == attr.i or not passed_clause):
            return True
        if node.dep_ == "relcl":
            passed_clause = True
        node = parent
    return False
