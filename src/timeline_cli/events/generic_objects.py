"""A generic "the company" as an object (docs/events.md, "Subject resolution"): "Shares in drone maker
Aerovia rose ... Miriam Kessler founded the company in 2016" -> "Miriam Kessler founded Aerovia". The
subject rules (`actors.subject_substitutions`) already write "The company earned ..." with its name;
an object is written by the same antecedent (`actors.antecedent`: the nearest company subject before
it, else the company the story's first sentences are about), and left as it is when:

* the antecedent is the subject of the object's own clause, or named in the description already
  ("Brakke said it would keep the company's name": the company may well be the one Brakke bought,
  not Brakke);
* the noun is not a plain object of a verb or preposition, or not one of the few generic nouns that
  name nothing but a company ("company", "firm": "the attackers got into the network" is no company).

A wrong name is worse than "the company" (which the judges count wrong as well)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actors import SUBJECT_DEPS, _kind, antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .segments import Segments
    from .words import EventWords

OBJECT_DEPS = ("dobj", "pobj", "dative")


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above the object."""
    for verb in token.ancestors:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def generic_object_substitutions(tokens: list[Token], subject_tokens: list[Token], subs: dict[int, str], entities,
                                 segments: Segments, words: EventWords) -> dict[int, str]:
    """{token index: text} writing each generic company object of the description with its name
    ("" drops its article), where the text settles it (module doc)."""
    ids = {t.i for t in subject_tokens}
    present = {t.i for t in tokens}
    out: dict[int, str] = {}
    for token in tokens:
        if token.i in ids or token.i in subs or token.dep_ not in OBJECT_DEPS or _kind(token, words) != "org-generic" \
                or token.lemma_.lower() not in words.generic_object_orgs:
            continue
        name = antecedent(token, entities, segments, words)
        if not name:
            continue
        said = " ".join([subs.get(t.i, t.text) for t in tokens if t.i != token.i]).casefold()
        subject = _clause_subject(token)
        owner = subject is not None and name.casefold() in " ".join(t.text for t in subject.subtree).casefold()
        if owner or re.search(rf"(?<!\w){re.escape(name.split()[0].casefold())}(?!\w)", said):
            continue  # "Brakke will keep the company's name": the company may be another than Brakke
        for det in (c for c in token.children if c.dep_ == "det" and c.i in present):
            out[det.i] = ""
        out[token.i] = name
    return out
