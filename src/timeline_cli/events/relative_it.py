"""A subject "it" of a relative clause on a noun that a verb with two things takes (docs/events.md,
"Subject resolution"): "The league stripped the club of the team title it won in January" was told
"The league won the team title". The clause hangs on a noun in a phrase of the verb's object (or of
the verb), and both the verb's subject and that object may be "it": the title was the club's, the one
deprived, not the league's; "Acme sued Beta over a patent it filed in 2019" is as open. The row then
keeps its "it" and events/unresolved.py leaves it out: a missing row is better than one naming the
wrong owner.

A relative clause on the object of a clause that a body says ("Acme said the lawsuit concerned a
scheme it had scrapped"; round 64a) is as open: "it" may be the speaker or the said clause's own
subject, when neither is a person (a person is no "it").

Only when the object is a name, or a noun a name stands beside, that may be "it" (no person: "The
board fired the manager over a deal it signed" is the board's; "took a detour from the principle it
vindicated" is the subject's); a clause on the object itself ("The city sold the depot it
had built in 1950") has one owner only, the subject, and stays as the other rules read it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def two_owners(token: Token, words: EventWords) -> bool:
    """Whether the subject pronoun `token` of a relative clause may stand for both the subject and the
    object of the verb that takes the clause's noun in a phrase (module doc)."""
    from .actors import may_be_person
    if token.lower_ not in words.neuter_pronouns or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = token.head
    noun = clause.head
    if clause.dep_ != "relcl":
        return False
    if _said_clause_object(noun, words):
        return True
    if noun.dep_ == "dobj" and any(p.dep_ == "prep" and noun.i < p.i and p.right_edge.i == clause.left_edge.i - 1
                                   for p in noun.children):
        # "stripped the team of the relay medal it won", the clause hung on "team" by the parse: the
        # medal's clause, the team one of its owners
        noun = next(c for c in noun.children if c.dep_ == "prep" and noun.i < c.i)
        noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    owner = noun.head.head
    verb = owner.head if owner.dep_ == "dobj" else owner
    if verb.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
    return any(_named(o) and not may_be_person(o, words) and o.ent_type_ not in ("PERSON", "DATE", "TIME")
               for o in objects)


def _named(noun: Token) -> bool:
    """A name ("Beta"), or a common noun a name stands beside ("Kalnins' club, Riga Knights"): a body
    that may be "it"; a plain noun ("took a detour from the principle it vindicated") is seldom one."""
    return noun.tag_ == "NNP" or noun.tag_ == "NN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _said_clause_object(noun: Token, words: EventWords) -> bool:
    """Whether `noun`, the noun a relative clause with a subject "it" hangs on, is the object of a verb
    whose clause a verb of saying takes ("Acme said the lawsuit concerned a scheme it had scrapped"),
    with the said clause's subject a common noun and the saying's subject no person: either may be
    "it" (module doc)."""
    from .actors import may_be_person
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
        return False
    saying = verb.head
    if saying.lemma_.lower() not in words.reporting:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if subject is None or speaker is None or subject.pos_ != "NOUN" or may_be_person(subject, words) or \
            subject.ent_type_:
        return False
    if speaker.pos_ == "PRON":
        return speaker.lower_ in words.neuter_pronouns
    return speaker.ent_type_ not in ("PERSON", "GPE", "NORP") and not may_be_person(speaker, words)
