"""A date inside a noun's phrase dates that noun, not the clause's verb (round 22; issue item 4: the
noun gets its own row or none, and here none):

- an "including ..." phrase: "has received reports of 11 crashes, including one in Ohio in April"
  dates the Ohio crash, not the receiving of the reports;
- an "after <noun> ..." phrase of a verb that has a date of its own: "After clashes along the border in
  the early 2000s, the two countries signed an agreement in 2008" dates the clashes; the signing has
  its 2008.

A year before the subject of a state ("the 1859 treaty remained valid") is anchor.py's (`anchor`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def noun_phrase_date(span: Span, pred: Token, timex_tokens: set[int] | frozenset[int], words: EventWords) -> bool:
    """True when the date's predicate is an "including" phrase or the noun of an "after" phrase whose
    verb has a date of its own, so the date gives the clause no row."""
    if pred.lower_ in words.including_preps and pred.dep_ in ("prep", "advcl", "acl"):
        return True  # "11 crashes, including one in Ohio in April"
    prep = pred.head
    if pred.dep_ == "pobj" and pred.pos_ in ("NOUN", "PROPN") and prep.dep_ == "prep" and \
            prep.lower_ in words.after_noun_preps and prep.head.pos_ in ("VERB", "AUX"):
        verb = prep.head
        inside = set(range(span.start, span.end))
        # "After clashes in the early 2000s, the two countries signed an agreement in 2008"; not a date of
        # a conjunct verb ("collapsed after the election of 2020 and worsened after ... in 2022")
        return any(t.i in timex_tokens and t.i not in inside and not prep.is_ancestor(t) and _verb_i(t) == verb.i
                   for t in verb.subtree)
    return False


def _verb_i(token: Token) -> int | None:
    """The index of the nearest verb above `token`."""
    return next((a.i for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
