"""Round 43b: what someone said "was due to" happen on a weekday is their "is due to", put in the past by
the reporting: the weekday lies ahead of the report. A plan told in the past without a reporting verb, or
with what became of it ("but was postponed"), keeps the weekday just gone."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

TUESDAY = datetime.date(2025, 5, 13)


def test_a_reported_past_due_plan_looks_ahead_with_the_reporter_after(nlp):
    rows = timeline_rows(nlp, "The new timetable was due to take effect on Thursday, a rail spokesman said.", TUESDAY)
    assert values_of(rows, "Thursday") == {"2025-05-15"}, rows


def test_a_reported_past_due_plan_looks_ahead_with_the_reporter_before(nlp):
    rows = timeline_rows(nlp, "The club said the stadium was due to reopen on Friday after repairs.", TUESDAY)
    assert values_of(rows, "Friday") == {"2025-05-16"}, rows


def test_a_reported_due_plan_of_a_team_looks_ahead(nlp):
    rows = timeline_rows(nlp, "The delegation was due to arrive in Oslo on Thursday, the foreign ministry said.", TUESDAY)
    assert values_of(rows, "Thursday") == {"2025-05-15"}, rows


def test_a_past_due_plan_without_a_reporter_is_the_day_just_gone(nlp):
    rows = timeline_rows(nlp, "The old licence was due to lapse on Sunday.", TUESDAY)
    assert values_of(rows, "Sunday") == {"2025-05-11"}, rows


def test_a_reported_due_plan_with_what_became_of_it_is_the_day_just_gone(nlp):
    rows = timeline_rows(nlp, "The talks were due to start on Monday but were postponed, officials said.", TUESDAY)
    assert values_of(rows, "Monday") <= {"2025-05-12"}, rows
