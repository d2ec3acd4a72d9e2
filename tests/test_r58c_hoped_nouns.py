"""Round 58c: a hope governs the noun row its infinitive's object holds (events/wishes.py,
`_governing_verb`): "The union hoped to call a wave of up to six strikes in the spring" is `expected`,
like "hoped to call strikes", not `occurred`. Sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

TUESDAY = datetime.date(2026, 3, 3)


def statuses(nlp, text, when):
    return [r.status for r in timeline_rows(nlp, text, TUESDAY) if r.time_expression == when]


def test_a_hoped_for_wave_of_strikes_is_expected(nlp):
    assert statuses(nlp, "The union hoped to call a wave of up to six strikes in the spring.",
                    "the spring") == ["expected"]


def test_a_hoped_for_course_of_treatments_is_expected(nlp):
    assert statuses(nlp, "Doctors hope to begin a course of up to 12 treatments later this year.",
                    "later this year") == ["expected"]


def test_a_hoped_for_chain_of_operations_with_a_but_clause_is_expected(nlp):
    text = ("Nwosu said the clinic hoped to attempt a chain of up to 9 operations later this year, "
            "but would not do so unless more nurses were hired.")
    assert "occurred" not in statuses(nlp, text, "later this year")
    assert "expected" in statuses(nlp, text, "later this year")


def test_a_wave_of_strikes_called_without_a_hope_stays_occurred(nlp):
    assert statuses(nlp, "The union called a wave of up to six strikes in January.", "January") == ["occurred"]


def test_operations_carried_out_last_month_stay_occurred(nlp):
    assert statuses(nlp, "The hospital carried out a set of up to 20 operations last month.",
                    "last month") == ["occurred"]
