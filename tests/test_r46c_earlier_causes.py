"""Round 46c: a lead's "after" clause takes the lead's date (`lead_cause_rows`, events/scenes.py) only
when it tells news of the same occasion. A test's result ("after two riders tested positive") and a
trend that many report ("after teachers reported a steady decline in test scores") came before the lead's day:
such a clause is no row dated by the lead. What one actor reported ("after the company reported a fall
in profit") and a happening of the occasion ("after the Green party withdrew") keep the lead's date."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

SATURDAY = datetime.date(2026, 3, 14)


def _row(rows, words: str):
    return next((r for r in rows if words in r.event), None)


def test_a_test_result_takes_no_date_from_the_lead(nlp):
    text = ("MADRID, March 14, 2026 (Wire) - Cycling's governing body expelled the Rojas team from the "
            "Vuelta on Saturday after three riders on the team tested positive for a banned stimulant, the "
            "race jury said.")
    rows = timeline_rows(nlp, text, SATURDAY)
    assert _row(rows, "expelled the Rojas team").date == "2026-03-14", rows
    assert _row(rows, "tested positive") is None, rows


def test_a_negative_result_takes_no_date_from_the_lead(nlp):
    text = ("OSLO, March 14, 2026 (Wire) - Health officials reopened the Fjell ski resort on Saturday "
            "after all 40 guests tested negative for norovirus, the municipality said.")
    rows = timeline_rows(nlp, text, SATURDAY)
    assert _row(rows, "reopened the Fjell ski resort").date == "2026-03-14", rows
    assert _row(rows, "tested negative") is None, rows


def test_a_trend_that_many_report_takes_no_date_from_the_lead(nlp):
    text = ("TORONTO, March 14, 2026 (Wire) - The school board banned mobile phones from classrooms on "
            "Thursday after teachers reported a steady decline in test scores.")
    rows = timeline_rows(nlp, text, SATURDAY)
    assert _row(rows, "banned mobile phones").date == "2026-03-12", rows
    assert _row(rows, "reported a steady decline") is None, rows


def test_one_company_reporting_a_fall_keeps_the_lead_date(nlp):
    text = ("LONDON, March 14, 2026 (Wire) - Shares in Harlow Foods plunged on Thursday after the company "
            "reported a sharp fall in profit, traders said.")
    rows = timeline_rows(nlp, text, SATURDAY)
    row = _row(rows, "reported a sharp fall")
    assert row is not None and row.date == "2026-03-12" and row.date_basis == "context", rows


def test_a_happening_of_the_occasion_keeps_the_lead_date(nlp):
    text = ("VIENNA, March 14, 2026 (Wire) - The governing coalition collapsed on Thursday after the Green "
            "party withdrew its three ministers in a dispute over rail funding.")
    rows = timeline_rows(nlp, text, SATURDAY)
    row = _row(rows, "withdrew its three ministers")
    assert row is not None and row.date == "2026-03-12" and row.date_basis == "context", rows
