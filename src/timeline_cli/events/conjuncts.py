"""Conjoined clauses that lose a word their first clause shares with them (docs/events.md, "Shared
passives and cut findings"; the fourteenth blind sample's "Residents of a Leeds care home denied food"
and "An independent inquiry found in a report").

* A past participle conjoined with a passive verb and with no subject or auxiliary of its own
  ("Workers were kept in cold rooms, denied breaks and threatened") is passive too: it shares the
  first verb's "were". Told without it, "Workers denied breaks" says the workers did the denying.
  A conjunct with an object that ends the list ("He was arrested and denied the charges") may be an
  active past: it keeps its own words.
* A verb of finding or saying whose subject follows a comma and a clause before it, with nothing it
  found or said of its own in the parse ("Workers were kept in cold rooms, denied breaks ..., a review
  found on Monday, in a report ...", "found" parsed as one more conjunct of the list, or as a
  participle of "review" made the list's object): what it found
  is the clause before it, told by that clause's own rows. Told alone it reads "A review found in a
  report". No row.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .fragments import said_content

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_OBJECTS = ("dobj", "dative", "ccomp", "xcomp")
# verbs whose object is what was found: told without it, the row says nothing
_FINDING = frozenset({"find", "conclude"})
_SAID = ("ccomp", "xcomp", "dobj", "parataxis")
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def shared_passive(verb: Token, drop: set[int] = frozenset()) -> list[Token]:
    """The passive auxiliary (and any auxiliary before it) a conjoined participle shares with its
    head (module doc); [] when it has its own or is no passive participle."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.pos_ != "VERB":
        return []
    head = verb.head  # the list's first member: "were trapped, denied water and beaten"
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    if any(c.dep_ in ("aux", "auxpass", *_SUBJECTS) for c in verb.children):
        return []
    # a regular past ("denied") is also the participle; an irregular past ("gave") is no participle
    if not (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed")):
        return []
    passive = [c for c in head.children if c.dep_ == "auxpass" and c.i not in drop]
    if not passive or not any(c.dep_ == "nsubjpass" for c in head.children):
        return []
    # "was arrested and denied the charges": an object on the list's last member may be an active past
    continues = any(c.dep_ in ("cc", "conj") and c.i > verb.i for c in verb.children)
    if any(c.dep_ in _OBJECTS for c in verb.children) and not continues:
        return []
    return [*(c for c in head.children if c.dep_ == "aux" and c.i not in drop), *passive]


def cut_finding(pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether `pred` is a verb of finding or saying after a comma and a clause, with nothing found
    or said of its own (module doc)."""
    if pred.lemma_.lower() not in words.reporting | _FINDING or pred.pos_ != "VERB" or \
            pred.dep_ not in ("conj", "acl"):
        return False
    if any(c.dep_ in ("auxpass", *_SAID) or said_content(pred, c, words) for c in pred.children):
        return False
    if pred.dep_ == "acl":  # "..., an independent review found on Monday" parsed as "a review (that was) found"
        subject = pred.head if pred.head.i < pred.i and pred.head.head.i < pred.head.left_edge.i else None
    else:
        subject = next((c for c in pred.children if c.dep_ == "nsubj" and c.i < pred.i), None)
        if subject is not None and pred.head.i > subject.i:
            return False
    if subject is None or subject.left_edge.i <= bounds[0]:
        return False
    doc = pred.doc
    if doc[subject.left_edge.i - 1].text != ",":
        return False
    # the clause it reports: a finite verb before the comma, outside the subject
    return any(t.tag_ in _FINITE or t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)
               for t in doc[bounds[0]:subject.left_edge.i - 1])
