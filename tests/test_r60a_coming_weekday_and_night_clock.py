"""Round 60a: a coming weekday counted back, and a clock time put on the wrong day.

- A weekday in a present "when" clause of a present or future sentence is a coming day ("... when the
  new list is published on Tuesday"), and so is the day of what an active present perfect of arranging
  has as its object ("have organised a clean-up on Saturday").
- "until (well) after midnight on Wednesday", "ran past midnight on Tuesday" is that day's night, not the
  midnight that opens it.
- A past morning clock time after a story's small-hours lead, with only a report's day or a day ahead
  in between, is that night's morning.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_rows import rows_by_expression

WEDNESDAY = dt.date(2025, 5, 7)


def _one(nlp, text: str, expression: str, reference: dt.date = WEDNESDAY):
    rows = rows_by_expression(nlp, text, reference)[expression]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("text, expression, value", [
    ("Shoppers will get lower prices when the new tariff takes effect on Monday, the regulator said.",
     "Monday", "2025-05-12"),
    ("The deal gives the club enough money to clear its debts when the sale is completed on Friday.",
     "Friday", "2025-05-09"),
    ("Ticket prices will be reviewed when the board meets on Thursday.", "Thursday", "2025-05-08"),
])
def test_present_when_clause_day_lies_ahead(nlp, text, expression, value):
    row = _one(nlp, text, expression)
    assert row.value == value
    assert row.status != "occurred"


@pytest.mark.parametrize("text, expression, value", [
    ("Parents have organised a sponsored walk around the lake on Sunday.", "Sunday", "2025-05-11"),
    ("The club has arranged a charity match for Sunday.", "Sunday", "2025-05-11"),
    ("Residents have organized a public meeting on Friday to discuss the plan.", "Friday", "2025-05-09"),
])
def test_arranged_event_day_lies_ahead(nlp, text, expression, value):
    row = _one(nlp, text, expression)
    assert row.value == value
    assert row.status != "occurred"


@pytest.mark.parametrize("text, expression, value", [
    # a past "when" clause, a simple past of organising, a past perfect: the day just gone
    ("The firm's shares fell when the report was released on Monday.", "Monday", "2025-05-05"),
    ("Volunteers organised a search of the woods on Saturday.", "Saturday", "2025-05-03"),
    ("Volunteers had organised a clean-up on Saturday before the storm hit.", "Saturday", "2025-05-03"),
])
def test_past_clauses_keep_the_day_gone(nlp, text, expression, value):
    assert _one(nlp, text, expression).value == value


@pytest.mark.parametrize("text, expression, value", [
    ("Opposition deputies kept the debate going until well after midnight on Wednesday.",
     "midnight on Wednesday", "2026-03-11TNI"),
    ("The talks ran past midnight on Tuesday.", "midnight on Tuesday", "2026-03-10TNI"),
    ("The bar stayed open until just after midnight on Saturday.", "just after midnight on Saturday",
     "2026-03-07TNI"),
    # near-misses: the small hours that open the day, the midnight that ends it
    ("Shelling resumed shortly after midnight on Friday.", "shortly after midnight on Friday", "2026-03-06T00:00"),
    ("Police were called at midnight on Sunday.", "midnight on Sunday", "2026-03-09T00:00"),
])
def test_midnight_run_on(nlp, text, expression, value):
    assert _one(nlp, text, expression, dt.date(2026, 3, 12)).value == value


_FIRE = ("A fire broke out in the kitchen of a hotel in Bergen at about 3 a.m. on Wednesday.\n\n"
         "The hotel said on Friday that it would stay closed until Monday.\n\n")


def test_morning_clock_after_a_night_lead(nlp):
    text = _FIRE + "Firefighters had the blaze under control by 6:30 a.m., the fire service said."
    assert _one(nlp, text, "6:30 a.m.", dt.date(2026, 2, 14)).value == "2026-02-11T06:30"


def test_future_clock_keeps_its_day(nlp):
    text = _FIRE + "The owners will meet insurers at 10 a.m., the manager said."
    assert _one(nlp, text, "10 a.m.", dt.date(2026, 2, 14)).value == "2026-02-16T10:00"


def test_when_clause_of_a_future_under_a_past_saying(nlp):
    # "will rise to ninth": its "to" is a preposition, no infinitive to climb through; the clause is future
    text = "When the new rankings are published on Monday he will rise to ninth, the association said."
    row = _one(nlp, text, "Monday", dt.date(2026, 1, 4))
    assert row.value == "2026-01-05"
