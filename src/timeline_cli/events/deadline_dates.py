"""Dates that bound what a verb is for or how long a fact holds, not when the clause's event happened
(round 24; docs/events.md, "A deadline in an infinitive, an 'until' on a reduced relative"):

- a date in the infinitive of a verb that has a date of its own: "The ministry decided in 2018 to
  close all landfills by 2023": 2023 is the closing's deadline, and the deciding has its 2018; a row
  of 2023 would tell the deciding (and call it `occurred`): no row. The same for the gerund of an
  absolute clause, whose time is its host verb's (round 59: "The strike ended last May with the owners
  promising to raise wages by January"). Not a date of an event noun in the
  infinitive ("began to close the ring with the capture of the port on 19 May"): the noun's row;
- an "until" date on a reduced relative: "lets firms ship cargo for the terminal operated by Nordlink
  until Nov. 30": how long a standing fact holds (and, read as a past date, a wrong year): no row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def verb_above(token: Token) -> Token | None:
    """The nearest verb or auxiliary above `token`, or None."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _above_i(token: Token) -> int | None:
    verb = verb_above(token)
    return verb.i if verb is not None else None


def infinitive_deadline(span: Span, timex_tokens: set[int] | frozenset[int], words: EventWords, *,
                        passed: bool = False) -> bool:
    """True when the date lies in a "to" infinitive whose governing verb, in a past form, has a time
    expression of its own outside the infinitive ("decided in 2018 to close the landfills by 2023"), or
    is a "by" deadline on the infinitive of a verb of undertaking that has `passed` (it ends before the
    reference day: "promised to build 500 homes by 2024", said in 2026; a deadline ahead tells the
    target, `expected`; "ceased to exist by December" is the ceasing's date)."""
    verb = verb_above(span.root)
    if verb is None or verb.tag_ != "VB" or verb.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in verb.children):
        return False
    from .anchor import is_event_noun

    token = span.root.head
    while token.i != verb.i:  # "the capture of Port Harcourt on 19 May 1968" is the capture's date
        if token.pos_ in ("NOUN", "PROPN") and is_event_noun(token, words):
            return False
        token = token.head
    head = verb.head
    undertaking = head.lemma_.lower() in words.undertaking_verbs  # "promised to", "agreeing to"
    inside = {t.i for t in verb.subtree}
    absolute = _absolute_gerund(head, words)
    if absolute is not None:  # "ended in 2023 with Westway agreeing to finish the work by 2025"
        inside = {t.i for t in head.subtree}
        head = absolute
    if head.pos_ not in ("VERB", "AUX") or not (head.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)):
        return False
    if passed and span.root.dep_ == "pobj" and span.root.head.lower_ in words.deadline_preps and \
            span.root.head.head.i == verb.i and undertaking:
        return True  # "The council promised to build 500 homes by 2024": the building's deadline, not the promise's day
    # the governing verb's own date: in its subtree, outside the infinitive and not under a clause of
    # another verb ("said on Friday it had decided to ... by 2023" keeps 2023 for the deciding's clause)
    return any(t.i in timex_tokens and t.i not in inside and _above_i(t) == head.i for t in head.subtree)


def _absolute_gerund(head: Token, words: EventWords) -> Token | None:
    """The verb that an absolute clause "with X Ving" hangs on, when `head` is its gerund ("The
    arbitration ended in 2023 with Westway agreeing to ...": "ended"), else None. The gerund has no
    tense of its own: its time is that verb's."""
    if head.tag_ != "VBG":
        return None
    prep = head.head
    if head.dep_ == "acl" and prep.dep_ == "pobj":  # "with the owners promising to ..."
        prep = prep.head
    elif head.dep_ != "pcomp" or not any(c.dep_ == "nsubj" for c in head.children):
        return None
    if prep.dep_ != "prep" or prep.lower_ not in words.absolute_preps or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def until_on_reduced_relative(span: Span, words: EventWords) -> bool:
    """True when the date is the object of "until" hung on a bare past participle that modifies a noun
    ("the terminal operated by Nordlink until Nov. 30"): no subject, no auxiliary of its own."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in words.until_preps:
        return False
    participle = prep.head
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and \
        participle.head.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in participle.children)
