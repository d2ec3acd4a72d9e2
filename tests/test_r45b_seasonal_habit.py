"""Round 45b: what a relative clause says can be done in a season named bare ("stubble, which the
beetles can use to shelter over winter") is a habit, no row dated this year's season; a season of a
happening in a relative clause, or "can" in a main clause, keeps its row."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

JUNE = datetime.date(2025, 6, 11)


def _by_expression(rows, expression):
    return [r for r in rows if r.time_expression == expression]


def test_can_with_an_infinitive_in_a_relative_over_winter_is_no_row(nlp):
    rows = timeline_rows(nlp, "Farmers were told to clear stubble, which the beetles can use to shelter over winter.",
                         JUNE)
    assert _by_expression(rows, "winter") == [], rows


def test_can_in_a_that_relative_during_summer_is_no_row(nlp):
    rows = timeline_rows(nlp, "Officials urged residents to drain ponds that mosquitoes can breed in during summer.",
                         JUNE)
    assert _by_expression(rows, "summer") == [], rows


def test_can_in_a_which_relative_in_autumn_is_no_row(nlp):
    rows = timeline_rows(nlp, "The council cleared the gutters, which leaves can block in autumn.", JUNE)
    assert _by_expression(rows, "autumn") == [], rows


def test_a_happening_in_a_relative_clause_keeps_its_season(nlp):
    rows = timeline_rows(nlp, "The plant, which the company reopened in spring, employs 400 people.", JUNE)
    assert [r.event for r in _by_expression(rows, "spring")] == ["The company reopened the plant"], rows


def test_can_in_a_main_clause_is_unchanged(nlp):
    rows = timeline_rows(nlp, "The new ferry line can open in spring, the ministry said.", JUNE)
    assert _by_expression(rows, "spring"), rows
