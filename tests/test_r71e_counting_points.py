"""Round 71e: relative dates counted from the point the story tells, not from the report's day.

- "Tonight" in a quotation is the report day's night unless a past clause told of the night before;
  a night of a rule or habit ("porters who must stay overnight") is no such night.
- "Ten minutes earlier" in a past clause is not counted from a day of a clause that looks ahead ("was
  expected to be released on Wednesday"), but from the day told before it.
- An evening clock time told in the past after a lead's "late on Monday" is Monday's, and "earlier
  that evening" after it Monday's evening.
- A plural noun the tagger took for a present verb ("The only sounds ... were") gives no present tense:
  "this week" in a Sunday story's past clause is the week ending that Sunday.
"""
from __future__ import annotations

import datetime as dt

from timeline_cli.temporal import tag
from timeline_rows import rows_by_expression


def _value(nlp, text, day, expression):
    """The TIMEX3 values the tagger gives `expression` in `text`."""
    return {x.value for x in tag(text, day, nlp(text)) if text[x.start:x.end] == expression}

THURSDAY = dt.date(2026, 3, 5)
WEDNESDAY = dt.date(2026, 5, 13)
TUESDAY = dt.date(2026, 2, 10)
SUNDAY = dt.date(2025, 11, 16)


def test_tonight_in_a_quote_after_a_habit_night_is_the_report_night(nlp):
    text = ("A labour court in Bergen ruled on Thursday that hospital porters who must remain at the ward overnight "
            "on standby are working the whole time.\n\n"
            "\"I have spent years of nights on that cot. Tonight I will sleep in my own bed,\" Arne Dahl, 49, said "
            "outside the court.")
    assert _value(nlp, text, THURSDAY, "Tonight") == {"2026-03-05TNI"}


def test_tonight_in_a_quote_of_last_night_story_stays_that_night(nlp):
    # near miss: the story told of the night before the report in a past clause
    text = ("The rocket lifted off from the island at 11:05 p.m. on Wednesday, the agency said.\n\n"
            "\"Tonight we made history,\" the mission director told the crowd at the launch site.")
    assert _value(nlp, text, THURSDAY, "Tonight") == {"2026-03-04TNI"}


def test_minutes_earlier_skip_the_day_of_a_prospect(nlp):
    text = ("Part of a footbridge over the canal in Ghent collapsed on Tuesday evening, injuring three people. One "
            "woman was expected to be released from hospital on Wednesday.\n\n"
            "\"Ten minutes earlier a group of schoolchildren had crossed right there,\" said Pieter Claes, who runs a "
            "bakery on the quay.")
    assert _value(nlp, text, WEDNESDAY, "Ten minutes earlier") == {"2026-05-12"}


def test_minutes_earlier_after_a_past_day_keep_it(nlp):
    # near miss: the day before the count is told in a past clause
    text = ("A crane toppled at a building site in Leuven on Wednesday, injuring two workers.\n\n"
            "\"Ten minutes earlier the whole crew had been standing there,\" said Jan Peeters, a foreman.")
    assert _value(nlp, text, WEDNESDAY, "Ten minutes earlier") == {"2026-05-13"}


def test_evening_clock_after_late_on_monday(nlp):
    text = ("About 900 bus drivers in Lyon walked out late on Monday after talks broke down, leaving commuters "
            "stranded on Tuesday.\n\n"
            "The stoppage began shortly after 11 p.m., when the night crews parked their buses at the depots. Talks "
            "between the union and the operator had failed earlier that evening.")
    assert _value(nlp, text, TUESDAY, "shortly after 11 p.m.") == {"2026-02-09T23:00"}
    assert _value(nlp, text, TUESDAY, "earlier that evening") == {"2026-02-09TEV"}


def test_evening_clock_after_a_plain_day_before_stays(nlp):
    # near miss: no "late on" before the earlier day; the clock time keeps the report's day
    text = ("About 900 bus drivers in Lyon voted on Monday to strike, and commuters were stranded on Tuesday.\n\n"
            "The stoppage began shortly after 11 p.m., when the night crews parked their buses at the depots.")
    assert _value(nlp, text, TUESDAY, "shortly after 11 p.m.") == {"2026-02-10T23:00"}


def test_plural_noun_subject_is_no_present_verb(nlp):
    text = ("The only sounds in the valley above the lake on a grey morning this week were the bells of the goats "
            "and the voice of a herder calling them home.")
    rows = rows_by_expression(nlp, text, SUNDAY)["this week"]
    assert {r.value for r in rows} == {"2025-W46"}


def test_this_week_ahead_on_a_sunday_stays_the_coming_week(nlp):
    # near miss: a clause that looks ahead, told on a Sunday, keeps the coming week (round 62d)
    text = "The union will meet the rail operator this week to discuss the timetable, its leader said."
    rows = rows_by_expression(nlp, text, SUNDAY)["this week"]
    assert {r.value for r in rows} == {"2025-W47"}
