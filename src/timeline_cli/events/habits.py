"""A habit is no day's news (docs/events.md, "A habit in the lead"): a verb that a set modifies
("For two years, she left her house at 5:30 every morning") tells what recurred, not what happened on
the publication day, so the lead rule gives it no row."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def habitual(predicate: Token, spans: dict) -> bool:
    """Whether a set ("every morning", "at 5:30 every morning") modifies `predicate`: a habit, which the
    lead rule does not date on the publication day ("For two years, she left her house at 5:30 every
    morning"). `spans`: time expression -> its span in the doc."""
    for expression, span in spans.items():
        if expression.type != "SET":
            continue
        head = span.root
        for _ in range(3):
            if head.i == predicate.i:
                return True
            if head.head.i == head.i:
                break
            head = head.head
    return False
