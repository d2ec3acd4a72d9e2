"""A count of happenings is no event (docs/events.md, "Which expressions become rows"; issue 10,
round 5): "It is the second theft from a French museum this year", "It was the third takeover the
regulator has blocked this year". A copula whose subject is "it", "this" or "that" and whose
complement is a noun with an ordinal ("the second theft") ranks a happening the story has told,
and its date ("this year") is the span the count runs over, not a day something happened: the
rows read "The museum is the second theft" or "The regulator has blocked" (no object). A date in
such a clause, or in a clause on its ranked noun, makes no row; "since" a date (the last such
happening) and a clause on another noun inside ("Morrow, who landed Thursday") keep theirs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import TimeExpression
    from .words import EventWords


def _ranks_happening(verb: Token, words: EventWords) -> Token | None:
    """The ranked complement of "It is the second theft", or None."""
    if verb.lemma_.lower() not in words.copulas:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in words.pointer_pronouns for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                 and any(m.dep_ == "amod" and m.ent_type_ == "ORDINAL" for m in c.children)), None)


def in_tally(span: Span, words: EventWords) -> bool:
    """Whether a time expression dates a count of happenings rather than one of them: it hangs on
    the copula itself ("It is the second theft ... this year") or on the verb of a clause that hangs
    on the ranked noun ("the second takeover the regulator has blocked this year"). A date after
    "since" ("the first time ... since Jan. 13") names the last such happening, an event, and a
    clause on another noun inside ("Ritter, who arrived Thursday, ...") tells one of its own."""
    node = span.root
    if node.head.i != node.i and node.head.lower_ in words.since_preps:
        return False
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    if _ranks_happening(node, words) is not None:
        return True
    if node.dep_ in ("relcl", "acl") and node.head.dep_ == "attr":
        ranked = _ranks_happening(node.head.head, words)
        return ranked is not None and ranked.i == node.head.i
    return False


def ranked_in_period(span: Span, expression: TimeExpression, reference_date: str, words: EventWords) -> bool:
    """Whether the period the story is in ("this year", "this month") is the span over which a noun
    with an ordinal or a superlative ranks ("after the company raised prices, the second increase
    this year"; "its biggest loss this year"): the count's span, like "It is the second theft this
    year", not the date of the clause the noun sits in. A period that does not hold the story's day
    dates the noun's happening ("hopes to win its first seats this September", "The fourth campaign
    (1932-1933)") and is left to the anchoring, as is a day."""
    if expression.granularity in (None, "day", "time") or not expression.date or not expression.end_date or \
            not expression.date <= reference_date[:10] <= expression.end_date:
        return False
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ in words.inclusion_preps:
        noun = noun.head
    elif root.dep_ != "npadvmod":
        return False
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS")
                                       for c in noun.children)
