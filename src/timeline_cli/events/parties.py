"""Who "the two companies" and "the parties" are (docs/events.md, "Subject resolution").

"Acme Corp. has sued Widget Inc. over the Acme trademark. ... In 2004 the parties agreed to have the
case heard in London." A story about a dispute or a deal between two organisations names both in its
first sentence and then speaks of "the parties", "the two sides", "the two companies" or "both
firms". When the story's first sentence names exactly two organisations, such a phrase as the row's
subject (or the object of a preposition of the subject or of an event noun: "the agreement between
the two companies") names those
two, as the row's first actors; the description keeps the text's words. A phrase with another count
("the three companies"), a bare plural ("the companies", which may be more), or a first sentence
naming one organisation or three names no one.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..records import Event
from .lead import CORPORATE, lead_sentence, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .segments import Segments
    from .words import EventWords


def lead_parties(doc: Doc, segments: Segments, story_start: int, words: EventWords) -> list[str] | None:
    """The two organisations the story's first sentence names, or None."""
    bounds = lead_sentence(doc, segments, story_start)
    if bounds is None:
        return None
    names: list[str] = []
    for entity in doc[bounds[0]:bounds[1] + 1].ents:
        if entity.label_ == "ORG":
            name = re.sub(words.article_prefix, "", re.sub(rf"{words.possessive_suffix}$", "", entity.text.strip()))
            # "Acme Corp." and "Acme" are one; "Apple Inc." and "Apple Corps" two (same_actor would join them)
            if not any(_words(name) == _words(n) for n in names):
                names.append(name)
    return names if len(names) == 2 else None


def _words(name: str) -> list[str]:
    """A name's words without a corporate suffix: "Acme Corp." and "Acme" are one name."""
    out = [w for w in re.split(r"[\s-]+", name.casefold()) if w]
    while out and out[-1] in CORPORATE:
        out.pop()
    return out


def _pair(token: Token, words: EventWords) -> bool:
    """"the parties", "the two sides", "the two companies", "both firms"."""
    if token.tag_ != "NNS":
        return False
    lemma = token.lemma_.lower()
    marks = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
    if marks & words.pair_words:
        return lemma in words.pair_nouns or lemma in words.generic_orgs
    return lemma in words.pair_nouns and bool(marks & words.generic_determiners)


def _mentions(token: Token) -> list[Token]:
    """The row's subject, and the prepositional objects of the subject or of an event-noun trigger
    ("the agreement between the two companies"), or of a participle that tells such a noun's making
    ("an agreement reached between the two companies in 1991")."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads = subjects + ([token] if token.pos_ == "NOUN" or token.dep_ == "acl" and token.tag_ == "VBN" else [])
    if token.pos_ == "NOUN":  # "the 1991 settlement reached between the two parties"
        heads += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return subjects + [g for h in heads for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def party_rows(doc: Doc, rows: list[Event], segments: Segments, *, story_start: int,
               words: EventWords) -> list[Event]:
    """`rows`, each row about "the two companies" given the two the story opened with (module doc)."""
    if not words.pair_nouns:
        return rows
    starts = token_starts(doc)
    hits = [i for i, row in enumerate(rows) if (t := starts.get(row.trigger_start)) is not None
            and any(_pair(m, words) for m in _mentions(t))]
    parties = lead_parties(doc, segments, story_start, words) if hits else None
    if not parties:
        return rows
    out = list(rows)
    for i in hits:
        rest = [a for a in rows[i].actors if not any(_words(a) == _words(p) for p in parties)]
        out[i] = dataclasses.replace(rows[i], actors=[*parties, *rest])
    return out
