"""A description of one common word (docs/events.md, "One-word descriptions"): "Losses", "Pricings",
"Transactions", "Campaign" (a heading "Campaign of 1904"), "Arrest", "Surrendering". One word names
no actor and often no happening ("there were no one-time gains or losses" told as "Losses",
`occurred`): the row cannot say who did what. No row. A name is kept: a named happening
("Brexit", "Hanukkah") says what happened by itself.

A date's possessive on one common noun and nothing else ("Not everyone welcomed Tuesday's decision"
told "Tuesday's decision"; "Parents who packed Tuesday's meeting" told "Tuesday's meeting") is the same
one word with its date: it names a happening the story told that day and lost what the sentence says
of it. No row. Only the object or subject of a verb left out: "Before Friday's announcement, the
minister said ..." keeps the announcement's row, a time anchor's happening of its own. A noun with words of its own keeps its row ("apologized for a 2010 commando raid").
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


def date_owned_word(tokens: list[Token], expressions: set[int]) -> bool:
    """Whether the description's `tokens` are only a time expression (token indices `expressions`), its
    possessive mark, an article and one common noun ("Tuesday's decision", "The year's campaign")."""
    if not any(t.tag_ == "POS" and t.head.i in expressions for t in tokens):
        return False
    rest = [t for t in tokens if t.i not in expressions and t.tag_ != "POS" and t.pos_ != "DET" and not t.is_punct]
    # (an argument of a verb the description lost: "welcomed Tuesday's decision"; not a time anchor's
    # noun, "Before Friday's announcement, the minister said ...", a happening of its own)
    return len(rest) == 1 and rest[0].pos_ == "NOUN" and rest[0].dep_ in ("dobj", "nsubj", "nsubjpass")
