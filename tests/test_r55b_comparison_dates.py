"""Round 55b: a date that belongs to a compared figure, a ranked period or a framework's noun is not the
main clause's date.

- "up from <figure> in <date>": the base's date, also when the parser hangs it on the adverb
  (phrases.base_date_after); "Sales were up 5 percent in May from a year earlier", the "from" hung on
  the copula, is the yardstick too (phrases._changes);
- "against/versus <figure> <date>" when the clause has a date of its own (phrases.base_date_after);
- "after the warmest January on record": a period ranked by a superlative (phrases.ranked_period_after);
- "Under Thursday's contract, X will build": the contract's day (noun_dates.framework_possessive).
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 6)  # a Friday


def _rows(nlp, text: str):
    return timeline_rows(nlp, text, DAY)


def _told(rows, expression: str) -> list[str]:
    return [r.event for r in rows if r.time_expression == expression]


def test_base_year_after_up_from_is_no_row(nlp):
    text = "Wind farms supplied 40 percent of the island's power last year, up from 12 percent in 2018."
    assert _told(_rows(nlp, text), "2018") == []
    text = ("The port said new cranes were bought to handle containers, which now make up most of its "
            "cargo, up from a third in 2016.")
    assert _told(_rows(nlp, text), "2016") == []


def test_against_figure_date_is_no_row_when_the_clause_has_its_own(nlp):
    rows = _rows(nlp, "The airport handled 31 million passengers in 2025, against 27 million in 2024.")
    assert _told(rows, "2024") == []
    assert [r.value for r in rows if r.time_expression == "2025"] == ["2025"]
    rows = _rows(nlp, "The agency estimated that 4.2 million tonnes of grain had been lost in 2025, "
                      "against 3.1 million last year.")
    assert _told(rows, "last year") == []


def test_against_without_another_date_keeps_its_row(nlp):
    rows = _rows(nlp, "The bill passed by 61 votes against 38 on Tuesday.")
    assert [r.date for r in rows if r.time_expression == "Tuesday"] == ["2026-03-03"]
    rows = _rows(nlp, "Protesters marched against the new law on Saturday.")
    assert _told(rows, "Saturday") == ["Protesters marched against the new law"]


def test_from_on_the_copula_of_a_change_adverb_is_the_yardstick(nlp):
    rows = _rows(nlp, "Sales were up 5 percent in May from a year earlier.")
    assert _told(rows, "a year earlier") == []
    assert _told(rows, "May") == ["Sales were up 5 percent"]


def test_after_a_ranked_period_is_not_in_it(nlp):
    rows = _rows(nlp, "The harvest ban comes after the warmest January on record in the region.")
    assert _told(rows, "January") == []
    rows = _rows(nlp, "Ski resorts opened late after the driest December in decades.")
    assert _told(rows, "December") == []
    rows = _rows(nlp, "Talks will resume after the first week of April.")
    assert _told(rows, "the first week of April") != []  # an ordinal is a date, no rank


def test_framework_possessive_day_does_not_date_a_coming_deed(nlp):
    text = ("The city council on Thursday signed a deal with a French operator to run its tram network. "
            "Under Thursday's deal, Transalp will operate six tram lines from next year.")
    rows = _rows(nlp, text)
    assert [r.event for r in rows if r.time_expression == "Thursday" and "Transalp" in r.event] == []
    assert [r.value for r in rows if "Transalp" in r.event] == ["2027"]
    assert _told(rows, "Thursday") == ["The city council signed a deal with a French operator to run its tram network"]
    rows = _rows(nlp, "According to Tuesday's report, the economy will grow by 2 percent.")
    assert _told(rows, "Tuesday") == []


def test_framework_possessive_on_a_past_verb_or_other_prep_stays(nlp):
    rows = _rows(nlp, "The team will play in Saturday's final.")
    assert _told(rows, "Saturday") == ["The team will play in Saturday's final"]
