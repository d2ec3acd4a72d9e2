"""Round 41a: a time expression that names no point in time is no row's date. A recurring time
("every Saturday morning") is a set, and a standing rule's hour ("ordered the bar to close at
midnight", "a ban after 10 p.m.") dates no event (docs/events.md, "A rule's hour", and
docs/temporal.md's sets)."""
from __future__ import annotations

import datetime

import pytest

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

THURSDAY = datetime.date(2025, 12, 4)
FRIDAY = datetime.date(2026, 4, 17)


def _tagged(nlp, text, day=THURSDAY):
    return [(x.text, x.type, x.value) for x in tag(text, day, nlp(text))]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("After the concert the bells will ring every Saturday morning.", "every Saturday morning", "XXXX-WXX-6TMO"),
    ("The reading room opens each Sunday afternoon.", "each Sunday afternoon", "XXXX-WXX-7TAF"),
    ("Volunteers serve soup every Tuesday evening.", "every Tuesday evening", "XXXX-WXX-2TEV"),
])
def test_every_weekday_part_of_day_is_a_set(nlp, text, phrase, value):
    assert (phrase, "SET", value) in _tagged(nlp, text)


@pytest.mark.parametrize(("text", "value"), [
    ("The choir will sing on Sunday evening.", "2025-12-07TEV"),  # one evening: still a date
    ("The ferry sails every Monday.", "XXXX-WXX-1"),
])
def test_near_misses_of_the_set_keep_their_value(nlp, text, value):
    assert value in [v for _, _, v in _tagged(nlp, text)]


def test_recurring_time_gives_no_dated_row(nlp):
    rows = timeline_rows(nlp, "The restored organ will be played every Saturday morning, the parish said.", THURSDAY)
    assert not any(r.value.startswith("2025-12-06") for r in rows), rows


@pytest.mark.parametrize("text", [
    "A judge on Friday ordered the bar to fit double glazing and close its beer garden at midnight.",
    "The owner said that shutting the garden at 10 p.m. would cost a dozen jobs.",
    "The mayor said a ban on street music after 11 p.m. was not being considered.",
    "Under the new bylaw, kiosks must close at 9 p.m. on weekdays.",
    "The council imposed a 10 p.m. curfew on teenagers.",
])
def test_a_rules_hour_dates_no_row(nlp, text):
    rows = timeline_rows(nlp, text, FRIDAY)
    assert not any("T" in r.value for r in rows), rows


def test_the_ruling_keeps_its_own_date(nlp):
    rows = timeline_rows(nlp, "A judge on Friday ordered the bar to close its beer garden at midnight.", FRIDAY)
    assert [r.value for r in rows] == ["2026-04-17"]
    assert "ordered" in rows[0].event


@pytest.mark.parametrize(("text", "value"), [
    ("A fire broke out at the warehouse at 3 a.m., firefighters said.", "2026-04-17T03:00"),
    ("The minister will speak at noon.", "2026-04-17T12:00"),
    ("Police raided the flat at 6 a.m. on Thursday.", "2026-04-16T06:00"),
    ("The bar closed its doors at midnight, police said.", "2026-04-17T00:00"),
])
def test_a_happenings_clock_time_keeps_its_row(nlp, text, value):
    rows = timeline_rows(nlp, text, FRIDAY)
    assert value in [r.value for r in rows], rows


REPORT = datetime.date(2026, 9, 25)


def _days(nlp, text, day=REPORT):
    return [(x.text, x.value, x.date, x.end_date) for x in tag(text, day, nlp(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods closed the road dozens of times over the past year.",
     ("the past year", "2025", "2025-09-25", "2026-09-25")),
    ("Rents in the city rose 4% in the past month.",
     ("the past month", "2026-08", "2026-08-01", "2026-08-31")),  # unchanged: the calendar month
    ("Sales fell last year.", ("last year", "2025", "2025-01-01", "2025-12-31")),  # the calendar year
])
def test_the_past_year_reaches_back_from_the_report(nlp, text, expected):
    assert expected in _days(nlp, text)


def test_the_past_year_in_the_first_quarter_is_the_year_just_ended(nlp):
    text = "Membership of the clubs grew 20 percent over the past year, the report said."
    assert ("the past year", "2025", "2025-01-01", "2025-12-31") in _days(nlp, text, datetime.date(2026, 2, 10))


def test_a_row_over_the_past_year_spans_the_twelve_months(nlp):
    rows = timeline_rows(nlp, "Copper thefts caused hundreds of train delays over the past year, police said.", REPORT)
    row = next(r for r in rows if r.time_expression == "the past year")
    assert (row.value, row.date, row.end_date) == ("2025", "2025-09-25", "2026-09-25")
