"""Round 73d: a relative clause hung on the amount a thing is worth is the thing's.

"the tram contracts, worth about 48 million euros, which were signed between 2022 and 2024": the
parser hangs "which were signed" on "euros", the amount after "worth", and the row was told "About
48 million euros were signed" (the hundred-and-third judged sample's row 103). An amount is not
signed, awarded or built: the relative stands for the noun "worth" describes, the noun before the
comma that opens the "worth" phrase ("the tram contracts"), or the noun "worth" hangs on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def worth_antecedent(clause: Token, words: EventWords) -> Token | None:
    """The noun a relative clause stands for when the parser hung it on the amount of a "worth"
    phrase (module doc); else None."""
    amount = clause.head
    worth = amount.head
    if amount.dep_ not in ("npadvmod", "pobj", "dobj") or worth.lower_ not in words.value_words or worth.i > amount.i:
        return None
    if worth.dep_ == "amod" and worth.head.pos_ in ("NOUN", "PROPN") and worth.head.i < worth.i:
        return worth.head  # "The ferry deals, worth 12 million pounds, which were awarded"
    doc = worth.doc
    start = worth.left_edge.i
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        return doc[start - 2]  # "examining the bridge contracts, worth about 60 million euros, which ..."
    return None
