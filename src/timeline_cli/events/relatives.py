"""Which noun a relative "which" stands for when it follows a prepositional phrase (docs/events.md,
"Subject resolution"): "Staff will be told after talks with local unions, which are expected to last
until April". The parser hangs the clause on the nearest noun ("unions"), and the row read "Local
unions are expected to last". When the clause's verb is one whose subject is a happening (the pack's
`event_subject_verbs`: last, take, begin, end, ...; used without an object, or with only a length of
time) and the nearest noun is no event noun while the noun its preposition hangs on is one, the
antecedent is that event noun: "Talks with local unions are expected to last"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchor import is_event_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def event_antecedent(clause: Token, words: EventWords) -> Token | None:
    """The event noun a relative clause (its verb `clause`, hung on a noun) is about, or None."""
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or is_event_noun(noun, words):
        return None
    if noun.ent_type_ == "EVENT":
        return None  # "a seeding at Wimbledon, which begins on June 28": the named event begins
    owner = noun.head.head
    if owner.pos_ != "NOUN" or not is_event_noun(owner, words):
        return None
    finite = [t for t in (clause, *clause.children) if t.tag_ in ("VBZ", "VBP") and
              (t.i == clause.i or t.dep_ in ("aux", "auxpass"))]
    if finite and (finite[0].tag_ == "VBZ") != (owner.tag_ == "NN"):
        return None  # "negotiations with the government, which is expected to": the verb agrees with it
    verb = clause
    for _ in range(3):  # "which are expected to take": take
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is None:
            break
        verb = nxt
    if verb.lemma_.lower() not in words.event_subject_verbs:
        return None
    if any(c.dep_ in ("dobj", "attr") and c.ent_type_ not in ("DATE", "TIME") for c in verb.children):
        return None  # "which is to take control": an agent's act
    return owner
