"""A bare plural's participle dated by "before" names a class of things, not an event (round 67d).

"Heaters sold before June 2024 are not affected", "a cap on premiums for homes built before 2012":
the participle with its "before" date says which things are meant, and gave rows that read "Heaters
sold" or "Homes were built" on the date, the news (not affected, the cap) lost. A reduced relative
(a past participle hung on its noun as "acl") whose noun is a plural with no determiner, possessive
or number, and whose date hangs on a "before" the participle holds, dates no row. "The bridge,
built before 1900, collapsed", a singular noun, and "two towers built before 1950" (a counted
plural: those towers) keep their rows. (When the parser reads the participle as the clause's verb, "Kettles sold before
... and other models are not affected" with "sold" a past, this is not asked.)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .habits import bare_plural

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def class_participle(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether `span` dates `pred` only as a bare plural's "before" participle (module doc; the pack's
    `not_before_preps`, its word for "before")."""
    if pred.dep_ != "acl" or pred.tag_ != "VBN":
        return False
    noun = pred.head
    if not bare_plural(noun, proper=True) or pred.i < noun.i:
        return False
    prep = span.root.head
    return prep.dep_ == "prep" and prep.lower_ in words.not_before_preps and prep.head.i == pred.i
