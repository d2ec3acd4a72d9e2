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
* A span told by "It took ... until": "It took until last month to reach the burial chamber" says the
  chamber was reached last month; told as "The team took to reach the burial chamber" ("it" given the
  sentence before's subject, "until" cut) it is garbled: no row ("It took three years to build", with
  no "until", is left as it is).
* A conjunct verb after a time clause: "Construction began in 2021, two years after a storm surge
  flooded parts of the town and caused damage ..." - the tagger joins "caused" to "began", and the row
  says "Construction caused damage"; a verb with no subject of its own right after a clause of time
  ("after", "before", "since" ...) with its own subject and verb may be that clause's as well as the
  main clause's, and the parse cannot tell: no row. A time clause set off by commas on both sides
  ("stopped at 9:07 a.m., seven minutes after the market opened, and resumed at 1:30 p.m.") is closed:
  the conjunct is the main clause's (round 27).
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
        # excavated" (an acl with its own subject is a clause, "the day it was sealed"), or a plural of
        # things with a participle no finite form was written for ("62 schools built to the same
        # design", the visit by the end of next week lost; "Plans announced by the universities", with
        # its doer, is a dated noun phrase)
        # (an object's only: a subject the tagger read as the sentence's root or as a conjunct, its verb
        # as its relative, is a clause: "The striker, who scored 71 goals, left for ...")
        noun = roots[0] if len(roots) == 1 else None
        return noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("pobj", "dobj") and any(
            c.dep_ == "acl" and (c.tag_ == "VBD" or c.tag_ == "VBN" and _counted_things(noun, c, words))
            and c.i in kept and not any(g.dep_ in _SUBJECTS for g in c.children)
            and c.i > 0 and c.doc[c.i - 1].text != "," for c in noun.children)
    # a subject of another clause's verb, or its object told as the subject ("A bill speed GPS
    # monitoring": the bill sent, its "requiring" cut)
    subjects = [t for t in roots if t.dep_ in _SUBJECTS or t.pos_ in ("NOUN", "PROPN", "PRON")]
    for verb in verbs:
        if not any(s.i < verb.i for s in subjects):
            continue
        if any(c.dep_ == "aux" for c in verb.children if c.i in kept):
            continue  # "to run", "has been" ... left to verbless.py and hanging.py
        # (a bare conjunct shares its first verb's "to" or modal, left to conjuncts.py and hanging.py:
        # "wants the court to suspend the injunction and order ...")
        if verb.tag_ == "VB" and verb.dep_ != "conj" or verb.tag_ == "VBG" and verb.head.i < verb.i:
            return True
    return False


def _counted_things(noun: Token, participle: Token, words: EventWords) -> bool:
    """Whether a plural noun of things, not of happenings, has a participle that names no doer ("62
    schools built to the same design"): which things are meant, no happening. A singular noun ("A
    speech made to Congress", "A NATO summit set for Washington") is left as a dated noun phrase."""
    from .anchor import is_event_noun
    return noun.tag_ == "NNS" and not is_event_noun(noun, words) and not _doer_named(participle, words)


def _doer_named(participle: Token, words: EventWords) -> bool:
    """Whether a participle names who did it: a by-agent that is no date ("Plans announced by the
    universities", not "built ... by the end of next week"), or a phrase of the parties ("An agreement
    reached between the two companies"; the pack's `doer_preps`)."""
    return any(c.dep_ == "agent" and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) or
               c.dep_ == "prep" and c.lower_ in words.doer_preps for c in participle.children)


def _cut_time_clause(tokens: list[Token], kept: set[int], words: EventWords) -> bool:
    """Whether the words end on a noun of time, the verb's time frame, whose relative clause, all it
    says, is cut ("has not been touched since the day [it was sealed]"; not "tapes from the night [the
    plane went down]": the tapes', not the release's)."""
    last = max(tokens, key=lambda t: t.i)
    return last.lemma_.lower() in words.time_unit_nouns and last.dep_ == "pobj" and \
        last.head.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _RELATIVES and not any(t.i in kept for t in c.subtree) for c in last.children)


def cut_time_frame(pieces: list[list[Token]], words: EventWords) -> list[list[Token]] | None:
    """The pieces without the phrase of a noun of time ending them whose relative clause, all it
    says, is cut ("ordered the state to pay him for the years [he spent in prison]" on Thursday ->
    "... ordered the state to pay him"), or None: a phrase of the verb's frame of time that is not
    the span it starts or ends ("since the day [it was sealed]", "before the night [...]": the row goes,
    _cut_time_clause). Round 49."""
    tokens = [t for p in pieces for t in p if t is not None]
    kept = {t.i for t in tokens}
    if not tokens or not _cut_time_clause(tokens, kept, words):
        return None
    prep = max(tokens, key=lambda t: t.i).head
    if prep.dep_ != "prep" or prep.lower_ in words.ordering_preps or prep.i not in kept:
        return None
    cut = {t.i for t in prep.subtree}
    if not kept - cut - {t.i for t in prep.head.subtree if t.i < prep.i and t.dep_ == "punct"}:
        return None
    return [q for q in ([t for t in p if t is None or t.i not in cut] for p in pieces)
            if any(t is not None for t in q)]


def took_until(pred: Token, words: EventWords) -> bool:
    """Whether `pred` is "It took [someone] until <date> to <verb>" (module doc)."""
    if pred.lemma_.lower() not in words.span_taking:
        return False
    children = list(pred.children)
    return any(c.dep_ == "nsubj" and c.lower_ in words.thing_pronouns for c in children) and \
        any(c.dep_ == "prep" and c.lower_ in words.until_preps for c in children) and \
        any(c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ in words.infinitive_marks
                                                 for g in c.children) for c in children)


def after_time_clause(pred: Token, words: EventWords) -> bool:
    """Whether `pred` is a conjunct verb with no subject of its own whose "and" follows a time clause
    with its own subject and verb, inside the clause it is joined to (module doc)."""
    head = pred.head
    if pred.dep_ != "conj" or head.i >= pred.i or head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in _SUBJECTS for c in pred.children):
        return False
    doc = pred.doc
    between = doc[head.i + 1:pred.i]
    verbs = [t for t in between if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN", "VBZ", "VBP")]
    if not verbs:
        return False
    last = verbs[-1]
    before = doc[last.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("nsubj", "nsubjpass", "npadvmod", "compound"):
        return False  # the verb before has no subject of its own right before it
    if doc[pred.i - 1].dep_ == "cc" and pred.i > 1 and doc[pred.i - 2].text == "," and \
            any(t.text == "," for t in doc[head.i + 1:before.i]):
        return False  # ", seven minutes after the market opened, and resumed": the aside closed (round 27)
    return any(t.lower_ in words.sequence_preps for t in doc[head.i + 1:before.i])
