"""Round 42b: a scheduling verb with a particle is another verb ("a unit set up in 2021" was founded,
nothing was set for 2021); an aim with a coming date ("the target was 100 million dollars by 2030")
is still to come; a "which" that is the object of "do" stands for a clause, not a noun
(docs/events.md)."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 3, 3)


def _rows(nlp, text):
    return [(e.time_expression, e.status, e.event) for e in timeline_rows(nlp, text, DAY)]


@pytest.mark.parametrize("text", [
    "The trial had been seen as a test of a special anti-corruption unit set up in 2021.",
    "The strike had been seen as a test of a new dock workers' union set up in 2019.",
    "The vote was a test for a commission set up in 2022 to monitor elections.",
    "The audit was the first review of a relief fund set up in 2020.",
])
def test_set_up_is_no_schedule(nlp, text):
    rows = _rows(nlp, text)
    assert not any(status == "planned" for _, status, _ in rows)
    assert not any(event.endswith(" set") or " set to " in event for _, _, event in rows)
    assert not any(when and "seen" in event for when, _, event in rows)  # the date is not the seeing's


def test_a_scheduler_keeps_its_particle(nlp):
    assert ("next week", "expected", "Talks set up") in _rows(nlp, "Talks set up for next week will cover wages.")


def test_set_up_with_a_purpose_is_founded(nlp):
    rows = _rows(nlp, "The vote was a test for a commission set up in 2022 to monitor elections.")
    assert ("2022", "occurred", "A commission was set up to monitor elections") in rows


@pytest.mark.parametrize(("text", "row"), [
    ("The summit set for April was cancelled.", None),
    ("A hearing was set for June 15.", ("June 15", "planned", "A hearing was set")),
    ("Officials said a new port authority would be set up next year.",
     ("next year", "expected", "A new port authority would be set up")),
    ("Inspectors carried out a review of the port's cranes in January.",
     ("January", "occurred", "Inspectors carried out a review of the port's cranes")),
    ("The ministry called off the tender on Monday.", ("Monday", "occurred", "The ministry called off the tender")),
])
def test_near_misses_keep_their_rows(nlp, text, row):
    if row is not None:
        assert row in _rows(nlp, text)


@pytest.mark.parametrize(("text", "row"), [
    ("Pallares said the target was 100 million dollars by 2030.",
     ("2030", "expected", "The target was 100 million dollars")),
    ("The minister said the goal was to double exports by 2028.",
     ("2028", "expected", "The goal was to double exports")),
    ("The company said its target was 500 stores by the end of next year.",
     ("the end of next year", "expected", "The company's target was 500 stores")),
    ("The plan was twenty new schools by 2030.", ("2030", "expected", "The plan was twenty new schools")),
])
def test_aim_with_a_coming_date_is_expected(nlp, text, row):
    assert row in _rows(nlp, text)


@pytest.mark.parametrize(("text", "row"), [
    ("The target was met in 2024.", ("2024", "occurred", "The target was met")),
    ("The goal for 2020 was 50 percent.", ("2020", "occurred", "The goal was 50 percent")),
])
def test_aim_with_a_past_date_stays_occurred(nlp, text, row):
    assert row in _rows(nlp, text)


@pytest.mark.parametrize("text", [
    "She said she had not yet presented her credentials in Nairobi, which she expected to do later this month.",
    "The firm has not paid the fine, which it promised to do by Friday.",
    "He fixed the roof of the barn, which he did in May.",
])
def test_which_for_a_clause_is_no_object(nlp, text):
    assert not any(" do " in f" {event} " or " did " in f" {event} " for _, _, event in _rows(nlp, text))


def test_which_for_a_noun_is_still_written(nlp):
    rows = _rows(nlp, "The bridge needs new cables, which the city will install next year.")
    assert ("next year", "expected", "The city will install new cables") in rows


@pytest.mark.parametrize(("text", "gone"), [
    ("It has been repaired several times since, most recently in 2011, when a gate jammed and shipping "
     "stopped for nine days.", "jammed stopped"),
    ("The tunnel was closed in 2016, when a fan jammed and traffic stopped for two days.", "jammed stopped"),
    ("The dam has been rebuilt twice, most recently in 2014, when a sluice jammed and boating stopped "
     "for six days.", "sluice stopped"),
])
def test_two_clauses_run_together_are_no_row(nlp, text, gone):
    assert not any(gone in event for _, _, event in _rows(nlp, text))


@pytest.mark.parametrize(("text", "row"), [
    ("The tunnel was closed in 2016, when a fan jammed and traffic stopped for two days.",
     ("2016", "occurred", "The tunnel was closed")),
    ("The company founded in 1990 and based in Lyon was sold in 2020.", ("2020", "occurred", "The company was sold")),
    ("The line was closed in 2019, when a signal failed and trains stopped for a week.",
     ("2019", "occurred", "A signal failed")),
])
def test_clauses_parsed_apart_keep_their_rows(nlp, text, row):
    assert row in _rows(nlp, text)
