"""Round 26: "Results are expected by the end of the week", said midweek: a present passive of an
expecting verb dated by a period that covers the publication day is still awaited, not come.
Sentences are this project's own."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events

WEEK = {"granularity": "week"}


def status_of(nlp, text, phrase):
    doc = nlp(text)
    rows = extract_events(doc, [expr(text, phrase, "2024-W26", "2024-06-24", "2024-06-30", **WEEK)],
                          source="a.txt", reference_date=REF, reference_source="option")
    return [row.status for row in rows if row.time_expression == phrase]


def test_a_result_expected_this_week_is_expected(nlp):
    text = "Results of the water tests are expected by the end of the week."
    assert status_of(nlp, text, "the end of the week") == ["expected"]


def test_a_result_that_came_this_week_occurred(nlp):
    text = "Results of the water tests arrived at the end of the week."
    assert status_of(nlp, text, "the end of the week") == ["occurred"]
