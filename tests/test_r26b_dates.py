"""Round 26: a verb that undoes or confirms an earlier decision ("overturns", "upholds") is no
scheduled event in its present tense, so a month beside it is the earlier decision's, gone by.
Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from test_coming_dates_and_dawn import values


def test_a_month_beside_an_overturning_is_the_past_one(nlp):
    # a story of September 2026: the regional court decided last March, not next
    text = "The ruling overturns a decision by the regional court in March."
    assert ("March", "2026-03") in values(nlp, text, dt.date(2026, 9, 2))


def test_a_weekday_beside_an_overturning_is_the_past_one(nlp):
    text = "The appeals court overturns a ban on Friday."
    assert ("Friday", "2026-08-28") in values(nlp, text, dt.date(2026, 9, 2))


def test_a_scheduled_present_still_looks_forward(nlp):
    text = "The strike starts in March."
    assert ("March", "2027-03") in values(nlp, text, dt.date(2026, 9, 2))


def test_a_month_in_an_attributed_statement_after_a_history_sentence_is_this_years(nlp):
    # a story of August 2025: the inspection the ministry speaks of was this March, not in 2021
    text = ("In December 2021, a fire on a river ferry killed 40 people. The Blue Heron passed its last "
            "safety check in March, the ministry said.")
    assert ("March", "2025-03") in values(nlp, text, dt.date(2025, 8, 10))


def test_a_month_opening_its_sentence_continues_the_history(nlp):
    text = "In 2014 the rebels took the port. In March, they seized the airport, officials said."
    assert ("March", "2014-03") in values(nlp, text, dt.date(2025, 8, 10))


def test_an_unattributed_month_after_a_history_sentence_keeps_its_year(nlp):
    text = "In December 2021, a fire on a river ferry killed 40 people. The owner was arrested in March."
    assert ("March", "2021-03") in values(nlp, text, dt.date(2025, 8, 10))


def test_a_month_followed_by_that_year_is_the_stated_years(nlp):
    # a story of June 2027: the test failed in September 2025, not September 2026
    text = "The firm had planned to open in 2025 but delayed it after a fire in September that year."
    assert ("September that year", "2025-09") in values(nlp, text, dt.date(2027, 6, 10))
    text = "The bridge opened in 2019. A crack was found in May the following year."
    assert ("May the following year", "2020-05") in values(nlp, text, dt.date(2027, 6, 10))
