"""A subject "it" after a complement's own subject in a sentence "it" opens (docs/events.md, "The it a
sentence opens with").

"It expects the recall to cost at least 120 million crowns and said it would reopen the plant": the
nearest subject before the second "it" is "the recall", the subject of the first verb's complement,
and the resolvers took it ("The recall would reopen the plant"). That noun is what the sentence's "it"
expects or says something about; a second "it" further on, outside that complement and in a clause of
a verb joined to the first that shares its "it" ("... and said it would"), is the first "it" again, the
company. The complement's subject is
passed over, and the first "it" is resolved instead.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def complement_subject(candidate: Token, token: Token) -> bool:
    """Whether `candidate`, a subject before the pronoun `token`, is the subject of a complement of a
    verb whose own subject is a pronoun written as `token` is, with `token` under that verb but
    outside the complement (module doc)."""
    clause = candidate.head
    if candidate.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("xcomp", "ccomp") or clause.head.i == clause.i:
        return False
    verb = clause.head
    opener = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if opener is None or opener.pos_ != "PRON" or opener.lower_ != token.lower_ or opener.i > candidate.i:
        return False
    if clause.left_edge.i <= token.i <= clause.right_edge.i:
        return False
    # the pronoun's clause hangs on a verb joined to the first and sharing its "it" ("... and said it
    # would"), not on a participle or clause of its own ("asked the court to block the sale, saying it
    # would harm competition": there "it" may be the sale)
    return any(a.dep_ == "conj" and a.head.i == verb.i and not any(c.dep_ in SUBJECT_DEPS for c in a.children)
               for a in token.ancestors)
