"""Round 33c: a "since" date under "the first/only ... since" is a record's base, not the clause's
date; a present "once"/"when" clause under a clause that looks ahead is to come; what an order asks
for lies ahead of the order (docs/events.md, "Round 33c")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2025, 3, 15)  # a Saturday


def _rows(nlp, text):
    return timeline_rows(nlp, text, REF)


def _by_expression(nlp, text):
    return {e.time_expression: e for e in _rows(nlp, text)}


def test_since_date_of_an_ordinal_through_a_compound_is_no_date(nlp):
    for text, year in (("The match was the first league game at the new ground since 2009.", "2009"),
                       ("The council plans to build 200 new homes next year, the first since 2004.", "2004"),
                       ("The strike was the only walkout in the rail sector since 2011.", "2011")):
        assert year not in _by_expression(nlp, text), text


def test_since_date_of_a_plain_clause_kept(nlp):
    for text, year in (("The only survivor has lived in the town since 1990.", "1990"),
                       ("The ferry has run only twice since 2020.", "2020"),
                       ("The club has had three coaches since 2019.", "2019")):
        assert year in _by_expression(nlp, text), text


def test_present_once_clause_under_a_modal_is_expected(nlp):
    rows = _by_expression(nlp, "Costs could climb once the survey is completed later this week, the mayor said.")
    assert rows["later this week"].status == "expected"


def test_present_when_clause_under_will_looks_ahead(nlp):
    rows = _by_expression(nlp, "The bridge will reopen when the repairs are done on Tuesday.")
    assert rows["Tuesday"].date == "2025-03-18"
    assert rows["Tuesday"].status == "expected"


def test_past_when_clause_unchanged(nlp):
    rows = _by_expression(nlp, "The bridge reopened when the repairs were done on Tuesday.")
    assert rows["Tuesday"].date == "2025-03-11"
    assert rows["Tuesday"].status == "occurred"


def test_what_an_order_asks_is_the_nearer_day(nlp):
    # on a Saturday: a Sunday, Monday or Tuesday asked for is the coming one
    rows = _by_expression(nlp, "The ministry asked firms to let workers stay home until Monday.")
    assert rows["Monday"].date == "2025-03-17"
    assert rows["Monday"].status == "expected"
    for text in ("The governor ordered all schools in the region to stay closed on Sunday.",
                 "The court told the builder to halt the works on Monday."):
        assert all(e.date not in ("2025-03-09", "2025-03-10") for e in _rows(nlp, text)), text


def test_order_for_a_day_just_gone_looks_back(nlp):
    rows = _by_expression(nlp, "The prefect ordered the canteen to close on Thursday night while inspectors check it.")
    assert rows["Thursday night"].date == "2025-03-13"


def test_past_perfect_order_looks_back(nlp):
    rows = _by_expression(nlp, "Police had told residents to leave on Tuesday.")
    assert rows["Tuesday"].date == "2025-03-11"
