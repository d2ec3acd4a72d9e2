"""Round 45b: a relative clause with no relative word whose subject the parser hung on its noun as an
apposition ("about 12 flights MacAskill made between ...": "MacAskill" apposed to "flights", "made" a
participle on the name) is told with the noun as the verb's object, never as a passive of the name
("MacAskill was made"); and the main clause of a past counterfactual ("would (not) have" + participle
under an "if" or "Had ..." clause, or dated before the article's day) is no row."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

JUNE = datetime.date(2025, 6, 11)  # a Wednesday


def _events(rows):
    return [r.event for r in rows]


def test_contact_relative_misread_as_apposition_takes_its_noun_as_object(nlp):
    rows = timeline_rows(nlp, "The auditor, Sean Brennan, said in a report published on Friday that he had received "
                              "a complaint last month about 12 flights MacAskill made between March 2023 and May 2024.",
                         JUNE)
    made = [r for r in rows if r.time_expression == "between March 2023 and May 2024"]
    assert [r.event for r in made] == ["MacAskill made about 12 flights"], rows
    assert made[0].actors == ["MacAskill"]
    assert not any("was made" in e for e in _events(rows)), rows


def test_contact_relative_with_a_two_word_name(nlp):
    rows = timeline_rows(nlp, "The inspector, Maria Kessler, said in a letter sent on Tuesday that she had received "
                              "a complaint last week about 25 journeys MacLeod made between January 2024 and "
                              "December 2025.", JUNE)
    assert "MacLeod made about 25 journeys" in _events(rows), rows
    assert not any("was made" in e for e in _events(rows)), rows


def test_contact_relatives_parsed_as_relatives_are_unchanged(nlp):
    rows = timeline_rows(nlp, "Auditors flagged some 40 contracts Ferreira signed between 2019 and 2021.", JUNE)
    assert "Ferreira signed some 40 contracts" in _events(rows), rows


def test_an_apposed_name_before_a_finite_verb_is_unchanged(nlp):
    rows = timeline_rows(nlp, "The poet Robert Frost visited the town in 1950.", JUNE)
    assert _events(rows) == ["Robert Frost visited the town"], rows


def test_a_reduced_passive_on_a_name_set_off_by_commas_is_unchanged(nlp):
    rows = timeline_rows(nlp, "Smith, appointed in 2020, resigned on Monday.", JUNE)
    assert "Smith was appointed" in _events(rows), rows


def test_counterfactual_with_if_clause_is_no_row(nlp):
    rows = timeline_rows(nlp, '"If the council had listened, it would not have closed the library in March," '
                              'Ortiz said.', JUNE)
    assert not any("would" in e for e in _events(rows)), rows


def test_counterfactual_with_if_clause_after_is_no_row(nlp):
    rows = timeline_rows(nlp, "The bank would have collapsed in 2008 if the government had not stepped in.", JUNE)
    assert rows == [], rows


def test_counterfactual_with_inverted_had_is_no_row(nlp):
    rows = timeline_rows(nlp, '"Had the club paid its debts, it would have kept its licence last year," '
                              'the fan group said.', JUNE)
    assert not any("would have kept" in e for e in _events(rows)), rows


def test_would_have_with_a_date_ahead_is_a_forecast_and_stays(nlp):
    rows = timeline_rows(nlp, "The ministry said the new bridge would have been finished by 2027.", JUNE)
    assert any(r.value == "2027" for r in rows), rows


def test_a_plain_conditional_future_is_unchanged(nlp):
    rows = timeline_rows(nlp, "The company said it would close the plant in March if sales kept falling.", JUNE)
    assert "The company would close the plant" in _events(rows), rows


def test_counterfactual_over_an_infinitive_is_no_row(nlp):
    rows = timeline_rows(nlp, '"If the coach had any doubts, he would not have agreed to extend his contract '
                              'last week," the club said.', JUNE)
    assert not any("would not have agreed" in e for e in _events(rows)), rows


def test_a_plain_past_over_an_infinitive_is_unchanged(nlp):
    rows = timeline_rows(nlp, "The coach agreed to extend his contract last week, the club said.", JUNE)
    assert any("agreed to extend his contract" in e for e in _events(rows)), rows
