"""Round 63a: a date taken from another expression of the same sentence.

- A comparison's date dates no event of the clause: "..., up from 31,000 tonnes last year and the most
  since 2011" (the superlative hung on "since"), "... between Jan. 1 and March 1, against 22 a year
  earlier" (the date inside the "against" phrase, when the clause has a date of its own).
- A simple present beside a present perfect does not share its date: "has run the bakery since 1979
  and sings in the choir".
- A conjunct in a past tense shares no date still to come: "were tracing 30 contacts and expected the
  first results next week".
- A conjunct with a count of times of its own does not share the first verb's date: "was first elected
  in 1998 and re-elected four times".
- An "until <date>, and <clause>" that the parser read as the later clause's conjunction does not date
  that clause.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_rows import rows_by_expression, timeline_rows

THURSDAY = dt.date(2026, 3, 12)


def _events(rows, expression: str) -> list[str]:
    return [r.event for r in rows.get(expression, [])]


@pytest.mark.parametrize("text, expression", [
    ("Growers in the valley expect to harvest about 40,000 tonnes of apples this autumn, up from 31,000 tonnes "
     "last year and the most since 2011, the farmers' union said.", "2011"),
    ("Police said 14 burglaries had been reported between Jan. 1 and March 1, against 22 a year earlier.",
     "a year earlier"),
])
def test_comparison_date_gives_no_row(nlp, text, expression):
    assert expression not in rows_by_expression(nlp, text, THURSDAY)


@pytest.mark.parametrize("text, expression, event", [
    # near misses: the clause's own date beside the comparison stays
    ("Police said 14 burglaries had been reported between Jan. 1 and March 1, against 22 a year earlier.",
     "between Jan. 1 and March 1", "14 burglaries had been reported"),
    ("The motion passed by 60 votes against 40 on Tuesday.", "Tuesday", "The motion passed by 60 votes"),
    ("The ferry company carried 2.1 million passengers in 2025, the most since 2008, its chief executive said.",
     "2025", "The ferry company carried 2.1 million passengers"),
])
def test_clause_date_beside_comparison_stays(nlp, text, expression, event):
    events = _events(rows_by_expression(nlp, text, THURSDAY), expression)
    assert any(e.startswith(event) for e in events), events


@pytest.mark.parametrize("text, expression, kept, lost", [
    ("The firm has operated the ferry since 2015 and employs 40 people on the island.", "2015",
     "The firm has operated the ferry", "employs"),
    ("The striker has scored 12 goals since January and leads the league's scoring table.", "January",
     "The striker has scored 12 goals", "leads"),
    ("The museum has been closed since March 2024 and needs a new roof, the council said.", "March 2024",
     "The museum has been closed", "needs"),
])
def test_present_beside_present_perfect_keeps_no_date(nlp, text, expression, kept, lost):
    events = _events(rows_by_expression(nlp, text, THURSDAY), expression)
    assert kept in events
    assert not any(lost in e for e in events), events


def test_past_conjunct_shares_no_coming_date(nlp):
    text = ("Health officials said they were tracing 30 contacts of the patient and expected the first test "
            "results next week.")
    events = _events(rows_by_expression(nlp, text, THURSDAY), "next week")
    assert events and not any("tracing" in e for e in events), events


@pytest.mark.parametrize("text, expression, event", [
    # near misses: a conjunct in the future shares the coming date; a past date is still shared
    ("The airline said it would cut 200 jobs and close its Leeds base next year.", "next year",
     "The airline would cut 200 jobs"),
    ("Rescuers pulled two men from the rubble and treated them at the scene on Tuesday.", "Tuesday",
     "Rescuers pulled two men from the rubble"),
])
def test_coming_or_past_date_still_shared(nlp, text, expression, event):
    events = _events(rows_by_expression(nlp, text, THURSDAY), expression)
    assert event in events, events


@pytest.mark.parametrize("text, expression, lost", [
    ("The mayor was first elected in 1998 and re-elected four times.", "1998", "re-elected"),
    ("Verbic was first elected in 2001 and re-elected five times, never winning less than 60 percent of the vote.",
     "2001", "re-elected"),
])
def test_count_of_times_shares_no_date(nlp, text, expression, lost):
    events = _events(rows_by_expression(nlp, text, THURSDAY), expression)
    assert events and not any(lost in e for e in events), events


def test_until_date_before_and_clause(nlp):
    text = ("Planned surgery will be postponed until at least Feb. 3, and about 300 operations are expected "
            "to be cancelled.")
    assert not any("cancelled" in r.event and r.time_expression == "Feb. 3"
                   for r in timeline_rows(nlp, text, THURSDAY))


@pytest.mark.parametrize("text, expression, event", [
    ("The road will stay closed until next Friday, and drivers are advised to use the ring road.", "next Friday",
     "The road will stay closed"),
    ("The museum will remain shut until April, and its staff have been moved to other sites.", "April",
     "The museum will remain shut"),
])
def test_until_date_of_first_clause_stays(nlp, text, expression, event):
    # the first clause keeps its date; round 63e may keep the "until X" itself in the description
    assert any(told == event or told.startswith(event + " until ")
               for told in _events(rows_by_expression(nlp, text, THURSDAY), expression))
