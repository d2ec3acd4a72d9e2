"""Round 45c: "X was one of 31 deposited ... on Wednesday" / "X was among the four arrested ... on
Monday": the participle hung on a bare count is told with the copula's subject ("The box was
deposited ..."), where it had no subject and no row (the thirty-eighth blind sample's main event).
A negated or modal copula, a count with its own noun and a relative "which" keep what they had."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 5, 8)  # a Friday


def _on(rows, expression):
    return [r for r in rows if r.time_expression == expression]


def test_one_of_a_count_is_told_with_the_copula_subject(nlp):
    rows = _on(timeline_rows(nlp, "The trawler was one of three seized by the coastguard on Tuesday.", DAY), "Tuesday")
    assert [(r.event, r.value, r.status) for r in rows] == \
        [("The trawler was seized by the coastguard", "2026-05-05", "occurred")], rows


def test_one_of_a_number_rescued(nlp):
    rows = _on(timeline_rows(nlp, "The youngest climber was one of 12 rescued from the glacier on Sunday.", DAY), "Sunday")
    assert [r.event for r in rows] == ["The youngest climber was rescued from the glacier"], rows


def test_among_the_count_arrested_names_the_person(nlp):
    rows = _on(timeline_rows(nlp, "Mr. Kovac was among the four arrested by police on Monday.", DAY), "Monday")
    assert [r.event for r in rows] == ["Mr. Kovac was arrested by police"], rows
    assert rows[0].actors[0] == "Kovac", rows


def test_present_copula_tells_a_past_participle(nlp):
    rows = _on(timeline_rows(nlp, "The sketch is one of 40 stolen from the gallery in 1990.", DAY), "1990")
    assert [r.event for r in rows] == ["The sketch was stolen from the gallery"], rows


def test_negated_copula_gives_no_row(nlp):
    rows = _on(timeline_rows(nlp, "The trawler was not one of three seized by the coastguard on Tuesday.", DAY), "Tuesday")
    assert not [r for r in rows if r.event.startswith("The trawler")], rows


def test_modal_copula_gives_no_past_row(nlp):
    rows = _on(timeline_rows(nlp, "The new tower will be one of two opened next year.", DAY), "next year")
    assert not [r for r in rows if "opened" in r.event], rows
