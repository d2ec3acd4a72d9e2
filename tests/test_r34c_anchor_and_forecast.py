"""Round 34c: "could" in what a warning or forecast says looks ahead ("forecasters warned that storms
could form on Wednesday"); "the next month" / "the next week" after a past year the text has just told
of is a month of that year, not the month after the publication day (docs/events.md, "Round 34c")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 10)  # a Tuesday


def _by_expression(nlp, text):
    return {e.time_expression: e for e in timeline_rows(nlp, text, REF)}


def test_could_under_a_warning_looks_ahead(nlp):
    for text, expression, day in (
            ("Meteorologists warned that a second storm could hit the mountains on Thursday night.", "Thursday night", "2026-03-12"),
            ("Analysts predicted that the shares could fall sharply on Friday.", "Friday", "2026-03-13"),
            ("The coast guard cautioned that the swell could reach six metres on Saturday afternoon.",
             "Saturday afternoon", "2026-03-14")):
        row = _by_expression(nlp, text)[expression]
        assert row.date == day, text
        assert row.status == "expected", text


def test_could_as_a_past_ability_or_negated_stays_back(nlp):
    for text, expression, day in (
            ("The family said the climbers could be reached by radio on Saturday.", "Saturday", "2026-03-07"),
            ("Engineers warned that the dam could not have held on Sunday without the repairs.", "Sunday", "2026-03-08")):
        rows = _by_expression(nlp, text)
        if expression in rows:
            assert rows[expression].date == day, text


def test_next_month_after_a_past_year_is_that_year(nlp):
    for text, year in (
            ("The dispute began in 2023, when a supplier stopped deliveries to the plant. The company sued the supplier the next month.", "2023"),
            ("The ship was sold in 2021 to a buyer in Oslo. It was renamed the following month.", "2021")):
        rows = timeline_rows(nlp, text, REF)
        late = [r for r in rows if r.time_expression in ("the next month", "the following month")]
        assert len(late) == 1, text
        assert late[0].date.startswith(year), text


def test_next_month_after_a_dated_day_still_counts_from_it(nlp):
    rows = _by_expression(nlp, "The mine closed on March 3, 2025. Its owner filed for bankruptcy the next month.")
    assert rows["the next month"].date.startswith("2025-04")


def test_next_month_with_no_past_year_counts_from_the_report(nlp):
    rows = _by_expression(nlp, "The minister said on Monday the plant would reopen the next month.")
    assert rows["the next month"].date.startswith("2026-04")


def test_clock_time_after_a_since_day_takes_the_story_day(nlp):
    text = ("MADRID, Oct. 12, 2025 (Wire) - Carla Ruiz won the Madrid Marathon on Sunday in a course record.\n\n"
            "Ana Soto, who had led the race since Tuesday, finished second. Soto said the heat rose sharply "
            "shortly after 10 a.m.")
    rows = {e.time_expression: e for e in timeline_rows(nlp, text, datetime.date(2025, 10, 12))}
    assert rows["shortly after 10 a.m."].date == "2025-10-12"


def test_clock_time_after_a_plain_day_keeps_that_day(nlp):
    text = ("MADRID, Oct. 12, 2025 (Wire) - Carla Ruiz won the Madrid Marathon on Sunday.\n\n"
            "Police arrested a man on Friday. He was released at 9 p.m.")
    rows = {e.time_expression: e for e in timeline_rows(nlp, text, datetime.date(2025, 10, 12))}
    assert rows["9 p.m."].date == "2025-10-10"
