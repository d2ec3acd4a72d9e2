"""Round 58c: a weekday in what a past perfect "had been due to" plan was to do is the nearer one,
as with "was due to" (round 56c; temporal/context.py `past_due`): "had been due to return on
Wednesday", said on Thursday, is the Wednesday just gone. Sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

THURSDAY = datetime.date(2026, 5, 14)


def values(nlp, text, when):
    return values_of(timeline_rows(nlp, text, THURSDAY), when)


def test_had_been_due_to_return_on_wednesday_is_the_day_before(nlp):
    assert values(nlp, "About 900 workers had been due to return on Wednesday.", "Wednesday") == {"2026-05-13"}


def test_had_been_due_to_sail_on_tuesday_is_two_days_before(nlp):
    text = "The ferry had been due to sail on Tuesday, but the storm kept it in port."
    assert values(nlp, text, "Tuesday") == {"2026-05-12"}


def test_is_due_to_sail_on_tuesday_still_looks_ahead(nlp):
    assert values(nlp, "The ferry is due to sail on Tuesday.", "Tuesday") == {"2026-05-19"}
