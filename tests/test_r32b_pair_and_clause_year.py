"""Round 32b: the second weekday of an "and" pair goes the first's way ("rain is forecast for Thursday
and Friday"), and a month or holiday takes the year its clause names in figures ("an ice storm in
December 2013 cut power over Christmas"), not the story's."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

WED = datetime.date(2026, 9, 9)  # a Wednesday


def _dates(nlp, text, ref=WED):
    return {(r.time_expression, r.date) for r in timeline_rows(nlp, text, ref)}


def test_coming_pair_of_weekdays(nlp):
    dates = _dates(nlp, "The weather office said heavy snow was forecast for Thursday and Friday across the north.")
    assert ("Friday", "2026-09-11") in dates or any(d == "2026-09-10" and "Friday" in t for t, d in dates), dates
    assert not any(d == "2026-09-04" for _, d in dates)


def test_coming_pair_of_weekdays_or(nlp):
    dates = _dates(nlp, "The mediator said further talks were planned for Friday and Saturday.")
    assert {("Friday", "2026-09-11"), ("Saturday", "2026-09-12")} <= dates, dates


def test_past_pair_stays_past(nlp):
    dates = _dates(nlp, "Police arrested four men on Monday and Tuesday after the raid on the depot.")
    assert dates and not any(d > "2026-09-09" for _, d in dates), dates


def test_clause_year_gives_holiday_its_year(nlp):
    rows = timeline_rows(nlp, "A smaller flood in Porto Alegre in May 2019 closed dozens of schools over Easter.", WED)
    assert any(r.time_expression == "Easter" and r.date == "2019-04-21" for r in rows), rows


def test_clause_year_through_when_clause(nlp):
    rows = timeline_rows(nlp, "The strike recalled the 1998 dispute at the same mill, when workers occupied the site "
                              "for three weeks in October.", WED)
    months = [r for r in rows if r.time_expression and "October" in r.time_expression]
    assert months and all(r.date.startswith("1998-10") for r in months)


def test_parenthetical_year_does_not_date_the_main_clause(nlp):
    rows = timeline_rows(nlp, "The brewery, founded in 1990, said in March that it would close its second plant.", WED)
    months = [r for r in rows if r.time_expression and "March" in r.time_expression]
    assert months and all(r.date.startswith("2026-03") for r in months)


def test_then_sentence_keeps_the_day_not_the_hour(nlp):
    rows = timeline_rows(nlp, "Maria Santos opened her bakery at 4 a.m. on Tuesday, as she does every day. "
                              "Then she loaded her van and drove to the market in Braga.", WED)
    later = [r for r in rows if r.date_basis == "context"]
    assert later and all(r.value == "2026-09-08" for r in later)
    assert any(r.value == "2026-09-08T04:00" and r.date_basis == "text" for r in rows)


def test_scene_without_then_keeps_its_hour(nlp):
    rows = timeline_rows(nlp, "Police stopped the lorry at 3 a.m. on Sunday. They searched its trailer and "
                              "found 40 kilograms of cocaine.", WED)
    later = [r for r in rows if r.date_basis == "context"]
    assert all(r.value == "2026-09-06T03:00" for r in later)


def test_this_season_is_not_the_clauses_year(nlp):
    rows = timeline_rows(nlp, "The airline said it had first seen the fault in 2023 and fixed it this summer.", WED)
    seasons = [r for r in rows if r.time_expression == "this summer"]
    assert all(r.value == "2026-SU" for r in seasons)
