"""Round 30a: a coming date read as past. The direction of a weekday or a partial date follows the
clause it belongs to: a present-tense schedule through a clock time ("leaves at 6:15 p.m. on Monday"),
"until" a day in a present or present-perfect clause, an obligation ("must", "has to"), and a month
already over in a future clause after a preposition of time (docs/events.md, "Round 30a")."""
from __future__ import annotations

import datetime

import pytest

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

SUNDAY = datetime.date(2026, 12, 13)
MARCH = datetime.date(2025, 3, 9)


def _values(nlp, text, day=SUNDAY):
    return [x.value for x in tag(text, day, nlp(text))]


def _row(nlp, text, day=SUNDAY):
    rows = timeline_rows(nlp, text, day)
    assert len(rows) == 1, rows
    return rows[0]


def test_schedule_through_a_clock_time_is_the_coming_day(nlp):
    row = _row(nlp, "The night bus leaves Lisbon at 11:40 p.m. on Tuesday.")
    assert row.value == "2026-12-15T23:40"
    assert row.status != "occurred"


def test_past_schedule_through_a_clock_time_stays_back(nlp):
    row = _row(nlp, "The night bus left Lisbon at 11:40 p.m. on Tuesday.")
    assert row.value == "2026-12-08T23:40"
    assert row.status == "occurred"


@pytest.mark.parametrize(("text", "value"), [
    ("The museum has closed its east wing until Thursday for repairs.", "2026-12-17"),
    ("The mountain pass is shut to lorries until Wednesday.", "2026-12-16"),
    ("The exhibition remains open until Friday.", "2026-12-18"),
    # past: left to its clause
    ("The mountain pass was shut to lorries until Wednesday.", "2026-12-09"),
])
def test_until_a_day_in_a_present_clause(nlp, text, value):
    assert _values(nlp, text) == [value]


def test_warning_range_ends_after_its_start(nlp):
    text = ("The civil protection agency has issued a red warning for heavy rain across Galicia from 6 p.m. "
            "on Sunday until Tuesday morning.")
    row = _row(nlp, text, datetime.date(2025, 6, 14))
    assert row.value == "2025-06-15T18:00/2025-06-17TMO"
    assert row.status != "occurred"


@pytest.mark.parametrize(("text", "value"), [
    ("Applicants must submit their forms by Thursday.", "2026-12-17"),
    ("Tenants have to leave the building by Friday.", "2026-12-18"),
    # a guess about the past, and a past obligation: back
    ("The victim must have died on Thursday.", "2026-12-10"),
    ("Tenants had to leave the building on Friday.", "2026-12-11"),
])
def test_obligation_looks_forward(nlp, text, value):
    assert _values(nlp, text) == [value]


def test_obligation_with_a_partial_date_takes_this_year(nlp):
    row = _row(nlp, "The regulator must publish its final ruling by Nov. 30.", MARCH)
    assert row.value == "2025-11-30"


@pytest.mark.parametrize(("text", "value"), [
    ("The new fares will apply from February, the operator said.", "2026-02"),
    ("Pensions will be raised by 3 percent in January.", "2026-01"),
    # a past clause keeps the month gone
    ("Fares rose by 5 percent in February, the operator said.", "2025-02"),
])
def test_month_over_in_a_future_clause_is_the_next_one(nlp, text, value):
    assert [v for v in _values(nlp, text, MARCH) if v.startswith("20")] == [value]


def test_reported_past_stays_back(nlp):
    assert _values(nlp, "The minister said on Monday that the talks had failed.") == ["2026-12-07"]


def test_headline_present_keeps_the_month_gone(nlp):
    # a headline's present tells a past purchase: January just gone, not the next one
    text = "Czech central bank sells 12 tonnes of silver in January, its biggest monthly sale"
    assert [v for v in _values(nlp, text, datetime.date(2026, 2, 17)) if v.startswith("20")] == ["2026-01"]
