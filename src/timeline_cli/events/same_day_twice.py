"""One happening told once: two rows of one sentence with the same words and the same date
(docs/events.md, "One sentence, one row per happening"; the twenty-first judged sample's row 17).

"The forint ended Friday's session at 417.6 per euro, up 1.8 percent on the day." gave a row for
"Friday" and one for "the day" (the day already named, not a new date), each with the sentence's
whole words. Rows of one sentence, both dated by its text, whose words and value are the same tell one
happening on one day: the first stays, the later ones go. Rows with other words (two clauses) or
another date (two days) stay.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Event


def drop_same_words_same_date(rows: list[Event]) -> list[Event]:
    """`rows` without a text row whose sentence, words and value an earlier text row of that same
    sentence already has (the same sentence written again further on is another sentence)."""
    seen: dict[tuple, list[int]] = {}
    dropped = set()
    for row in sorted(rows, key=lambda r: r.start):
        if row.date_basis == "text":
            key = (row.source, row.sentence, row.event, row.value)
            starts = seen.setdefault(key, [])
            if any(row.start - start < len(row.sentence) for start in starts):
                dropped.add(id(row))
                continue
            starts.append(row.start)
    return [row for row in rows if id(row) not in dropped]
