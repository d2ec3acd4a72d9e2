"""A verb of finding whose finding the parser hung elsewhere (docs/events.md, "A shared passive in a
list, a cut finding, ..."; the fourteenth blind sample's "An independent inquiry found in a report").

A verb of finding whose subject follows a comma and a clause before it, with nothing it
found of its own in the parse ("Workers were kept in cold rooms, denied breaks ..., a review
found on Monday, in a report ...", "found" parsed as one more conjunct of the list, or as a
participle of "review" made the list's object): what it found is the clause before it, told by that
clause's own rows. Told alone it reads "A review found in a report". No row.

A conjunct whose subject is a negative pronoun ("A smaller sinkhole opened in 2014, but no one was
hurt"), dated by the other clause, says what did not happen there: told alone ("No one was hurt",
2014) it loses what it is about. No row on that date; the dated clause keeps its own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .fragments import said_content
from .verbless import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SAID = ("ccomp", "xcomp", "dobj", "parataxis")


def cut_finding(pred: Token, bounds: tuple[int, int], words: EventWords) -> bool:
    """Whether `pred` is a verb of finding after a comma and a clause, with nothing found
    or said of its own (module doc)."""
    # (a verb of saying there is told by what it says: clauses.py, `reported_clause`)
    if pred.lemma_.lower() not in words.finding_verbs or pred.pos_ != "VERB" or \
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
    return any(t.tag_ in FINITE_TAGS or t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children)
               for t in doc[bounds[0]:subject.left_edge.i - 1])


def negated_conjunct(span, pred: Token, words: EventWords) -> bool:
    """Whether `pred` is a conjunct with a negative-pronoun subject whose date `span` is the other
    clause's (module doc)."""
    if pred.dep_ != "conj" or pred.head.i > pred.i or span.root.i in {t.i for t in pred.subtree}:
        return False
    subject = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    # "no one": the determiner is one of the pack's negations
    return subject.lower_ in words.negative_pronouns or subject.lower_ in words.one_pronouns and \
        any(c.dep_ == "det" and c.lower_ in words.negations for c in subject.children)
