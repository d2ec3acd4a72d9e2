"""Round 43b: the clock hours of a regime that starts on a date ("dimmed between midnight and 5 a.m.
from April", "run between 6 a.m. and 9 p.m. from next week") recur each day from then on: no row dated
to the story's day at those hours; the start keeps its row. A clock time of one day is left alone."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

TUESDAY = datetime.date(2026, 3, 3)


def _expressions(rows):
    return {r.time_expression for r in rows}


def test_nightly_hours_of_a_trial_from_a_month_date_no_row(nlp):
    rows = timeline_rows(nlp, "The council said street lamps would be switched off between 1 a.m. and 5 a.m. "
                              "from May as a trial.", TUESDAY)
    assert not [r for r in rows if "T01:00" in r.value], rows
    assert [r.value for r in rows if r.time_expression == "May"] == ["2026-05"], rows


def test_service_hours_from_next_week_date_no_row(nlp):
    rows = timeline_rows(nlp, "Trains will run every 20 minutes between 6 a.m. and 9 p.m. from next week.", TUESDAY)
    assert "between 6 a.m. and 9 p.m." not in _expressions(rows), rows
    assert "next week" in _expressions(rows), rows


def test_a_closing_hour_from_a_month_dates_no_row(nlp):
    rows = timeline_rows(nlp, "The library will close at 6 p.m. from June, the mayor said.", TUESDAY)
    assert "6 p.m." not in _expressions(rows), rows


def test_a_clock_time_of_one_day_keeps_its_row(nlp):
    rows = timeline_rows(nlp, "The fire broke out at 3 a.m., the brigade said.", TUESDAY)
    assert [r.value for r in rows if r.time_expression == "3 a.m."] == ["2026-03-03T03:00"], rows
    rows = timeline_rows(nlp, "The curfew will run from midnight, the army said.", TUESDAY)
    assert "midnight" in _expressions(rows), rows
