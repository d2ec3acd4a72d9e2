"""One row for a happening dated by either of two dates (issue 10, item 5; events/either.py).
Sentences are this project's own, parsed with the real model; time expressions written by hand."""
from __future__ import annotations

from test_events import expr, rows


def test_either_of_two_days_is_one_row_spanning_both(nlp):
    text = "The river was expected to crest on Thursday or Friday."
    found = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"),
                 expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert [(r.trigger, r.date, r.end_date, r.value, r.time_expression) for r in found] == [
        ("crest", "2024-06-27", "2024-06-28", "2024-06-27/2024-06-28", "Thursday or Friday")], found


def test_two_dates_joined_by_and_or_of_two_verbs_stay_two_rows(nlp):
    text = "The union struck on Thursday, and the airline cancelled flights on Friday."
    found = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"),
                 expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert sorted(r.trigger for r in found) == ["cancel", "strike"], found
