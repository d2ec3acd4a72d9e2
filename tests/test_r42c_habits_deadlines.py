"""Round 42c: times that are not the event's point. A bare season of what holds every year ("the pass is
usually closed in winter") is no year's season; a date a thing "is due on" and a "before" deadline of
what the subject may still do lie ahead of the report; a bare clock time in a sentence dated only by a
longer period ("since the 1990s, when radar picked up birds at noon") has no day (docs/events.md and
docs/dates.md)."""
from __future__ import annotations

import datetime

import pytest

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

AUGUST = datetime.date(2025, 8, 20)
MAY = datetime.date(2026, 5, 20)


def _values(nlp, text, day=AUGUST):
    return {x.text: (x.type, x.value) for x in tag(text, day, nlp(text))}


def _dated(nlp, text, day=AUGUST):
    return [(r.date, r.status, r.time_expression) for r in timeline_rows(nlp, text, day) if r.time_expression]


@pytest.mark.parametrize(("text", "season"), [
    ("The mountain road is usually closed in winter.", "winter"),
    ("Ticket sales are the museum's biggest source of revenue in summer.", "summer"),
    ("The island's beaches are crowded in summer, the mayor said.", "summer"),
    ("He said the terrace was the club's main source of income in summer.", "summer"),
])
def test_habitual_bare_season_is_no_year(nlp, text, season):
    kind, value = _values(nlp, text)[season]
    assert value.startswith("XXXX-") and kind == "SET"
    assert not _dated(nlp, text)


@pytest.mark.parametrize(("text", "season", "value"), [
    ("The new terminal will open in spring.", "spring", "2026-SP"),
    ("The company cut 300 jobs in spring, the union said.", "spring", "2025-SP"),
    ("The plant is scheduled to close in autumn.", "autumn", "2025-FA"),
    ("The pass was closed last winter.", "last winter", "2024-WI"),
])
def test_season_of_one_year_keeps_its_year(nlp, text, season, value):
    assert _values(nlp, text)[season][1] == value


@pytest.mark.parametrize(("text", "date"), [
    ("Full-year results are due on Feb. 4.", "2026-02-04"),
    ("The court's ruling is due in March.", "2026-03-01"),
    ("The final report of the inquiry is due by Jan. 10.", "2026-01-10"),
    ("A decision on the merger is due on March 3, the regulator said.", "2026-03-03"),
])
def test_present_due_date_lies_ahead(nlp, text, date):
    rows = _dated(nlp, text)
    assert [d for d, _, _ in rows] == [date]
    assert rows[0][1] in ("planned", "expected")  # ahead, not `occurred`


@pytest.mark.parametrize(("text", "date"), [
    ("The payment was due on Feb. 4 but never arrived.", "2025-02-04"),
    ("Rent was due in March, the tenants said.", "2025-03-01"),
])
def test_past_due_date_stays_behind(nlp, text, date):
    assert {d for d, _, _ in _dated(nlp, text)} == {date}


def test_deadline_of_a_subject_under_a_future_clause_lies_ahead(nlp):
    rows = _dated(nlp, "Customers who signed three-year contracts before December 15 would keep their current prices.",
                  datetime.date(2025, 9, 29))
    assert rows == [("2025-12-15", "expected", "December 15")]


@pytest.mark.parametrize("text", [
    "Workers who had signed up before December 1 will keep their bonus.",  # a perfect looks back
    "Shoppers who ordered before March 3 received their parcels late.",  # no clause ahead
])
def test_deadline_near_misses_stay_behind(nlp, text):
    assert all(d < "2025-08-20" for d, _, _ in _dated(nlp, text))


@pytest.mark.parametrize(("text", "kept"), [
    ("Scientists have suspected such flights since the 1990s, when radar studies picked up birds over the desert at noon.",
     "the 1990s"),
    ("In 2019, a fire broke out in the warehouse at 3 a.m. and destroyed it.", "2019"),
    ("Earlier this month, the council voted at 10 p.m. to close the pool.", "Earlier this month"),
])
def test_clock_time_in_a_longer_periods_sentence_dates_no_row(nlp, text, kept):
    expressions = {e for _, _, e in _dated(nlp, text, MAY)}
    assert expressions == {kept}


@pytest.mark.parametrize(("text", "date"), [
    ("The fire broke out at 3 a.m. and destroyed the warehouse.", "2026-05-20"),
    ("Police said the man was arrested at 9 p.m. on Saturday.", "2026-05-16"),
    ("The ferry left the harbour at 7:15 a.m., the coast guard said.", "2026-05-20"),
])
def test_clock_time_with_its_day_or_alone_keeps_its_row(nlp, text, date):
    assert date in {d for d, _, _ in _dated(nlp, text, MAY)}
