"""A date given up for another dates nothing (round 70c).

"From next year the race will start at the end of February instead of in mid-March", "the vote will
be held on Friday rather than on Monday": the date after the pack's `alternative_marks` ("instead of",
"rather than"), with or without its own preposition, is the plan dropped, and the row it gave told
the kept plan on the dropped date ("The race would start", mid-March). No row for it; the other date
keeps its own. The parser hangs such a phrase anywhere (a conjunct of the first phrase, a "cc"), so
the words before the date are read, not the tree.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .words import EventWords


def given_up_date(span: Span, words: EventWords) -> bool:
    """Whether `span` follows an alternative mark, past at most a preposition and an article."""
    doc = span.doc
    i = span.start - 1
    for pos in ("DET", "ADP"):  # "instead of in the spring": the article, then the preposition
        if i >= 0 and doc[i].pos_ == pos and doc[i].lower_ not in words.alternative_ends:
            i -= 1
    return i >= 1 and f"{doc[i - 1].lower_} {doc[i].lower_}" in words.alternative_marks
