"""Round 60b: phrases that are no dates ("up to five years earlier", an amount of shift), seasons of a
story datelined south of the equator picked by their southern days, and the status of a row told from
a participle in the subject of a past verb; on sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

MARCH = datetime.date(2026, 3, 12)
FEBRUARY = datetime.date(2026, 2, 16)


def _rows(nlp, text, when, expression):
    return [r for r in timeline_rows(nlp, text, when) if r.time_expression == expression]


# --- "up to N years earlier/later": how much earlier, not a date -------------------------------------

def test_an_upper_bound_on_how_much_earlier_is_no_date(nlp):
    text = "Night-shift nurses will be able to retire up to four years earlier under the new scheme."
    assert not any("earlier" in r.time_expression for r in timeline_rows(nlp, text, MARCH))


def test_an_upper_bound_on_how_much_later_is_no_date(nlp):
    text = "The toll bridge opened in May 2019. Drivers may pay the old fee for up to two years later than planned."
    assert not any("later" in r.time_expression for r in timeline_rows(nlp, text, MARCH))


def test_a_count_back_from_a_told_date_is_still_a_date(nlp):
    text = "The factory closed in May 2020. Two years later, the site was sold to a developer."
    rows = _rows(nlp, text, MARCH, "Two years later")
    assert [r.value for r in rows] == ["2022-05"]


def test_an_approximate_count_back_is_still_a_date(nlp):
    text = "The mine was flooded in 2018. About five years earlier, inspectors had warned of the risk."
    rows = _rows(nlp, text, MARCH, "About five years earlier")
    assert [r.value for r in rows] == ["2013"]


# --- a season of a southern story: the southern one ahead or gone --------------------------------------

def test_a_southern_winter_said_in_february_is_the_one_ahead(nlp):
    text = ("PERTH, Feb. 16, 2026 (Wire) - The water authority said on Monday that the desalination plant "
            "could be forced to cut output by the winter.")
    rows = _rows(nlp, text, FEBRUARY, "the winter")
    assert rows and {r.value for r in rows} == {"2026-WI"}
    assert rows[0].date == "2026-06-01"


def test_a_southern_summer_gone_in_february_is_the_one_just_had(nlp):
    text = ("AUCKLAND, Feb. 16, 2026 (Wire) - The ferry company said on Monday its boats had been full "
            "over the summer.")
    rows = _rows(nlp, text, FEBRUARY, "the summer")
    assert rows and {r.value for r in rows} == {"2025-SU"}
    assert rows[0].date == "2025-12-01"


def test_last_summer_in_a_southern_february_is_the_one_before(nlp):
    text = "CAPE TOWN, Feb. 16, 2026 (Wire) - The city said on Monday its dams had run low last summer."
    rows = _rows(nlp, text, FEBRUARY, "last summer")
    assert {r.value for r in rows} == {"2024-SU"}


def test_a_northern_story_keeps_its_northern_winter(nlp):
    text = ("OSLO, Feb. 16, 2026 (Wire) - The water authority said on Monday that the plant had cut output "
            "during the winter.")
    rows = _rows(nlp, text, FEBRUARY, "the winter")
    assert {r.value for r in rows} == {"2025-WI"}
    assert rows[0].date == "2025-12-01"


# --- a participle in the subject of a past verb: the row's deed is done --------------------------------

def test_a_row_from_a_participle_in_the_subject_of_a_past_saying_is_done(nlp):
    text = "Commuters waiting at the station on Thursday morning said they had been given no warning."
    rows = _rows(nlp, text, MARCH, "Thursday morning")
    assert rows and all(r.status == "occurred" for r in rows)


def test_a_row_from_a_participle_in_the_subject_of_a_past_passive_is_done(nlp):
    text = "Fans queuing outside the stadium on Thursday evening were told the match had been called off."
    rows = _rows(nlp, text, MARCH, "Thursday evening")
    assert rows and all(r.status == "occurred" for r in rows)


def test_a_participle_in_the_subject_of_a_present_verb_still_goes_on(nlp):
    text = "Residents living near the plant on Thursday say the smell has grown worse."
    rows = _rows(nlp, text, MARCH, "Thursday")
    assert rows and all(r.status == "ongoing" for r in rows)


# --- a conjunct with a condition of its own: not dated by the first conjunct's date -------------------

def test_a_conditional_conjunct_does_not_take_the_first_conjuncts_date(nlp):
    text = "The airline said it would cut 200 jobs in March and close the Leeds base if sales did not recover."
    rows = timeline_rows(nlp, text, MARCH)
    assert any(r.trigger == "cut" and r.time_expression == "March" for r in rows)
    assert not any(r.trigger == "close" and r.time_expression == "March" for r in rows)


def test_an_unless_conjunct_does_not_take_the_first_conjuncts_date(nlp):
    text = "The mayor said the city would shut the pool on Monday and sell the site unless a buyer came forward."
    rows = timeline_rows(nlp, text, MARCH)
    assert not any(r.trigger == "sell" and r.time_expression == "Monday" for r in rows)


def test_a_plain_conjunct_still_shares_the_date(nlp):
    text = "The firm will open a plant in May and hire 300 workers."
    rows = timeline_rows(nlp, text, MARCH)
    assert any(r.trigger == "hire" and r.time_expression == "May" for r in rows)


# --- a possessive date under a purpose infinitive of a modal clause: the noun's, not the asking's ---------

def test_a_past_possessive_below_a_purpose_infinitive_does_not_date_the_modal_clause(nlp):
    text = ("The dairy said on Tuesday it would need a loan of 5 million euros to keep trading after big "
            "losses from last month's fire.")
    rows = timeline_rows(nlp, text, FEBRUARY)
    assert not any(r.time_expression == "last month" for r in rows)
    assert any(r.trigger == "say" and r.time_expression == "Tuesday" for r in rows)


def test_a_past_possessive_below_a_purpose_infinitive_of_a_plain_past_keeps_its_row(nlp):
    text = "The council borrowed 3 million dollars to rebuild the pier after last week's storm."
    rows = timeline_rows(nlp, text, FEBRUARY)
    assert any(r.time_expression == "last week" for r in rows)
