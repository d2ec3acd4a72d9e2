"""A year or month in a noun's "for" phrase names what the noun is for, not when the clause happened
(docs/events.md "A noun's 'for' date", `events/purpose_dates.py`). Sentences are this project's own
(no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def _year(text, year):
    return expr(text, year, year, f"{year}-01-01", f"{year}-12-31", granularity="year")


def test_a_bid_s_year_dates_no_vote(nlp):
    text = "In a 2019 ballot, 55 percent of residents voted against a bid for 2020 amid worries about costs."
    found = rows(nlp, text, _year(text, "2019"), _year(text, "2020"))
    assert [r.time_expression for r in found] == ["2019"], found


def test_both_years_of_shared_for_phrases_date_no_failure(nlp):
    text = "Since then, bids by the port city for 2008 and for 2016 have failed."
    found = rows(nlp, text, _year(text, "2008"), _year(text, "2016"))
    assert found == [], found


def test_a_figure_keeps_its_period(nlp):
    text = "Net profit for 2023 rose 4 percent."
    found = rows(nlp, text, _year(text, "2023"))
    assert [r.time_expression for r in found] == ["2023"], found
