"""Round 31d: a season "over" or "throughout" which a past clause tells is the one gone, as after "in"
or "during" ("had lost 38 percent of their colonies over the winter", in May: the winter just past,
not the coming one, and so not `expected`) (docs/events.md, "Round 31d")."""
from __future__ import annotations

import datetime

import pytest

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

MAY = datetime.date(2025, 5, 19)


def _values(nlp, text, day=MAY):
    return [x.value for x in tag(text, day, nlp(text))]


@pytest.mark.parametrize(("text", "value"), [
    ("Sheep farmers lost hundreds of lambs over the winter.", "2024-WI"),
    ("Skiers had flocked to the northern resorts throughout the winter.", "2024-WI"),
    ("The council will repair the coastal roads over the summer.", "2025-SU"),
    ("The council repaired the coastal roads during the winter.", "2024-WI"),
])
def test_season_over_a_past_clause(nlp, text, value):
    assert _values(nlp, text) == [value]


def test_past_perfect_loss_over_the_winter_is_not_expected(nlp):
    rows = timeline_rows(nlp, "Growers lost a third of their orchards over the winter.", MAY)
    assert [(r.value, r.status) for r in rows] == [("2024-WI", "occurred")]
