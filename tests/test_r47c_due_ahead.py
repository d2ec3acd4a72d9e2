"""Round 47c: a day a thing "is due" at, written with a part of the day ("due home on Thursday night",
"due back on Tuesday evening"), lies ahead like a bare weekday (temporal/context.py, `_due_ahead`
through the span's root). A past "was due" and a plain past verb keep the day gone."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

REF = datetime.date(2026, 4, 26)  # a Sunday


def test_due_home_on_a_weekday_night_is_the_coming_one(nlp):
    text = "The rowing team is due home on Thursday night after a month at sea."
    assert values_of(timeline_rows(nlp, text, REF), "Thursday night") == {"2026-04-30TNI"}


def test_due_back_on_a_weekday_evening_is_the_coming_one(nlp):
    text = "The climbers are due back in the valley on Tuesday evening, when the village holds a dinner for them."
    assert values_of(timeline_rows(nlp, text, REF), "Tuesday evening") == {"2026-04-28TEV"}


def test_due_on_a_weekday_morning_is_the_coming_one(nlp):
    text = "The verdict in the fraud trial is due on Wednesday morning."
    assert values_of(timeline_rows(nlp, text, REF), "Wednesday morning") == {"2026-04-29TMO"}


def test_a_past_verb_on_a_weekday_night_stays_the_one_gone(nlp):
    text = "The rowing team arrived home on Thursday night after a month at sea."
    assert values_of(timeline_rows(nlp, text, REF), "Thursday night") == {"2026-04-23TNI"}
