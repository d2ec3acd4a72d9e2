"""A relative clause told without its noun (docs/events.md, "Round 27: a company the story shows,
joined subjects, spliced clauses").

"... one of about 40,000 people in this hilltop city whose taps have run dry for days at a time since
the spring" was told "Whose taps have run dry at a time": the relative clause's row kept "whose" and
lost the noun it hangs on (the people, or the city: the text leaves which one open). A row that opens
on a possessive relative word (the tag WP$) has no owner to name: no row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def headless_whose(description: str, tokens: list[Token]) -> bool:
    """Whether the row's words (`tokens`, written as `description`) open on a possessive relative word."""
    if not tokens:
        return False
    first = min(tokens, key=lambda t: t.i)
    return first.tag_ == "WP$" and description.split()[:1] == [first.text.capitalize()]
