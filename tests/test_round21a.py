"""Round 21a: spliced quotations, reduced relatives on anyone or a statement, open "whether"
questions, a number object hung on the date, a participle on a verb's left-out object, and the present
of the story's own evening (events/spliced_quotes.py, generic_relatives.py, own_dates.py,
lost_object.py, verbless.py, tonight.py), on sentences written for these tests."""
from __future__ import annotations

import datetime

from test_events import REF, day, expr, rows, year
from timeline_rows import timeline_rows


# ------------------------------------------------------------------------ spliced quotations
def test_a_fronted_quotation_is_told_as_its_speaker_saying_it(nlp):
    text = '"The accounts were closed without warning," Hughes told reporters after the hearing on Tuesday.'
    found = rows(nlp, text, day(text, "Tuesday", "2024-06-25"))
    assert [r.event for r in found] == ["Hughes said the accounts were closed without warning"]


def test_a_quotation_after_a_colon_is_lower_cased_after_said(nlp):
    text = 'Minister Ruth Kane told the BBC on Wednesday: "There is a deadline and it applies to all."'
    events = [r.event for r in rows(nlp, text, day(text, "Wednesday", "2024-06-26"))]
    assert events and all(e.startswith("Minister Ruth Kane said there is a deadline") for e in events)


def test_a_quotation_opening_on_a_name_keeps_its_capital(nlp):
    text = '"Brennan knew about the losses," Hughes told reporters after the hearing on Tuesday.'
    found = rows(nlp, text, day(text, "Tuesday", "2024-06-25"))
    assert [r.event for r in found] == ["Hughes said Brennan knew about the losses"]


def test_a_quotation_whose_mark_the_parser_hung_on_the_clause_is_told_as_said(nlp):
    text = ("Finance minister blames oversight\n\nLISBON, Nov. 5, 2025 (Wire) - Portugal's finance minister said on "
            "Tuesday that no money was stolen.\n\n\"There was no fraud, as far as we know today, but there was a "
            "complete failure of oversight,\" Finance Minister Rui Costa told parliament's budget committee on Tuesday "
            "afternoon. \"Someone has to answer for that.\"")
    found = timeline_rows(nlp, text, datetime.date(2025, 11, 5))
    told = [r.event for r in found if r.time_expression == "Tuesday afternoon"]
    assert told == ["Finance Minister Rui Costa said there was no fraud"]


# ------------------------------------------------------------------------ reduced relatives
def test_a_reduced_relative_on_people_is_no_row(nlp):
    text = "The rule will apply so that people born in 2013 or later can never buy them."
    assert "People were born" not in [r.event for r in rows(nlp, text, year(text, "2013"))]


def test_a_reduced_relative_on_counted_people_keeps_its_passive(nlp):
    text = "Two clinics were bombed and 12 people injured in 1993, the report said."
    assert any(r.event.startswith("12 people were injured") for r in rows(nlp, text, year(text, "1993")))


def test_a_statement_posted_on_a_day_is_no_row_of_its_own(nlp):
    text = 'The embassy called the claims "baseless" in a statement posted late on Tuesday.'
    found = rows(nlp, text, day(text, "Tuesday", "2024-06-25"))
    assert not any(r.event.startswith("A statement was posted") for r in found)


def test_a_reduced_relative_on_another_noun_keeps_its_passive(nlp):
    text = "The signals were due to be replaced under a renewal plan approved in 2019, the operator said."
    assert "A renewal plan was approved" in [r.event for r in rows(nlp, text, year(text, "2019"))]


# ------------------------------------------------------------------------ open questions, lost objects
def test_a_finite_whether_clause_is_no_row(nlp):
    text = "The union asked the court to rule on whether the walkout could go ahead in May."
    found = rows(nlp, text, expr(text, "May", "2025-05", "2025-05-01", "2025-05-31", granularity="month"))
    assert not any("could go ahead" in r.event and "whether" not in r.event for r in found)


def test_a_number_object_hung_on_the_date_leaves_no_hanging_verb(nlp):
    text = "The railway hired 300 last year and plans to add another 200 in 2027."
    found = rows(nlp, text, expr(text, "last year", "2023", "2023-01-01", "2023-12-31", granularity="year"))
    assert "The railway hired" not in [r.event for r in found]


def test_a_present_participle_on_a_left_out_object_is_no_row(nlp):
    text = "Divers last month raised a bronze anchor bearing the shipyard's mark and the date 1802."
    found = rows(nlp, text, year(text, "1802"))
    assert not any(r.event.startswith("A bronze anchor bearing") for r in found)


# ------------------------------------------------------------------------ tonight's plan
def test_a_present_simple_this_evening_is_expected(nlp):
    text = "The theatre, which was damaged by a flood in 2020, reopens this evening with a concert by its orchestra."
    found = rows(nlp, text, expr(text, "this evening", f"{REF}TEV", REF, type="TIME", granularity="time"))
    assert [(r.event, r.status) for r in found] == \
        [("The theatre reopens with a concert by its orchestra", "expected")]


def test_a_present_simple_on_a_past_evening_stays_occurred(nlp):
    text = "The theatre, which was damaged by a flood in 2020, reopens on Monday evening with a concert."
    found = rows(nlp, text, expr(text, "Monday evening", "2024-06-24TEV", "2024-06-24", type="TIME", granularity="time"))
    assert [r.status for r in found if "reopens" in r.event] == ["occurred"]


def test_a_saying_this_evening_stays_occurred(nlp):
    text = "The mayor says this evening that the theatre is safe."
    found = rows(nlp, text, expr(text, "this evening", f"{REF}TEV", REF, type="TIME", granularity="time"))
    assert all(r.status == "occurred" for r in found)


# ------------------------------------------------------------------------ an age
def test_an_apposed_age_is_no_row(nlp):
    text = "The pupils, aged between eight and 12, developed rashes, headaches and fever on Monday evening, the office said."
    found = rows(nlp, text, expr(text, "Monday evening", "2024-06-24TEV", "2024-06-24", type="TIME", granularity="time"))
    assert not any("aged" in r.event for r in found)


def test_aged_with_a_place_is_no_age(nlp):
    text = "The whisky was aged in oak casks in 2010, the distillery said."
    assert [r.event for r in rows(nlp, text, year(text, "2010"))] == ["The whisky was aged in oak casks"]
