"""Round 54c: a description whose cut changed the meaning (docs/events.md, "Descriptions").

- A count dated by its last happening: "won the title three times, most recently in 2011" told on
  2011 as "won the title three times" put three wins in 2011. The count and its "most recently" /
  "last" / "the latest" are left out of the row ("won the title", 2011); a count with its own date
  ("three times in the 1990s", "three times since 2000, the latest in 2021") keeps it.
- The base of a record stays in the words of a row dated elsewhere: "recorded more cases in 2024
  than in any year since 2012" is no longer "more cases than in any year" (a twelve-year high made
  a record); "rose on Monday to their highest since March" keeps "since March".
- A year after the base of a record is the base's: "was the strongest to hit the island since
  Typhoon Haiyan in 2013" gives no row on "to hit" dated 2013.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 4, 12)


def _dated(nlp, text: str) -> dict[str, str]:
    """{time expression: description} of the text's dated rows."""
    return {r.time_expression: r.event for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_count_most_recently(nlp):
    rows = _dated(nlp, "The singer has won the award twice, most recently in 2019.")
    assert rows == {"2019": "The singer has won the award"}


def test_count_times_most_recently_on_a_day(nlp):
    rows = _dated(nlp, "Police have arrested the man four times, most recently on Tuesday.")
    assert rows == {"Tuesday": "Police have arrested the man"}


def test_count_in_a_conjunct(nlp):
    rows = _dated(nlp, "The club joined the league in 1984 and won the cup three times, most recently in 2011.")
    assert rows["2011"] == "The club won the cup"
    assert rows["1984"] == "The club joined the league"


def test_count_with_its_own_date_stays(nlp):
    assert _dated(nlp, "The club won the cup three times in the 1990s.") == {
        "the 1990s": "The club won the cup three times"}
    assert _dated(nlp, "The river has flooded the town three times since 2000, the latest in 2021.")["2000"] == \
        "The river has flooded the town three times"


def test_record_base_kept_in_the_words(nlp):
    rows = _dated(nlp, "The city sold more bonds in 2025 than in any year since 2009.")
    assert rows == {"2025": "The city sold more bonds than in any year since 2009"}
    rows = _dated(nlp, "Exports fell in June to the lowest level since 2016.")
    assert rows == {"June": "Exports fell to the lowest level since 2016"}


def test_year_of_a_record_base_dates_no_clause(nlp):
    rows = _dated(nlp, "The storm was the strongest to hit the island since Typhoon Haiyan in 2013.")
    assert "2013" not in rows
    rows = _dated(nlp, "The blaze was the largest to hit the park since a lightning fire in 2018.")
    assert rows == {"2018": "A lightning fire"}  # the base's own row stays


def test_ordinary_since_stays(nlp):
    rows = _dated(nlp, "The museum has been closed since 2019, and it reopened in March.")
    assert rows == {"2019": "The museum has been closed", "March": "The museum reopened"}


def test_last_inside_a_date_is_no_latest(nlp):
    rows = _dated(nlp, "The pump has broken down at least five times since last summer, engineers said.")
    assert any("five times" in d for d in rows.values())
    rows = _dated(nlp, "The launch was postponed twice last year, first by a storm and then by a fuel leak.")
    assert "twice" in rows["last year"]
