"""A plan's "for" date (round 27; docs/events.md, "A plan's date, a date inside a noun, a conjunct's own
verb"): "The count was first planned for 2016", "a date was set for April 2023": the date is the planned
thing's, which did not (yet) happen then; the planning told on it is `planned`, never `occurred`
(a past plan may have been dropped, as the census of 2016 was).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def planned_for(span: Span, pred: Token, words: EventWords) -> bool:
    """True when the row's date is the object of a "for" on a passive verb of planning or setting
    (`words.plan_for_verbs`): "was first planned for 2016", "a date was set for April 2023"."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.plan_for_preps:
        return False
    verb = prep.head
    # (not a negated one: "was never set for 2016" keeps `negated`)
    return verb.i == pred.i and pred.lemma_.lower() in words.plan_for_verbs and \
        any(c.dep_ == "auxpass" for c in pred.children) and \
        not any(c.dep_ == "neg" or c.lower_ in words.negations for c in pred.children)
