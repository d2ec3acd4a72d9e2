"""Names the parse hangs beside a common-noun subject (docs/events.md, "Subject resolution").

A story often describes its actors before naming them, and sets the names off by commas: "Two top
aides to Mendel, policy adviser Ruth Adler and budget chief Omar Haddad, left for Brussels"; "Profit
at the bank's insurance arm, Nordsure Ltd., fell 3%". The small parser attaches such names to the
nearest noun ("Mendel") or makes them a second subject of the verb, so the row's subject phrase
("Two top aides to Mendel", "Profit at the bank's insurance arm") does not carry them, and the
description leaves the aside out. The names are who acted, and become the row's first actors:

* people named in an aside set off by commas between **a name** that ends the subject's
  prepositional phrase and the verb (one name does not rename a different one: in "aides to Mendel,
  policy adviser Ruth Adler and budget chief Omar Haddad, left" the aides are Ruth Adler and Omar
  Haddad), however the parser attached them (an apposition, or a list after "Mendel"); an aside with
  a verb or a comma of its own names no one;
* a person's or organisation's name set off by a comma after the common-noun subject, that the
  parser made a **second subject** of the verb or an apposition to the subject's head ("Profit at
  the bank's insurance arm, Nordsure Ltd., fell"; "net", tagged an adjective, escapes the apposition
  rule of events/actors.py).

A common noun in the prepositional phrase keeps its apposition ("aides to the minister, Ruth Adler":
Ruth Adler is the minister), and so does a name subject.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..records import Event
from .lead import same_actor, token_starts
from .subordinate import subordinated_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .words import EventWords

NAMES = ("PERSON", "ORG")
NAMED_HOSTS = ("PERSON", "ORG", "GPE", "NORP")  # names a person's name cannot rename


def names_beside_subjects(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows`, each given the names the parse put beside its common-noun subject (module doc) as its
    first actors."""
    starts = token_starts(doc)
    by_token: dict[int, Span] = {}  # doc.ents makes new spans on every access: read it once
    for entity in doc.ents:
        for i in range(entity.start, entity.end):
            by_token[i] = entity
    out = []
    for row in rows:
        token = starts.get(row.trigger_start)
        names = [_plain(e.text, words) for e in [*_names_beside(doc, token, by_token), *_members(token, by_token, words)]] \
            if token is not None else []
        first: list[str] = []
        for name in names:
            if name and not any(same_actor(a, name) for a in first):
                first.append(name)
        if first:  # the subject first, as everywhere (a name the description already has moves up)
            rest = [a for a in row.actors if not any(same_actor(a, name) for name in first)]
            row = dataclasses.replace(row, actors=[*first, *rest])
        out.append(row)
    return out


def _plain(name: str, words: EventWords) -> str:
    name = re.sub(rf"{words.possessive_suffix}$", "", name.strip())
    return re.sub(words.article_prefix, "", name)




def _names_beside(doc: Doc, verb: Token, by_token: dict[int, Span]) -> list[Span]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a common noun ("net" may be tagged an adjective), not a name or a pronoun
    common = [s for s in subjects if s.pos_ in ("NOUN", "ADJ") and not s.ent_type_]
    if not common:
        return []
    found: list[Span] = []
    first = min(s.i for s in common)
    # "Profit at the bank's insurance arm, Nordsure Ltd., fell": a second subject, or an apposition
    # to the first one, however the parser read the name
    seconds = [s for s in subjects if s.i > first]
    seconds += [c for s in common for c in s.children if c.dep_ == "appos" and c.i > s.i]
    for second in seconds:
        entity = by_token.get(second.i)
        if entity is not None and entity.label_ in NAMES and entity.start > 0 \
                and doc[entity.start - 1].text == "," and entity.root.i == second.i:
            found.append(entity)
    for subject in common:  # "Two top aides to Mendel, policy adviser Ruth Adler and ..., left"
        for prep in (c for c in subject.children if c.dep_ == "prep"):
            for host in (c for c in prep.children if c.dep_ == "pobj"):
                entity = by_token.get(host.i)
                if entity is not None and entity.label_ in NAMED_HOSTS:
                    found += _aside_people(doc, entity, verb)
    return found


def _members(verb: Token, by_token: dict[int, Span], words: EventWords) -> list[Span]:
    """"takeover speculators -- including Australian financier Kerry Packer -- surfaced": the people
    and organisations a common-noun subject names as its members (`words.member_preps`) acted too."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        subject = subordinated_subject(verb)
        subjects = [subject] if subject is not None else []
    found: list[Span] = []
    for subject in subjects:
        if subject.pos_ != "NOUN" or subject.ent_type_:
            continue
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in words.member_preps):
            for member in (c for c in prep.children if c.dep_ == "pobj"):
                for part in [member, *member.conjuncts]:
                    entity = by_token.get(part.i)
                    if entity is not None and entity.label_ in NAMES and entity.root.i == part.i and entity not in found:
                        found.append(entity)
    return found


def _aside_people(doc: Doc, host: Span, verb: Token) -> list[Span]:
    """People named in the aside set off by commas between the name `host` and the verb ("Mendel,
    policy adviser Ruth Adler and budget chief Omar Haddad, left"): the parser reads it as an
    apposition or as a list after the host, and either way it is the subject's aside. An aside with
    a verb of its own ("Mendel, who met Haddad, left") names no one."""
    if host.end >= verb.i or doc[host.end].text != ",":
        return []
    leading = {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i}
    close = verb.i - 1
    while close in leading:
        close -= 1
    if close <= host.end or doc[close].text != ",":
        return []
    aside = doc[host.end + 1:close]
    if any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in aside):
        return []
    return [e for e in aside.ents if e.label_ == "PERSON"]
