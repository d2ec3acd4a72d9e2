"""Round 64a: garbled relative clauses.

- A relative clause with no relative word whose subject, a common noun with its own article right
  after the noun ("a bonus the association agreed in April"), the parser apposed to that noun with
  the verb a participle on it, is told with the noun as the verb's object ("The association agreed a
  bonus"), never as a passive of the subject ("The association was agreed").
- A noun of time or manner before such a clause ("the week the plant closed") fills no object gap.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _by_expression(nlp, text):
    return {r.time_expression: r.event for r in timeline_rows(nlp, text, THURSDAY)}


def test_contact_relative_with_a_common_noun_subject_takes_its_noun_as_object(nlp):
    rows = _by_expression(nlp, "The bonus follows a jump in global coffee prices, which reached a peak in January "
                               "after drought in Brazil, and a surcharge the guild negotiated in May with Brandt "
                               "Mills, a German roaster that takes half of its crop.")
    assert rows["May"] == "The guild negotiated a surcharge with Brandt Mills"


def test_contact_relative_after_a_comma_phrase_takes_its_noun_as_object(nlp):
    rows = _by_expression(nlp, "Fewer than half of the wards met the standard within one hour of sepsis being "
                               "suspected, the limit the board fixed in 2016.")
    assert rows["2016"] == "The board fixed the limit"


def test_name_apposed_to_a_singular_noun_is_unchanged(nlp):
    rows = _by_expression(nlp, "The poet Robert Frost visited the town in 1950.")
    assert rows["1950"] == "Robert Frost visited the town"


def test_time_noun_before_a_contact_relative_is_no_object(nlp):
    rows = _by_expression(nlp, "Staff still remember the week the plant closed in 2009.")
    assert rows["2009"] == "The plant closed"


def test_manner_noun_before_a_contact_relative_is_no_object(nlp):
    rows = _by_expression(nlp, "Nobody liked the way the board voted in 2020.")
    assert rows["2020"] == "The board voted"


def test_contact_relative_parsed_as_relative_keeps_its_object(nlp):
    rows = _by_expression(nlp, "Auditors flagged some 40 contracts Ferreira signed between 2019 and 2021.")
    assert rows["between 2019 and 2021"] == "Ferreira signed some 40 contracts"


def test_it_of_a_relative_on_a_said_clause_s_object_is_unsure(nlp):
    rows = _by_expression(nlp, "Corvana Logistics said the complaint concerned a bonus scheme that it had scrapped "
                               "in October 2023.")
    assert "October 2023" not in rows  # the complaint or the company: never "The complaint had scrapped"


def test_it_of_a_relative_said_by_a_person_is_unchanged(nlp):
    rows = _by_expression(nlp, "Judge Ana Roth said the company broke a promise it had made in 2019.")
    assert rows["2019"] == "The company had made a promise"


def test_object_which_on_a_time_after_the_verb_s_object_is_unsure(nlp):
    rows = _by_expression(nlp, "Halvor Marine said it would lower its sales forecast for the year, which analysts "
                               "had questioned in April.")
    assert "April" not in rows  # never "Analysts had questioned the year"
    assert rows["the year"] == "Halvor Marine would lower its sales forecast"


def test_object_which_on_a_time_with_no_object_before_is_unchanged(nlp):
    rows = _by_expression(nlp, "Tomas Berg visited Oslo in March, which he later called the best month of his life.")
    assert rows["March"] == "Tomas Berg visited Oslo"


def test_which_after_a_compass_reference_place_is_unsure(nlp):
    rows = timeline_rows(nlp, "The flood came from a mountain lake at the top of the Ala-Archa gorge, about 25 "
                              "kilometres east of Bishkek, which broke through its ice dam at about 4:10 p.m. on "
                              "Monday and sent a wave of rock through two hamlets.", THURSDAY)
    assert not any(r.event.startswith("Bishkek") for r in rows), rows


def test_which_on_a_place_with_no_compass_word_is_unchanged(nlp):
    rows = _by_expression(nlp, "Officials toured Malmo, which opened a new bridge in 2000.")
    assert rows["2000"] == "Malmo opened a new bridge"


def test_which_after_a_clause_in_a_noun_s_phrase_is_unsure(nlp):
    rows = _by_expression(nlp, "The scandal led to hundreds of lawsuits and stricter rules on how pacemakers are "
                               "tested in Canada, which took effect in 2019.")
    assert "2019" not in rows  # never "Canada took effect"
