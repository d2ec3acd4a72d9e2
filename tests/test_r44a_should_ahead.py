"""Round 44a: "should" + verb, not perfect, is an expectation ahead, as "must" is: a bare month or a
weekday it dates is the coming one ("the second line should follow in April", said in October: next
April). "Should have" + participle looks back and keeps the month gone."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

OCTOBER = datetime.date(2025, 10, 20)  # a Monday


def test_should_follow_in_a_month_gone_is_next_year(nlp):
    rows = timeline_rows(nlp, "The second turbine should follow in April, the operator said.", OCTOBER)
    assert values_of(rows, "April") == {"2026-04"}, rows


def test_should_open_in_a_month_gone_is_next_year(nlp):
    rows = timeline_rows(nlp, "The new ferry terminal should open in March if the weather holds, the port said.", OCTOBER)
    assert values_of(rows, "March") == {"2026-03"}, rows


def test_should_arrive_on_a_weekday_is_the_coming_one(nlp):
    rows = timeline_rows(nlp, "The first vaccine shipments should arrive on Thursday, the ministry said.", OCTOBER)
    assert values_of(rows, "Thursday") == {"2025-10-23"}, rows


def test_should_have_been_paid_in_a_month_gone_keeps_it(nlp):
    rows = timeline_rows(nlp, "The bonuses should have been paid in March, the union said.", OCTOBER)
    assert values_of(rows, "March") <= {"2025-03"}, rows


def test_a_past_month_in_the_simple_past_is_unchanged(nlp):
    rows = timeline_rows(nlp, "The second turbine started in April, the operator said.", OCTOBER)
    assert values_of(rows, "April") == {"2025-04"}, rows
