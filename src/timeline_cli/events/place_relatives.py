"""A "which" clause parsed onto the place in a name's "in" phrase: "the Grand Nubian Museum in Aswan,
which opened fully in 2024" -> "The Grand Nubian Museum opened fully", never "Aswan opened fully"
(docs/events.md, "A union is no company; a museum's place").

antecedents.py settles a "which" hung on the object of a preposition when the noun before the
preposition is a common one ("the review at Northfield College, which was ordered"). A named
institution or building before the place ("the Louvre in Paris", "the Nubia Museum in Aswan") was
left to the parse, and the place took the clause. The place a name is "in" or "at" is only where it
stands; with a verb of an institution's life (the pack's `institution_verbs`: open, close, found,
build) and no object the clause is the institution's; with another verb it is unsure, and the
relative pronoun is kept (events/unresolved.py then leaves the row out: a missing row is better than
one naming the wrong one).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .words import ENGLISH

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

PLACE_LABELS = ("GPE", "LOC")
NAMED_LABELS = ("ORG", "FAC")


def named_owner(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a "which" clause (`clause`, its verb) hung on a place that is the object of "in"/"at"
    after a named institution: the institution's head, or `pronoun` when unsure; None when the rule
    does not apply."""
    noun = clause.head
    if pronoun.lower_ not in words.thing_relatives or noun.ent_type_ not in PLACE_LABELS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    owner = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in words.place_name_preps or owner.pos_ != "PROPN" or \
            owner.ent_type_ not in NAMED_LABELS or owner.ent_type_ == noun.ent_type_:
        return None
    if _acts(clause):
        if owner.ent_type_ == "ORG" and noun.ent_type_ == "GPE" and any(c.dep_ == "dobj" for c in clause.children):
            return pronoun  # "the Minor Planet Center in the United States, which confirmed ...": either may act
        return None  # "the Acme plant in Ohio, which has a population of ...": an act or state of the place
    verb = clause
    if verb.lemma_.lower() in words.institution_verbs:
        return owner
    return pronoun


def _acts(clause: Token) -> bool:
    return any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "dative") for c in clause.children)


def institution_clause(noun: Token, clause: Token, words: EventWords = ENGLISH) -> bool:
    """Whether a "which" clause (`clause`, its verb) the parser hung on the name before `noun`'s
    preposition ("the Nubia Museum in Aswan, which opened": on "Museum") is that name's: `noun` is the
    object of "in"/"at" on it and the clause tells an institution's life with no object. A clause
    with an object ("the Hotel Metropole in Brighton, which elected a new council") is left to the
    nearest noun, as before."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in words.place_name_preps and \
        noun.head.head.i == clause.head.i and clause.lemma_.lower() in words.institution_verbs and not _acts(clause)
