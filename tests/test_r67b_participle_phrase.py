"""Round 67b: the noun of a "for"/"with" phrase with a bare past participle ("sorry for the pain
caused") is not the subject a later "its" goes on with."""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

MONDAY = dt.date(2026, 3, 9)


def _events(nlp, text):
    return [r.event for r in timeline_rows(nlp, text, MONDAY)]


def test_its_skips_the_noun_of_a_participle_phrase(nlp):
    events = _events(nlp, "Its president, Anna Lindqvist, said in a statement that the league accepted the ruling and "
                          "was \"sorry for the harm done,\" and that its board would meet next month to discuss it.")
    assert "The league's board would meet" in events
    assert not any(e.startswith("The harm's") for e in events)


def test_its_after_a_plain_clause_near_miss(nlp):
    events = _events(nlp, "The society accepted the finding, and its board would meet next month to review it.")
    assert "The society's board would meet" in events
