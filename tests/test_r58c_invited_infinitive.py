"""Round 58c: a weekday on the infinitive an inviting verb takes is the meeting's day, ahead of the
inviting ("has invited both sides to meet again on Monday", temporal/context.py
`_invited_infinitive`), and the row on that infinitive keeps who is invited (events/describe.py).
Sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

THURSDAY = datetime.date(2026, 5, 14)


def dated(nlp, text, when):
    return [r for r in timeline_rows(nlp, text, THURSDAY) if r.time_expression == when]


def test_an_invitation_to_meet_on_monday_looks_ahead(nlp):
    rows = dated(nlp, "A mediator has invited both sides to meet again on Monday.", "Monday")
    assert rows and {r.value for r in rows} == {"2026-05-18"}
    assert all("both sides to meet again" in r.event for r in rows)
    assert all(r.status != "occurred" for r in rows)


def test_a_summons_to_appear_on_monday_looks_ahead(nlp):
    rows = dated(nlp, "The league has summoned the club's owners to appear before its board on Monday.", "Monday")
    assert {r.value for r in rows} == {"2026-05-18"}
    assert all("owners to appear" in r.event for r in rows)


def test_a_past_perfect_invitation_looks_back(nlp):
    rows = dated(nlp, "The mediator had invited both sides to meet on Monday, but the talks collapsed.", "Monday")
    assert {r.value for r in rows} == {"2026-05-11"}


def test_a_meeting_on_monday_told_in_the_past_stays_past(nlp):
    rows = dated(nlp, "The minister met union leaders on Monday.", "Monday")
    assert {r.value for r in rows} == {"2026-05-11"}
    assert [r.status for r in rows] == ["occurred"]
