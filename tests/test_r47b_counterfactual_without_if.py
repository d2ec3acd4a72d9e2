"""Round 47b: the main clause of a counterfactual whose condition is told with no "if" ("Without the
loan, the airline would have stopped flying in September"; "But for ..."; "would otherwise have")
is no row, even when its date is ahead of the article's day; a "without" phrase after the verb, or a
"would have" forecast with no such condition, keeps its row."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

JUNE = datetime.date(2025, 6, 17)  # a Tuesday


def _events(rows):
    return [r.event for r in rows]


def test_fronted_without_makes_a_counterfactual(nlp):
    rows = timeline_rows(nlp, "\"It is a hard day for the workers, but without the rescue deal all twelve "
                              "factories would have closed before Christmas,\" said the administrator.", JUNE)
    assert not any(r.time_expression == "Christmas" for r in rows), rows


def test_without_opening_the_sentence(nlp):
    rows = timeline_rows(nlp, "Without the new pumps, the whole valley would have flooded in November, the "
                              "mayor said on Monday.", JUNE)
    assert not any(r.time_expression == "November" for r in rows), rows
    assert any(r.time_expression == "Monday" for r in rows), rows  # the saying keeps its row


def test_but_for_makes_a_counterfactual(nlp):
    rows = timeline_rows(nlp, "\"But for the emergency loan, the airline would have stopped flying in "
                              "September,\" the minister said on Tuesday.", JUNE)
    assert not any(r.time_expression == "September" for r in rows), rows


def test_otherwise_makes_a_counterfactual(nlp):
    rows = timeline_rows(nlp, "The ferry would otherwise have been cancelled on Sunday, the operator said.", JUNE)
    assert not any(r.time_expression == "Sunday" for r in rows), rows


def test_without_after_the_verb_is_no_condition(nlp):
    rows = timeline_rows(nlp, "The council said the new bridge would have been finished by 2027 without any "
                              "state money.", JUNE)
    assert any("finished" in e for e in _events(rows)), rows


def test_would_have_forecast_without_a_condition_stays(nlp):
    rows = timeline_rows(nlp, "The minister said the new line would have opened by 2028.", JUNE)
    assert any("opened" in e for e in _events(rows)), rows
