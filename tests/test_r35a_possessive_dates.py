"""Round 35a: a possessive date on the other side of the report than its clause's tense dates its noun
only: "Organisers cancelled next weekend's regatta" (a past act, a coming race), "will continue to
operate under last year's spending limits" (a coming state, a past budget): no row for that date
(docs/events.md, "Anchoring", round 35a)."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 10)


def _rows(nlp, text):
    return timeline_rows(nlp, text, REF)


def test_coming_possessive_date_does_not_date_a_past_act(nlp):
    for text in ("Organisers cancelled next weekend's regional sailing regatta on Monday.",
                 "The ferry operator scrapped next month's summer timetable after the strike."):
        rows = _rows(nlp, text)
        assert not [r for r in rows if r.time_expression and r.time_expression.lower().startswith("next")], text
    rows = _rows(nlp, "Organisers cancelled next weekend's regional sailing regatta on Monday.")
    monday = [r for r in rows if r.time_expression == "Monday"]
    assert monday and monday[0].date == "2026-03-09" and monday[0].status == "occurred"
    assert monday[0].event.startswith("Organisers cancelled")


def test_past_possessive_date_does_not_date_a_coming_act(nlp):
    for text in ("The school board will continue to operate under last year's spending limits.",
                 "The museum will display last year's winning photographs in its lobby."):
        assert not [r for r in _rows(nlp, text) if r.time_expression == "last year"], text


def test_possessive_date_on_the_clause_side_stays(nlp):
    for text, expression, date, status in (
            ("Shareholders responded coolly to yesterday's announcement.", "yesterday", "2026-03-09", "occurred"),
            ("The committee approved last year's accounts.", "last year", "2025-01-01", "occurred"),
            ("The minister will attend next week's summit.", "next week", "2026-03-16", "expected"),
            ("Last year's champion will defend her title.", "Last year", "2025-01-01", "expected")):
        rows = [r for r in _rows(nlp, text) if r.time_expression == expression]
        assert rows, text
        assert rows[0].date == date and rows[0].status == status, text
