"""A period a figure or a payment covers is not when it is published or paid (docs/events.md, "The
period a figure covers"): "will publish its full figures for January next week", "will have to pay
the difference for January". Only a verb not in the past: a past report keeps its period ("reported
revenue for the quarter"), as `attach.object_period_ahead` decided."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

_NOT_PAST = ("VB", "VBZ", "VBP", "VBG")


def covered_period(span: Span, pred: Token, words: EventWords) -> bool:
    """The expression is the object of "for" after a noun of figures or payments (on the noun, or on
    its verb beside it) whose verb has no past tense: the noun's period, no date of the clause."""
    if span.root.dep_ != "pobj" or span.root.head.lower_ not in words.scheduling_preps:
        return False
    prep = span.root.head
    if prep.head.pos_ == "NOUN":
        noun = prep.head
    else:  # the parser often hangs the phrase on the verb: the object just before it is the noun
        objects = [c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i]
        if len(objects) != 1 or objects[0].pos_ != "NOUN":
            return False
        noun = objects[0]
    if noun.lemma_.lower() not in words.covered_nouns and noun.lower_ not in words.covered_nouns:
        return False
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i != pred.i and noun.i != pred.i:
        return False  # the row is another clause's: its own rules decide
    # "will be paid": a participle under a modal is no past either
    return verb.tag_ in _NOT_PAST or verb.tag_ == "VBN" and any(c.tag_ == "MD" for c in verb.children)
