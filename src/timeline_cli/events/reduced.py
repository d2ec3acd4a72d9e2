"""Reduced clauses whose date belongs to the verb they hang on (docs/events.md, "Reduced clauses
told with their verb"; the thirteenth judged sample's "Six of them held in custody" and "A man in his
60s clearing snow in Scarborough", `ongoing`).

A clause with no finite verb of its own is told by the verb it completes or accompanies: the row is
that verb's, with the reduced clause among its words, never the reduced clause alone.

* A participle small clause, the object of a verb of ordering, keeping or finding with its own
  subject after that verb ("A judge ordered six of them held in custody on Tuesday"): the order is
  the happening; alone it reads "Six of them held in custody" (no one orders it). Not under a second
  conjunct ("did not approve of Madero and had him jailed in 1910"): its row is told with the first
  conjunct's words ("Díaz did not approve of Madero", dated 1910).
* A gerund clause of simultaneity after its verb ("a man died of a heart attack while clearing snow
  on Friday morning"): the date is the death's; alone it reads "A man clearing snow", `ongoing`.
  Only the pack's `gerund_simultaneity_marks`: a clause of sequence ("died in 2010 after falling ill
  in 2008") has its own time.
* A bare infinitive with its own subject after a verb of letting or making (the pack's
  `letting_verbs`: "Two councils have let staff work from home since 2021", "made the crew work late
  on Friday"): the letting is the happening, with its doer; alone it reads "Staff work from home",
  the causer lost (round 70c). Not under a verb of expecting or asking ("expects to let visitors see
  her later in the year"): that row is the plan's, as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass")


def reduced_clause_host(pred: Token, words: EventWords) -> Token | None:
    """The verb whose row tells `pred`'s reduced clause (module doc), or None."""
    head = pred.head
    if head.i == pred.i or head.pos_ not in ("VERB", "AUX") or head.i > pred.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in pred.children):
        return None
    if pred.tag_ == "VBN" and pred.dep_ in ("ccomp", "xcomp", "oprd") and head.pos_ == "VERB" and \
            head.lemma_.lower() not in words.reporting and head.dep_ != "conj" and \
            any(c.dep_ in _SUBJECTS and head.i < c.i < pred.i for c in pred.children):
        return head  # "ordered six of them held in custody"
    if pred.tag_ == "VB" and pred.dep_ in ("ccomp", "xcomp") and head.pos_ == "VERB" and \
            head.lemma_.lower() in words.letting_verbs and head.dep_ not in ("conj", "xcomp") and \
            any(c.dep_ in (*_SUBJECTS, "dobj") and head.i < c.i < pred.i for c in (*pred.children, *head.children)):
        return head  # "have let drivers wear shorts since 2018" (round 70c)
    if pred.tag_ == "VBG" and pred.dep_ == "advcl" and not any(c.dep_ in _SUBJECTS for c in pred.children) and \
            any(c.dep_ == "mark" and c.lower_ in words.gerund_simultaneity_marks for c in pred.children):
        return head  # "died of a heart attack while clearing snow"
    return None
