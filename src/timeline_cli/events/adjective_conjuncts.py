"""A noun's modifier the parser read as a second verb (round 68e; docs/events.md).

"The men caught beluga and stellate sturgeon in the delta": the parser made "stellate" a base-form
verb conjoined with "caught", with "sturgeon" its object. A base form (VB) with no subject, auxiliary
or "to" of its own cannot be the second verb of a finite past clause ("caught ... and stellate"): it is
a word of the object's noun phrase, and the row told on it read "The men stellate sturgeon in the
delta" (the seventy-fifth judged sample's row 15). Its words stay in the first verb's object, joined
by their "and": "The men caught beluga and stellate sturgeon in the delta".

Only a base form right after the "and" of a past-tense verb that has no auxiliary, with its own
object right after it: "said it would review the rules and publish them" (a modal's verbs) and "went
and see" (no object) are left as they were.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark", "expl")


def adjective_conjunct(verb: Token) -> bool:
    """Whether `verb` is a noun's modifier parsed as a base-form verb conjoined with a past verb."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.i < 2 or verb.i + 1 >= len(verb.doc):
        return False
    head = verb.head
    if head.tag_ != "VBD" or head.pos_ != "VERB" or head.i >= verb.i - 2:
        return False
    if any(c.dep_ in _OWN for c in verb.children) or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    joiner, before, after = verb.doc[verb.i - 1], verb.doc[verb.i - 2], verb.doc[verb.i + 1]
    if joiner.dep_ != "cc" or joiner.head.i != head.i or before.is_punct:
        return False
    if not head.is_ancestor(before):  # the first verb's object ends right before the "and"
        return False
    return after.dep_ in ("dobj", "compound", "amod") and after.pos_ in ("NOUN", "PROPN", "ADJ") and \
        (after.dep_ == "dobj" and after.head.i == verb.i or verb.is_ancestor(after))


def misread_conjuncts(verb: Token) -> set[int]:
    """The children of `verb` that are such a misread conjunct, with their "and"."""
    found: set[int] = set()
    for child in verb.children:
        if child.dep_ == "conj" and adjective_conjunct(child):
            found |= {child.i, child.i - 1}
    return found
