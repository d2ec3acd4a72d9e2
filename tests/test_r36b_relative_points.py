"""Round 36b: relative times counted from the wrong point. "the next decade" is the ten years ahead of
the report (P10Y, as "the past decade" is the ten years before it), not the calendar decade after the
publication year; minutes or hours "later" in a lead whose only date is the dateline are not counted from
the dateline (the publication day is not the moment the story is at), while after a told time they are
(docs/events.md, round 36b)."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

REF = dt.date(2026, 3, 10)


@pytest.mark.parametrize("text", [
    "The port will need dredging worth 90 million dollars over the next decade.",
    "Planners expect the suburb's population to double in the next decade.",
    "The league hopes to add four clubs during the coming decade.",
])
def test_the_next_decade_is_ten_years_ahead(text):
    found = [e for e in tag(text, REF) if "decade" in e.text]
    assert [(e.value, e.type) for e in found] == [("P10Y", "DURATION")], text


def test_near_misses_of_the_next_decade_keep_their_values():
    assert [(e.text, e.value) for e in tag("Prices doubled over the past decade.", REF)] == [("the past decade", "P10Y")]
    assert [(e.text, e.value) for e in tag("The mine closed in the 1990s.", REF)] == [("the 1990s", "199")]
    assert [(e.text, e.value) for e in tag("Sales will rise next year.", REF)] == [("next year", "2027")]


@pytest.mark.parametrize("text", [
    "LISBON, March 10, 2026 (Wire) - Ana Costa was asleep when the floor shook. When it stopped, about "
    "a minute later, the kitchen wall had collapsed.",
    "DENVER, March 10, 2026 (Wire) - The crowd fell silent when the lights failed. Two hours later, "
    "the generators were still dead.",
])
def test_minutes_later_in_a_lead_are_not_the_dateline(nlp, text):
    rows = timeline_rows(nlp, text, REF)
    assert not [r for r in rows if r.time_expression and "later" in r.time_expression], text


def test_minutes_later_after_a_told_time_are_counted_from_it(nlp):
    text = ("DENVER, March 10, 2026 (Wire) - Firefighters reached the warehouse at 9:10 p.m. on Monday. "
            "About twenty minutes later, the roof fell in.")
    rows = timeline_rows(nlp, text, REF)
    later = [r for r in rows if r.time_expression and "later" in r.time_expression]
    assert later and later[0].value == "2026-03-09T21:30", rows
