"""Round 53c: a present copula with a predicate of likelihood looks ahead (docs/events.md, "Dates").
"Showers are likely on Thursday, forecasters said", said on a Monday, is the coming Thursday, as the
reported "said more storms were possible on Wednesday" already was; a past "was likely" and a perfect
"has been likely" keep the day just gone.
"""
from __future__ import annotations

import datetime

from timeline_cli.temporal.tagger import tag
from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2026, 3, 2)  # a Monday


def _rows(nlp, sentence: str):
    text = f"Headline here\n\nOSLO, March 2, 2026 (Wire) - {sentence}"
    return timeline_rows(nlp, text, DAY)


def test_likely_forecast_is_the_coming_day(nlp):
    rows = _rows(nlp, "Heavy showers are likely on Thursday across the west, forecasters said.")
    assert values_of(rows, "Thursday") == {"2026-03-05"}
    assert any(r.status == "expected" for r in rows if r.time_expression == "Thursday")


def test_possible_delays_are_ahead(nlp):
    assert values_of(_rows(nlp, "Long delays are possible on Wednesday as engineers replace the signals, the rail operator said."),
                     "Wednesday") == {"2026-03-04"}


def test_unlikely_is_ahead_too(nlp):
    assert values_of(_rows(nlp, "A deal is unlikely on Friday, a union official said."), "Friday") == {"2026-03-06"}


def test_negated_likelihood_is_ahead(nlp):
    text = "Snow is not likely on Saturday, the agency said."
    assert [(e.text, e.value) for e in tag(text, DAY, nlp(text))] == [("Saturday", "2026-03-07")]


def test_past_likely_keeps_the_day_gone(nlp):
    assert values_of(_rows(nlp, "Rain was likely on Friday, but the match went ahead in sunshine."),
                     "Friday") == {"2026-02-27"}


def test_perfect_likely_keeps_the_day_gone(nlp):
    text = "A strike has been likely since Friday, the union said."
    assert [(e.text, e.value) for e in tag(text, DAY, nlp(text))] == [("Friday", "2026-02-27")]


def test_present_state_without_likelihood_unchanged(nlp):
    # "is open" is not a prospect: the weekday keeps the news's past reading
    text = "The bridge is open again after it was closed on Friday, the council said."
    assert [(e.text, e.value) for e in tag(text, DAY, nlp(text))] == [("Friday", "2026-02-27")]
