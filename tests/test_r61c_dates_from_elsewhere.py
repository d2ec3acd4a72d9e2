"""Round 61c: a date taken from another expression, or a day given wrongly.

- A part of a weekday apposed to an explicit date ("on Tuesday morning, May 6") is that date's part of
  the day, not the weekday of the story's week.
- A possessive date on the clause's subject that names a person by a contest title or an apposed name
  ("Last year's champion, Rhys Calder, did not start") dates the title, not the verb: no row of it.
- A bare clock time in a later sentence does not take its day from a figure's yardstick ("up from 52
  percent in the first round a week earlier"); it takes the story's.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_rows import rows_by_expression, timeline_rows

THURSDAY = dt.date(2025, 5, 22)


@pytest.mark.parametrize("text, expression, value", [
    ("The fault was not noticed until staff returned on Tuesday morning, May 6.",
     "Tuesday morning, May 6", "2025-05-06TMO"),
    ("The ferry ran aground on Friday night, 9 May, and passengers were taken off by lifeboat.",
     "Friday night, 9 May", "2025-05-09TNI"),
    ("The council voted on Monday evening, April 28, to close the branch library.",
     "Monday evening, April 28", "2025-04-28TEV"),
    ("Divers found the wreck on Sunday afternoon, May 11, after a week of searching.",
     "Sunday afternoon, May 11", "2025-05-11TAF"),
])
def test_part_of_weekday_apposed_to_its_date(nlp, text, expression, value):
    rows = rows_by_expression(nlp, text, THURSDAY)
    assert {r.value for r in rows[expression]} == {value}
    assert not any(k.split(",")[0] == k and k.endswith(("morning", "night", "evening", "afternoon")) for k in rows)


@pytest.mark.parametrize("text, expression, value", [
    # near misses: a weekday's own part with no date after it, and a weekday with its date only
    ("The strike began on Wednesday, May 14, and ended on Thursday morning.", "Wednesday, May 14", "2025-05-14"),
    ("Talks resumed on Tuesday morning after a short break.", "Tuesday morning", "2025-05-20TMO"),
])
def test_weekday_without_apposed_date_unchanged(nlp, text, expression, value):
    assert value in {r.value for r in rows_by_expression(nlp, text, THURSDAY)[expression]}


SATURDAY = dt.date(2025, 7, 5)


@pytest.mark.parametrize("text, expression", [
    ("Last year's champion, Britain's Rhys Calder, did not start after injuring an ankle in training.",
     "Last year"),
    ("Monday's winner withdrew from the final on Wednesday with a back injury.", "Monday"),
    ("Last year's runner-up, Ana Lopes, was disqualified for a false start.", "Last year"),
])
def test_possessive_date_of_a_titled_subject_gives_no_row(nlp, text, expression):
    assert expression not in rows_by_expression(nlp, text, SATURDAY)


@pytest.mark.parametrize("text, expression", [
    # near misses: the date holds the story's day, or the subject is a happening or a thing
    ("Today's winner collapsed after crossing the line.", "Today"),
    ("Yesterday's storm killed three people in the valley.", "Yesterday"),
    ("Last year's report found that the river was polluted.", "Last year"),
])
def test_possessive_date_of_other_subjects_kept(nlp, text, expression):
    assert expression in rows_by_expression(nlp, text, SATURDAY)


def test_clock_time_passes_over_a_yardstick_day(nlp):
    text = ("Camille Berthaud narrowly won the mayoralty in a runoff on Sunday.\n\n"
            "Turnout was 58 percent, up from 52 percent in the first round a week earlier.\n\n"
            "She thanked supporters outside the town hall shortly after 10 p.m.")
    rows = timeline_rows(nlp, text, dt.date(2026, 3, 22))
    assert {r.value for r in rows if r.time_expression == "shortly after 10 p.m."} == {"2026-03-22T22:00"}


def test_clock_time_after_a_counted_back_day_without_yardstick_unchanged(nlp):
    text = ("The ferry left port on Sunday.\n\n"
            "The crew had inspected the hull on Friday.\n\n"
            "The engine failed at 4 p.m., the operator said.")
    rows = timeline_rows(nlp, text, dt.date(2026, 3, 23))
    assert {r.value for r in rows if r.time_expression == "4 p.m."} == {"2026-03-20T16:00"}


MONDAY = dt.date(2026, 2, 9)


@pytest.mark.parametrize("text, expression, kept", [
    ("The university faces a budget shortfall of 14 million euros this year after the government cut its "
     "grant in 2024.", "this year", "2024"),
    ("The theatre expects a deficit this season because the city halved its subsidy in 2023.", "this season", "2023"),
])
def test_date_before_a_clause_conjunction_is_not_the_clause_verbs(nlp, text, expression, kept):
    rows = rows_by_expression(nlp, text, MONDAY)
    assert all(expression != r.time_expression or r.trigger not in ("cut", "halve") for r in rows.get(expression, []))
    assert kept in rows


@pytest.mark.parametrize("text, expression", [
    # near misses: the date is the main verb's, or the clause's own
    ("Prices rose sharply last month after the central bank raised interest rates.", "last month"),
    ("The company hired 300 workers last year because demand rose sharply.", "last year"),
])
def test_main_clause_dates_kept(nlp, text, expression):
    assert expression in rows_by_expression(nlp, text, MONDAY)
