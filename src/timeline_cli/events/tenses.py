"""A conjunct in another tense tells of another time (docs/events.md, "Coordination").

"The trust, which sold its shares in 2021 and still holds 15 percent": the holding is told in the
present simple beside a past-tense verb dated 2021, so it is now, not 2021. A conjunct in the present
simple (no auxiliary) does not share the date of a verb in the simple past, nor of a past passive or
past perfect ("The first case was reported on July 3, and most of the patients live near the plant":
where they live is now, not July 3; round 47), nor of a present perfect ("who has held plot 17 since
1968 and chairs the society": the chairing is now, not 1968; round 63a); a present with a perfect
infinitive ("and appears to have begun breaking up soon afterwards") tells a past and still shares it.

A later conjunct after "but"/"yet" that is negated ("A revived race in 2023 drew 9,000 spectators but
was not held again"; "the nets held back the rock on Thursday but had not been designed for it") tells
what did not happen, at no time the first clause's date gives: it shares no date (round 47). Only a
passive beside an active verb ("was not held", "had not been designed") or a present beside a past
("sold out in 2022 yet has not returned"): a negated conjunct in the first verb's voice and tense, or
an active one after a passive, still shares it, the same doer's outcome at the same time: "announced the
deal earlier this month but didn't disclose the price", "was shortlisted for a prize in 2021 but did not
win".

A later conjunct negated over all time ("never") shares no date either, whatever its conjunction, voice
or tense: "vaccinations were largely halted in 2020 and 2021 and never fully recovered" gave "Vaccinations
never fully were recovered" 2020 and 2021 (round 49b); no row of its own.

A later full clause in the past perfect, with its own subject, beside a verb in a past tense tells
what had been done before, at no time the first clause's date gives: "Environment Canada had issued a
warning on Thursday, and the municipality had posted signs" does not date the posting (round 48).
A subjectless past perfect ("had closed the road on Monday and had reopened it") still shares it, and
so does a date before the first verb, which sets the scene for both: "in December 2008 the level of
violence had dropped 80%, and the murder rate had dropped to pre-war levels".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Span, Token

_PAST = {"VBD"}
_PRESENT = {"VBZ", "VBP"}


def present_beside_past(pred: Token, conjunct: Token) -> bool:
    """True when `pred` is a simple past (or a past passive, a past perfect: its auxiliary in the simple
    past; or a present perfect) and `conjunct` a simple present with no auxiliary of its own."""
    past = pred.tag_ in _PAST or pred.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST for c in pred.children) or _present_perfect(pred)
    if not past or conjunct.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
        return False
    if any(c.dep_ == "xcomp" and c.tag_ == "VBN" and any(a.dep_ == "aux" and a.tag_ == "VB" for a in c.children)
           for c in conjunct.children):
        return False  # "appears to have begun breaking up soon afterwards": a past told in a present
    # a base form coordinated with a present ("live or work"), which the tagger often reads as VB
    return conjunct.tag_ in _PRESENT or conjunct.tag_ == "VB" and conjunct.dep_ == "conj" and \
        conjunct.head.i != pred.i and present_beside_past(pred, conjunct.head)


def past_conjunct(pred: Token, conjunct: Token, control_verbs: Collection[str]) -> bool:
    """`pred`, a verb of expecting or planning (`control_verbs`) dated by a day still to come, and
    `conjunct` are each told in a past tense of their own (a past form, or a past auxiliary: "were
    checking"): the coming day is that of `pred`'s complement, and the past conjunct shares none of
    it: "said they were checking four reports of illness and expected test results early next week"
    (the checking is done or going on, not next week; round 63a). A "would" is no past ("said it
    would close the plant and cut 200 jobs next year"); a participle sharing another's auxiliary has
    no tense of its own ("were trapped, denied water and beaten on Friday")."""
    return pred.lemma_.lower() in control_verbs and _own_past(pred) and _own_past(conjunct)


def _own_past(verb: Token) -> bool:
    return verb.tag_ in _PAST or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST for c in verb.children)


def _present_perfect(verb: Token) -> bool:
    """A present perfect ("has held", "have been closed"): a participle with a present auxiliary and
    no progressive one ("is being held" is a present)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in _PRESENT for c in verb.children) and \
        not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in verb.children)


def negated_contrast(pred: Token, conjunct: Token, contrast: frozenset[str]) -> bool:
    """True when `conjunct` is a later conjunct of `pred`, joined by a contrast word in `contrast`
    ("but", "yet"), negated, and passive beside an active `pred` or in a present tense beside a past:
    it shares none of `pred`'s dates (see the module doc)."""
    if conjunct.i < pred.i or conjunct.dep_ != "conj" or not any(c.dep_ == "neg" for c in conjunct.children):
        return False
    if not (_passive(conjunct) and not _passive(pred) or _present(conjunct) and not _present(pred)):
        return False  # "announced ... but didn't disclose the price", "was shortlisted ... but did not win"
    return any(c.dep_ == "cc" and c.lower_ in contrast and pred.i < c.i < conjunct.i
               for c in (*pred.children, *conjunct.head.children))


def never_conjunct(pred: Token, conjunct: Token, never: frozenset[str]) -> bool:
    """True when `conjunct` is a later conjunct of `pred` negated over all time ("never"): "were halted
    in 2020 and never fully recovered", "was arrested in May and never charged" tell what did not happen
    at any time since, not on `pred`'s date (see the module doc)."""
    return conjunct.i > pred.i and conjunct.dep_ == "conj" and any(
        c.dep_ in ("neg", "advmod") and c.lower_ in never for c in conjunct.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _present(verb: Token) -> bool:
    """A present tense: the verb's own tag or its first auxiliary's ("has not returned")."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    return (aux or verb).tag_ in _PRESENT


def past_perfect_clause(span: Span, pred: Token, conjunct: Token) -> bool:
    """True when `conjunct` is a later conjunct of `pred` in the past perfect (an auxiliary in the
    simple past before a past participle) with a subject of its own, `pred` is in a past tense and the
    date `span` comes after `pred` (a date before it sets the scene for both): it shares none of
    `pred`'s dates (see the module doc)."""
    if span.start < pred.i or conjunct.i < pred.i or conjunct.dep_ != "conj" or conjunct.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.tag_ in _PAST for c in conjunct.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
        return False
    return pred.tag_ in _PAST or pred.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST for c in pred.children)
