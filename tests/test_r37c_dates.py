"""Round 37c: three kinds of date that are not the date of the row's event (docs/events.md).

- "since X" counted from in a ranked noun's clause: "the first time a local crew has won the race since
  2011", "the worst storm to hit the coast since 1987" give no row for the year;
- "the last year of the sentence", "the final month of its term": a unit of something's span, no
  calendar year or month;
- a passive infinitive under "due" or "is to" looks ahead: "are due to be tried in October", written in
  May, is the coming October."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 5, 19)


def _rows(nlp, text):
    return timeline_rows(nlp, "Local news\n\nCORK, May 19, 2026 (Wire) - " + text, REF)


def _expressions(rows):
    return {r.time_expression for r in rows}


def test_since_in_a_ranked_nouns_clause_gives_no_row(nlp):
    for text, year in (
            ("It is the first time a local crew has won the race since 2011.", "2011"),
            ("It was the worst storm to hit the coast since 1987, the weather service said.", "1987"),
            ("It is the first time a French team has reached the final since 1998.", "1998"),
            ("This is the biggest crowd the stadium has seen since 2004.", "2004")):
        assert year not in _expressions(_rows(nlp, text)), text


def test_since_near_misses_keep_their_dates(nlp):
    # a plain "since" on a state, and the ranked noun's own date, are left as they were
    rows = _rows(nlp, "The first election since the 2021 coup was held in March.")
    assert "March" in _expressions(rows)
    rows = _rows(nlp, "The crew, which won the race in 2011, was beaten on Saturday.")
    assert "2011" in _expressions(rows)
    # a past perfect reads as the earlier happening itself
    rows = _rows(nlp, "It was the first time the alarm had been raised since June 2019, after a flood.")
    assert "June 2019" in _expressions(rows)


def test_last_unit_of_a_span_is_no_date(nlp):
    for text in ("The judge suspended the last year of the sentence on condition that he repays the money.",
                 "The council cut 40 jobs in the final month of its term.",
                 "She spent the last week of the campaign in the north."):
        rows = _rows(nlp, text)
        assert not any(r.time_expression and r.time_expression.lower().startswith(("the last", "the final"))
                       for r in rows), text


def test_last_unit_of_a_date_stays_a_date(nlp):
    rows = _rows(nlp, "Sales rose in the last week of April, the company said.")
    assert any(r.date and r.date.startswith("2026-04") for r in rows)
    rows = _rows(nlp, "Prices fell last year, the agency said.")
    assert any(r.date == "2025" or (r.date or "").startswith("2025") for r in rows)


def test_passive_infinitive_under_due_looks_ahead(nlp):
    for text, month in (("Two more men are due to be tried in October.", "2026-10"),
                        ("A third man is to be sentenced in September.", "2026-09"),
                        ("The new bridge is scheduled to be opened in November.", "2026-11")):
        rows = [r for r in _rows(nlp, text) if r.date]
        assert rows and rows[0].date.startswith(month), (text, [(r.date, r.time_expression) for r in rows])


def test_past_plans_keep_the_past(nlp):
    rows = [r for r in _rows(nlp, "The men were tried in October, the court said.") if r.date]
    assert rows and rows[0].date.startswith("2025-10")
