"""A holiday named as a thing, not a time (round 55d): "Nobody wants to spoil Christmas", "Thanksgiving
was cancelled at the shelter", "Halloween has become big business": the holiday is the verb's object or
a clause's subject, with no preposition of time ("on", "at", "over", "before"), so it dates no verb of
its row; a row would give the spoiling the holiday's day and lose its object ("Nobody wants to spoil").
The tagger still finds the expression (TimeML tags a holiday wherever it is named); only the row built
on it goes.

A verb that spends or keeps the holiday ("spent Christmas in hospital", "celebrated Easter with their
families": `holiday_time_verbs`) tells what was done in it, and keeps its date; so does a holiday with
a year or a "this"/"last"/"next" ("Christmas Day 2019", "this Christmas"), which is a time whatever its
place in the clause.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .words import EventWords

# a holiday's places in a clause where it is a thing: the verb's object, a subject, a copula's complement
_THING_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})


def holiday_as_thing(span: Span, words: EventWords) -> bool:
    """Whether the expression `span` is a bare holiday name (`holiday_names`) standing as a verb's
    object or a clause's subject, not under a verb of spending it (`holiday_time_verbs`): module doc."""
    if not words.holiday_names or span.text.lower().replace("\u2019", "'") not in words.holiday_names:
        return False
    root = span.root
    if root.dep_ not in _THING_DEPS:
        return False
    head = root.head
    return not (root.dep_ == "dobj" and head.lemma_.lower() in words.holiday_time_verbs)
