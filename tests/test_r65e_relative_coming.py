"""Round 65e: relative and coming dates counted from the wrong point.

- "<weekday> next week" is that weekday of the week after the reference's own.
- A weekday a thing is moved to ("had moved the funerals to Friday") is the new, coming day; so is the
  day a thing "had been due" on, in a relative clause of a noun whose own clause looks ahead.
- A bare month after "until" on a warning of a prospect is the coming one.
- "overnight" in a past clause under a clause dated by a past month or year of its own sentence dates
  nothing; joined by "and" to a clause of a past day, it is that day's night.
- A bare season in a past clause under a clause dated by a past year of its sentence is of that year;
  "the following <season>" is the first one after the date told.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression, timeline_rows, values_of

THURSDAY = dt.date(2025, 11, 6)
WEDNESDAY = dt.date(2026, 2, 11)


def test_weekday_next_week_is_of_the_next_week(nlp):
    rows = timeline_rows(nlp, "The county council meets on Thursday next week to vote on a new bus plan.", THURSDAY)
    assert values_of(rows, "Thursday next week") == {"2025-11-13"}
    assert {r.status for r in rows if r.time_expression == "Thursday next week"} == {"expected"}


def test_weekday_last_week_is_of_the_last_week(nlp):
    rows = timeline_rows(nlp, "The county council met on Tuesday last week to vote on a new bus plan.", THURSDAY)
    assert values_of(rows, "Tuesday last week") == {"2025-10-28"}


def test_near_miss_weekday_before_next_weeks_noun(nlp):
    # a possessive "next week's" opens another phrase: the weekday stays the nearest one
    rows = timeline_rows(nlp, "The mayor said on Tuesday next week's vote would go ahead.", THURSDAY)
    assert values_of(rows, "Tuesday") == {"2025-11-04"}


def test_moved_to_weekday_is_the_coming_day(nlp):
    rows = timeline_rows(nlp, "The union said on Monday that several parishes had already moved weddings to "
                              "Saturday.", WEDNESDAY)
    assert values_of(rows, "Saturday") == {"2026-02-14"}


def test_near_miss_moved_on_weekday_is_the_past_day(nlp):
    rows = timeline_rows(nlp, "Several parishes moved weddings on Saturday.", WEDNESDAY)
    assert values_of(rows, "Saturday") == {"2026-02-07"}


def test_had_been_due_under_a_future_clause_is_coming(nlp):
    rows = timeline_rows(nlp, "The third convoy, which had been due on Saturday, will be sent to Gdansk "
                              "instead.", WEDNESDAY)
    assert values_of(rows, "Saturday") == {"2026-02-14"}


def test_had_been_due_of_a_noun_of_the_subject(nlp):
    rows = timeline_rows(nlp, "A third load of steel beams, which had been due on Saturday, will be sent to "
                              "Gdansk, the firm said.", WEDNESDAY)
    assert values_of(rows, "Saturday") == {"2026-02-14"}


def test_near_miss_had_been_due_under_a_past_clause(nlp):
    rows = timeline_rows(nlp, "The third convoy, which had been due on Saturday, was sent to Gdansk "
                              "instead.", WEDNESDAY)
    assert values_of(rows, "Saturday") == {"2026-02-07"}


def test_warned_of_prospect_until_month_is_coming(nlp):
    rows = timeline_rows(nlp, "The health agency warned of possible shortages of insulin pens until March.", THURSDAY)
    assert values_of(rows, "March") == {"2026-03"}


def test_near_miss_until_month_of_a_past_act(nlp):
    # no warning: a stop that ran until a month gone
    rows = timeline_rows(nlp, "The plant halted production of insulin pens until March.", THURSDAY)
    assert values_of(rows, "March") == {"2025-03"}


OVERNIGHT = (
    "The case was filed in 2025 by Aoife Brennan, a nurse from Sligo, who said her payments jumped by 60 "
    "euros overnight.\n\n"
    "The old library, built in 1902 and shut in May 2022 after part of its ceiling collapsed onto the "
    "reading room overnight, reopened on Saturday.\n\n"
    "A nurse said the leak was detected on Friday in a pipe beneath the ward, and the wing was evacuated "
    "overnight.\n\n"
    "The depot, built in 2019, burned overnight."
)


def test_overnight_under_a_past_span_dates_nothing(nlp):
    rows = {r.event: r for r in timeline_rows(nlp, OVERNIGHT, WEDNESDAY)}
    assert not any("payments jumped" in e and rows[e].time_expression == "overnight" for e in rows)
    assert not any("collapsed" in e and rows[e].time_expression == "overnight" for e in rows)


def test_overnight_joined_to_a_past_day_is_that_days_night(nlp):
    rows = {r.event: r for r in timeline_rows(nlp, OVERNIGHT, WEDNESDAY)}
    assert rows["The wing was evacuated"].value == "2026-02-06TNI"


def test_near_miss_overnight_after_an_aside_year(nlp):
    rows = {r.event: r for r in timeline_rows(nlp, OVERNIGHT, WEDNESDAY)}
    assert rows["The depot burned"].value == "2026-02-10TNI"


SEASONS = (
    "The first of the beds was laid in 2018 by members of a rowing club, the Cawsand Gig Crew, who "
    "gathered shells over the summer and set them on the seabed the following winter.\n\n"
    "The pier, built in 1990, was repaired over the summer."
)


def test_season_under_a_past_year_clause_takes_that_year(nlp):
    found = rows_by_expression(nlp, SEASONS, dt.date(2026, 3, 4))
    assert [r.value for r in found["the summer"]][0] == "2018-SU"
    assert {r.value for r in found["the following winter"]} == {"2018-WI"}


def test_near_miss_season_after_an_aside_year(nlp):
    found = rows_by_expression(nlp, SEASONS, dt.date(2026, 3, 4))
    assert [r.value for r in found["the summer"]][-1] == "2025-SU"
