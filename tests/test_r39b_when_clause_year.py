"""A month in a ", when ..." clause after a past relative year ("last year, when ... in May") is of
that year, not of the story's (round 39b)."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2025, 9, 11)


def _values(nlp, text: str, trigger: str) -> list[str | None]:
    return [r.value for r in timeline_rows(nlp, text, REF) if r.trigger == trigger]


@pytest.mark.parametrize("text, trigger, value", [
    ("The coalition survived a first crisis last year, when the Greens threatened to leave but stayed after"
     " a compromise in May.", "stay", "2024-05"),
    ("The factory was hit by a fire last year, when a short circuit started a blaze in March.", "start", "2024-03"),
    ("The club nearly went bankrupt two years ago, when its main sponsor pulled out in June.", "pull", "2023-06"),
])
def test_month_of_the_when_clause_year(nlp, text, trigger, value):
    assert _values(nlp, text, trigger) == [value]


@pytest.mark.parametrize("text, trigger, value", [
    # a plain conjunct's month is the story's; a clause ahead is not looked back on
    ("The firm cut 200 jobs last year and hired 50 new engineers in March.", "hire", "2025-03"),
])
def test_near_misses_keep_the_story_year(nlp, text, trigger, value):
    assert _values(nlp, text, trigger) == [value]
