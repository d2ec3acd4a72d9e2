"""A description of one common word (docs/events.md, "One-word descriptions"): "Losses", "Pricings",
"Transactions", "Campaign" (a heading "Campaign of 1904"), "Arrest", "Surrendering". One word names
no actor and often no happening ("there were no one-time gains or losses" told as "Losses",
`occurred`): the row cannot say who did what. No row. A name is kept: a named happening
("Brexit", "Hanukkah") says what happened by itself.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def one_common_word(description: str, tokens: list[Token]) -> bool:
    """Whether the `description` is a single word and that word (among `tokens`) is no proper name."""
    words = description.strip(" .,;:").split()
    if len(words) != 1:
        return False
    word = next((t for t in tokens if t.text.lower() == words[0].lower()), None)
    return word is None or word.pos_ != "PROPN"
