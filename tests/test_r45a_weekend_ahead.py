"""Round 45a: "by the weekend" (or "until the weekend") is a deadline, so the coming weekend, even when
told early in the week, where a bare "the weekend" is the one just gone: "engineers expect the bypass to
be working by the weekend", said on a Wednesday, is the Saturday and Sunday after it. In the past tense
("had cleared the road by the weekend") the weekend stays the one before."""
from __future__ import annotations

import datetime

from timeline_cli import tag_dates

WEDNESDAY = datetime.date(2025, 1, 15)


def _weekend(nlp, text: str) -> set[str]:
    return {row.value for row in tag_dates([text], nlp=nlp, reference_date=WEDNESDAY) if row.text == "the weekend"}


def test_expected_by_the_weekend_is_the_coming_one(nlp):
    text = ("Crews reopened one lane on Tuesday, and engineers expect the bridge to be carrying full traffic "
            "by the weekend.")
    assert _weekend(nlp, text) == {"2025-W03-WE"}


def test_expected_by_the_weekend_without_a_date_before_is_the_coming_one(nlp):
    assert _weekend(nlp, "The airline expects most flights to be operating by the weekend.") == {"2025-W03-WE"}


def test_until_the_weekend_is_the_coming_one(nlp):
    assert _weekend(nlp, "Officials expect the pumping station to be working until the weekend.") == {"2025-W03-WE"}


def test_past_by_the_weekend_is_the_one_gone(nlp):
    assert _weekend(nlp, "Crews had cleared the mountain road by the weekend.") == {"2025-W02-WE"}


def test_over_the_weekend_is_unchanged(nlp):
    assert _weekend(nlp, "Fans queued outside the stadium over the weekend.") == {"2025-W02-WE"}


def test_at_the_weekend_is_unchanged(nlp):
    assert _weekend(nlp, "The museum was closed at the weekend.") == {"2025-W02-WE"}
