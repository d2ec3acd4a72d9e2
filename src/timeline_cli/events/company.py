"""Whose figure an amount without an owner is, in an article about one company (docs/events.md,
"Implied agent").

"U.S. Trust Corp. named a new chairman. ... In this year's third quarter, net was $10.5 million." A
results story gives its company's figures as bare amounts ("net was", "sales rose"), and the subject
resolver (events/actors.py) names their owner only when the sentence itself, or the subject right
before, says who it is. When the article is about one company — its lead's organisation
(events/agents.py) is the only organisation any clause of the article has as its subject (or as the
subject's owner or apposition) — such an amount is that company's, and the row names it among its
actors. An article where another company is a subject anywhere ("Bethlehem Steel posted a drop ...
Separately, Armco reported lower earnings") gets nothing, and neither does a sentence naming another
organisation, an amount with an owner or a phrase of its own ("net at its finance arm"), or a row
that already has an actor.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..records import Event
from .lead import same_actor, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .words import EventWords

SUBJECTS = ("nsubj", "nsubjpass")
NAMED = ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT")


def _plain(name: str, words: EventWords) -> str:
    """"U.S. Trust's" -> "U.S. Trust"."""
    return re.sub(rf"{words.possessive_suffix}$", "", name.strip())


def only_company(doc: Doc, organisation: str, words: EventWords) -> bool:
    """Whether every organisation the article has as a subject (or a subject's owner or apposition)
    is `organisation`."""
    organisations = {i: e for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    for token in doc:
        if token.dep_ not in SUBJECTS:
            continue
        for name in [token, *(c for c in token.children if c.dep_ in ("poss", "appos"))]:
            entity = organisations.get(name.i)
            if entity is not None and not same_actor(_plain(entity.text, words), organisation):
                return False
    return True


def _bare_amount(verb: Token, words: EventWords) -> bool:
    """"Net was $10.5 million", "Sales rose 4%": the verb's subject is an amount with no owner, no
    name and no phrase of its own."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1:
        return False
    amount = subjects[0]
    if amount.lemma_.lower() not in words.owned_amounts and amount.lower_ not in words.owned_amounts:
        return False
    return not any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") and not _period(c) or c.ent_type_ in NAMED
                   for c in amount.children)  # a date ("Quarterly net") names no owner


def _period(prep: Token) -> bool:
    """"Net for the nine months": a phrase that dates the amount, not its owner's."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objects) and all(o.ent_type_ == "DATE" for o in objects)


def company_amounts(doc: Doc, rows: list[Event], organisation: str, words: EventWords) -> list[Event]:
    """`rows`, each bare amount of an article about one company given that company as its actor
    (see the module doc)."""
    if not words.owned_amounts:
        return rows
    starts = token_starts(doc)
    candidates = [(i, starts.get(row.trigger_start)) for i, row in enumerate(rows) if not row.actors]
    candidates = [(i, t) for i, t in candidates if t is not None and _bare_amount(t, words)]
    if not candidates or not only_company(doc, organisation, words):
        return rows
    out = list(rows)
    for i, verb in candidates:
        others = [e for e in verb.sent.ents if e.label_ == "ORG" and not same_actor(_plain(e.text, words), organisation)]
        if not others:
            out[i] = dataclasses.replace(rows[i], actors=[organisation])
    return out
