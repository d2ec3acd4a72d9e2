"""Descriptions with no event of their own (the seventh judged sample's "Remedies starting",
"Wanjiru to run in London or Boston", "Nobody should remain ...", "Queues were shorter"):
events/verbless.py, on sentences written for these tests."""
from __future__ import annotations

from test_events import day, expr, month, rows, year


# ------------------------------------------------------------------------ no finite verb
def test_a_participle_on_a_noun_whose_preposition_is_left_out_is_no_row(nlp):
    text = "The regulator said it would hold talks on fees starting in March, and the airline may appeal."
    assert [r.event for r in rows(nlp, text, month(text, "March", "2026-03"))] == []


def test_an_absolute_with_clause_is_no_row(nlp):
    text = "Coastal towns have closed their schools as Storm Idris moved north, with landfall expected early on Friday."
    assert [r.event for r in rows(nlp, text, day(text, "Friday", "2026-01-16"))] == []


def test_a_subject_before_an_infinitive_of_another_verb_is_no_row(nlp):
    text = "Okafor said he would take a month off and then decide whether to race in Paris or Berlin next autumn."
    found = rows(nlp, text, expr(text, "next autumn", "2026-FA", "2026-09-01", "2026-11-30", granularity="season"))
    assert [r.event for r in found] == []


def test_a_subject_before_a_gerund_of_another_verb_is_no_row(nlp):
    text = "She is accused of passing customer records to a rival firm on three occasions in 2024."
    assert [r.event for r in rows(nlp, text, year(text, "2024"))] == []


def test_a_noun_with_its_infinitive_and_a_finite_verb_stay(nlp):
    text = "The council said its plan to build 500 homes by 2028 was on track."
    assert [r.event for r in rows(nlp, text, year(text, "2028"))] == \
        ["The council's plan to build 500 homes was on track"]


# ------------------------------------------------------------------------ advice and yardsticks
def test_advice_to_everyone_is_no_row(nlp):
    for text, phrase, value in (('"Nobody should drive on the coast road after Friday," the police chief said on '
                                 'Tuesday.', "Friday", "2026-01-16"),
                                ('"Everyone must stay indoors until Sunday," the mayor said in a radio address.',
                                 "Sunday", "2026-01-18")):
        assert [r.event for r in rows(nlp, text, day(text, phrase, value))] == [], text


def test_a_date_in_a_comparisons_yardstick_is_no_row(nlp):
    text = "Ticket sales rose again on Monday, although they were lower than on Saturday."
    assert [r.event for r in rows(nlp, text, day(text, "Saturday", "2026-01-10"))] == []
    text = "Exports were higher than in 2019, the ministry said."
    assert [r.event for r in rows(nlp, text, year(text, "2019"))] == []
