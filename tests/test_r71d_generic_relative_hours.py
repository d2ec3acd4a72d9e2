"""Round 71d: the hours of what a kind of people do or must do (events/habits.py, `_generic_relative`).

A part of the day or clock time that is an adverb of a relative clause's verb, present simple or under
"must", on a plural noun ("nurses who work overnight", "porters, who must stay at the hotel
overnight"), is each night's: no row gives it the story's night. A past or future relative ("who worked
overnight on Sunday", "who will work overnight") and a weekday of its own keep theirs.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression

TUESDAY = dt.date(2026, 3, 31)


def test_present_relative_overnight_is_no_date(nlp):
    rows = rows_by_expression(nlp, "Carers who work overnight will get a higher hourly rate.", TUESDAY)
    assert "overnight" not in rows


def test_must_relative_overnight_is_no_date(nlp):
    rows = rows_by_expression(nlp, "The law covers about 3,500 hotel porters, who must remain on the premises "
                                   "overnight in case of fire.", TUESDAY)
    assert "overnight" not in rows


def test_future_relative_overnight_keeps_its_night(nlp):
    rows = rows_by_expression(nlp, "The carers who will work overnight were named by the agency.", TUESDAY)
    assert [r.value for r in rows["overnight"]] == ["2026-03-30TNI"]


def test_must_relative_with_a_weekday_keeps_it(nlp):
    rows = rows_by_expression(nlp, "Police questioned two men who must appear in court on Friday.", TUESDAY)
    assert [(r.value, r.status) for r in rows["Friday"]] == [("2026-04-03", "expected")]
