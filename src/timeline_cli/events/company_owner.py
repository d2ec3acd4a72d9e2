"""A subject's "Its" that only a company can own: "The bill ... transfers the mine's owner, Kansenshi
Mining Plc, to the state. Its Canadian majority shareholder will receive compensation" -> "Kansenshi
Mining Plc's Canadian majority shareholder", not "The bill's" (docs/events.md, "Subject resolution").

The centering rule gives an "Its" opening a sentence the subject of the sentence before. When what it
owns is something only a company has (`company_role_nouns`: a shareholder, a parent, a chief
executive, a dividend) and that subject is a common noun that is no organisation (a bill, a decree, a
ruling), the subject cannot be the owner; the next in rank is the object of the same verb: the one
organisation named in it is taken. No such organisation, or two: the "Its" stays as it is (a wrong
owner is worse than a pronoun).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords

ORG_LABELS = ("ORG",)


def company_of_its(token: Token, entities, segments: Segments, words: EventWords) -> tuple[str, bool] | bool | None:
    """(name, True) for a subject's "Its" that the rule above settles; False when the sentence
    before's subject cannot own it and its object names no one organisation (leave it); None when the
    rule does not apply (the usual resolvers decide)."""
    head = token.head
    if token.lower_ not in words.thing_pronouns or token.dep_ != "poss" or head.dep_ not in SUBJECT_DEPS or \
            head.lemma_.lower() not in words.company_role_nouns:
        return None
    doc = token.doc
    bounds = segments.span(token)
    start = bounds[0] if bounds else token.sent.start
    if start == 0:
        return None
    root = doc[start - 1].sent.root
    if root.lemma_.lower() in words.reporting:
        return None  # "..., the minister said": whose it is, the reported clause tells
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_ or \
            subject.lemma_.lower() in words.generic_orgs or \
            any(c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_) for c in subject.children):
        return None  # a company, a named or an owned thing: the usual resolvers weigh it
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    first, last = obj.left_edge.i, obj.right_edge.i
    orgs = [e for e in entities.between(first, last)
            if e.start >= first and e.end <= last + 1 and entities.label(e) in ORG_LABELS]
    if len({e.text for e in orgs}) != 1:
        return False
    return orgs[0].text, True
