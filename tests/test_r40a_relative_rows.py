"""Rows of a relative clause's date told whole and alone (round 40a): the figure of a noun a gap
relative hangs on kept whole, a relative of existence giving its date to no "X exists" row, and the
prepositional phrases after a relative clause's date on an object left to the clause around it."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2026, 5, 19)


def _events(nlp, text: str, expression: str) -> list[str]:
    return [r.event for r in timeline_rows(nlp, text, REF) if r.time_expression == expression]


@pytest.mark.parametrize("text, expression, event", [
    ("The company now expects revenue of 1.6 billion euros, down from the 1.9 billion euros it forecast in July.",
     "July", "The company forecast the 1.9 billion euros"),
    ("The mill shipped 3.1 million tonnes this year, short of the 3.4 million tonnes it promised in January.",
     "January", "The mill promised the 3.4 million tonnes"),
    ("The fund covers the 12 small clinics the ministry opened in 2023.", "2023",
     "The ministry opened the 12 small clinics"),
    # near-miss: a noun without a figure reads as before
    ("Officials inspected the permits the agency has issued since 2019.", "2019",
     "The agency has issued the permits"),
])
def test_gap_relative_keeps_the_whole_figure(nlp, text, expression, event):
    assert _events(nlp, text, expression) == [event]


@pytest.mark.parametrize("text", [
    '"It protects every job that exists today," union negotiator Katrin Albers said.',
    "The plan keeps every school that exists now open.",
])
def test_a_relative_of_existence_is_no_event(nlp, text):
    assert not [r for r in timeline_rows(nlp, text, REF) if r.trigger == "exist"]


@pytest.mark.parametrize("text, expression, event", [
    ("A crew of students from Delft won the Grand Challenge Cup on Saturday, beating a German eight that won"
     " the world championship last year by three-quarters of a length.", "last year",
     "A German eight won the world championship"),
    ("The challenger defeated a champion who took the title in 2022 by a wide margin.", "2022",
     "A champion took the title"),
])
def test_the_margin_after_a_relative_date_is_not_the_relatives(nlp, text, expression, event):
    assert _events(nlp, text, expression) == [event]


@pytest.mark.parametrize("text, expression, event", [
    # near-misses: a main clause, and a relative set off by commas on a subject, keep their phrases
    ("The team won the title last year by a length.", "last year", "The team won the title by a length"),
    ("The champion, who won the title last year by a length, retired on Monday.", "last year",
     "The champion won the title by a length"),
])
def test_phrases_after_a_main_or_subject_clause_date_stay(nlp, text, expression, event):
    assert _events(nlp, text, expression) == [event]
