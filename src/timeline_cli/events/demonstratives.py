"""A demonstrative pronoun as the subject (docs/events.md, "Demonstrative subjects"; the twenty-third
blind sample's "Wanjiru said that ends" from '"... That ends today," Wanjiru said').

"That", "this", "these" or "those" standing alone as the subject points back at something the row
does not say ("That ends", "This will change", "Those were sold"): the row says neither who nor what.
No row, unless the description writes the pronoun's antecedent in its place.

"Ones" is such a subject too ("He urged the state to buy two new ferries instead of waiting for the
ones ordered in 2019" told "The ones were ordered"): which ones the row does not say. No row (round 41).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass")


def demonstrative_subject(description: str, tokens: list[Token], pred: Token, words: EventWords) -> bool:
    """Whether a subject among the description's words (`tokens`, told for `pred`) is a bare
    demonstrative pronoun the `description` still reads (module doc)."""
    kept = {t.i for t in tokens}
    return any(t.dep_ in _SUBJECTS and t.lower_ in words.demonstratives and t.tag_ == "DT" and
               t.sent == pred.sent and not any(c.dep_ in ("prep", "relcl", "acl") for c in t.children) and
               not _told_saying(t, kept, words) and
               re.search(rf"(?<!\w){re.escape(t.text)}(?!\w)", description, re.IGNORECASE)
               for t in tokens)


def _told_saying(subject: Token, kept: set[int], words: EventWords) -> bool:
    """Whether `subject`'s clause is what a kept reporting verb says and says more than the pronoun
    and its verb ("the president said this was a betrayal of every student" stays; "Wanjiru said that
    ends" goes)."""
    verb = subject.head
    if not any(a.lemma_.lower() in words.reporting and a.i in kept for a in verb.ancestors):
        return False
    return any(c.i in kept and c.i != subject.i and c.dep_ not in ("aux", "auxpass", "neg", "punct")
               for c in verb.children)


def ones_subject(description: str, tokens: list[Token], pred: Token, words: EventWords) -> bool:
    """Whether the row's subject is an anaphoric "ones" the `description` still reads: the subject of
    `pred`, or the noun `pred` modifies as a participle ("the ones ordered in 2019"); not "loved ones"."""
    for t in tokens:
        if t.lower_ not in words.anaphoric_ones or t.pos_ != "NOUN":
            continue
        if not (t.dep_ in _SUBJECTS and t.head.i == pred.i or pred.dep_ == "acl" and pred.head.i == t.i):
            continue
        if any(c.dep_ == "amod" and c.lower_ in words.lexical_ones_modifiers for c in t.children):
            continue
        if re.search(rf"(?<!\w){re.escape(t.text)}(?!\w)", description, re.IGNORECASE):
            return True
    return False
