"""A date after the comma that closes a relative clause dates the clause around it (docs/events.md,
"Coordination", round 12).

"Divers will search the hull, which lies in 30 metres of water, on Friday": the parser may hang "on
Friday" on "lies", the verb of the relative clause set off by commas; but the comma before the date
closes that clause, so the date is the searching's. The date's phrase moves to the verb that governs
the relative clause's noun when the clause opens with a comma before it and a comma stands right
before the date's phrase.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_predicate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .segments import Segments


def closed_relative_host(span: Span, pred: Token, segments: Segments) -> Token | None:
    """The verb outside a comma-closed relative clause `pred` when the date follows its closing comma."""
    if pred.dep_ != "relcl" or pred.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    doc = span.doc
    opening = pred.left_edge.i - 1
    if opening < 0 or doc[opening].text != "," or not doc[opening + 1].tag_.startswith("W"):
        return None  # no comma and relative pronoun opens it ("the wreck that lies ... on Monday")
    first = span.start
    if span.root.head.dep_ == "prep" and span.root.dep_ == "pobj" and span.root.head.i < span.start:
        first = span.root.head.i
    if first - 1 <= pred.i or doc[first - 1].text != ",":
        return None  # no comma closes the clause before the date
    noun = pred.head
    host = noun.head
    if noun.dep_ == "pobj" and host.dep_ == "prep":
        host = host.head
    if host.i == noun.i or not is_predicate(host) or host.pos_ not in ("VERB", "AUX") or \
            not segments.same(host, pred):
        return None
    return host
