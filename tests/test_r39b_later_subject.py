"""A date in the phrase of a verb's subject is the subject's own time when the verb is told as coming
after it ("A claim in 2023 was later withdrawn"): the verb gets no row of that date (round 39b)."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2026, 2, 5)


def _dated(nlp, text: str, trigger: str) -> list[str | None]:
    return [r.value for r in timeline_rows(nlp, text, REF) if r.trigger == trigger]


@pytest.mark.parametrize("text, trigger, subject_date", [
    ("A similar claim for another planet in 2023 was later withdrawn after a second team could not confirm it.",
     "withdraw", "2023"),
    ("A record catch of cod in 2019 was later disputed by inspectors.", "dispute", "2019"),
    ("A ban on the pesticide in March 2021 was subsequently lifted by a court.", "lift", "2021-03"),
    ("The tax on sugar drinks in 2018 has since been scrapped.", "scrap", "2018"),
    ("An early version of the vaccine in 2020 was afterwards abandoned by the company.", "abandon", "2020"),
])
def test_later_verb_not_dated_by_its_subject(nlp, text, trigger, subject_date):
    assert subject_date not in _dated(nlp, text, trigger)


@pytest.mark.parametrize("text, trigger, value", [
    # the verb's own date; a clause inside the subject keeps its own date; no adverb of sequence
    ("A similar claim was later withdrawn in 2024.", "withdraw", "2024"),
    ("A record catch of cod in 2019 was disputed by inspectors.", "dispute", "2019"),
])
def test_near_misses_keep_their_date(nlp, text, trigger, value):
    assert value in _dated(nlp, text, trigger)


def test_clause_in_the_subject_keeps_its_row(nlp):
    rows = timeline_rows(nlp, "The brewery, founded in 1990, later moved to a larger site.", REF)
    assert any(r.value == "1990" and r.trigger == "found" for r in rows)
