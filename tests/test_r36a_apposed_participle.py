"""Round 36a: a participle between commas after its noun, the real verb after it finite through its
auxiliary ("The monument, put up in 1911, will be removed ..."), is told in the passive with its noun:
"The monument was put up" on 1911, never the verbless "The monument put up" (docs/events.md, "Finite
verbs and quotations", round 36a)."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 10)


def _rows(nlp, text):
    return timeline_rows(nlp, "Town news\n\nGHENT, March 10, 2026 (Wire) - " + text, REF)


def test_apposed_participle_before_a_verb_with_auxiliary(nlp):
    rows = _rows(nlp, "The monument, put up in 1911, will be removed from the square, a city official said.")
    dated = [r for r in rows if r.time_expression == "1911"]
    assert dated and dated[0].event == "The monument was put up" and dated[0].status == "occurred"


def test_near_misses_keep_their_rows(nlp):
    for text, expression, event in (
            ("The old bell, cast in 1750, will be moved to a new tower next year, the parish said.", "1750",
             "The old bell was cast"),
            ("The two bridges, built in 1921, have been closed to lorries, the council said.", "1921",
             "The two bridges were built"),
            ("The sign, set up in 1975, will be taken down next month, the council said.", "next month",
             "The sign will be taken down")):
        rows = [r for r in _rows(nlp, text) if r.time_expression == expression]
        assert rows and rows[0].event == event, (text, [r.event for r in rows])
