"""Round 59a: "N months later" after a point the text told (a season, a quarter, a year) that no rule
counts on from is no date, not a date counted from the report's day (temporal/relative.h_ago): nothing
"later" in a report follows the day it was written. Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 4)


def _values(text: str) -> dict[str, str]:
    return {e.text: e.value for e in tag(text, DAY, ranges=True)}


def test_months_later_after_a_season_is_not_counted_from_the_report():
    text = "The herd was counted in the spring of 2021. Ten of the calves were seen again 10 months later."
    assert "10 months later" not in _values(text)


def test_months_later_after_a_year_is_not_after_the_report():
    text = "The dam was finished in 2004. Six months later, the valley flooded."
    assert "Six months later" not in _values(text)


def test_no_row_after_the_story_for_a_count_from_a_season(nlp):
    text = ("The reef was first surveyed in the summer of 2022. "
            "Half of the tagged corals had bleached 18 months later, the survey found.")
    rows = timeline_rows(nlp, text, DAY)
    assert not any(r.date > DAY.isoformat() for r in rows)


def test_weeks_later_after_a_day_still_count_from_that_day():
    assert _values("The ship sank on March 3, 2019. Two weeks later, divers found the wreck.")[
        "Two weeks later"] == "2019-03-17"


def test_years_later_after_a_year_still_count_from_that_year():
    assert _values("The plant opened in 1998. Ten years later, it closed.")["Ten years later"] == "2008"
