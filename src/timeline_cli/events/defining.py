"""A subject's defining clause kept when "it"/"he"/"she" is written as that subject (docs/events.md,
"The speaker's company before the name, ..., a defining clause kept"): "Nurses won a pay rise, and
their union called off its strike. The union representing hospital porters said it would ballot its
members" -> "The union representing hospital porters would ballot ...", not "The union would ballot"
(the story's other union, the nurses'). When the story has named another thing by the same noun
before, the participle or relative clause right after the head (no comma: a defining one) is what
tells the two apart and is kept; a clause too long or with a pronoun or comma inside leaves the
pronoun as it is. With no earlier noun of the kind, the head alone is kept, as before."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_CLAUSE_TOKENS = 8


def defining_clause(head: Token, phrase: list[Token]) -> list[Token] | None | bool:
    """The tokens of `head`'s defining clause to add to `phrase` (the words before it), None when none
    is needed, False when one is needed and cannot be written cleanly (module doc)."""
    if head.pos_ != "NOUN":
        return None
    end = max(t.i for t in phrase)
    clause = next((c for c in head.children if c.dep_ in ("acl", "relcl") and c.left_edge.i == end + 1), None)
    if clause is None:
        return None
    lemma = head.lemma_.lower()
    start = min(t.i for t in phrase)
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in head.doc[:start]):
        return None  # the story's one thing of that kind: the head alone says which
    tokens = list(clause.subtree)
    if len(tokens) > MAX_CLAUSE_TOKENS or any(t.is_punct and t.tag_ != "HYPH" or t.tag_ in ("PRP", "PRP$")
                                              for t in tokens):
        return False
    return tokens
