"""A noun's date on a clause in the simple present (round 27; docs/events.md, "A plan's date, a date
inside a noun, a conjunct's own verb"): "The outage follows a three-hour halt last March", "The ruling
overturns a decision by the cantonal court in March": the present verb tells how today's news stands
to an earlier happening named by its object; the date is that happening's, not the following's or the
overturning's. No row (issue item 4: the noun gets its own row or none).

- a past date inside the object's phrase ("a halt last March"; a coming one is a forecast: "Rockford
  faces a $19 million gap in 2027");
- the date after the object, hung on the verb, when the object is an event noun and the date is past
  ("follows the strike in May"), or the object names its own doer with "by" ("a decision by the court
  in March", read ahead because the verb is present). A coming date on a plain event noun stays ("The
  union holds a vote on Friday": a plan told in the present).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..records import TimeExpression
    from .words import EventWords


def present_object_date(span: Span, pred: Token, expression: TimeExpression, reference_date: str,
                        words: EventWords) -> bool:
    """True when the date belongs to the object of a simple-present verb (module doc)."""
    if pred.dep_ == "dobj" and pred.pos_ == "NOUN" and pred.head.i != pred.i:
        pred = pred.head  # the event noun the date anchors to ("a two-hour failure last June"), told by its clause
    if pred.pos_ != "VERB" or pred.tag_ not in ("VBZ", "VBP") or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in pred.children):
        return False
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > span.start or not (span.start > pred.i):
        return False
    past = bool(expression.date) and expression.date < reference_date[:len(expression.date)]
    if obj.is_ancestor(span.root):
        return past  # "follows a three-hour halt last March"; not "faces a $19 million gap in 2027"
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.head.i != pred.i or prep.i <= obj.right_edge.i or not is_event_noun(obj, words):
        return False
    own_doer = any(c.dep_ == "prep" and c.lower_ in words.noun_agent_preps for c in obj.children)
    return past or own_doer
