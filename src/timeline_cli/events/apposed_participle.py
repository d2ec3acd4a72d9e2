"""Rows that reverse or lose a clause's subject or half of an "or" (docs/events.md, "Apposed
participles, a lost 'there', verbs joined by 'or'"; the nineteenth judged sample's "Captain Callum
Fraser asked about the reports", "Has been no electricity" and "More than 500 Canadian newspapers
merged").

* A participle set off by commas right after a subject, before that subject's own verb ("Coach Mark
  Lewis, asked about the injuries on Monday, said ...") is a reduced passive: he was asked. The parser
  often reads the participle as a past tense with the subject its own ("Lewis asked", the main verb
  with no subject); told so the row reverses who did what. No row: the main clause has its own.
* A description that keeps the verb of an existential clause ("there has been no running water")
  but not its "there" reads "Has been no running water", a fragment with no subject. No row.
* Two verbs joined by a disjunction (`disjunctions`: "have closed or merged since 2008") say that
  one or the other happened: told alone, the second verb says more than the text. Its row tells
  both ("have closed or merged", the first verb's auxiliary kept once). A row of the first verb is
  left as it was (re-told through the second it lost words under a reporting verb: "The United
  Nations says").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords


def misread_apposed_participle(verb: Token) -> bool:
    """Whether `verb` is a participle between commas right after its subject ("X, asked about ...,
    said"), parsed as a past tense with that subject, under a later verb with no subject of its own before it (a subject after it is a misparse: 'said the
    players "back whoever is in charge"')."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.i < 2 or doc[verb.i - 1].text != "," or \
            not subject.left_edge.i <= verb.i - 2 <= subject.right_edge.i or \
            any(t.dep_ in ("appos", "relcl", "acl") for t in subject.subtree):
        return False  # "Lewis, the coach, asked ...": an apposition between, the subject's own verb
    head = verb.head
    end = verb.right_edge.i
    return head.i != verb.i and head.i > end and head.pos_ in ("VERB", "AUX") and end + 1 < len(doc) \
        and doc[end + 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children
                                                  if c.i != subject.i and c.i < head.i)


def lost_there(tokens: list[Token]) -> bool:
    """Whether the description keeps a verb of an existential clause but not its "there" (tag EX)."""
    kept = {t.i for t in tokens}
    return any(c.dep_ == "expl" and c.tag_ == "EX" and c.i not in kept
               for t in tokens for c in t.children)


def _disjoined(first: Token, second: Token, words: EventWords) -> bool:
    """Whether verb `second` is `first`'s conjunct joined by a disjunction ("closed or merged"), with
    no subject of its own."""
    return second.dep_ == "conj" and second.head.i == first.i and first.i < second.i and \
        first.pos_ in ("VERB", "AUX") and second.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "cc" and c.lower_ in words.disjunctions and first.i < c.i < second.i for c in first.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children)


def with_disjunction(pieces: list[list[Token]], verb: Token, words: EventWords) -> list[list[Token]] | None:
    """The pieces of the second verb of an "X or Y" pair with the first verb, its auxiliaries and the
    "or" put before it ("merged" -> "have closed or merged"); None otherwise."""
    first = verb.head
    if not _disjoined(first, verb, words):
        return None
    added = [first, *(c for c in first.children if c.dep_ in ("aux", "auxpass", "neg", "cc") and c.i < verb.i)]
    for n, piece in enumerate(pieces):
        if any(t is not None and t.i == verb.i for t in piece):
            kept = {t.i for t in piece if t is not None}
            return [*pieces[:n], sorted([*piece, *(a for a in added if a.i not in kept)], key=lambda t: t.i),
                    *pieces[n + 1:]]
    return None
