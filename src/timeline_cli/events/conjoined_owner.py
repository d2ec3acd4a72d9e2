""""its" after a possessor in the conjunct before (docs/events.md, "Round 27: a company the story shows,
joined subjects, spliced clauses").

"Police detained the ferry's owner and its master" was told "... the ferry's owner and the shipping
ministry's master": "its" went to a noun of the sentence before. In "X's A and its B" where A is a
person or a plural (which "it" cannot stand for), "its" repeats the possessor X: "the ferry's master".
Only "its" (a "his" there may be A's own: "Smith's lawyer and his wife"), and only an owner that is a
noun phrase written out (a pronoun owner is left to the other rules).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def conjoined_owner(token: Token, words: EventWords) -> str | None:
    """The words of the possessor "its" (`token`) repeats from the conjunct before, or None."""
    if token.lower_ not in words.thing_pronouns or token.tag_ != "PRP$" or token.dep_ != "poss":
        return None
    noun = token.head
    if noun.dep_ != "conj" or noun.head.pos_ != "NOUN":
        return None
    first = noun.head
    from .actors import may_be_person
    if not (first.tag_ == "NNS" or may_be_person(first, words)):
        return None  # "the company's plant and its workers": its may be the plant's
    owner = next((c for c in first.children if c.dep_ == "poss" and c.i < first.i), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.tag_ == "PRP$":
        return None
    phrase = [t for t in owner.subtree if not (t.tag_ == "POS" and t.head.i == owner.i)]
    text = "".join(t.text_with_ws for t in phrase).strip()
    return text or None
