"""Round 57b: "on a Friday in December" is some Friday of that month (temporal/dates.py `h_weekday`,
`h_clock`): the month dates the event; no Friday counted from the publication day, and a clock time
of that unknown day ("at 4:50 p.m. on a Friday in December") is no time on the publication day.
Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 4, 20)  # a Monday

MINE = ("PERTH, Australia, April 20, 2026 (Wire) - The first tremor was felt one Sunday in March, residents "
        "said. The mine's pump failed at 3:15 a.m. on a Tuesday morning in February.\n\n"
        "At a Wednesday media event, the company showed its new drill. The inspectors came on Friday.")


def _dated(nlp):
    return [(r.time_expression, r.value, r.event) for r in timeline_rows(nlp, MINE, REF)]


def test_some_weekday_of_a_month_is_dated_by_the_month_only(nlp):
    found = _dated(nlp)
    tremor = [(t, v) for t, v, e in found if e.startswith("The first tremor")]
    assert tremor == [("March", "2026-03")], found


def test_a_clock_time_of_some_weekday_is_no_time_of_the_publication_day(nlp):
    found = _dated(nlp)
    pump = [(t, v) for t, v, e in found if e.startswith("The mine's pump failed")]
    assert pump == [("February", "2026-02")], found


def test_a_weekday_with_no_month_after_it_is_still_a_day(nlp):
    found = _dated(nlp)
    assert ("Wednesday", "2026-04-15") in [(t, v) for t, v, _ in found], found  # "At a Wednesday media event"
    assert ("Friday", "2026-04-17") in [(t, v) for t, v, _ in found], found


def test_a_clock_time_on_a_named_weekday_is_unchanged(nlp):
    text = "PERTH, Australia, April 20, 2026 (Wire) - The pump failed at 3:15 a.m. on Tuesday in the east shaft."
    found = [(r.time_expression, r.value) for r in timeline_rows(nlp, text, REF)]
    assert ("3:15 a.m. on Tuesday", "2026-04-14T03:15") in found, found
