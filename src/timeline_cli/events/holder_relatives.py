"""A defining relative clause whose date is what its object is for says who is meant (round 70c).

"Passengers who had booked seats for next weekend can claim a refund", "Members who hold passes for
the spring will be written to": the clause picks out the passengers by the seats they booked, and
its date, in a "for" phrase (the pack's `scheduling_preps`) on the clause's object, is the seats',
not the booking's. The row it gave told the relative clause as the happening on the seats' date
("Passengers had booked seats", next weekend), the news (the refund) lost. A restrictive relative
(no comma before it) whose date hangs on "for" under its object, or on its verb when the verb has
an object ("who had seats for Friday"), dates no row. A relative set off by commas ("The club,
which booked the hall for May, ...") is an aside with an event of its own and is not asked, nor is a
scheduling verb's event noun ("the court that set a hearing for June": `scheduled_object`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .attach import scheduled_object

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def held_for_date(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether `span` dates `pred` only as what a defining relative clause's object is for (module doc)."""
    if pred.dep_ != "relcl" or pred.head.pos_ not in ("NOUN", "PROPN", "PRON") or pred.i < pred.head.i:
        return False
    left = pred.left_edge.i
    if left == 0 or pred.doc[left - 1].is_punct:
        return False  # ", which booked ...": an aside, its own event
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.scheduling_preps:
        return False
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    held = prep.head
    if held.i != pred.i and held.i != objects[0].i and not (held.dep_ == "conj" and objects[0].is_ancestor(held)):
        return False
    return scheduled_object(pred, span, words) is None
