"""A coordinated subject as the antecedent of "they" (docs/events.md, "Subject resolution"):
"Ingrid Solberg, a nurse, and her colleague Moussa Harouna were freed on Tuesday. They were seized
in July" -> "Ingrid Solberg and Moussa Harouna were seized". The pair is one plural party: each of
its members is written by its name (a name in apposition to a common noun: "her colleague Moussa
Harouna" -> "Moussa Harouna"). A member the text does not name ("Solberg and her driver"), or "or"
between them, makes the coordination a plural the resolver cannot name, so "they" stays (a wrong
name is worse than a pronoun). Before this, one member tagged an organisation with the plural verb
of the pair ("were freed") was taken alone for "they"."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

NAMED_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _members(candidate: Token) -> list[Token]:
    """The coordinated heads of the phrase `candidate` heads: itself and its "conj" chain."""
    members, todo = [], [candidate]
    while todo:
        token = todo.pop()
        members.append(token)
        todo.extend(c for c in token.children if c.dep_ == "conj")
    return sorted(members, key=lambda t: t.i)


def coordinated(candidate: Token, entities, words: EventWords) -> tuple[str, bool] | bool | None:
    """What a coordinated subject is for "they": (the members' names joined, False: not one actor's
    name), False for a coordination with a member that has no name or joined by another word (a
    plural the resolver cannot name), None when `candidate` heads no coordination."""
    from .actors import _entity, _name

    if not any(c.dep_ == "conj" for c in candidate.children):
        return None
    members = _members(candidate)
    joiners = [t for m in members for t in m.children if t.dep_ == "cc"]
    if not joiners or any(t.lower_ not in words.additive_conjunctions for t in joiners):
        return False  # "Solberg or Harouna", "not Solberg but Harouna"
    names = []
    for member in members:
        ent = _entity(member, entities)
        if ent is None or entities.label(ent) not in NAMED_LABELS:
            return False  # "Solberg and her driver": who the second is, is not said
        names.append(_name(ent, words, member))
    if len({n.casefold() for n in names}) != len(names):
        return False
    joiner = joiners[-1].text
    return (", ".join(names[:-1]) + f" {joiner} " + names[-1]), False
