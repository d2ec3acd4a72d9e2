"""A gapped conjunct's own complement (round 28; docs/events.md, "A gapped conjunct's complement";
the twenty-fourth blind sample's "The tunnel is due to open to freight trains to passenger services
between Pau and Zaragoza" for "... due to open to freight trains in 2030, and to passenger services
between Pau and Zaragoza a year later").

"will open to cars in 2028, and to buses a year later": the second conjunct repeats the verb's
preposition with a new object and its own date; the parser hangs it on the verb as a conjunct. Its
row tells the verb with the second object: the first conjunct's object is written as the second's
("The bridge will open to buses"), not both (a splice) and not the first (another happening's
words on this date). `gapped_object` gives the substitutions; none when the date is not inside such
a conjunct or the verb has no earlier complement with the same preposition.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def gapped_object(pred: Token, span: Span, tokens: list[Token]) -> dict[int, str]:
    """Substitutions (token index -> text) writing the earlier complement of `pred` as the gapped
    conjunct's that holds the date `span` (module doc)."""
    conj = next((c for c in pred.children if c.dep_ == "conj" and c.pos_ == "ADP" and
                 c.left_edge.i <= span.start and span.end - 1 <= c.right_edge.i), None)
    if conj is None:
        return {}
    first = next((c for c in pred.children if c.dep_ == "prep" and c.i < conj.i and c.lower_ == conj.lower_), None)
    objects = [c for c in conj.children if c.dep_ == "pobj"]
    if first is None or not objects:
        return {}
    kept = {t.i for t in tokens}
    old = [t for c in first.children if c.dep_ == "pobj" for t in c.subtree if t.i in kept]
    new = [t for c in objects for t in c.subtree if not span.start <= t.i < span.end and not t.is_punct]
    if not old or not new or any(span.start <= t.i < span.end for t in old):
        return {}
    text = "".join(t.text_with_ws for t in new).strip()
    return {old[0].i: text, **{t.i: "" for t in old[1:]}}
