"""A relative word the parser hung on a place's name (round 73b, docs/events.md).

The parser hangs a comma's relative clause on the nearest noun, and in "N in/at/near <Place>, who/which
..." that is the place's name, which only says where N is:

* "who": a place, a town or a country is never "who". "a cyclist in Arnhem, who posted a photograph"
  was told "Arnhem posted a photograph". The antecedent is the person noun up the chain of place or
  origin phrases (the pack's `place_name_preps`, `nearby_preps`, `surface_preps`, `origin_preps`; at
  most three), or the name that noun is set beside ("Patrick Hengstler, a keeper at a lock near
  Lutzelbourg, who stood": Patrick Hengstler). A name the tagger calls a place or an organisation,
  right before the comma; the chain runs through common nouns and stops at the first that may be a
  person (`actors.may_be_person`). A verb whose number is not that noun's, or a chain that ends on a
  name or a verb, leave the parse: the tagger calls many a surname a town ("a friend of Collis, who").
* "which" of an active clause with an object or a complement ("a similar leak in Upper Austria, which
  led the government to tighten ventilation rules"): the thing before "in"/"at"/"near" (a common noun
  with its article, no person's) is what the clause tells of, as the thing is in the older rules of a
  clause with no object (antecedents.thing_near_place, place_relatives.py). An agent's verb (the
  pack's `acting_verbs`: "agree", "vote", "say") may be the place's own, a country's or a region's
  ("talks in Iran, which agreed to ...") and leaves the relative word as written (unsure: no row); so
  does a verb whose number is not the thing's ("protests in Iran, which has accused ..." is Iran's)
  or a clause of being or having ("which has a population of", "which is the largest").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import PERSON_LIKE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG")
THING_PLACE_LABELS = ("GPE", "LOC")
MAX_STEPS = 3
_ACTS = ("dobj", "attr", "ccomp", "xcomp", "dative", "oprd")


def _right_after(noun: Token, pronoun: Token) -> bool:
    """Whether the relative word follows the name's comma: "Arnhem, who"."""
    return noun.i + 2 == pronoun.i and noun.doc[noun.i + 1].text == ","


def person_before_place(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """The person noun (or the name beside it) a comma's subject "who" stands for when the parser
    hung the clause (`clause`, its verb) on a place's name (module doc); None when the rule does not
    apply."""
    noun = clause.head
    if pronoun.lower_ not in words.person_relatives or pronoun.dep_ not in ("nsubj", "nsubjpass") or \
            noun.ent_type_ not in PLACE_LABELS or noun.dep_ != "pobj" or not _right_after(noun, pronoun):
        return None
    from .actors import may_be_person
    preps = words.place_name_preps | words.nearby_preps | words.surface_preps | words.origin_preps
    current = noun
    for _ in range(MAX_STEPS):
        prep = current.head
        if current.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
            return None
        owner = prep.head
        if owner.pos_ != "NOUN" or owner.ent_type_ or owner.i > current.i:
            return None
        if may_be_person(owner, words):
            from .relative_number import number_clash, verb_number
            if number_clash(verb_number(clause, words), owner):
                return None
            if owner.dep_ == "appos" and owner.head.pos_ == "PROPN" and owner.head.ent_type_ in PERSON_LIKE:
                return owner.head  # "Patrick Hengstler, a keeper at a lock near X, who": the name
            return owner
        current = owner
    return None


def thing_before_place(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a comma's subject "which" of an active clause with an object or complement, hung on a
    place's name right after "a/the N in/at/near": N, or `pronoun` (unsure) for an agent's verb;
    None when the rule does not apply (module doc)."""
    noun = clause.head
    if pronoun.lower_ not in words.thing_relatives or pronoun.dep_ != "nsubj" or noun.pos_ != "PROPN" or \
            noun.ent_type_ not in THING_PLACE_LABELS or noun.dep_ != "pobj" or not _right_after(noun, pronoun):
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in words.place_name_preps | words.nearby_preps:
        return None
    owner = prep.head
    from .actors import may_be_person
    if owner.pos_ != "NOUN" or owner.ent_type_ or owner.i + 1 != prep.i or may_be_person(owner, words) or \
            not any(c.dep_ in ("det", "poss") for c in owner.children):
        return None
    if clause.lemma_.lower() in words.copulas | words.state_lemmas or \
            any(c.dep_ == "auxpass" for c in clause.children) or not any(c.dep_ in _ACTS for c in clause.children):
        return None  # "which has a population of", "which is the largest", "which was robbed": the older rules'
    from .relative_number import number_clash, verb_number
    if number_clash(verb_number(clause, words), owner):
        return None  # "protests in Iran, which has accused ...": the place's
    if clause.lemma_.lower() in words.acting_verbs:
        return pronoun  # "a museum in Caserta, which has agreed to ...": the museum's, or the town's?
    return owner
