"""A habit is no day's news (docs/events.md, "A habit in the lead"): a verb that a set modifies
("For two years, she left her house at 5:30 every morning"), or the amount of time it takes ("has
spent up to two hours a day on her motorbike"), tells what recurred, not what happened on the
publication day, so the lead rule gives it no row."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def habitual(predicate: Token, spans: dict) -> bool:
    """Whether a set ("every morning", "at 5:30 every morning") modifies `predicate`: a habit, which the
    lead rule does not date on the publication day ("For two years, she left her house at 5:30 every
    morning", "has spent up to two hours a day on her motorbike"). `spans`: time expression -> its span in
    the doc."""
    sets = {i for expression, span in spans.items() if expression.type == "SET" for i in range(span.start, span.end)}
    # a set on an amount of time the verb takes ("has spent up to two hours a day on ..."): a habit too
    amounts = {i for expression, span in spans.items() if expression.type == "DURATION"
               for i in range(span.start, span.end)}
    for expression, span in spans.items():
        if expression.type != "SET":
            continue
        head = span.root.head
        # up through prepositions and other sets only: "daily" in "capped daily withdrawals" is the
        # object's, no habit of the verb
        while head.i != predicate.i and (head.pos_ == "ADP" or head.i in sets or head.i in amounts) and \
                head.head.i != head.i:
            head = head.head
        if head.i == predicate.i:
            return True
    return False
