"""The period a figure or a payment covers is not when it is published or paid (issue 10; docs/events.md
"The period a figure covers", `events/covered.py`). Sentences are this project's own (no corpus text),
parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_a_figures_month_does_not_date_their_publication(nlp):
    text = "The statistics office will release its export figures for May next week."
    found = rows(nlp, text, expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", granularity="month"),
                 expr(text, "next week", "2024-W27", "2024-07-01", "2024-07-07", granularity="week"))
    assert [r.time_expression for r in found] == ["next week"], found


def test_a_payments_month_does_not_date_the_paying(nlp):
    text = "Landlords will have until the end of August to refund the rent for July."
    found = rows(nlp, text, expr(text, "the end of August", "2024-08", "2024-08-01", "2024-08-31",
                                 granularity="month"),
                 expr(text, "July", "2024-07", "2024-07-01", "2024-07-31", granularity="month"))
    assert [r.time_expression for r in found] == ["the end of August"], found


def test_a_past_report_keeps_the_period_of_its_figure(nlp):
    # a past report is dated by its period, as before: "reported revenue for the quarter"
    text = "The retailer released its sales figures for May."
    found = rows(nlp, text, expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", granularity="month"))
    assert [r.time_expression for r in found] == ["May"], found


def test_a_for_date_on_no_figure_keeps_its_row(nlp):
    text = "The council will hold a vote on the budget for next Tuesday."
    found = rows(nlp, text, expr(text, "next Tuesday", "2024-07-02", "2024-07-02", "2024-07-02"))
    assert [r.time_expression for r in found] == ["next Tuesday"], found
