"""A count of happenings is no event (issue 10, round 5; docs/events.md "Which expressions become
rows", `events/tallies.py`). Sentences are this project's own (no corpus text), parsed with the real
model."""
from __future__ import annotations

from test_events import expr, rows


def test_a_ranked_happening_dated_by_its_count_span_is_no_row(nlp):
    text = "A fire gutted the bus depot on Monday. It is the third fire at the depot this year."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24", "2024-06-24"),
                 expr(text, "this year", "2024", "2024-01-01", "2024-12-31", granularity="year"))
    assert [r.event for r in found] == ["A fire gutted the bus depot"], found


def test_a_clause_inside_the_ranked_noun_is_no_row(nlp):
    text = "The union called a strike on Monday. It was the second strike the union has called this month."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24", "2024-06-24"),
                 expr(text, "this month", "2024-06", "2024-06-01", "2024-06-30", granularity="month"))
    assert [r.event for r in found] == ["The union called a strike"], found


def test_a_clause_beside_the_count_keeps_its_row(nlp):
    text = "It is the third fire at the depot, and the operator closed the yard on Monday."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24", "2024-06-24"))
    assert [r.trigger for r in found] == ["close"], found


def test_a_clause_on_another_noun_and_a_since_date_keep_their_rows(nlp):
    text = ("It was the first time that Morrow, who landed Thursday with 30 engineers, had been allowed to "
            "enter the plant since Feb. 2.")
    found = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27", "2024-06-27"),
                 expr(text, "Feb. 2", "2024-02-02", "2024-02-02", "2024-02-02"))
    assert sorted(r.trigger for r in found) == ["allow", "land"], found


def test_a_ranked_noun_s_current_period_dates_no_clause(nlp):
    # "the second increase this year" ranks the raising; this year is the count's span, not the marching's
    text = ("The marches began on Thursday after the state company raised the price of bread by 20 percent, "
            "the second increase this year.")
    found = rows(nlp, text, expr(text, "Thursday", "2024-06-20", "2024-06-20"),
                 expr(text, "this year", "2024", "2024-01-01", "2024-12-31", granularity="year"))
    assert [(r.trigger, r.value) for r in found if r.value == "2024"] == [], found
    # a period the story is not in dates the ranked noun's happening
    text = "The party hopes to win its first seats in the federal parliament this September."
    found = rows(nlp, text, expr(text, "this September", "2024-09", "2024-09-01", "2024-09-30", granularity="month"))
    assert [r.value for r in found] == ["2024-09"], found
