"""A date inside the noun of an "after" phrase, on a verb that has a date of its own (round 24;
docs/events.md, "A date inside a noun's phrase"): "The lake has flooded five times since 2012, after
events in 1987 and 1993 that were then seen as rare". 1987 and 1993 date the earlier events, not the
flooding since 2012; the parse hangs them on "events", a noun the event list does not know, so the
date climbs to the verb. No row (noun_dates.py's "after" rule covers the case where the noun itself
is the row's trigger). So does a time deeper inside an "including" phrase: "attached 14 conditions,
including a ban on truck deliveries between 10:30 p.m. and 7 a.m." gives the hours of a standing ban,
not the attaching (noun_dates.py covers a date hung on "including" itself). Only a time of day: a
year there dates an included event ("three attacks, including the 1996 bombing")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .noun_dates import verb_above_index

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..records import TimeExpression
    from .words import EventWords


def after_noun_date(span: Span, timex_tokens: set[int] | frozenset[int], words: EventWords) -> bool:
    """True when the date is the object of a preposition on the noun of an "after" phrase
    (`after_noun_preps`) of a verb with a time expression of its own outside that phrase."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in 1987 and 1993": the second year shares the first's phrase
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    noun = prep.head
    after = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or after.dep_ != "prep" or after.lower_ not in words.after_noun_preps:
        return False
    verb = after.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    inside = {t.i for t in after.subtree}
    return any(t.i in timex_tokens and t.i not in inside and verb_above_index(t) == verb.i for t in verb.subtree)


def inside_including(span: Span, expression: TimeExpression, words: EventWords) -> bool:
    """True when the expression is a time of day and an "including" (`including_preps`) lies between it
    and its nearest verb (from any word of it hung outside it: the parse may hang "7 a.m." on the verb
    and "between" on the noun). Only the hours of a rule: a year or a day inside the phrase ("three
    attacks, including the 1996 bombing") is an included event's, which its noun's row tells."""
    if "T" not in (expression.value or ""):
        return False
    for word in span:
        if span.start <= word.head.i < span.end:
            continue
        for token in word.ancestors:
            if token.lower_ in words.including_preps and token.dep_ in ("prep", "advcl", "acl"):
                return True
            if token.pos_ in ("VERB", "AUX"):
                break
    return False
