"""Round 53b: a past day written as a noun's possessive under a modal verb ("The council will have to
pay the residents' legal costs for Thursday's hearing") is the noun's day; the modal clause that would
tell the row is neither of that day nor something that occurred, so no row gives it that day
(noun_dates.past_possessive_under_modal). A row told as the noun's own phrase stays, and so does a day
still ahead ("will play in Saturday's final") and a past verb ("appealed against last week's ruling").
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 1, 23)  # a Friday


def _rows(nlp, text: str):
    return timeline_rows(nlp, text, DAY)


def _told(rows, expression: str) -> list[str]:
    return [r.event for r in rows if r.time_expression == expression]


def test_modal_clause_not_dated_by_a_past_possessive(nlp):
    assert _told(_rows(nlp, "The club will appeal against last week's ruling, its lawyer said."), "last week") == []
    assert _told(_rows(nlp, "Farmers could seek compensation for last month's floods."), "last month") == []
    assert _told(_rows(nlp, "Police may reopen the inquiry into last year's fire."), "last year") == []


def test_past_verb_keeps_the_possessive_day(nlp):
    rows = _rows(nlp, "The club appealed against last week's ruling.")
    assert [(r.event, r.date, r.status) for r in rows if r.time_expression == "last week"] == \
        [("The club appealed against last week's ruling", "2026-01-12", "occurred")]


def test_day_ahead_keeps_its_row(nlp):
    rows = _rows(nlp, "The team will play in Saturday's final.")
    assert [(r.event, r.date, r.status) for r in rows if r.time_expression == "Saturday"] == \
        [("The team will play in Saturday's final", "2026-01-24", "expected")]


def test_noun_told_as_its_own_phrase_stays(nlp):
    rows = _rows(nlp, "The regulator will review yesterday's decision by the board.")
    assert [(r.event, r.date, r.status) for r in rows if r.time_expression == "yesterday"] == \
        [("Yesterday's decision by the board", "2026-01-22", "occurred")]
