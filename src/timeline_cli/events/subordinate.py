"""A subordinate clause the parser read as a preposition and a conjunct (docs/events.md, "Subject
resolution").

"Courtaulds has been under pressure ... since takeover speculators -- including Australian financier
Kerry Packer -- surfaced holding small stakes": the small parser tags "since" a preposition with
"speculators" its object, and hangs "surfaced" on the main verb as a conjunct (or an adverbial clause without a subject), so the
conjunct borrows the main clause's subject ("Courtaulds surfaced") or has none. A conjunct or finite
adverbial verb with no subject of its own, no coordinating conjunction before it, and a subordinator
parsed as a preposition between the main verb and it, has that preposition's object as its subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_FINITE = ("VBD", "VBZ", "VBP")


def subordinated_subject(verb: Token) -> Token | None:
    """The subject of a conjunct that is really a subordinate clause's verb (module doc), else None."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or verb.dep_ == "advcl" and verb.tag_ not in _FINITE or \
            head.i >= verb.i or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # "rose and fell": a true coordination shares its subject
    doc = verb.doc
    for token in reversed(doc[head.i + 1:verb.i]):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("prep", "amod", "compound"):
            return None  # another clause in between: not sure which is the subject
        if token.pos_ == "SCONJ" and token.dep_ == "prep":
            objects = [c for c in token.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            return objects[0] if len(objects) == 1 and objects[0].i < verb.i else None
    return None
