"""Round 45a: a subject's reduced relative that the parser reads as the clause's verb, the real verb its
conjunct with nothing joining them ("Samples taken from crops near Junee last week tested positive on
Tuesday"): the date before the second verb is the participle's, the date after it the second verb's,
and neither row takes the other's date. Verbs joined by "and" still share or keep their own dates."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

FRIDAY = datetime.date(2025, 12, 5)


def _dated(rows) -> set[tuple[str, str]]:
    return {(r.time_expression, r.event) for r in rows}


def test_the_participle_and_the_verb_keep_their_own_dates(nlp):
    text = "Samples taken from crops near Junee and Temora last week tested positive on Tuesday, the department said."
    rows = timeline_rows(nlp, text, FRIDAY)
    dated = _dated(rows)
    assert ("Tuesday", "Samples tested positive") in dated, rows
    assert ("last week", "Samples tested positive") not in dated, rows
    assert not [r for r in rows if r.time_expression == "Tuesday" and "taken" in r.event], rows


def test_another_reduced_subject_keeps_its_own_dates(nlp):
    text = "Blood drawn from the two riders last month showed traces of a banned hormone on Wednesday, the agency said."
    rows = timeline_rows(nlp, text, FRIDAY)
    assert not [r for r in rows if r.time_expression == "last month" and "showed" in r.event], rows
    assert not [r for r in rows if r.time_expression == "Wednesday" and "drawn" in r.event], rows


def test_verbs_joined_by_and_are_unchanged(nlp):
    rows = timeline_rows(nlp, "Police arrested the man on Monday and charged him on Thursday.", FRIDAY)
    assert ("Monday", "Police arrested the man") in _dated(rows), rows


def test_a_date_inside_a_parsed_reduced_relative_is_not_the_verbs(nlp):
    text = "Swabs taken from pigs near Lleida and Huesca last month tested positive on Monday, the ministry said."
    rows = timeline_rows(nlp, text, FRIDAY)
    assert ("Monday", "Swabs tested positive") in _dated(rows), rows
    assert ("last month", "Swabs tested positive") not in _dated(rows), rows


def test_a_participle_date_with_no_other_date_is_unchanged(nlp):
    rows = timeline_rows(nlp, "A bridge built in 1932 collapsed on Monday.", FRIDAY)
    assert ("Monday", "A bridge collapsed") in _dated(rows), rows
