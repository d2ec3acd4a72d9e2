"""Round 69: "next Friday" written on a Thursday is the Friday of the week after, not tomorrow
(temporal/context.py `weekday_date`; docs/dates.md, "Round 69"). Further days keep the nearest
coming one ("next Wednesday" on a Thursday is six days on), and on a Sunday "next Monday" is tomorrow."""
from __future__ import annotations

import datetime

from timeline_cli.temporal import tag


def _value(sentence: str, day: datetime.date, expression: str) -> str:
    return next(t.value for t in tag(sentence, day) if t.text == expression)


def test_next_day_named_the_day_before_is_a_week_on():
    thursday = datetime.date(2026, 7, 9)
    assert _value("Stores must remove the cans by next Friday.", thursday, "next Friday") == "2026-07-17"


def test_further_days_are_the_nearest_coming_one():
    thursday = datetime.date(2026, 7, 9)
    assert _value("The board meets next Wednesday.", thursday, "next Wednesday") == "2026-07-15"
    monday = datetime.date(2026, 7, 6)
    assert _value("The board meets next Friday.", monday, "next Friday") == "2026-07-10"


def test_next_monday_on_a_sunday_is_tomorrow():
    sunday = datetime.date(2026, 7, 12)
    assert _value("The board meets next Monday.", sunday, "next Monday") == "2026-07-13"
