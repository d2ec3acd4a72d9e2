"""'not ... before/until X' on a row dated X (or on a speaker's row that tells the negated clause)
keeps both the negation and its "before"/"until" phrase (events/kept.py `negated_before`,
`negated_bound_told`): "is expected to open" or "will not open" alone says something else than
"not before 2031". Sentences written for these tests (round 38)."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def _told(nlp, text):
    found = timeline_rows(nlp, text, datetime.date(2026, 11, 3))
    return {r.time_expression: (r.event, r.status, r.date) for r in found if r.date_basis == "text"}


def test_a_passive_not_before_keeps_its_phrase(nlp):
    told = _told(nlp, "The new ferry terminal is not expected to open before 2031, port officials said.")
    event, status, date = told["2031"]
    assert event.endswith("is not expected to open before 2031"), told
    assert status == "expected" and date.startswith("2031"), told


def test_a_future_not_until_keeps_its_phrase(nlp):
    told = _told(nlp, "The coastal road will not reopen until Friday evening, the agency said. "
                      "Engineers said the first test data are not expected before the end of 2027.")
    assert told["Friday evening"][0] == "The coastal road will not reopen until Friday evening", told
    assert told["Friday evening"][1] == "expected", told
    assert told["the end of 2027"][0].endswith("are not expected before the end of 2027"), told


def test_a_past_not_until_keeps_its_phrase_and_happened_then(nlp):
    told = _told(nlp, "Regulators did not approve the drug until May 2024.")
    assert told["May 2024"] == ("Regulators did not approve the drug until May 2024", "occurred", "2024-05-01"), told


def test_a_speaker_row_keeps_the_other_dates_not_until(nlp):
    told = _told(nlp, "The state rail operator said on Tuesday the new line will not carry passengers "
                      "until 2030 at the earliest.")
    assert "will not carry passengers until 2030" in told["Tuesday"][0], told
    assert "will not carry passengers until 2030" in told["2030"][0], told


def test_a_control_adjective_keeps_its_not_until(nlp):
    told = _told(nlp, "The pool is not due to reopen until spring.")
    assert told["spring"][0] == "The pool is not due to reopen until spring", told


def test_near_misses_are_unchanged(nlp):
    told = _told(nlp, "The bridge will stay closed until March. Forecasts show no real drop in prices before "
                      "next week. The plant, which will not open until 2031, was sold in May.")
    assert told["March"][0] == "The bridge will stay closed", told
    assert told["next week"][0] == "Forecasts show no real drop in prices", told
    assert told["May"][0] == "The plant was sold", told
