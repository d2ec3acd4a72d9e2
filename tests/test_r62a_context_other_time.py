"""Round 62a: a context date given to an event that has its own, other time.

- A lead's "after" clause told again later with a day of its own ("after talks collapsed. ... Talks
  with the board collapsed on Tuesday night") takes no date from the lead; nor does one that ends a
  long story ("after both governments agreed ... following years of talks").
- A saying that carries on a scene dated to a clock time takes the day only: the hour is the deed's.
- A saying about an event the text dates after the scene ("the vote at Westfield", on Thursday) is
  not on the scene's earlier day.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_after_clause_told_again_with_its_own_day(nlp):
    rows = _by_event(nlp, "About 300 nurses walked out at the city hospital on Thursday after talks over staffing "
                          "collapsed, their union said. Talks with the health board collapsed on Tuesday night.")
    assert "Talks over staffing collapsed" not in rows
    assert rows["Talks with the health board collapsed"].value == "2025-06-03TNI"
    assert rows["About 300 nurses walked out at the city hospital"].value == "2025-06-05"


def test_after_clause_ending_a_long_story(nlp):
    rows = _by_event(nlp, "The border treaty was signed on Thursday after both governments agreed to drop their "
                          "claims following years of talks.")
    assert list(rows) == ["The border treaty was signed"]


def test_after_clause_of_the_same_occasion_keeps_the_lead_day(nlp):
    # near misses: no span of time before it, no day of its own elsewhere
    rows = _by_event(nlp, "The border treaty was signed on Thursday after both governments agreed to drop their claims.")
    assert rows["Both governments agreed to drop their claims"].value == "2025-06-05"
    assert rows["Both governments agreed to drop their claims"].date_basis == "context"
    rows = _by_event(nlp, "Shares of Norvik Foods fell sharply on Thursday after the company cut its profit forecast.")
    assert rows["Norvik Foods cut its profit forecast"].value == "2025-06-05"


def test_saying_after_a_clock_time_takes_the_day(nlp):
    rows = _by_event(nlp, "Police officers from Ashby raided the warehouse at 5 a.m. on Thursday. "
                          "Ashby police said two men were arrested.")
    said = rows["Ashby police said two men were arrested"]
    assert (said.value, said.granularity, said.date_basis) == ("2025-06-05", "day", "context")
    assert rows["Police officers from Ashby raided the warehouse"].value == "2025-06-05T05:00"


def test_deed_after_a_clock_time_keeps_it(nlp):
    # near miss: what the scene's actor did next, not what it said
    rows = _by_event(nlp, "Police officers from Ashby raided the warehouse at 5 a.m. on Thursday. "
                          "Ashby police arrested two men.")
    assert rows["Ashby police arrested two men"].value == "2025-06-05T05:00"


def test_saying_about_a_later_event_is_not_on_the_scene_day(nlp):
    rows = _by_event(nlp, "The senate of Westfield College voted on Thursday to reject the merger. Eastfield "
                          "College's own senate approved the merger on May 20. Its rector, Ana Ruiz, said the vote "
                          "at Westfield was a setback.")
    assert not any("setback" in event for event in rows)
    assert rows["Eastfield College's own senate approved the merger"].value == "2025-05-20"


def test_saying_about_the_scene_or_an_earlier_event_stays(nlp):
    # near misses: no event named, or the named event came before the scene
    text = ("The senate of Westfield College voted on {day} to reject the merger. Eastfield College's own senate "
            "approved the merger on May 20. Its rector, Ana Ruiz, said {what}.")
    rows = _by_event(nlp, text.format(day="Thursday", what="the plan was sound"))
    assert [r.value for e, r in rows.items() if "sound" in e] == ["2025-05-20"]
    rows = _by_event(nlp, text.format(day="May 6", what="the vote at Westfield was a warning"))
    assert [r.value for e, r in rows.items() if "warning" in e] == ["2025-05-20"]


def test_saying_after_a_part_of_the_day_keeps_it(nlp):
    # near miss: a part of the day, not a clock time; the saying may be made there
    rows = _by_event(nlp, "Health Minister Tomas Berg visited the flooded clinic on Thursday morning. "
                          "He said the ministry would pay for new equipment.")
    said = [r for e, r in rows.items() if "equipment" in e]
    assert [r.value for r in said] == ["2025-06-05TMO"]
