"""Round 21 (r21c): "a handful of them" counts out of a set like a number, and a place of a verb
("on nearby beaches") is not the set "500 of them" counts out of (events/plural_objects.py).
Sentences are this project's own, parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def _rows(nlp, text, phrase, value, start, end, granularity="year"):
    return rows(nlp, text, expr(text, phrase, value, start, end, granularity=granularity))


def test_a_handful_of_them_is_the_plural_subject_before(nlp):
    text = ("About 90 sailors reached an island and built a raft, and a handful of them arrived in Ceylon "
            "in 1714.")
    found = [r.event for r in _rows(nlp, text, "1714", "1714", "1714-01-01", "1714-12-31")]
    assert any(e.startswith("A handful of the 90 sailors arrived") for e in found), found


def test_n_of_them_passes_over_a_verbs_place(nlp):
    text = ("Copper coins from the ship began washing up on nearby beaches in the 1880s, and a fisherman "
            "found more than 500 of them in the sand in 1951.")
    found = [r.event for r in _rows(nlp, text, "1951", "1951", "1951-01-01", "1951-12-31")]
    assert any("found more than 500 of the copper coins" in e for e in found), found


def test_an_of_phrase_plural_still_leaves_them(nlp):
    # "one of the biggest lenders": a plural inside an "of" modifier of a noun is still no antecedent
    text = "Regulators fined one of the biggest lenders, and a handful of them appealed in 2019."
    found = [r.event for r in _rows(nlp, text, "2019", "2019", "2019-01-01", "2019-12-31")]
    assert not any("of the biggest lenders appealed" in e for e in found), found


def test_n_of_them_passes_over_a_cause_and_keeps_a_hyphenated_number(nlp):
    text = ("Thirty-one people were treated in hospital for burns, and five of them remained in serious "
            "condition on Thursday.")
    found = [r.event for r in _rows(nlp, text, "on Thursday", "2024-06-27", "2024-06-27", "2024-06-27",
                                    granularity="day")]
    assert any(e.startswith("Five of the thirty-one people remained") for e in found), found


def test_it_of_a_joined_clause_after_an_indefinite_object_is_that_thing(nlp):
    text = "Norway adopted a sugar tax in 2015 but repealed it in 2018, before it raised much money."
    found = [r.event for r in _rows(nlp, text, "2018", "2018", "2018-01-01", "2018-12-31", granularity="year")]
    assert any(e.startswith("Norway repealed the sugar tax") for e in found), found
