"""Round 61e: phrases that are no dates, and a row that is no event.

- A code joined by a hyphen to "H1" or "Q3" ("the gene SUB-H1", "the KX-Q2 strain") is a name, not a
  half year or a quarter; "H1 2024" and "in Q3" still are.
- A share of "the day" under a modal other than "will" ("could be locked in their cells for most of
  the day") is a share of any day that may come, not the story's day.
- An absolute clause after a comma ("..., his left leg swollen to the knee") is a state, no row.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli.temporal.tagger import tag
from timeline_rows import timeline_rows

REFERENCE = dt.date(2025, 12, 9)


def _values(nlp, text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, REFERENCE, nlp(text))}


@pytest.mark.parametrize("text, gone", [
    ("Plants carrying the variant, which the researchers named FLD-H1, survived the flood.", "H1"),
    ("The outbreak was traced to a strain known as KX-Q2, health officials said.", "Q2"),
    ("Workers at the plant began a strike on Monday, and the union warned that clinics could be shut "
     "for most of the day as a result.", "the day"),
    ("Ferries stopped on Friday, and officials said passengers may wait for much of the day.", "the day"),
])
def test_phrase_is_no_date(nlp, text, gone):
    assert gone not in _values(nlp, text)


@pytest.mark.parametrize("text, expression, value", [
    ("Sales rose 4 percent in H1 2024, the retailer said.", "H1 2024", "2024-H1"),
    ("The company expects a profit in Q3, it said on Monday.", "Q3", "2025-Q3"),
    ("Fog closed the airport on Sunday and flights were grounded for most of the day.", "the day", "2025-12-07"),
    ("The museum will reopen in spring after repairs, its director said.", "spring", "2026-SP"),
    ("Troops crossed the frozen river in winter 1943.", "winter 1943", "1943-WI"),
])
def test_date_still_read(nlp, text, expression, value):
    assert _values(nlp, text).get(expression) == value


def test_absolute_clause_is_no_row(nlp):
    text = "The boy was carried into the clinic on a stretcher on Saturday, his left leg swollen to the knee."
    rows = timeline_rows(nlp, text, REFERENCE)
    assert [r.event for r in rows] == ["The boy was carried into the clinic on a stretcher"]
    assert rows[0].value == "2025-12-06"


def test_clause_with_its_auxiliary_stays(nlp):
    text = "The ferry sank on Monday, and its captain was taken to hospital."
    events = {r.event for r in timeline_rows(nlp, text, REFERENCE)}
    assert "The ferry sank" in events and "The ferry's captain was taken to hospital" in events
