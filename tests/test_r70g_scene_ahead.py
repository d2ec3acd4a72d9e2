"""Round 70g: a day still ahead of the report is a plan told, not the scene of a clock time told in
the past ("... fire inspectors are due to visit on Friday. Residents said the alarm sounded at 9 p.m."
in a Wednesday story: the 9 p.m. is the scene's evening, Tuesday's, not Friday's nor the dateline's).
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import row_by_expression

WEDNESDAY = dt.date(2026, 3, 11)


def test_past_clock_time_after_a_coming_day_takes_the_scene_day(nlp):
    rows = row_by_expression(nlp, "Smoke filled a stairwell of a tower block in Dunmere late on Tuesday, and fire "
                                  "inspectors are due to visit the building on Friday.\n\nResidents said the fire "
                                  "alarm sounded at 9 p.m. and the stairwell filled with smoke.", WEDNESDAY)
    assert rows["9 p.m."].value == "2026-03-10T21:00"
    assert rows["Friday"].value == "2026-03-13"


def test_past_clock_time_after_a_past_day_keeps_that_day(nlp):
    rows = row_by_expression(nlp, "Fire inspectors visited a tower block in Dunmere on Monday, the council said.\n\n"
                                  "Residents said the fire alarm sounded at 9 p.m. and the stairwell filled with smoke.",
                             WEDNESDAY)
    assert rows["9 p.m."].value == "2026-03-09T21:00"


def test_coming_clock_time_after_a_coming_day_keeps_that_day(nlp):
    rows = row_by_expression(nlp, "Smoke filled a stairwell of a tower block in Dunmere late on Tuesday, and fire "
                                  "inspectors are due to visit the building on Friday.\n\nThe inspectors will "
                                  "arrive at 9 a.m. and meet residents in the lobby.", WEDNESDAY)
    assert rows["9 a.m."].value == "2026-03-13T09:00"
