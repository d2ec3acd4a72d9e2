"""A "which" clause hung on a noun that cannot be its subject (docs/events.md, "A which the nearest
noun cannot be").

antecedents.py weighs a "which" clause the parser hung on the noun inside a prepositional phrase. Two
ways the nearest noun plainly cannot be the antecedent were left to the parse:

* number: "a long dispute with the government over taxes, which was settled in 2023" -> "Taxes was
  settled". A plural noun is no subject of a singular verb ("was", "has"): the antecedent is the one
  singular noun further up the phrase (the dispute); of two ("the head of the union of workers, which
  was founded") only a happening (an event noun) is sure; else the clause is unsure (no row). "Who"
  likewise ("a spokesman for the protesters, who was released" -> the spokesman, not "The protesters
  was released"), with no happening to choose between two. The verb's number is read from its morphology, never
  from a list of words;
* a place: "the company's plant in Horsens, which has been shut since Wednesday" -> "Horsens has been
  shut". A town is where the plant stands; with a verb of an institution's life (the pack's
  `institution_verbs`: open, shut, close) and no object the clause is the definite or possessed noun's
  before "in"/"at" (place_relatives.py does this for a named institution); with another passive verb
  it is unsure (the pronoun is kept, and unresolved.py leaves the row out); an active verb or a state
  ("the situation in Syria, which has been at war since 2011") is the place's, as the parse has it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_OBJECTS = ("dobj", "attr", "acomp", "ccomp", "xcomp", "dative")
# a relative clause or participle with its own object or a relative subject is no object gap
_GAPLESS = (*_OBJECTS, "nsubjpass", "agent")


def verb_number(clause: Token, words: EventWords | None = None) -> str | None:
    """"Sing" or "Plur" for the relative clause's finite verb (its first auxiliary or itself). The
    morphology marks only the singular ("was", "has"); with `words`, a present verb not of the third
    person singular ("have", "are": the tag VBP, whose subject "which" is then plural) or the past
    copula without a number ("were") reads as plural."""
    finite = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i] + [clause]
    for verb in finite:
        if "Fin" in verb.morph.get("VerbForm"):
            number = verb.morph.get("Number")
            if number:
                return number[0]
            if words is not None and (verb.tag_ == "VBP" or verb.tag_ == "VBD" and verb.lemma_ in words.copulas):
                return "Plur"
            return None
    return None


def number_clash(number: str | None, noun: Token) -> bool:
    """Whether a relative clause's verb number (`verb_number`) rules `noun` out as its subject: a
    plural verb on a noun not tagged plural (NNS), or a singular verb on one that is."""
    return number is not None and (number == "Plur") != (noun.tag_ == "NNS")


def _up_the_phrase(noun: Token) -> list[Token]:
    """The nouns a prepositional phrase holding `noun` hangs on, nearest first: "a dispute with the
    government over taxes" -> government, dispute; a phrase on a verb gives the verb's object ("fought
    a dispute with X over taxes")."""
    found = []
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and len(found) < 4:
        owner = noun.head.head
        if owner.pos_ in ("VERB", "AUX"):
            objects = [c for c in owner.children if c.dep_ == "dobj" and c.i < noun.i]
            if not objects and owner.dep_ in ("relcl", "acl") and owner.head.pos_ == "NOUN" and \
                    owner.head.i < owner.i and not any(c.dep_ in _GAPLESS for c in owner.children):
                # "the fees it charges for haulage", "the tolls charged on the motorway": a clause or
                # participle whose object is the noun it hangs on, which the phrase is about (round 68b)
                objects = [owner.head]
            found += objects
            break
        if owner.pos_ not in ("NOUN", "PROPN"):
            break
        found.append(owner)
        noun = owner
    return found


def plural_clash(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a "which" or "who" whose parsed noun is plural and whose verb is singular: the singular happening
    up the phrase it stands for, or `pronoun` (unsure); None when number does not rule the noun out."""
    noun = clause.head
    person = pronoun.lower_ in words.person_relatives
    if pronoun.lower_ not in words.thing_relatives and not person or "Plur" not in noun.morph.get("Number") or \
            noun.tag_ != "NNS" or verb_number(clause) != "Sing":  # "the Philippines, which has": a name
        return None
    single = [o for o in _up_the_phrase(noun) if "Sing" in o.morph.get("Number") and o.tag_ in ("NN", "NNP")]
    own = [o for o in single if not (o.dep_ == "dobj" and any(c.dep_ == "prep" and c.is_ancestor(noun)
                                                             for c in o.head.children))]
    if own and len(own) < len(single):
        # "would not pay compensation before an audit of catch records, which is due": the audit, not the
        # object of the verb the phrase hangs on (round 61a)
        single = own
    if len(single) > 1:
        # "the head of the union of workers, which was founded": which one? Only a happening is sure
        # (never for "who": "the victim of the attack on the workers, who was")
        single = [] if person else [o for o in single if is_event_noun(o, words)]
    return single[0] if len(single) == 1 else pronoun  # "a long dispute over taxes, which was settled"


def singular_clash(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a "which" or "who" whose parsed noun is a singular common noun and whose verb is plural
    ("sleeping cars from a Czech operator, which were refurbished"): the one plural common noun up the
    phrase it stands for (the cars); None when there is none or more than one (a collective noun may take
    a plural verb: "a row with the union, who were angry" is the union's)."""
    noun = clause.head
    if pronoun.lower_ not in words.thing_relatives and pronoun.lower_ not in words.person_relatives or \
            noun.tag_ != "NN" or "Sing" not in noun.morph.get("Number") or verb_number(clause, words) != "Plur":
        return None
    plural = [o for o in _up_the_phrase(noun) if o.tag_ == "NNS" and o.ent_type_ not in ("DATE", "TIME")]
    return plural[0] if len(plural) == 1 else None


def place_in_owner(clause: Token, pronoun: Token, words: EventWords) -> Token | None:
    """For a "which" hung on a place in the "in"/"at" phrase of a definite or possessed common noun
    ("the company's plant in Horsens, which has been shut"): that noun with a verb of an
    institution's life and no object, `pronoun` (unsure) with another verb; None when the rule does
    not apply."""
    noun = clause.head
    if pronoun.lower_ not in words.thing_relatives or noun.ent_type_ not in ("GPE", "LOC") or \
            noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in words.place_name_preps:
        return None
    owner = noun.head.head
    if owner.pos_ != "NOUN" or owner.tag_ != "NN" or is_event_noun(owner, words) or \
            not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in words.articles for c in owner.children):
        return None
    if any(c.dep_ in _OBJECTS for c in clause.children):
        return None  # "the plant in Ohio, which has a population of ...": the place's own state or act
    if clause.lemma_.lower() in words.institution_verbs:
        return owner
    # a passive ("which was robbed") may be the place's or the noun's: unsure; an active verb or a
    # state ("Syria, which has been at war") is the place's own, as the parse has it
    return pronoun if any(c.dep_ == "auxpass" for c in clause.children) else None
