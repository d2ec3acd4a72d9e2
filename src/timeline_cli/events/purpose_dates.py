"""A year or month in a noun's "for" phrase (docs/events.md, "A noun's 'for' date").

"voted against a bid for 2024", "bids by Berlin for 2000 ... have failed": the year is what the bid
is for (the Games it names), not when the vote or the failure happened, so it gives the clause no
row. Only an event noun ("bid", "application"): a figure keeps its period ("the job figures for
January"), so does a change ("an earnings increase for the full year"), and a scheduling verb's
object keeps its date ("set a hearing for June", attach.py's `scheduled_object`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import TimeExpression
    from .words import EventWords

PERIODS = {"year", "month"}


def noun_purpose_date(span: Span, pred: Token, expression: TimeExpression, words: EventWords) -> bool:
    """True when the expression is the object of a "for" hung on a common event noun, and only names a year or a month."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in words.scheduling_preps or expression.granularity not in PERIODS:
        return False
    while prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "bids for 2008 and for 2016": the second "for" shares the noun
    noun = prep.head
    if noun.pos_ != "NOUN":
        return False  # (the noun may be the row's own trigger: the bid's row is not of 2024 either)
    from .anchor import is_event_noun

    lemma = noun.lemma_.lower()
    if not is_event_noun(noun, words) or lemma in words.change_verbs:
        # "the share turnover for October", "the job figures for January", "forecast an earnings
        # increase for the full year": a figure or a change over that period, which it dates
        return False
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return verb is None or verb.lemma_.lower() not in words.scheduling
