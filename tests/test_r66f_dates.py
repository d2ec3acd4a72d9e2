"""Round 66f: wrong dates of other kinds.

- A bare clock time after a lead sentence that tells two days (the lead's happening and, in a clause
  under its verb, an earlier day: "began a walkout on Tuesday, after talks broke down late on Monday")
  takes the lead's day, not the backgrounder's (`CalendarHandlers._scene_day`).
- A weekday carried by a participle of starting under a modal ("can claim a voucher starting on
  Monday") or the object of "by" under an affirmative modal ("the bridge could reopen by Saturday")
  lies ahead of the report (`Tense._start_ahead`).
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression

WEDNESDAY = dt.date(2026, 3, 11)


def test_clock_time_takes_the_lead_day_not_the_after_clause_s(nlp):
    text = ("BRESTOVO, March 11, 2026 (Wire) - Bus drivers in the Brestovo district began a three-day walkout on "
            "Wednesday, leaving schools without transport, after wage talks with the council collapsed late on "
            "Tuesday.\n\nThe walkout, backed by the TKS union, began at 5 a.m. at four depots.")
    rows = rows_by_expression(nlp, text, WEDNESDAY)
    assert [r.value for r in rows["5 a.m."]] == ["2026-03-11T05:00"]


def test_clock_time_after_a_lead_whose_earlier_day_is_its_own_stays(nlp):
    # near miss: the lead's day is in a relative clause that does not govern the earlier day's clause,
    # so the clock time keeps the narration's last day as before
    text = ("BRESTOVO, March 11, 2026 (Wire) - Bus drivers who walked out on Wednesday said wage talks with the "
            "council had collapsed late on Tuesday.\n\nThe talks ended at 11 p.m.")
    rows = rows_by_expression(nlp, text, WEDNESDAY)
    assert [r.value for r in rows["11 p.m."]] == ["2026-03-10T23:00"]


def test_starting_weekday_under_can_lies_ahead(nlp):
    text = "Drivers can claim a voucher or a free inspection starting on Monday, the firm said."
    rows = rows_by_expression(nlp, text, WEDNESDAY)
    assert [(r.value, r.status) for r in rows["Monday"]] == [("2026-03-16", "expected")]


def test_starting_weekday_of_a_past_clause_stays_past(nlp):
    # near miss: no modal, a past start
    text = "Drivers claimed vouchers starting on Monday, the firm said."
    rows = rows_by_expression(nlp, text, WEDNESDAY)
    assert [r.value for r in rows["Monday"]] == ["2026-03-09"]


def test_could_by_weekday_lies_ahead(nlp):
    text = "Divers will inspect the piers on Thursday, and the bridge could reopen by Saturday, the council said."
    rows = rows_by_expression(nlp, text, WEDNESDAY)
    assert [r.value for r in rows["Saturday"]] == ["2026-03-14"]


def test_past_by_weekday_left_to_the_clause(nlp):
    # near miss: a plain past "by" is untouched
    text = "The bridge was repaired by Saturday, the council said."
    rows = rows_by_expression(nlp, text, WEDNESDAY)
    assert [r.value for r in rows["Saturday"]] == ["2026-03-07"]


def test_evening_clock_time_after_a_late_day_keeps_that_day(nlp):
    # near miss: an evening hour after a day told as "late on" is that evening's scene
    text = ("KORVA, March 11, 2026 (Wire) - The ferry operator suspended the crossing on Wednesday after a barge "
            "struck the pier late on Tuesday.\n\nThe skipper, Ivo Renk, jumped onto the pier at about 10 p.m. "
            "and was helped by dock workers, the port said.")
    rows = rows_by_expression(nlp, text, WEDNESDAY)
    assert {r.value for r in rows["about 10 p.m."]} == {"2026-03-10T22:00"}


OCTOBER = dt.date(2025, 10, 9)


def test_second_conjunct_of_could_shares_its_look_ahead(nlp):
    text = "She said the board could hold a review over the winter and issue new rules by the spring."
    rows = rows_by_expression(nlp, text, OCTOBER)
    assert [r.value for r in rows["the spring"]] == ["2026-SP"]


def test_second_conjunct_of_could_not_is_left_to_its_clause(nlp):
    # near miss: a negated "could" looks ahead to nothing
    text = "She said the board could not hold a review over the winter or issue new rules by the spring."
    rows = rows_by_expression(nlp, text, OCTOBER)
    assert [r.value for r in rows["the spring"]] == ["2025-SP"]
