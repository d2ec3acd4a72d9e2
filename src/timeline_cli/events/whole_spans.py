"""One row for a happening that lasted through two dates (round 25; docs/events.md, "A date on the
agent's gerund, an adverb before an apposed participle, a whole span"): "winds kept helicopters
grounded all of Friday and Saturday" gave the keeping two rows, one a day, as if it happened twice; the
dates joined by a conjunction (`whole_span_joins`: "and") after a word of a whole span
(`whole_span_leads`: "all of", "throughout") make one row from the first date's start to the second's
end, `value` "first/second" as `either.py` writes it. "On Friday and Saturday" (which may be two
happenings) is left alone."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..temporal.context import doc_text
from .either import joined_by_one_word, spanning_pairs

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Event
    from .words import EventWords


def whole_span_rows(doc: Doc, rows: list[Event], words: EventWords) -> list[Event]:
    """`rows` with each pair of rows of one trigger whose dates are joined after a whole-span lead
    ("all of Friday and Saturday") made one."""
    if not words.whole_span_leads:
        return rows
    return spanning_pairs(doc, rows, words, _joined)


def _joined(doc: Doc, first: Event, second: Event, words: EventWords) -> bool:
    if not joined_by_one_word(doc, first, second, words.whole_span_joins):
        return False
    before = " ".join(doc_text(doc)[max(0, first.start - 40):first.start].lower().split()[-2:])
    return any(before == lead or before.endswith(" " + lead) for lead in words.whole_span_leads)
