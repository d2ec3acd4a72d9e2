"""Round 66e: a quoted verdict on the story's day ('"Mere was the stronger player today."') is no
event; a quoted deed of the day ('"Daniel tried everything this morning"') keeps its row."""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows, values_of

SUNDAY = dt.date(2026, 2, 22)
LEAD = "NELSON, New Zealand, Feb. 22, 2026 -- Mere Tane won the national singles title on Sunday, beating Ana Kight 21-15.\n\n"


def test_quoted_graded_verdict_of_today_is_no_row(nlp):
    rows = timeline_rows(nlp, LEAD + '"Mere was the stronger player today. She deserved it," Kight said.', SUNDAY)
    assert values_of(rows, "today") == set()
    assert values_of(rows, "Sunday") == {"2026-02-22"}


def test_quoted_deed_of_this_morning_keeps_its_row(nlp):
    rows = timeline_rows(nlp, LEAD + '"Daniel tried everything this morning," said the coach, Paul Ferrand.', SUNDAY)
    assert values_of(rows, "this morning") == {"2026-02-22TMO"}
