"""Round 36c: a bare past participle conjoined with a passive shares its auxiliaries ("was stolen in
1990 and recovered in 2013" -> "The painting was recovered"), so the subject is not read as the one who
acted; an active past (one with an object, or one the subject does itself) keeps no "was"
(docs/events.md, "A shared passive auxiliary")."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 11, 20)


def _event(nlp, text, expression):
    rows = [r for r in timeline_rows(nlp, text, DAY) if r.time_expression == expression]
    assert len(rows) == 1, rows
    return rows[0].event


@pytest.mark.parametrize(("text", "expression", "event"), [
    ("The painting was stolen in 1990 and recovered in 2013.", "2013", "The painting was recovered"),
    ("The suspect was arrested on Monday and charged two days later.", "two days later",
     "The suspect was charged"),
    ("The escaped horse was spotted on Monday and caught on Wednesday.", "Wednesday",
     "The escaped horse was caught"),
    ("The bridge was closed in March and reopened in June.", "June", "The bridge was reopened"),
    ("The manager has been suspended on Monday and questioned on Tuesday.", "Tuesday",
     "The manager has been questioned"),
])
def test_second_participle_shares_the_passive(nlp, text, expression, event):
    assert _event(nlp, text, expression) == event


@pytest.mark.parametrize(("text", "expression", "event"), [
    ("The team arrived on Friday and caught a bus on Sunday.", "Sunday", "The team caught a bus"),
    ("The ferry was hit by a wave on Monday and sank on Tuesday.", "Tuesday", "The ferry sank"),
    ("The senator was indicted in May and denied the charges in June.", "June",
     "The senator denied the charges"),
    ("The climbers were trapped by snow on Friday and called for help at 4 p.m.", "4 p.m.",
     "The climbers called for help"),
    ("The truce was signed in March and lasted until June.", "June", "The truce lasted until June"),  # round 63e
    ("The miner was injured on Monday and died on Friday.", "Friday", "The miner died"),
])
def test_active_past_keeps_no_auxiliary(nlp, text, expression, event):
    assert _event(nlp, text, expression) == event
