"""Dates taken from another expression (round 65b; docs/events.md, "Round 65b"):

- a date hung on an apposed comment after its relative clause ("the titles could be reallocated,
  something that has happened only twice at a world cup, in 2009 and 2014"): the date is the
  comment's, not the main clause's: no row (`apposed_comment_date`);
- a date after "and again" ("Sales dropped after the 2008 crash and again in the 2010s"): the date is a
  repeat's; the first happening, which the row would tell, keeps no date from it: no row
  (`repeat_date`);
- a date of a bare noun the parser made a conjunct, right after "and", of a verb or of its date ("would
  convene on Monday and rule by Thursday", "rule" tagged a noun): the date is that conjunct's, not the
  first verb's: no second row of the first verb (`noun_conjunct_date`);
- a day a naming verb makes an occasion ("declared Friday a day of mourning and promised aid"): the day
  is the verb's object, a coming occasion, and dates neither the verb nor its conjuncts: no row
  (`named_occasion`);
- a "since" date of a perfect verb does not date a simple-past conjunct ("has struggled with a knee
  injury since March but refused to blame it"; `since_perfect_conjunct`); a lasting verb's ("had stood
  since 2012 and belonged to her coach") still dates its state conjunct.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

_VERBS = ("VERB", "AUX")
_NOUN_WORDS = ("det", "poss", "amod", "nummod", "compound", "predet")
_OBJECTS = ("dobj", "npadvmod", "oprd", "attr", "ccomp", "xcomp", "appos")


def _path_below(span: Span, pred: Token) -> list[Token]:
    """The tokens from the date's root up to (not including) `pred`, or [] when `pred` does not
    govern it."""
    path = []
    node = span.root
    while node.i != pred.i:
        path.append(node)
        if node.head.i == node.i or len(path) > 12:
            return []
        node = node.head
    return path


def apposed_comment_date(span: Span, pred: Token) -> bool:
    """Whether the date hangs by a preposition on an apposed noun after that noun's relative clause
    (module doc)."""
    path = _path_below(span, pred)
    return any(node.dep_ == "appos" and below.dep_ == "prep" and
               any(c.dep_ == "relcl" and c.i < below.i for c in node.children)
               for below, node in zip(path, path[1:]))


def repeat_date(span: Span, pred: Token, timex_tokens: frozenset[int], words: EventWords) -> bool:
    """Whether the date's preposition, hung on `pred`, follows an "and" of `pred` and carries a
    new-occasion adverb ("and again in the 2010s") while `pred` has an undated phrase of its own before
    the "and", and no dated one (module doc)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != pred.i or prep.i < pred.i:
        return False
    doc = span.doc
    adverb = next((c for c in prep.children if c.dep_ == "advmod" and c.lower_ in words.new_occasion_adverbs
                   and c.i < prep.i), None)
    if adverb is None and prep.i > 0 and doc[prep.i - 1].lower_ in words.new_occasion_adverbs and \
            doc[prep.i - 1].dep_ in ("advmod", "conj"):
        adverb = doc[prep.i - 1]  # ("slumped during the slump and again in 2015": "again" a conjunct of "during")
    if adverb is None:
        return False
    before = adverb.i - 1
    while before > pred.i and doc[before].is_punct:
        before -= 1
    cc = doc[before]  # (hung on "fell" or on its phrase before: "after the war and again in ...")
    if cc.dep_ != "cc" or cc.i <= pred.i or not pred.is_ancestor(cc) or \
            any(c.dep_ == "conj" and cc.i < c.i < prep.i for c in pred.children):
        return False
    # the first happening told by a phrase that is no date ("after the war"); "rose in 2008 and again in
    # 2011" reads "Prices rose again" once the other date is left out
    earlier = [c for c in pred.children if c.dep_ in ("prep", "advcl", "npadvmod", "advmod") and pred.i < c.i < cc.i]
    if any(t.i in timex_tokens for c in earlier for t in c.subtree):
        return False  # "was shut twice, first in 2019 after a gas leak and again in 2022": a listed date each
    return any(c.dep_ in ("prep", "advcl") for c in earlier)


def noun_conjunct_date(span: Span, pred: Token, timex_tokens: frozenset[int]) -> bool:
    """Whether the date hangs by a preposition on a bare noun the parser made a later conjunct, after an
    "and", of the verb `pred` or of a date of its ("would convene on Monday and rule by Thursday", "rule"
    a conjunct of "Monday"; module doc)."""
    if pred.pos_ not in _VERBS:
        return False
    path = _path_below(span, pred)
    for below, node in zip(path, path[1:]):
        if node.dep_ == "conj" and node.pos_ == "NOUN" and node.tag_ == "NN" and below.dep_ == "prep" and \
                (node.head.i == pred.i or node.head.i in timex_tokens) and node.i < span.start and \
                not any(c.dep_ in _NOUN_WORDS for c in node.children) and node.i > 0 and \
                span.doc[node.i - 1].dep_ == "cc":
            return True
    return False


def named_occasion(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether the date stands right after a naming verb as its object, followed by the noun phrase
    that names it an occasion ("declared Friday a day of mourning"; module doc)."""
    root = span.root
    if pred.lemma_.lower() not in words.occasion_naming_verbs or \
            root.head.i != pred.i or root.dep_ not in ("npadvmod", "dobj", "nsubj") or span.start != pred.i + 1:
        return False
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].pos_ != "DET":
        return False
    noun = doc[span.end].head
    return noun.dep_ in _OBJECTS and (noun.head.i == pred.i or noun.head.i == root.i)


def since_perfect_conjunct(span: Span, pred: Token, conjunct: Token, words: EventWords) -> bool:
    """Whether the date is a "since" phrase of the perfect verb `pred` and `conjunct` a simple past
    (module doc)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in words.since_preps or prep.head.i != pred.i:
        return False
    if pred.lemma_.lower() in words.lasting_verbs:
        return False  # "the mark had stood since 2012 and belonged to her coach": one state since then
    if not any(c.dep_ == "aux" and c.lemma_.lower() in words.perfect_aux for c in pred.children):
        return False
    return conjunct.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children)
