"""Round 44b: a subject that says the act did not happen ("nobody", "none of ...", "nothing", a noun
with "no": "no unusual readings were recorded") makes the row `negated`, like a "not" on its verb. A
subject that only contains such a word deeper down, or a positive subject, keeps its status."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

THURSDAY = datetime.date(2026, 3, 5)


def _status(rows, expression):
    return [r.status for r in rows if r.time_expression == expression]


def test_a_no_noun_subject_is_negated(nlp):
    rows = timeline_rows(nlp, "Inspectors visited the dam on Monday, and no cracks were found, the agency said.", THURSDAY)
    assert [r.status for r in rows if "cracks" in r.event] == ["negated"], rows


def test_nobody_and_none_of_are_negated(nlp):
    rows = timeline_rows(nlp, "Nobody was hurt when a crane toppled onto a parked bus on Tuesday.", THURSDAY)
    assert "occurred" not in _status(rows, "Tuesday") or any("toppled" in r.event for r in rows
                                                             if r.status == "occurred"), rows
    rows = timeline_rows(nlp, "None of the 40 crew members was injured in the collision on Monday.", THURSDAY)
    assert _status(rows, "Monday") == ["negated"], rows


def test_nothing_as_subject_is_negated(nlp):
    rows = timeline_rows(nlp, "Nothing was taken from the museum during the break-in on Sunday, police said.", THURSDAY)
    assert _status(rows, "Sunday") == ["negated"], rows


def test_no_agreement_reached_is_negated(nlp):
    rows = timeline_rows(nlp, "No agreement was signed on Wednesday, the fisheries ministry said.", THURSDAY)
    assert _status(rows, "Wednesday") == ["negated"], rows


def test_positive_subjects_keep_occurred(nlp):
    rows = timeline_rows(nlp, "Two miners were hurt when a tunnel collapsed on Monday.", THURSDAY)
    assert "negated" not in _status(rows, "Monday"), rows
    rows = timeline_rows(nlp, "A man with no fixed address was charged with the robbery on Tuesday.", THURSDAY)
    assert _status(rows, "Tuesday") == ["occurred"], rows


def test_two_subjects_on_one_verb_keep_their_status(nlp):
    # a misparse reads two clauses as one verb with two subjects: the "no" is not the dated act's
    rows = timeline_rows(nlp, "The navy's oceanographic service measured waves of up to 80 cm in Antofagasta and "
                              "Mejillones shortly after 1 a.m., but no serious flooding was reported.", THURSDAY)
    assert "negated" not in [r.status for r in rows if r.time_expression == "shortly after 1 a.m."], rows
