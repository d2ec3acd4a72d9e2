"""Dates a clause borrows from another expression, and dated sentences that gave no row (round 25).
Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from timeline_cli import extract_timeline
from timeline_cli.records import Document

MONDAY = dt.date(2025, 5, 12)


def _rows(nlp, text, ref=MONDAY):
    return extract_timeline([Document(id="a", text=text, reference_date=ref)], nlp=nlp, merge=False)


def test_a_deadline_in_the_complement_of_a_commitment_does_not_date_the_commitment(nlp):
    found = _rows(nlp, "The government remains committed to bringing the deficit below 4 percent by 2027.\n\n"
                       "The minister said the cabinet was determined to balance the budget by 2028.\n\n"
                       "The council is on track to finish the new bridge by 2029.")
    assert not [r for r in found if r.value in ("2027", "2028", "2029")], found


def test_a_deadline_on_a_forecast_still_gives_its_row(nlp):
    found = _rows(nlp, "The council is expected to finish the new bridge by 2029.")
    assert [r.value for r in found if r.trigger == "finish"] == ["2029"], found


def test_a_noun_named_by_its_own_year_does_not_take_its_conjuncts_year(nlp):
    found = _rows(nlp, "The navy said on Friday that the wreck had been found.\n\nA 1998 French anti-ship test and the 2004 collision between a Dutch ferry and a retired "
                       "British naval vessel sank dozens of them.")
    collision = [r for r in found if r.trigger == "collision"]
    assert collision and all(r.value == "2004" for r in collision), found


def test_a_month_told_as_a_thing_in_the_subject_dates_no_verb(nlp):
    found = _rows(nlp, "Timely winter rains and a mild March helped yields in three provinces.\n\n"
                       "A wet April and strong sunshine boosted the harvest.")
    assert not [r for r in found if r.trigger in ("help", "boost") and r.date_basis == "text"], found


def test_a_month_that_dates_its_clause_still_gives_a_row(nlp):
    found = _rows(nlp, "In early April, storms flooded dozens of towns.")
    assert [r.trigger for r in found] == ["flood"], found


def test_a_date_on_the_gerund_of_a_passive_verbs_agent_dates_the_passive_verb(nlp):
    found = _rows(nlp, "Villagers were woken by soldiers banging on doors shortly after midnight.")
    assert [(r.trigger, r.event) for r in found if r.time_expression == "shortly after midnight"] == \
        [("wake", "Villagers were woken by soldiers banging on doors")], found


def test_a_participle_between_commas_after_an_adverb_is_told_passive(nlp):
    found = _rows(nlp, "The Eiger, first climbed in 1938, claims several lives most summers.\n\n"
                       "The tower, last renovated in 1988, needs new windows.")
    assert [(r.value, r.event) for r in found if r.date_basis == "text"] == \
        [("1938", "The Eiger was first climbed"), ("1988", "The tower was last renovated")], found


def test_a_date_after_a_kept_objects_participle_dates_the_keeping_through_both_days(nlp):
    found = _rows(nlp, "The agency said on Friday that prices had risen.\n\n"
                       "Gusts of more than 90 km/h kept lifeboats grounded all of Friday and Saturday.")
    kept = [r for r in found if r.event.startswith("Gusts")]
    assert [(r.value, r.event) for r in kept] == \
        [("2025-05-09/2025-05-10", "Gusts of more than 90 km h kept lifeboats grounded")], found


def test_a_participle_of_another_verbs_object_still_gives_no_row(nlp):
    found = _rows(nlp, "The agency said on Friday that prices had risen.\n\nThe firm cancelled a contract signed in 2019.")
    assert not [r for r in found if r.value == "2019"], found


def test_a_month_ahead_on_the_bare_participle_of_a_past_clause_is_the_one_gone(nlp):
    april = dt.date(2026, 4, 2)
    found = _rows(nlp, "The agency said on Wednesday that prices had risen.\n\n"
                       "A report released in May found that an alarm had failed.", ref=april)
    assert [(r.value, r.status) for r in found if r.time_expression == "May"] == [("2025-05", "occurred")], found
