"""Round 73f: a habitual time read as one date, a phrase that is no date read as one.

- A time that a set next to it counts is a set too: a clock time right after a set ("Each evening at
  6:15"), a weekday listed with a set's weekday ("every Tuesday and Friday"), a month or season with no
  year after or before a yearly set ("every year after the spring floods", "between April and July each
  year"), a weekday whose plural the tagger cut ("before 7 a.m. on Saturdays"). Such times date no row, and
  the verbs joined to the one a set counts are no day's news in a lead either.
- A bare "the winter", "the year" that is the scope of a superlative ("its wettest month of the year",
  "the busiest shopping weekend of the winter") or of an ordinal of a thing ("the last ferry of the day")
  is no date.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows, values_of

THURSDAY = dt.date(2025, 6, 5)
DATELINE = "KILKEE, Ireland, June 5, 2025 -- "


def _rows(nlp, text):
    return timeline_rows(nlp, text, THURSDAY)


def test_clock_time_after_a_set_dates_no_row(nlp):
    rows = _rows(nlp, DATELINE + "Each evening at 6:15, Aoife Brennan closes the harbour gate, feeds the gulls "
                                 "and rings the bell. The council voted on Tuesday to close the harbour.")
    assert values_of(rows, "6:15") == set()
    assert not any(r.event.startswith("Aoife Brennan") for r in rows)
    assert values_of(rows, "Tuesday") == {"2025-06-03"}


def test_clock_time_with_its_own_day_keeps_it(nlp):
    rows = _rows(nlp, "The ferry left at 6:15 on Tuesday, the operator said.")
    assert values_of(rows, "6:15 on Tuesday") == {"2025-06-03T06:15"}


def test_weekday_listed_with_a_set_weekday(nlp):
    rows = _rows(nlp, "From Sept. 8, a library bus will stop in the square every Tuesday and Friday, the "
                      "council said.")
    assert values_of(rows, "Friday") == set()
    assert values_of(rows, "Sept. 8") == {"2025-09-08"}


def test_weekday_alone_keeps_its_date(nlp):
    rows = _rows(nlp, "A library bus will stop in the square on Tuesday and Friday, the council said.")
    assert values_of(rows, "Friday") == {"2025-06-06"}


def test_season_after_a_yearly_set(nlp):
    rows = _rows(nlp, "Divers will check the pier every year after the spring floods, the harbour board said.")
    assert values_of(rows, "the spring") == set()


def test_months_before_a_yearly_set(nlp):
    rows = _rows(nlp, "The storm hit as the season opens: Kestrel Kites sells most of its kites between April "
                      "and July each year.")
    assert not any(r.value.startswith("2025-04") or r.value.startswith("2026-04") for r in rows)


def test_yearly_set_with_a_dated_month_keeps_it(nlp):
    rows = _rows(nlp, "The board has met every year since last March, and it will meet again in July.")
    assert values_of(rows, "July") == {"2025-07"}


def test_plural_weekday_after_a_clock_time(nlp):
    rows = _rows(nlp, "Residents complained in April, and the builders agreed last week to stop drilling before "
                      "7 a.m. on Saturdays.")
    assert not any("T07:00" in r.value for r in rows)


def test_superlative_scope_is_no_date(nlp):
    rows = _rows(nlp, DATELINE + "Ferries were cancelled on Tuesday. Shops lost trade on what is usually the "
                                 "busiest shopping weekend of the winter, traders said.")
    assert values_of(rows, "the winter") == set()
    rows = _rows(nlp, DATELINE + "Heavy rain fell on Tuesday. June is its wettest month of the year, and the "
                                 "town expects floods.")
    assert values_of(rows, "the year") == set()


def test_ordinal_of_a_thing_in_a_day_is_no_date(nlp):
    rows = _rows(nlp, DATELINE + "The strike began on Tuesday. Nurses must now catch the last ferry of the day "
                                 "to reach the island.")
    assert values_of(rows, "the day") == set()


def test_ordinal_of_a_unit_keeps_its_date(nlp):
    rows = _rows(nlp, "The market will open in the first week of the summer, the council said.")
    assert any(r.value.startswith("2025-SU") or r.value.startswith("2025-06") for r in rows)
