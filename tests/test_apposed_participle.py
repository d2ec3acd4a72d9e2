"""Round 23b: an apposed participle read as the subject's own verb, a lost existential "there", and
two verbs joined by "or" (events/apposed_participle.py, rows.py), on sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def told(nlp, text, when):
    found = timeline_rows(nlp, text, datetime.date(2026, 3, 4))
    return [r.event for r in found if r.time_expression == when]


def test_a_participle_between_commas_after_the_subject_is_not_told_as_its_deed(nlp):
    text = "Coach Mark Lewis, asked about the injuries on Monday, said the squad would recover."
    assert not any(e.startswith("Coach Mark Lewis asked") for e in told(nlp, text, "Monday"))


def test_the_subjects_own_verb_after_a_comma_keeps_its_row(nlp):
    text = "Coach Mark Lewis, the club's manager, asked about the injuries on Monday."
    assert any("asked about the injuries" in e for e in told(nlp, text, "Monday"))


def test_an_existential_clause_without_its_there_gives_no_row(nlp):
    text = "Residents of the valley said on Tuesday that there has been no running water since Friday evening."
    assert not any(e.startswith("Has been") for e in told(nlp, text, "Friday evening"))


def test_the_second_of_two_verbs_joined_by_or_is_told_with_the_first(nlp):
    text = "About 300 small bakeries in the region have closed or merged since 2015, the trade group said."
    assert "About 300 small bakeries in the region merged" not in told(nlp, text, "2015")
    assert "About 300 small bakeries in the region have closed or merged" in told(nlp, text, "2015")


def test_a_passive_pair_joined_by_or_keeps_one_auxiliary(nlp):
    text = "The old paper mill was sold or shut in 2019."
    assert "The old paper mill was sold or shut" in told(nlp, text, "2019")
    assert "The old paper mill was sold or was shut" not in told(nlp, text, "2019")
