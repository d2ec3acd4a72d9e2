"""Round 73d: an object relative clause the parser read as a participle on its subject
(events/object_relatives.py).

"a licence that the water agency issued in April 2022" parsed with "issued" a participle on
"agency" was told "The state water agency was issued": the issuer made the thing issued, the licence
lost. The clause is told as its words mean it, the antecedent its object.

A participle on a noun with a multiplier ("more than twice the 14 percent reported in 2023") dates
the figure compared with: no row, wherever the phrase stands (events/apposed_names.py).

A relative clause the parser hung on the amount of a "worth" phrase ("the contracts, worth about 60
million euros, which were signed") stands for the thing worth it (events/worth_amounts.py).
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _by_expression(nlp, text):
    return {r.time_expression: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_relative_after_an_object_is_told_with_its_object(nlp):
    rows = _by_expression(nlp, "A regional court on Tuesday cancelled a licence that the state water agency issued "
                               "in April 2022, which had allowed the bottler to pump from the aquifer until 2040.")
    assert rows["April 2022"].event == "The state water agency issued a licence"
    assert rows["April 2022"].value == "2022-04"


def test_relative_on_the_sentence_subject(nlp):
    rows = _by_expression(nlp, "A rent control bill that the lower house approved last month is due to reach the "
                               "Senate in July.")
    assert rows["last month"].event == "The lower house approved a rent control bill"
    assert rows["last month"].value == "2025-05"


def test_relative_under_a_passive_main_verb(nlp):
    rows = _by_expression(nlp, "A water tax that the regional assembly adopted in January will be cut.")
    assert rows["January"].event == "The regional assembly adopted a water tax"


def test_antecedent_told_with_the_noun_above_it(nlp):
    rows = _by_expression(nlp, "The tribunal struck down a permit for a quarry that the state mining authority "
                               "granted in May 2021.")
    assert rows["May 2021"].event == "The state mining authority granted a permit for a quarry"


def test_true_participle_of_a_relative_subject_stays(nlp):
    # near miss: "born" is the participle of "no one", whose own verb is "could sing"
    rows = _by_expression(nlp, "The museum kept about 40 songs that no one born after 1950 could sing.")
    assert rows["1950"].event == "No one was born"


def test_participle_after_a_complementizer_stays(nlp):
    # near miss: "that" opens what was said; "the plan approved in May" is a true participle
    rows = _by_expression(nlp, "Union leaders said that the plan approved in May would cut 300 jobs.")
    assert rows["May"].event == "The plan was approved"


def test_multiplied_yardstick_participle_is_no_row(nlp):
    # "more than twice the 14 percent reported in 2023": the year of the figure compared with
    text = ("Members lost 31 percent of their hives over the winter, the worst since records began in 2009 and "
            "more than twice the 14 percent reported in 2023.")
    rows = _by_expression(nlp, text)
    assert "2023" not in rows
    assert rows["the winter"].event == "Members lost 31 percent of their hives"


def test_half_of_a_noun_is_no_yardstick(nlp):
    # near miss: "half the houses" is a part, not a figure compared with
    rows = _by_expression(nlp, "Half the houses built in 1970 were damaged by the storm on Monday.")
    assert rows["1970"].event == "Half the houses were built"


def test_relative_on_a_worth_amount_is_the_thing_s(nlp):
    # "which were signed" hung on "euros": the contracts were signed, not the amount
    rows = _by_expression(nlp, "Investigators are examining the bridge contracts, worth about 60 million euros, "
                               "which were signed between 2019 and 2021.")
    assert rows["between 2019 and 2021"].event == "The bridge contracts were signed"


def test_thing_worth_an_amount_stays(nlp):
    # near miss: no relative clause on the amount
    rows = _by_expression(nlp, "The painting, worth 3 million dollars, was stolen in 2019.")
    assert rows["2019"].event == "The painting worth 3 million dollars was stolen"
