"""A row dated by the publication whose own clause says how long it went on (round 24; docs/events.md,
"Dates not in the sentence"): "For more than a year, keepers watched the calf grow", "has worked at
the station for 31 years". The clause tells a stretch of time that ends about the story's day, not
something that happened on it; dated the publication day or range, the row is wrong, so it is left
out (the sentence's dated happenings keep their rows: "and on Sunday he was one of the men who ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lead import token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Event, TimeExpression
    from .words import EventWords


def drop_duration_leads(doc: Doc, rows: list[Event], expressions: list[TimeExpression], spans: dict,
                        words: EventWords) -> list[Event]:
    """`rows` without publication-dated rows whose trigger has a "for <duration>" phrase of its own."""
    if not words.duration_preps or not any(row.date_basis == "publication" for row in rows):
        return rows
    durations = {i for expression in expressions if expression.type == "DURATION" and expression in spans
                 for i in range(spans[expression].start, spans[expression].end)}
    if not durations:
        return rows
    starts = token_starts(doc)

    def lasting(row: Event) -> bool:
        verb = starts.get(row.trigger_start)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        return any(prep.dep_ == "prep" and prep.lower_ in words.duration_preps and any(
            c.dep_ == "pobj" and c.i in durations for c in prep.children) for prep in verb.children)

    return [row for row in rows if not (row.date_basis == "publication" and lasting(row))]
