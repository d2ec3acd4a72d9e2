"""Dates from another clause: a present-simple conjunct beside a dated simple past tells of now, not
of that date (events/tenses.py); a date after the comma that closes a relative clause is the verb's
outside it (events/closed_relatives.py). Sentences written for these tests."""
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


def test_a_date_after_the_comma_closing_a_relative_clause_dates_the_verb_outside(nlp):
    # the parser hangs "on Monday" on "rests"; the comma before it closes the relative clause
    text = "Salvage crews will lift the trawler, which rests in about 60 metres of water, on Monday if conditions allow."
    doc = nlp(text)
    rows = [(row.trigger, row.value) for row in extract_events(
        doc, [expr(text, "Monday", "2024-07-01", "2024-07-01")], source="a.txt", reference_date=REF,
        reference_source="option") if row.date_basis == "text"]
    assert ("lift", "2024-07-01") in rows
    assert ("rest", "2024-07-01") not in rows


def test_a_date_inside_a_relative_clause_stays_its_own(nlp):
    text = "Salvage crews will lift the trawler, which sank on Monday, if conditions allow."
    doc = nlp(text)
    rows = [(row.trigger, row.value) for row in extract_events(
        doc, [expr(text, "Monday", "2024-06-24", "2024-06-24")], source="a.txt", reference_date=REF,
        reference_source="option") if row.date_basis == "text"]
    assert ("sink", "2024-06-24") in rows
    assert ("lift", "2024-06-24") not in rows


def events_of(nlp, text, phrase, value):
    doc = nlp(text)
    return [row.event for row in extract_events(
        doc, [expr(text, phrase, value, value)], source="a.txt", reference_date=REF,
        reference_source="option") if row.date_basis == "text"]


def test_a_subjects_participle_with_its_date_is_told_alone(nlp):
    # the appearing in court was not on Monday: the arrest was
    events = events_of(nlp, "A man arrested on Monday appeared in court in Bern.", "Monday", "2024-06-24")
    assert events and not any("appeared" in e for e in events)
    assert any("arrested" in e for e in events)


def test_a_published_texts_finding_keeps_its_date(nlp):
    text = "A city audit published on Monday found that the agency had overspent."
    events = events_of(nlp, text, "Monday", "2024-06-24")
    assert any("found" in e for e in events)
