"""The status a verb takes from a verb of expecting or planning above it, when its own form says
nothing (round 24; docs/events.md, "Status"): "The museum expects to let visitors enter the new wing
later in the year" gives the entering's row (a base form under "let", under "expects"); told
"Visitors enter the new wing", it would be `occurred` by its present form, while it is only
expected. Only base forms are walked through (a finite verb in between has a tense of its own)."""

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
        verb = head
    return None
