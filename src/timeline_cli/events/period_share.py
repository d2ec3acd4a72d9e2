"""A "for" or "until" phrase of one verb is the span its act covers or lasts to ("suspended all matches
for this weekend and next weekend", "closed the road until Friday"), not a time the coordinated acts
share: "... and ordered inspections of every stadium" was not done next weekend (docs/events.md, "A
covered period is not a conjunct's date")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def covered_period_of(span: Span, pred: Token, words: EventWords) -> bool:
    """The date is the object of a "for"/"until" phrase on `pred` (or on its direct object), and `pred`
    does not schedule something for then."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "for this weekend and next weekend"
    doc = span.doc
    if root.dep_ != "pobj" and span.start >= 2 and doc[span.start - 1].dep_ == "cc" and \
            doc[span.start - 2].dep_ == "pobj":
        root = doc[span.start - 2]  # the same, parsed as "for this weekend" and a bare "next weekend"
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.covered_period_preps:
        return False
    if pred.lemma_.lower() in words.scheduling:
        return False  # "was scheduled for 2016 but was put off": the same planned happening, then
    return prep.head.i == pred.i or prep.head.dep_ == "dobj" and prep.head.head.i == pred.i
