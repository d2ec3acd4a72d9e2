"""Round 57b: "the next day" counted from the wrong day (temporal/dates.py `_clock_next_day`,
relative.py `h_rel_unit`). A clock time followed by "the next day" ("at 8 a.m. the next day") is one
time, on the day after the day the text has just told, not a clock on the told day plus a second date;
and "the next day" after a clock time or a part of a day ("at 6 p.m. on Oct. 3", "on Friday
afternoon") counts from that day, not from an older bare day. Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_cli.temporal.tagger import tag
from timeline_rows import timeline_rows, values_of

REF = datetime.date(2026, 9, 17)  # a Thursday

FERRY = ("OSLO, Sept. 17, 2026 -- The ferry line was halted on Saturday after a crane failure.\n\n"
         "A ribbon cutting is planned for Friday afternoon, and regular crossings will resume at 6 a.m. the next day.")


def test_clock_then_next_day_is_one_time_on_the_day_after_the_told_day(nlp):
    rows = timeline_rows(nlp, FERRY, REF)
    assert values_of(rows, "6 a.m. the next day") == {"2026-09-19T06:00"}, [(r.time_expression, r.value) for r in rows]
    assert not values_of(rows, "the next day"), "'the next day' is part of the clock time, no row of its own"
    assert not values_of(rows, "6 a.m.")


def test_past_clock_then_following_day(nlp):
    text = ("LIMA, March 10, 2026 -- Dock workers walked out at 7 a.m. on March 2. "
            "They returned to work at 9 p.m. the following day, the union said.")
    rows = timeline_rows(nlp, text, datetime.date(2026, 3, 10))
    assert values_of(rows, "9 p.m. the following day") == {"2026-03-03T21:00"}


def test_span_until_a_clock_the_next_day_ends_on_that_day(nlp):
    text = ("DENVER, May 9, 2026 -- The city's water system was offline from 11 a.m. on May 4 until about "
            "2 p.m. the next day, officials said.")
    rows = timeline_rows(nlp, text, datetime.date(2026, 5, 9))
    spans = {r.value for r in rows if r.time_expression and r.time_expression.startswith("from 11 a.m.")}
    assert spans == {"2026-05-04T11:00/2026-05-05T14:00"}, [(r.time_expression, r.value) for r in rows]


def test_next_day_after_a_clock_time_counts_from_its_day(nlp):
    text = ("OSLO, Sept. 17, 2026 -- The ferry line was halted on Saturday after a crane failure.\n\n"
            "The storm reached the coast at 6 p.m. on Oct. 3, 2025. Crews restored power the following day.")
    rows = timeline_rows(nlp, text, REF)
    assert values_of(rows, "the following day") == {"2025-10-04"}


def test_next_day_after_a_part_of_a_day_counts_from_its_day(nlp):
    text = ("OSLO, Sept. 17, 2026 -- The ferry line was halted on Saturday after a crane failure.\n\n"
            "A ribbon cutting is planned for Friday afternoon, and regular crossings will resume the next day.")
    rows = timeline_rows(nlp, text, REF)
    assert values_of(rows, "the next day") == {"2026-09-19"}


def test_clock_on_a_named_day_is_unchanged(nlp):
    text = ("OSLO, Sept. 17, 2026 -- A ribbon cutting is planned for Friday, and regular crossings will "
            "resume at 6 a.m. on Saturday.")
    rows = timeline_rows(nlp, text, REF)
    assert values_of(rows, "6 a.m. on Saturday") == {"2026-09-19T06:00"}


def test_next_day_after_a_month_is_not_joined():
    text = ("The bridge was closed in October 2023, when a ship hit it. "
            "Engineers arrived at 7 a.m. the next day.")
    found = [(e.text, e.value) for e in tag(text, datetime.date(2026, 9, 17), ranges=True)]
    assert ("7 a.m. the next day" not in [t for t, _ in found]), found


def test_timeml_keeps_the_clock_and_the_day_apart():
    text = "A ribbon cutting is planned for Friday afternoon, and crossings will resume at 6 a.m. the next day."
    found = [(e.text, e.value) for e in tag(text, REF)]
    assert ("the next day", "2026-09-19") in found, found
    assert "6 a.m. the next day" not in [t for t, _ in found]
