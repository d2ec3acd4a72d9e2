"""The status a verb takes from a verb of expecting or planning above it, when its own form says
nothing (round 24; docs/events.md, "Status"): "The museum expects to let visitors enter the new wing
later in the year" gives the entering's row (a base form under "let", under "expects"); told
"Visitors enter the new wing", it would be `occurred` by its present form, while it is only
expected. Only base forms are walked through (a finite verb in between has a tense of its own). A
base form under a modal on the way up is to come as well (round 39b): "said he would try to govern
as a minority for the rest of the year", "the team could start to rebuild this season"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def governing_cue(pred: Token, words: EventWords) -> str | None:
    """The status cue ("expected", "planned") of the first control verb above a chain of base-form
    complements ending in `pred`, or None."""
    verb = pred
    while verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        cue = words.control_verbs.get(head.lemma_.lower())
        if cue:
            return cue
        if head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in head.children):
            return "expected"  # "he would try to govern as a minority": a modal's base form is still to come
        verb = head
    return None


def pending_clause(pred: Token, words: EventWords) -> bool:
    """A present-tense "once"/"when" clause under a main clause that looks ahead is itself to come
    (round 33): "the losses could rise once an inventory is finished later this week", "the road will
    reopen when the repairs are done": the finishing and the repairs are expected, though their
    present form alone would read as `occurred`. A past form ("once the audit was finished") is not."""
    if pred.dep_ != "advcl" or pred.head.i == pred.i or pred.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in words.pending_marks for c in pred.children):
        return False
    tensed = [pred, *(c for c in pred.children if c.dep_ in ("aux", "auxpass"))]
    if not any(t.tag_ in ("VBZ", "VBP") for t in tensed) or any(t.tag_ in ("VBD", "MD") for t in tensed):
        return False
    return any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in pred.head.children)
