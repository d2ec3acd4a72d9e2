"""Round 70e: which event a time expression dates.

- An evening clock time told in the past after the report day's morning or small hours is the
  evening before, when the story told of that day ("late on Tuesday ... discharged on Wednesday
  morning ... The train left the yard at 9:15 p.m." in a Wednesday story is Tuesday's 21:15); in the
  morning's own sentence only in the past perfect ("named at 2:10 a.m., where the count had started
  shortly after 10:30 p.m.").
- "the overnight leader", "the overnight lead": a standing, not a night, so "started the day" and a
  clock time after it stay on the day the lead names.
- A "when" clause the parser hangs on the number of an aside ("Nine people were hurt, three of them
  badly, when a stand gave way ... on Friday evening, police said on Saturday") still dates the
  event, not the report.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import row_by_expression, timeline_rows

WEDNESDAY = dt.date(2026, 3, 11)
FRIDAY = dt.date(2026, 3, 13)
SATURDAY = dt.date(2026, 3, 14)
SUNDAY = dt.date(2026, 3, 15)


def test_evening_after_report_morning_is_the_evening_before(nlp):
    rows = row_by_expression(nlp, "A freight train derailed outside Lanford late on Tuesday, rail officials said. "
                                  "Two drivers were treated in hospital and were discharged on Wednesday morning.\n\n"
                                  "The train left the yard at 9:15 p.m., about an hour late, after a signal fault.",
                             WEDNESDAY)
    assert rows["9:15 p.m."].value == "2026-03-10T21:15"


def test_evening_after_report_morning_without_the_day_before_stays(nlp):
    rows = row_by_expression(nlp, "Two drivers were discharged from hospital on Wednesday morning, rail officials "
                                  "said.\n\nThe line reopened to passenger trains at 9:15 p.m., after a signal fault.",
                             WEDNESDAY)
    assert rows["9:15 p.m."].value == "2026-03-11T21:15"


def test_past_perfect_evening_in_the_small_hours_sentence(nlp):
    rows = row_by_expression(nlp, "A council seat in Hartfield was settled by a coin toss early on Friday after "
                                  "two candidates in Thursday's vote won 311 votes each.\n\nMoira Quill was named the winner at about 2:10 a.m., "
                                  "when the returning officer tossed a coin in the school gym, where the count had "
                                  "started shortly after 10:30 p.m.", FRIDAY)
    assert rows["shortly after 10:30 p.m."].value == "2026-03-12T22:30"
    assert rows["about 2:10 a.m."].value == "2026-03-13T02:10"


def test_coming_evening_in_the_small_hours_sentence_stays(nlp):
    rows = row_by_expression(nlp, "A council seat in Hartfield was settled by a coin toss early on Friday after "
                                  "two candidates in Thursday's vote won 311 votes each.\n\nMoira Quill was named the winner at about 2:10 a.m. "
                                  "and will be sworn in at 7 p.m.", FRIDAY)
    assert rows["7 p.m."].value == "2026-03-13T19:00"


def test_overnight_leader_is_no_night(nlp):
    rows = row_by_expression(nlp, "Norwegian sailor Ingrid Sole won the Coastal Regatta on Sunday, overtaking the "
                                  "overnight leader on the last of six racing days.\n\nSole started the day six points "
                                  "behind but crossed the line shortly after 4:20 p.m., two minutes ahead of him.",
                             SUNDAY)
    assert "overnight" not in rows
    assert rows["the day"].value == "2026-03-15"
    assert rows["shortly after 4:20 p.m."].value == "2026-03-15T16:20"


def test_overnight_is_still_a_night(nlp):
    rows = row_by_expression(nlp, "The fleet was held in port overnight because of strong winds, organisers said "
                                  "on Sunday.", SUNDAY)
    assert rows["overnight"].value == "2026-03-14TNI"


def test_when_clause_on_an_aside_number_dates_the_event(nlp):
    rows = {r.event: r for r in timeline_rows(
        nlp, "Nine people were hurt, three of them badly, when a stand gave way at a football ground in Dunmore "
             "on Friday evening, police said on Saturday.", SATURDAY)}
    assert rows["Nine people were hurt"].value == "2026-03-13TEV"


def test_aside_without_when_clause_keeps_the_report_day(nlp):
    rows = {r.event: r for r in timeline_rows(
        nlp, "Nine people were hurt, three of them badly, at a football ground in Dunmore, police said on "
             "Saturday.", SATURDAY)}
    assert rows["Nine people were hurt"].value == "2026-03-14"
