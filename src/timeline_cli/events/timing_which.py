"""A relative "which" whose clause only dates something ("The measures take effect when they are
printed in the gazette, which is expected on Tuesday"): what is expected on Tuesday is the happening
of the clause before (the printing), not the noun the parser hangs the clause on (the gazette). When
that noun, the object of a preposition, is no event noun, the row would say "The gazette is
expected": the antecedent is unsure, so the relative pronoun is kept and events/unresolved.py leaves
the row out (docs/events.md, "A clause that only dates"). A clause with more to say ("which is
expected to last until April", "which was set up in 1990") and "due" ("the notes, which will be due
on Nov. 1": their own maturity) are not this one."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

# what a dating clause may hold besides its verb: the pronoun, the auxiliaries, a negation or an
# adverb ("now", "also"), and prepositional phrases or noun phrases of time
_BARE = {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "prep", "npadvmod", "punct"}


def only_dates(clause: Token, pronoun: Token, words: EventWords) -> bool:
    """Whether relative clause `clause` (subject `pronoun`) only says when its noun, no event noun, is
    expected (module doc)."""
    noun = clause.head
    if pronoun.lower_ not in words.thing_relatives or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or \
            is_event_noun(noun, words):
        return False  # "The report, which is expected on Tuesday": the report's release, its own row
    verb = clause
    if verb.lemma_.lower() not in words.scheduling or verb.lower_ in words.dating_forms:
        return False  # "the notes, which will be due on Nov. 1": the notes' own maturity
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "which expects a profit": an agent's act
    if any(c.dep_ not in _BARE for c in verb.children):
        return False  # "which is expected to last", "which was set up"
    # its phrases must be of time ("on Tuesday", "later this month"), not of place or purpose
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if not objects or any(o.ent_type_ not in ("DATE", "TIME") for o in objects):
            return False
    return True
