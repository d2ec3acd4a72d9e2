"""Rows whose words lost the part that carries the news (docs/events.md, "A deed told bare, news cut
from its clause, a subject borrowed by a verb with no tense"; the twentieth judged sample's "The
uprising", "... was one of the men", "... said 91 percent of members", "A bill speed GPS monitoring").

* A deed told bare: a determiner, adjectives and the noun of a deed someone does to others ("The
  uprising" from "the 2011 uprising", "The invasion", "The bombing"), and nothing else, says neither
  who did it nor where: no row. A happening with no doer ("The earthquake", "The referendum") is kept,
  and so is a name ("The Huaihai Campaign").
* News cut from its clause: a copula's complement or a saying's object whose defining relative clause
  is cut ("was one of the men [who switched it off]", "said 91 percent of members [who voted backed
  the strike]", a tagger reading the clause's verb as the noun's relative clause) leaves a row that
  says nothing or the wrong thing: no row. So does a row ending on a noun of time whose clause is cut
  ("since the day [it was sealed]": not the story's day, temporal pack's "the_unit").
* A subject borrowed by a verb with no tense: a subject of another clause's verb told with a bare verb
  or a participle of the clause's object ("would send a bill [...] requiring GPS monitoring" -> "The
  cabinet requiring GPS monitoring"; "speed" read as a bare verb -> "The cabinet speed GPS
  monitoring"), or a noun told with only its reduced relative ("a larger tomb first excavated in 1924"
  -> "A larger tomb excavated", the participle tagged as a past tense): no finite verb, no row. A
  participle before its clause ("Touring the capital on Thursday, Albright said ...") shares the
  clause's subject and is left to verbless.py.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .verbless import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVES = ("relcl",)


def bare_deed(description: str, tokens: list[Token], words: EventWords) -> bool:
    """Whether the `description` is a determiner, adjectives and the common noun of a deed only (module
    doc)."""
    written = description.strip(" .,;:").split()
    if len(written) < 2 or not tokens:
        return False
    by_text = {t.text.lower(): t for t in tokens}
    told = [by_text.get(w.lower()) for w in written]
    if any(t is None for t in told):
        return False
    det, *modifiers, noun = told
    return det.pos_ == "DET" and noun.pos_ == "NOUN" and noun.lemma_.lower() in words.deed_nouns and \
        all(t.pos_ == "ADJ" for t in modifiers)


def cut_news(pred: Token, tokens: list[Token], words: EventWords) -> bool:
    """Whether `pred`, a copula or a saying told with its complement or object, lost that noun's
    defining relative clause (module doc)."""
    kept = {t.i for t in tokens}
    if tokens and _cut_time_clause(tokens, kept, words):
        return True
    lemma = pred.lemma_.lower()
    if lemma in words.copulas:
        deps = ("attr",)
    elif lemma in words.clause_saying:  # "said [that] ...": never "announced plans [that ...]"
        deps = ("dobj",)
    else:
        return False
    if pred.i not in kept:
        return False
    for complement in (c for c in pred.children if c.dep_ in deps and c.i in kept):
        for noun in complement.subtree:
            if noun.i not in kept:
                continue
            for clause in (c for c in noun.children if c.dep_ in _RELATIVES):
                if not any(t.i in kept for t in clause.subtree):
                    return True
    return False


def borrowed_subject(tokens: list[Token], pred: Token, written: bool, words: EventWords) -> bool:
    """Whether the words (told for `pred`; `written`: a finite form was written for them) have no
    finite verb and hang on a bare verb or a participle of another clause's object, or on a noun and
    its reduced relative only (module doc)."""
    if written or not tokens:
        return False
    kept = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i == t.i or t.head.i not in kept]
    if any(t.tag_ in FINITE_TAGS and t.dep_ != "acl" for t in tokens) or \
            any(t.lower_ in words.future_aux for t in tokens):
        return False
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        # a noun and its reduced relative, the participle tagged as a past tense: "A larger tomb
        # excavated" (an acl with its own subject is a clause, "the day it was sealed")
        # (an object's only: a subject the tagger read as the sentence's root or as a conjunct, its verb
        # as its relative, is a clause: "The striker, who scored 71 goals, left for ...")
        noun = roots[0] if len(roots) == 1 else None
        return noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("pobj", "dobj") and any(
            c.dep_ == "acl" and c.tag_ == "VBD" and c.i in kept and not any(g.dep_ in _SUBJECTS for g in c.children)
            and c.i > 0 and c.doc[c.i - 1].text != "," for c in noun.children)
    borrowed = any(t.dep_ in _SUBJECTS and t.head.i not in kept for t in roots)
    if not borrowed:
        return False
    for verb in verbs:
        if any(c.dep_ == "aux" for c in verb.children if c.i in kept):
            continue  # "to run", "has been" ... left to verbless.py and hanging.py
        if verb.tag_ == "VB" or verb.tag_ == "VBG" and verb.head.i < verb.i:
            return True
    return False


def _cut_time_clause(tokens: list[Token], kept: set[int], words: EventWords) -> bool:
    """Whether the words end on a noun of time, the verb's time frame, whose relative clause, all it
    says, is cut ("has not been touched since the day [it was sealed]"; not "tapes from the night [the
    plane went down]": the tapes', not the release's)."""
    last = max(tokens, key=lambda t: t.i)
    return last.lemma_.lower() in words.time_unit_nouns and last.dep_ == "pobj" and \
        last.head.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _RELATIVES and not any(t.i in kept for t in c.subtree) for c in last.children)
