"""Dates a clause borrows from another expression (round 25; docs/events.md, "A deadline on a present
commitment, a noun's own year, a month as a subject"):

- a deadline in the complement of a state of commitment: "The government remains committed to bringing
  the deficit below 4 percent by 2026": 2026 is the target's deadline; a row of 2026 says the
  commitment is of 2026: no row;
- a noun conjunct named by its own year: "A 2007 test and the 2009 collision ...": the collision is of
  2009, never the test's 2007;
- a month used as a noun in the subject: "Timely winter rains and a mild March helped yields": the
  month is one of the things that helped, not when the helping happened: no row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .deadline_dates import verb_above
from .phrases import modified_noun

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span, Token

    from .words import EventWords


def _commitment_head(verb: Token, words: EventWords) -> bool:
    """True when `verb` is the complement of a state of commitment: "committed to bringing",
    "determined to balance", "on track to finish"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in words.infinitive_markers:
        head = head.head  # "committed [to [bringing ...]]"
    elif verb.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ in words.infinitive_markers for c in verb.children):
        return False
    if head.pos_ == "ADJ" and head.lower_ in words.commitment_states:
        return True
    # "is on track to finish": the course noun is a prepositional object of the clause's verb
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in words.course_nouns for o in c.children)
        for c in head.children if c.i < verb.i)


def commitment_deadline(span: Span, words: EventWords) -> bool:
    """True when the date is a deadline ("by 2026") on a verb in the complement of a state of
    commitment ("remains committed to bringing the deficit below 4 percent by 2026")."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in words.deadline_preps:
        return False
    verb = prep.head
    above = verb_above(span.root)
    return verb.pos_ == "VERB" and above is not None and above.i == verb.i and _commitment_head(verb, words)


def own_year_conjunct(conjunct: Token, spans: Iterable[Span], words: EventWords) -> bool:
    """True when a noun conjunct is named by a year of its own ("the 2009 collision"): it shares no
    other conjunct's date."""
    if conjunct.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(s.root.head.i == conjunct.i and s.start < conjunct.i and modified_noun(s, words) is not None
               for s in spans)


def subject_month(span: Span) -> bool:
    """True when the date is a noun in its clause's subject, told with an adjective of its own ("a mild
    March helped yields", "Timely rains and a wet April boosted ..."): a thing that acted, not when."""
    root = span.root
    if not any(c.dep_ == "amod" and not (span.start <= c.i < span.end) for c in root.children):
        return False
    token = root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")
