"""A conjunct in another tense tells of another time (docs/events.md, "Coordination").

"The trust, which sold its shares in 2021 and still holds 15 percent": the holding is told in the
present simple beside a past-tense verb dated 2021, so it is now, not 2021. A conjunct in the present
simple (no auxiliary) does not share the date of a verb in the simple past, nor of a past passive or
past perfect ("The first case was reported on July 3, and most of the patients live near the plant":
where they live is now, not July 3; round 47).

A later conjunct after "but"/"yet" that is negated ("A revived race in 2023 drew 9,000 spectators but
was not held again"; "the nets held back the rock on Thursday but had not been designed for it") tells
what did not happen, at no time the first clause's date gives: it shares no date (round 47). A negated
conjunct in the first verb's own form still shares it, the same doer's omission at the same time:
"announced the deal earlier this month but didn't disclose the price".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PAST = {"VBD"}
_PRESENT = {"VBZ", "VBP"}


def present_beside_past(pred: Token, conjunct: Token) -> bool:
    """True when `pred` is a simple past (or a past passive, a past perfect: its auxiliary in the simple
    past) and `conjunct` a simple present with no auxiliary of its own."""
    past = pred.tag_ in _PAST or pred.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PAST for c in pred.children)
    if not past or conjunct.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
        return False
    # a base form coordinated with a present ("live or work"), which the tagger often reads as VB
    return conjunct.tag_ in _PRESENT or conjunct.tag_ == "VB" and conjunct.dep_ == "conj" and \
        conjunct.head.i != pred.i and present_beside_past(pred, conjunct.head)


def negated_contrast(pred: Token, conjunct: Token, contrast: frozenset[str]) -> bool:
    """True when `conjunct` is a later conjunct of `pred`, joined by a contrast word in `contrast`
    ("but", "yet"), negated and in another verb form (tense, voice): it shares none of `pred`'s dates
    (see the module doc)."""
    if conjunct.i < pred.i or conjunct.dep_ != "conj" or not any(c.dep_ == "neg" for c in conjunct.children):
        return False
    if _form(conjunct) == _form(pred):
        return False  # "announced ... but didn't disclose the price": the same time
    return any(c.dep_ == "cc" and c.lower_ in contrast and pred.i < c.i < conjunct.i
               for c in (*pred.children, *conjunct.head.children))


def _form(verb: Token) -> tuple[str, ...]:
    """A verb's form: its tag and its auxiliaries' tags; a do-support ("didn't disclose") counts as the
    simple tense of its auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB" and len(auxes) == 1 and auxes[0].dep_ == "aux" and auxes[0].tag_ in _PAST | _PRESENT:
        return (auxes[0].tag_,)
    return (verb.tag_, *sorted(c.dep_ + c.tag_ for c in auxes))
