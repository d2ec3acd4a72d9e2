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

from .lead import QUOTES, token_starts

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
        if bounds is not None and _inside_quotes(verb, bounds):
            kept = {w.casefold() for w in re.findall(r"\w+", row.event)}
            if any(t.tag_ == "PRP" and t.lower_ in words.thing_pronouns and t.lower_ in kept
                   for t in doc[bounds[0]:bounds[1] + 1]):
                continue
        out.append(row)
    return out


def _inside_quotes(token, bounds: tuple[int, int]) -> bool:
    """Whether `token` is inside quotation marks, counted from its sentence's start (`bounds`). A
    quotation mark right before the sentence counts only when it opens it (after a dateline's dash or
    a line break), not when it closes the paragraph before ('... tired."' then 'The bill ...')."""
    doc = token.doc
    start = bounds[0]
    while start > 0 and doc[start - 1].is_space:
        start -= 1
    if start > 0 and doc[start - 1].text in QUOTES and (
            start == 1 or doc[start - 2].is_space or doc[start - 2].is_punct and doc[start - 2].text not in ".!?,"):
        start -= 1  # an opening quotation mark left out of the segment after a dateline
    else:
        start = bounds[0]
    return start <= token.i and sum(1 for t in doc[start:token.i] if t.text in QUOTES) % 2 == 1
