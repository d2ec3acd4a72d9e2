"""Reduced clauses told by their verb (events/reduced.py), one happening given two rows by its own
date's words (events/twice.py), and a verb whose adjective complement is cut (events/kept.py): the
thirteenth judged sample's classes, on sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def _rows(nlp, text):
    found = timeline_rows(nlp, text, datetime.date(2025, 5, 4))
    return [(r.time_expression, r.event, r.status) for r in found]


def test_a_gerund_of_simultaneity_is_told_by_its_verb(nlp):
    found = _rows(nlp, "Police said a woman in her 70s died of a stroke while shovelling snow in Leeds on "
                       "Sunday morning.")
    assert ("Sunday morning", "A woman in her 70s died of a stroke", "occurred") in found
    assert not any("shovelling" in event and "died" not in event for _, event, _ in found)


def test_a_participle_small_clause_is_told_by_its_order(nlp):
    found = _rows(nlp, "A judge in Toledo ordered five of them held in custody on Tuesday.")
    assert [event for when, event, _ in found if when == "Tuesday"] == \
        ["A judge in Toledo ordered five of them held in custody"]


def test_a_day_and_its_clock_time_give_one_row(nlp):
    found = _rows(nlp, "The ferry sent a mayday call on Tuesday at about 3:15 a.m. near the coast.")
    assert [when for when, event, _ in found if "mayday" in event] == ["about 3:15 a.m."]


def test_a_day_alone_keeps_its_row(nlp):
    found = _rows(nlp, "The ferry sent a mayday call on Tuesday near the coast.")
    assert [when for when, event, _ in found if "mayday" in event] == ["Tuesday"]


def test_a_year_in_a_name_is_no_second_date(nlp):
    found = _rows(nlp, "The 2027 budget, which ministers had hoped to publish in June, will now be delayed "
                       "until next year, the treasury said.")
    assert not any(when == "2027" for when, _, _ in found)
    assert any(when == "next year" and "delayed" in event for when, event, _ in found)


def test_a_verb_that_would_lose_its_adjective_goes(nlp):
    found = _rows(nlp, "Officials said about 40 people died or went missing in the floods last month.")
    assert not any("went" in event and "missing" not in event for _, event, _ in found)


def test_a_state_in_a_when_clause_gives_no_row(nlp):
    found = _rows(nlp, "The first mill on the river was built in 1802, when the town was part of the Kingdom "
                       "of Bohemia.")
    assert [event for when, event, _ in found if when == "1802"] == ["The first mill on the river was built"]


def test_a_happening_in_a_when_clause_keeps_its_row(nlp):
    found = _rows(nlp, "The first mill on the river was built in 1802, when the town joined the Kingdom "
                       "of Bohemia.")
    assert any(when == "1802" and "joined" in event for when, event, _ in found)
