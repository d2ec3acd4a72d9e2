"""Dates shared out by "respectively" (docs/events.md, round 18's "... 'respectively'" section; the
fourteenth blind sample's "Lionel Messi and Cristiano Ronaldo received suspended sentences in Spain
respectively", once with 2016 and once with 2019).

"Smith and Jones won silver medals, in 2019 and 2022 respectively" gives each date to one member of
the subject (Smith 2019, Jones 2022). A row on the clause with one of the dates gives both members
that date: wrong for one of them. Splitting the clause per member would need the members matched to
the dates; the clause gives no row instead.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords


def _coordinated(token: Token) -> bool:
    """A date in a coordination of dates: "in 2019 and 2022", "in March and June"."""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def shared_out(span: Span, pred: Token, words: EventWords) -> bool:
    """Whether the time expression `span` is one of a coordination of dates that "respectively" on the
    row's verb `pred` shares out among the members of a list (module doc)."""
    if not any(c.lower_ in words.distributive_adverbs for c in pred.children) and \
            not any(t.lower_ in words.distributive_adverbs and t.head.i in {a.i for a in span.root.ancestors}
                    for t in pred.subtree):
        return False
    root = span.root
    return _coordinated(root) or root.dep_ == "pobj" and _coordinated(root.head)
