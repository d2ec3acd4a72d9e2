"""Subjects whose owner or name the sentence gives elsewhere (docs/events.md, "Subject resolution").

* **an aim without an owner, reported by a name**: "Pentagon officials say the goal is to put 40,000
  troops in the region": whose goal goes without saying, the reporters' (`words.intention_nouns`:
  goal, aim, plan, ...). The names in the reporting verb's subject (people, organisations, places)
  are the row's actors. Not when the aim has an owner ("Iraq's goal") or the report has no name
  ("Officials say the goal is ...").
* **a company body without an owner**: "Crossland Savings Bank's stock plummeted after management
  recommended a suspension of dividend payments": a bare "management", "the board", "directors"
  (`words.company_bodies`) is the body of the one organisation its sentence names. Two
  organisations in the sentence, or none, name no one.
* **a thing the sentence names**: "The establishment of the separate company, to be called
  Courtaulds Textiles, could be effective": a noun in the subject's phrase named by a naming verb
  (`words.naming_verbs`: called, named) has that name as an actor.

The description keeps the text's words; only the actors change (the names first).
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..records import Event
from .describe import subject_of
from .lead import same_actor, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .words import EventWords

NAMED = ("PERSON", "ORG", "GPE")
_SUBJECTS = ("nsubj", "nsubjpass")


def owned_subjects(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows`, each given the names its subject's owner or name is (module doc)."""
    if not (words.intention_nouns or words.company_bodies or words.naming_verbs):
        return rows
    starts = token_starts(doc)
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        subject = subject_of(token, [], words) if token is not None else None
        names: list[str] = []
        if subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_:
            names = _reporters(subject, words) or _company(subject, words) or _called(subject, words)
        new = [n for n in names if not any(same_actor(a, n) for a in row.actors)]
        if new:
            row = dataclasses.replace(row, actors=[*new, *row.actors])
        out.append(row)
    return out


def _bare(noun: Token) -> bool:
    """No owner, name, number or clause of its own: "the goal", "management"."""
    return not any(c.dep_ in ("poss", "compound", "appos", "nummod", "relcl", "acl", "prep") or c.ent_type_
                   for c in noun.children)


def _entities(tokens, labels=NAMED) -> list[Span]:
    found: list[Span] = []
    for token in tokens:
        if token.ent_type_ in labels and token.ent_iob_ == "B":
            found.append(next(e for e in token.doc.ents if e.start == token.i))
    return found


def _reporters(subject: Token, words: EventWords) -> list[str]:
    if subject.lemma_.lower() not in words.intention_nouns or not _bare(subject):
        return []
    clause = subject.head  # "the goal is to put ...": the clause the aim is the subject of
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in words.reporting:
        return []
    reporters = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return [e.text for r in reporters for e in _entities(r.subtree)]


def _company(subject: Token, words: EventWords) -> list[str]:
    if subject.lemma_.lower() not in words.company_bodies or not _bare(subject):
        return []
    if any(c.dep_ == "det" and c.lower_ not in words.generic_determiners for c in subject.children):
        return []  # "a board", "another board"
    names: list[str] = []
    for entity in _entities(subject.sent, ("ORG",)):
        name = re.sub(rf"{words.possessive_suffix}$", "", entity.text)
        if not any(same_actor(name, n) for n in names):
            names.append(name)
    return names if len(names) == 1 else []


def _called(subject: Token, words: EventWords) -> list[str]:
    found: list[str] = []
    for noun in subject.subtree:
        if noun.pos_ != "NOUN":
            continue
        for verb in noun.children:
            if verb.dep_ in ("acl", "relcl") and verb.lemma_.lower() in words.naming_verbs:
                names = [c for c in verb.children if c.dep_ == "oprd" and c.ent_type_ in NAMED]
                found += [e.text for n in names for e in _entities(n.subtree)]
    return found
