"""A duration that measures a change stays in the description (round 28; docs/events.md, "A
change measured in time"; the twenty-fourth blind sample's "..., cutting the journey" for "cutting
the journey from more than five hours to under two").

"cutting the journey from more than five hours to under two", "reducing waits by 20 minutes",
"extended voting to 10 hours": the duration is what changed and by how much, not when; left out,
the result clause dangles ("cutting the journey"). A duration that is the object of a change
preposition (`change_amount_preps`: from, to, by) hung on a verb or on that verb's object is kept
with its preposition (`change_amount`). A duration of the event itself ("for three hours", "within
two days", "after 48 hours") is left out as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .words import EventWords


def change_amount(other: Span, words: EventWords) -> bool:
    """Whether the duration `other` is the amount of a change (module doc)."""
    marker = other.root.head
    if other.root.dep_ != "pobj" or marker.lower_ not in words.change_amount_preps or marker.dep_ != "prep":
        return False
    host = marker.head
    if host.pos_ in ("NOUN", "PROPN") and host.dep_ == "dobj":
        host = host.head  # "cutting the journey from five hours": the journey's change
    return host.pos_ == "VERB"
