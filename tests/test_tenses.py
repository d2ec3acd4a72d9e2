"""A present-simple conjunct beside a dated simple past tells of now, not of that date
(events/tenses.py). Sentences written for these tests."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events


def rows_of(nlp, text, phrase, value):
    doc = nlp(text)
    return [(row.trigger, row.value) for row in extract_events(
        doc, [expr(text, phrase, value, value, granularity="year")], source="a.txt", reference_date=REF,
        reference_source="option") if row.date_basis == "text"]


def test_a_present_state_beside_a_dated_past_does_not_take_its_date(nlp):
    text = "The trust, which sold most of its shares in 2021 and still holds 15 percent, declined to comment."
    rows = rows_of(nlp, text, "2021", "2021")
    assert ("sell", "2021") in rows
    assert ("hold", "2021") not in rows


def test_two_past_conjuncts_still_share_the_date(nlp):
    text = "The council bought the stadium in 2019 and sold the training ground, the mayor said."
    rows = rows_of(nlp, text, "2019", "2019")
    assert ("buy", "2019") in rows
    assert ("sell", "2019") in rows
