"""Round 31c: a date on a counted object's own preposition ("cancelled more than 200 flights over the
weekend") dates the verb, as round 29's "has sold only 40 crates this year" does: the row is told with
its verb and subject, not as the verbless "More than 200 flights" (docs/events.md, "Round 31c")."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

MONDAY = datetime.date(2026, 1, 19)


def _descriptions(nlp, text):
    return [(r.event, r.status) for r in timeline_rows(nlp, text, MONDAY)]


@pytest.mark.parametrize("text, description", [
    ("The Ottawa International Airport cancelled more than 200 flights over the weekend.",
     "The Ottawa International Airport cancelled more than 200 flights"),
    ("The regional carrier scrapped 140 flights over the holiday weekend.",
     "The regional carrier scrapped 140 flights"),
])
def test_counted_object_date_dates_the_verb(nlp, text, description):
    rows = _descriptions(nlp, text)
    assert rows and rows[0][0].startswith(description), rows
    assert rows[0][1] == "occurred"


@pytest.mark.parametrize("text, description", [
    # near-misses: the date's own noun rows and a count before a verb are left as they were
    ("Volunteers planted 3,000 trees during the spring.", "Volunteers planted 3,000 trees"),
    ("The agency approved the sale of 40 helicopters in 2019 to the navy.",
     "The agency approved the sale of 40 helicopters to the navy"),
    ("The club has won only 11 matches this year.", "The club has won only 11 matches"),
])
def test_near_misses_unchanged(nlp, text, description):
    assert description in [d for d, _ in _descriptions(nlp, text)]
