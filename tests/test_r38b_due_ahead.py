"""A date a thing was said to be due at, in a past copula of reported speech ("was due in
December"), is still the coming one when it has not yet come (round 38b)."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2026, 9, 11)


def _row(nlp, text: str, trigger: str):
    return next(r for r in timeline_rows(nlp, text, REF) if r.trigger == trigger)


def _value(nlp, text: str, trigger: str) -> str | None:
    return _row(nlp, text, trigger).value


@pytest.mark.parametrize("text, trigger, value", [
    ("The ministry said that a second shipment of grain was due in December.", "due", "2026-12"),
    ("The airline said the first new jet was due in November, weeks later than planned.", "due", "2026-11"),
    ("Officials said the final payment to contractors was due on October 20.", "due", "2026-10-20"),
])
def test_due_in_a_coming_month_is_ahead(nlp, text, trigger, value):
    row = _row(nlp, text, trigger)
    assert row.value == value
    assert row.status == "planned"


@pytest.mark.parametrize("text, trigger, value", [
    # a month already gone stays in this year; a plain past verb's unbegun month stays last year's
    ("The ministry said that a second shipment of grain was due in March.", "due", "2026-03"),
    ("The company changed its fiscal year in December.", "change", "2025-12"),
])
def test_near_misses_keep_their_year(nlp, text, trigger, value):
    assert _value(nlp, text, trigger) == value
