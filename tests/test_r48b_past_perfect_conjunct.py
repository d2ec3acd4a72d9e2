"""Round 48b: a later full clause in the past perfect, with its own subject, does not take the date
of a past-tense clause before it (the forty-first blind sample's largest date class: "Environment
Canada had issued a warning on Thursday ..., and the municipality had posted signs").

The past perfect tells what had been done before the story's time, at no time the first clause's date
gives (tenses.py, `past_perfect_clause`). A subjectless past perfect conjunct, a simple past conjunct
("battled the fire on Wednesday, and authorities ordered residents to leave") and a past perfect
conjunct with its own date keep what they had."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 6)  # a Friday
LEAD = "The regional council met on Friday to review its spending plans. "


def _on(rows, expression):
    return [r.event for r in rows if r.time_expression == expression]


def test_past_perfect_clause_after_past_perfect_takes_no_day(nlp):
    rows = timeline_rows(nlp, LEAD + "The coast guard had closed the harbour on Tuesday, and the ferry operator "
                                     "had cancelled all crossings to the islands.", DAY)
    tuesday = _on(rows, "Tuesday")
    assert tuesday and all("cancelled" not in e for e in tuesday), rows


def test_past_perfect_clause_after_simple_past_takes_no_year(nlp):
    rows = timeline_rows(nlp, LEAD + "The museum reopened in 2019, and its board had raised most of the money "
                                     "from private donors.", DAY)
    years = _on(rows, "2019")
    assert years and all("raised" not in e for e in years), rows


def test_past_perfect_passive_clause_takes_no_month(nlp):
    rows = timeline_rows(nlp, LEAD + "The factory shut its doors in March, and two of its lines had been sold "
                                     "to a rival in Ohio.", DAY)
    march = _on(rows, "March")
    assert march and all("sold" not in e for e in march), rows


def test_subjectless_past_perfect_conjunct_still_shares(nlp):
    rows = timeline_rows(nlp, LEAD + "Crews had cleared the road on Tuesday and had reopened it to traffic.", DAY)
    assert len(_on(rows, "Tuesday")) == 2, rows


def test_simple_past_clause_after_date_still_shares(nlp):
    rows = timeline_rows(nlp, LEAD + "Firefighters battled the blaze on Wednesday, and authorities ordered "
                                     "residents to leave.", DAY)
    assert len(_on(rows, "Wednesday")) == 2, rows


def test_past_perfect_clause_after_past_perfect_takes_no_month(nlp):
    rows = timeline_rows(nlp, LEAD + "The mayor had announced the plan in April, and residents had protested "
                                     "outside city hall.", DAY)
    assert _on(rows, "April") == ["The mayor had announced the plan"], rows


def test_past_perfect_clause_with_own_date_keeps_it(nlp):
    rows = timeline_rows(nlp, LEAD + "The mayor had announced the plan in April, and residents had protested in May.", DAY)
    assert _on(rows, "May") == ["Residents had protested"], rows


def test_fronted_date_sets_the_scene_for_both(nlp):
    rows = timeline_rows(nlp, LEAD + "In 2023, the company had cut 500 jobs, and its rival had closed two plants.", DAY)
    assert len(_on(rows, "2023")) == 2, rows
