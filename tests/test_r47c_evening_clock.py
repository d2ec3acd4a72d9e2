"""Round 47c: a present simple at an evening clock time on the story's own day is a timetable, still to
come (`expected`), like "this evening" (events/tonight.py). A morning hour, a past verb and another
day's evening keep `occurred`."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 14)


def _status(nlp, text: str, expression: str) -> set[str]:
    return {r.status for r in timeline_rows(nlp, text, REF) if r.time_expression == expression}


def test_a_show_that_begins_at_8_pm_is_expected(nlp):
    text = "The last show, a double bill of silent comedies, begins at 8 p.m. and has already sold out."
    assert _status(nlp, text, "8 p.m.") == {"expected"}


def test_a_ceremony_that_starts_at_half_past_seven_is_expected(nlp):
    text = "The farewell ceremony for the retiring lifeboat crew starts at 7:30 p.m. at the harbour."
    assert _status(nlp, text, "7:30 p.m.") == {"expected"}


def test_a_morning_hour_stays_occurred(nlp):
    text = "The council meeting on the cinema's future opens at 9 a.m. in the town hall."
    assert _status(nlp, text, "9 a.m.") == {"occurred"}


def test_a_past_verb_at_an_evening_hour_stays_occurred(nlp):
    text = "The power at the cinema failed at 7 p.m. and was restored an hour later."
    assert _status(nlp, text, "7 p.m.") == {"occurred"}


def test_another_days_evening_hour_stays_occurred(nlp):
    text = "The last show began at 8 p.m. on Monday and sold out within minutes."
    assert _status(nlp, text, "8 p.m. on Monday") == {"occurred"}
