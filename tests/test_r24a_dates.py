"""Dates taken from another expression, a sentence's own duration, a past plan's weekday and a status
from a verb of expecting (round 24). Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from timeline_cli import extract_timeline
from timeline_cli.records import Document

MONDAY = dt.date(2025, 5, 12)


def _rows(nlp, text, ref=MONDAY):
    return extract_timeline([Document(id="a", text=text, reference_date=ref)], nlp=nlp, merge=False)


def _values(rows, trigger):
    return [r.value for r in rows if r.trigger == trigger]


def test_a_deadline_in_the_infinitive_of_a_dated_decision_does_not_date_the_deciding(nlp):
    found = _rows(nlp, "The ministry decided in 2018 to close all landfills by 2023, but the plan was delayed.")
    assert _values(found, "decide") == ["2018"], found


def test_an_until_on_a_reduced_relative_gives_no_row(nlp):
    found = _rows(nlp, "The port is operated by Nordlink until Sept. 30, and the city now wants it back.\n\n"
                       "The licence lets firms ship cargo for the Bergen terminal operated by Nordlink until Nov. 30.")
    assert not [r for r in found if r.time_expression in ("Sept. 30", "Nov. 30") and r.trigger == "operate"
                and "operated by Nordlink" in r.event and r.event.startswith("The Bergen")], found


def test_a_publication_row_of_a_clause_with_its_own_duration_is_left_out(nlp):
    found = _rows(nlp, "OSLO, May 12, 2025 (Wire) - For nearly two years, engineers at the Kvitfjell plant "
                       "tested a new turbine design.\n\nThe engineers said on Sunday the turbine worked.")
    assert not [r for r in found if r.trigger == "test"], found
    assert _values(found, "say") == ["2025-05-11"], found


def test_a_present_perfect_with_for_years_gets_no_publication_row(nlp):
    found = _rows(nlp, "OSLO, May 12, 2025 (Wire) - Anna Berg has taught at the village school for 28 years, and "
                       "on Friday she was one of the teachers who locked it for the last time.")
    assert not [r for r in found if r.trigger == "teach" and r.date_basis == "publication"], found


def test_a_weekday_in_what_a_past_plan_was_due_to_do_is_the_one_just_gone(nlp):
    found = _rows(nlp, "The previous permit was due to expire at midnight on Sunday.\n\n"
                       "The minister is due to travel to Paris on Thursday.")
    assert _values(found, "expire") == ["2025-05-12T00:00"], found  # Sunday the 11th at midnight
    assert _values(found, "travel") == ["2025-05-15"], found  # a present plan still looks ahead


def test_a_base_form_under_a_verb_of_expecting_is_expected(nlp):
    found = _rows(nlp, "The museum will reopen next month and expects to let visitors enter the new wing "
                       "later in the year.")
    entering = [r for r in found if r.trigger == "enter"]
    assert entering and all(r.status == "expected" for r in entering), found


def test_a_date_ahead_on_the_noun_of_a_past_request_gives_the_asking_no_row(nlp):
    found = _rows(nlp, "Nordlink said on Monday it would close its terminal in Bergen.\n\n"
                       "The Transport Workers Union, which represents most of the crews, said it would oppose the "
                       "plan and had asked for talks next week.", ref=dt.date(2026, 2, 19))
    assert not [r for r in found if r.time_expression == "next week"], found


def test_an_issued_thing_s_participle_is_told_alone_before_a_present_state(nlp):
    found = _rows(nlp, "The licence, issued by the ministry late on Friday, lets firms process cargo for the "
                       "Bergen terminal, Olsen told reporters.", ref=dt.date(2027, 6, 14))
    issued = [r.event for r in found if r.trigger == "issue"]
    assert issued == ["The licence was issued by the ministry"], found


def test_years_in_the_noun_of_an_after_phrase_do_not_date_a_verb_with_its_own_date(nlp):
    found = _rows(nlp, "The lake has flooded five times since 2012, after events in 1987 and 1993 that were then "
                       "seen as rare.", ref=dt.date(2026, 12, 10))
    assert not [r for r in found if r.time_expression in ("1987", "1993")], found


def test_the_hours_of_a_ban_in_an_including_phrase_give_no_row(nlp):
    found = _rows(nlp, "The city council approved the new depot on Monday.\n\nIt attached 14 conditions, including "
                       "a ban on most truck deliveries between 10:30 p.m. and 7 a.m.", ref=dt.date(2025, 8, 4))
    assert not [r for r in found if "p.m." in (r.time_expression or "")], found
    assert _values(found, "approve") == ["2025-08-04"], found
