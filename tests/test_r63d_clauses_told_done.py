"""Round 63d: a clause that only bounds or picks out another one, told as a done event.

- A relative clause on "nobody", "anyone" or a "no" noun only says whom the main clause is about:
  "Nobody who was registered ..." told alone reads "Nobody was registered", the meaning turned round.
  No row (events/generic_relatives.py).
- A condition whose "if" the parser hung on the clause's subject ("if surveys this autumn showed ..."),
  or an event noun that is a condition clause's subject ("if the vote in June went against her"), is
  no happening: no row (events/conditions.py).
- A present-tense "until"/"once" clause names a time still to come: `expected`, never `occurred`
  (events/conditions.py, `coming_limits`); a past-tense one keeps its row as it was.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_rows import rows_by_expression

TUESDAY = dt.date(2026, 3, 10)


def _rows(nlp, text: str, expression: str):
    return rows_by_expression(nlp, text, TUESDAY).get(expression, [])


@pytest.mark.parametrize("text, expression", [
    ("No student who enrolled in September will lose a place, the university said.", "September"),
    ("Anyone who bought a ticket on Friday can claim a refund.", "Friday"),
    ('"Nobody who voted in the 2022 primary needs to register again," the clerk said.', "2022"),
    ("No driver who was fined in January will have to pay twice.", "January"),
])
def test_relative_on_nobody_or_anyone_is_no_row(nlp, text, expression):
    assert _rows(nlp, text, expression) == []


def test_relative_on_a_plain_noun_keeps_its_row(nlp):
    rows = _rows(nlp, "The farmers who signed up in March have not been paid.", "March")
    assert [(r.event, r.status) for r in rows] == [("The farmers signed up", "occurred")]


@pytest.mark.parametrize("text, expression", [
    ("The partnership refused, but said it would pay for dredging if surveys this autumn showed the "
     "channel had narrowed.", "this autumn"),
    ("The minister promised to resign if the vote in June went against her.", "June"),
    ("The council said it would fund the repairs if an inspection next month found the roof unsafe.",
     "next month"),
])
def test_condition_is_no_row(nlp, text, expression):
    assert _rows(nlp, text, expression) == []


def test_main_clause_after_a_condition_keeps_its_row(nlp):
    rows = _rows(nlp, "If the talks fail, the drivers will strike on Monday.", "Monday")
    assert [(r.event, r.status) for r in rows] == [("The drivers will strike", "expected")]


@pytest.mark.parametrize("text, expression, event", [
    ("It is expected to stay at the quay until the wreckage is cleared, possibly until the end of the month.",
     "the end of the month", "The wreckage is cleared"),
    ("The road will remain closed until the bridge is inspected in May.", "May", "The bridge is inspected"),
])
def test_present_until_clause_is_expected(nlp, text, expression, event):
    rows = _rows(nlp, text, expression)
    assert [(r.event, r.status) for r in rows] == [(event, "expected")]


def test_past_until_clause_stays_occurred(nlp):
    rows = _rows(nlp, "The plant stayed shut until the fire was put out on Monday.", "Monday")
    assert [(r.event, r.status, r.value) for r in rows] == [("The fire was put out", "occurred", "2026-03-09")]
