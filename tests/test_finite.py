"""Rows that need a finite verb, and quotations that are no event (issue 10, items 3 and 5):
events/finite.py, on sentences written for these tests."""
from __future__ import annotations

from test_events import expr, only, rows, year


# ------------------------------------------------------------------------ participles made finite
def test_a_participle_before_its_clause_is_told_in_the_passive(nlp):
    text = "Founded in 2011 by two former shipbuilders, Nordlys runs ferries along the western coast."
    row = only(nlp, text, year(text, "2011"))
    assert row.event == "Nordlys was founded by two former shipbuilders"


def test_a_reduced_relative_is_told_in_the_passive_around_its_noun(nlp):
    text = "The company will recall 40 boats fitted with engines built in 2021."
    row = only(nlp, text, year(text, "2021"))
    assert row.event == "Engines were built"


def test_a_participle_between_commas_parsed_as_the_verb_is_a_passive(nlp):
    text = "A previous pact, agreed in 2022, collapsed in March when the group was accused of killing two leaders."
    found = rows(nlp, text, year(text, "2022"), expr(text, "March", "2024-03", "2024-03-01", "2024-03-31",
                                                     granularity="month"))
    assert [r.event for r in found if r.value == "2022"] == ["A previous pact was agreed"]


def test_a_reduced_relative_after_a_noun_inside_a_phrase_is_no_row(nlp):
    text = "An agreement with the unions, signed in 2022, runs out next spring."
    assert not [r for r in rows(nlp, text, year(text, "2022")) if r.value == "2022"]


def test_a_move_after_before_is_told_in_the_future_when_ahead(nlp):
    text = "The 30-year-old striker played his last game for the club before moving to a team in Japan in 2025."
    row = only(nlp, text, year(text, "2025"))
    assert row.event == "The 30-year-old striker will move to a team in Japan"


def test_a_past_participle_after_a_preposition_is_no_row(nlp):
    text = "The former coach left Porto in 2021 after losing the cup final in 2020."
    assert [r.value for r in rows(nlp, text, year(text, "2021"), year(text, "2020"))] == ["2021"]


def test_with_and_a_past_participle_was_going_on(nlp):
    text = "The firm kept its chief pilot, with the veteran captain retiring to a farm in 2019."
    row = only(nlp, text, year(text, "2019"))
    assert row.event == "The veteran captain was retiring to a farm"


def test_with_and_a_participle_ahead_will_happen(nlp):
    text = "The firm will keep its chief pilot, with the veteran captain retiring to a farm in 2025."
    found = rows(nlp, text, year(text, "2025"))
    assert [r.event for r in found] == ["The veteran captain will retire to a farm"]


# ------------------------------------------------------------------------ relative clause gaps
def test_a_relative_clause_without_its_object_takes_its_noun_back(nlp):
    text = "Investigators questioned the suppliers the ministry has hired since 2020."
    row = only(nlp, text, year(text, "2020"))
    assert row.event == "The ministry has hired the suppliers"


# ------------------------------------------------------------------------ quotations and advice
def test_a_first_person_quotation_is_no_row(nlp):
    text = '"They crushed us 4-1 in the final in 2022," the coach said.'
    assert not rows(nlp, text, year(text, "2022"))


def test_what_we_saw_is_no_row(nlp):
    text = '"We saw the water coming up the street on Sunday," said resident Kari Holm.'
    assert not rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"))


def test_a_named_speaker_saying_i_keeps_the_row(nlp):
    text = '"I am staying," coach Ana Lima said on Wednesday.'
    row = only(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert row.event == "Coach Ana Lima said I am staying"


def test_a_saying_whose_words_say_we_is_no_row(nlp):
    text = '"We begin the repairs now," chief executive Lars Berg said on Wednesday.'
    assert not rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))


def test_advice_to_anyone_is_no_row(nlp):
    text = "Anyone who travelled on the boats in 2023 and notices engine smoke should call the company."
    assert not rows(nlp, text, year(text, "2023"))


def test_the_country_us_is_no_pronoun(nlp):
    text = "The US imposed tariffs on steel in 2018."
    row = only(nlp, text, year(text, "2018"))
    assert row.event.startswith("The US imposed tariffs")
