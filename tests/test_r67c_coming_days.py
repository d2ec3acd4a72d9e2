"""Round 67c: coming days counted back.

- "for <weekday>" hung deep inside the object of a verb of calling or setting ("called a stoppage on
  building sites across the region for Thursday") is the object's day, ahead of the report, as
  "called a stoppage for Thursday" is.
- A past perfect "had invited ... to talks on <weekday>" joined by the parse to "said" (which has a
  reported clause before it) is reported speech: the talks lie ahead.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

MONDAY = dt.date(2026, 3, 2)


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, MONDAY)}


def test_for_weekday_deep_in_the_called_object(nlp):
    rows = _by_event(nlp, "The transport union called a three-hour stoppage on building sites across the region "
                          "for Thursday.")
    row = rows["The transport union called a three-hour stoppage on building sites across the region"]
    assert row.value == "2026-03-05"
    assert row.status == "expected"


def test_for_weekday_of_a_finite_clause_is_left(nlp):
    # near miss: the day belongs to a clause with its own subject, not to the called object
    rows = _by_event(nlp, "The union called a protest after the plant closed for Thursday's audit.")
    assert all(r.value != "2026-03-05" for r in rows.values())


def test_reported_invitation_joined_to_said(nlp):
    rows = _by_event(nlp, 'Transport Minister Rui Calado said he was "concerned" and had invited both sides '
                          "to talks on Friday.")
    row = rows["Transport Minister Rui Calado had invited both sides to talks"]
    assert row.value == "2026-03-06"
    assert row.status == "expected"


def test_narrated_past_perfect_invitation_is_left(nlp):
    # near miss: no reported clause, the inviting is narrated and looks back
    rows = _by_event(nlp, "The minister had invited both sides to talks on Friday.")
    assert rows["The minister had invited both sides to talks"].value == "2026-02-27"
