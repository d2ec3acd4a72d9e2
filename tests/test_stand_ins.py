"""Round 22b: a pro-verb or a bare noun for a row, and "not ... until" under a speaker told after the
clause (events/stand_ins.py, rows.py), on sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def told(nlp, text, when):
    found = timeline_rows(nlp, text, datetime.date(2026, 3, 4))
    return [r.event for r in found if r.time_expression == when]


def test_a_bare_pro_verb_gives_no_row(nlp):
    text = "Farmers in the valley have demanded that the levy be scrapped, as Ontario did on some of its farms in 2003."
    assert not any(e.startswith("Ontario did") for e in told(nlp, text, "2003"))


def test_a_do_with_something_done_is_kept(nlp):
    text = "Ontario did the repairs on some of its farms in 2003."
    assert told(nlp, text, "2003") == ["Ontario did the repairs on some of its farms"]


def test_a_determiner_and_noun_from_a_modifier_year_give_no_row(nlp):
    text = "The quarrel goes back to the 1921 accord, under which Norland ceded the islands to Sudmark for a port."
    assert "The accord" not in told(nlp, text, "1921")


def test_not_until_under_a_speaker_after_the_clause_is_told_without_the_negation(nlp):
    text = ("Drava Vehicles said on Monday it was recalling 80,000 vans. Petra Lindqvist, the firm's head of "
            "quality, spoke to reporters.\n\nSpare seals for the older vans will not be in stock until late next "
            "spring, Lindqvist said.")
    # (round 38: the "not ... until" phrase stays written)
    assert told(nlp, text, "next spring") == [
        "Lindqvist said spare seals for the older vans will not be in stock until late next spring"]


def test_a_passive_done_keeps_its_row(nlp):
    text = "The repairs on the old mill were done in 2003."
    assert told(nlp, text, "2003") == ["The repairs on the old mill were done"]


def test_a_past_not_until_under_a_speaker_keeps_its_negation(nlp):
    # (a past one is left to kept.py's reading: not told as "did learn" here)
    text = ("Marta Vos, a former guard, spoke to reporters.\n\n"
            "\"The families did not learn until Tuesday evening that the men were moving,\" Vos said.")
    assert not any("families did learn" in e for e in told(nlp, text, "Tuesday evening"))


def test_it_of_a_deed_only_an_organisation_does_is_no_happening_before(nlp):
    text = ("Shares in Drava Vehicles fell 3% in Oslo on Tuesday. The firm expects the recall to cost about 40 "
            "million euros and will revise its sales outlook when it reports annual results in March.")
    assert not any(e.startswith("The recall") for e in told(nlp, text, "March"))
