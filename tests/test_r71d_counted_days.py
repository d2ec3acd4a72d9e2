"""Round 71d: a day that each/every counts is no one date (events/habits.py, `quantified_frame`).

- A day or time with no number of its own, told from an event that recurs ("on the Friday evening
  before each timetable change", "on the Tuesday after every bank holiday"), is every such day: no row
  gives it one coming or past day. One change ("before the timetable change") keeps its day.
- The frame of a counted day ("open every day of the year") is any year, not this one. A frame with a
  number of its own ("in each month of 2024") keeps its year.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression

TUESDAY = dt.date(2026, 3, 31)


def test_day_before_each_recurring_event_is_no_date(nlp):
    rows = rows_by_expression(nlp, "The ferry company will email its passengers on the Friday evening before each "
                                   "timetable change.", TUESDAY)
    assert "Friday evening" not in rows


def test_day_after_every_holiday_is_no_date(nlp):
    rows = rows_by_expression(nlp, "Residents must leave their bins out on the Tuesday after every bank holiday.", TUESDAY)
    assert "Tuesday" not in rows


def test_day_before_one_event_keeps_its_date(nlp):
    rows = rows_by_expression(nlp, "The council will email its passengers on the Friday before the timetable "
                                   "change.", TUESDAY)
    assert [r.value for r in rows["Friday"]] == ["2026-04-03"]
    assert rows["Friday"][0].status == "expected"


def test_frame_of_every_day_is_no_year(nlp):
    rows = rows_by_expression(nlp, "The museum was open every day of the year until the fire.", TUESDAY)
    assert "the year" not in rows


def test_frame_with_its_own_year_keeps_it(nlp):
    rows = rows_by_expression(nlp, "Sales at the bakery rose in each month of 2024.", TUESDAY)
    assert [r.value for r in rows["2024"]] == ["2024"]


def test_exception_to_every_day_is_no_date(nlp):
    rows = rows_by_expression(nlp, "The bus to the harbour runs every day except Sunday.", TUESDAY)
    assert "Sunday" not in rows
    rows = rows_by_expression(nlp, "The bakery was open every day of the year except Christmas Day.", TUESDAY)
    assert "Christmas Day" not in rows


def test_counted_subject_with_its_own_day_keeps_it(nlp):
    rows = rows_by_expression(nlp, "Every passenger on Friday was screened at the gate.", TUESDAY)
    assert [r.value for r in rows["Friday"]] == ["2026-03-27"]
