"""A quoted clause that leans on what is outside the quotation ('The guide said the slope was
dangerous. "Everyone here was talking about it this morning," he said'; '"It does not feel like it
today," she said'): its "it" is the speaker's topic, named outside the quotation or not at all, and the
row ("Everyone here was talking about it") is a remark that says neither who nor what, no event worth
keeping (docs/events.md, "A quotation's 'it'"). A row whose verb is inside quotation marks and whose
description keeps a personal thing pronoun ("it", "itself"; not the possessive "its", bound by its
own subject: "The mill will close its doors") is left out."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lead import token_starts
from .quoted import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Event
    from .words import EventWords


def drop_quoted_it(doc: Doc, rows: list[Event], segments, words: EventWords) -> list[Event]:
    """`rows` without those of a quoted clause whose description keeps "it" (module doc)."""
    starts = token_starts(doc)
    out = []
    for row in rows:
        verb = starts.get(row.trigger_start)
        bounds = segments.span(verb) if verb is not None else None
        if bounds is not None and inside_quotes(verb, bounds):
            kept = {w.casefold() for w in re.findall(r"\w+", row.event)}
            if any(t.tag_ == "PRP" and t.lower_ in words.thing_pronouns and t.lower_ in kept
                   for t in doc[bounds[0]:bounds[1] + 1]):
                continue
        out.append(row)
    return out

