"""A relative clause told without its noun (docs/events.md, "Round 27: a company the story shows,
joined subjects, spliced clauses").

"... one of about 40,000 people in this hilltop city whose taps have run dry for days at a time since
the spring" was told "Whose taps have run dry at a time": the relative clause's row kept "whose" and
lost the noun it hangs on (the people, or the city: the text leaves which one open). A row that opens
on a possessive relative word (the pack's `possessive_relatives`) has no owner to name: no row. So has
a "they" written as such a phrase ("so that they surrendered" -> "Whose officers surrendered").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words import EventWords


def headless_whose(description: str, words: EventWords) -> bool:
    """Whether the row's description opens on a possessive relative word (the pack's
    `possessive_relatives`), its own or a pronoun written as a relative clause's noun phrase ("they"
    written "Whose officers")."""
    opening = description.split()[:1]
    return bool(opening) and opening[0].lower() in words.possessive_relatives
