"""Round 62d: a clock time put on the wrong day, and a coming date counted back.

- A clock time in the small hours told after an afternoon or evening ("trailed after the session on
  Sunday afternoon ... said after midnight") is in the night that ends that day: the next day's.
- An evening clock time told in the past, after a day of the report's own in an earlier sentence, is
  the evening or night before the report that the story already told of ("swept the coast on Friday
  night ... moved out to sea early on Saturday. A fisherman drowned at about 9:15 p.m.", in a
  Saturday story: Friday's 21:15).
- A date that ends a reported clause, before a postposed "the council said" the parse hung it on, takes
  the reported clause's tense ("Pools will open later, until 10 p.m., from Thursday, the city said").
- A perfect infinitive under a plan or hope ("expects to have finished the work by the end of
  August") lies ahead, as "expects to finish" does.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_rows import rows_by_expression, timeline_rows

SATURDAY = dt.date(2025, 3, 8)


def _values(nlp, text: str, expression: str, reference: dt.date = SATURDAY) -> set[str]:
    return {r.value for r in rows_by_expression(nlp, text, reference).get(expression, [])}


@pytest.mark.parametrize("text, expression, value", [
    ("The rescue began on Friday afternoon. Divers reached the trapped miners after midnight, officials said.",
     "midnight", "2025-03-08T00:00"),
    ("The concert started on Friday evening. The crowd left the stadium at about 1 a.m., police said.",
     "about 1 a.m.", "2025-03-08T01:00"),
])
def test_small_hours_after_an_afternoon_or_evening_are_the_next_day(nlp, text, expression, value):
    assert _values(nlp, text, expression) == {value}


@pytest.mark.parametrize("text, expression, value", [
    ("A storm swept across the coast on Friday night, cutting power to 30,000 homes, officials said on "
     "Saturday. It moved out to sea early on Saturday. A fisherman drowned near the harbour at about "
     "9:15 p.m., the coastguard said.", "about 9:15 p.m.", "2025-03-07T21:15"),
    ("Fans clashed with police after the match on Friday evening, the city said on Saturday. The trouble "
     "spread to the station early on Saturday. Two officers were injured at about 11 p.m., police said.",
     "about 11 p.m.", "2025-03-07T23:00"),
])
def test_past_evening_clock_time_is_the_night_already_told(nlp, text, expression, value):
    assert _values(nlp, text, expression) == {value}


@pytest.mark.parametrize("text, expression, value", [
    # no evening before the report's day was told: the report's own evening stays
    ("Firefighters were called to the warehouse on Saturday. The roof collapsed at about 9 p.m., the fire "
     "service said.", "about 9 p.m.", "2025-03-08T21:00"),
    # a morning clock time after the night told stays on the morning
    ("A storm swept across the coast on Friday night. It moved out to sea early on Saturday. A tree fell on "
     "a house at about 6 a.m., police said.", "about 6 a.m.", "2025-03-08T06:00"),
])
def test_near_misses_keep_their_day(nlp, text, expression, value):
    assert _values(nlp, text, expression) == {value}


@pytest.mark.parametrize("text, expression, value", [
    ("Six branch libraries will stay open later, until 9 p.m., from Tuesday, the council said.",
     "Tuesday", "2025-03-11"),
    ("Parking will be free on weekdays, after 6 p.m., from Monday, the council said.", "Monday", "2025-03-10"),
])
def test_date_ending_a_reported_clause_takes_its_tense(nlp, text, expression, value):
    rows = rows_by_expression(nlp, text, SATURDAY).get(expression, [])
    assert rows and {r.value for r in rows} == {value}
    assert all(r.status != "occurred" for r in rows)


def test_date_after_the_saying_keeps_the_saying_day(nlp):
    rows = timeline_rows(nlp, "Three public pools will open later, the city said on Thursday.", SATURDAY)
    assert {r.value for r in rows if r.time_expression == "Thursday"} == {"2025-03-06"}


@pytest.mark.parametrize("text, expression, value", [
    ("The builder expects to have finished the new bridge by the end of August.", "the end of August",
     "2025-08"),
    ("The airline hopes to have repaired most of its planes by January.", "January", "2026-01"),
])
def test_perfect_infinitive_of_a_plan_lies_ahead(nlp, text, expression, value):
    reference = dt.date(2025, 10, 4) if expression == "January" else dt.date(2025, 5, 3)
    assert _values(nlp, text, expression, reference) == {value}


def test_perfect_infinitive_of_a_past_perfect_plan_looks_back(nlp):
    text = "The builder had expected to have finished the bridge by the end of March."
    assert _values(nlp, text, "the end of March", dt.date(2025, 5, 3)) == {"2025-03"}


SUNDAY = dt.date(2025, 3, 9)


@pytest.mark.parametrize("text, expression", [
    ("Some mountain roads could stay closed until the end of the week, the police said.", "the end of the week"),
    ("The ferry company will cancel more crossings later in the week.", "later in the week"),
])
def test_the_week_ahead_told_on_a_sunday_is_the_coming_week(nlp, text, expression):
    assert _values(nlp, text, expression, SUNDAY) == {"2025-W11"}


def test_the_week_told_on_a_weekday_stays_that_week(nlp):
    text = "Some mountain roads could stay closed until the end of the week, the police said."
    assert _values(nlp, text, "the end of the week", dt.date(2025, 3, 5)) == {"2025-W10"}


@pytest.mark.parametrize("text, expression, value", [
    ("Police say the gang stole the paintings on the night of March 2, 2023, and hid them in a barn. "
     "The paintings were found on March 20 after a tip-off.", "March 20", "2023-03-20"),
    ("The ship ran aground on the morning of Nov. 4, 2022. Its crew was rescued on Nov. 6 by helicopter.",
     "Nov. 6", "2022-11-06"),
])
def test_partial_date_after_on_the_night_of_a_full_date_takes_its_year(nlp, text, expression, value):
    assert _values(nlp, text, expression, dt.date(2025, 5, 22)) == {value}


def test_full_date_as_a_modifier_gives_no_year(nlp):
    text = "The night of March 2, 2023, raid was recalled in court. The paintings were shown on March 20."
    # the row must be there, in the story's year: "!= 2023" alone would also pass with no row at all
    assert _values(nlp, text, "March 20", dt.date(2025, 5, 22)) == {"2025-03-20"}
