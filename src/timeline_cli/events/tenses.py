"""A conjunct in another tense tells of another time (docs/events.md, "Coordination").

"The trust, which sold its shares in 2021 and still holds 15 percent": the holding is told in the
present simple beside a past-tense verb dated 2021, so it is now, not 2021. A conjunct in the present
simple (no auxiliary) does not share the date of a verb in the simple past.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PAST = {"VBD"}
_PRESENT = {"VBZ", "VBP"}


def present_beside_past(pred: Token, conjunct: Token) -> bool:
    """True when `pred` is a simple past and `conjunct` a simple present with no auxiliary of its own."""
    return (pred.tag_ in _PAST and conjunct.tag_ in _PRESENT and conjunct.pos_ == "VERB"
            and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children))
