"""Two statuses (round 39b): a verb under a modal's base form ("would try to govern") is still to
come, `expected`; a perfect whose object is moved into a coming period ("had pushed back deliveries
into next year") is a done deed, `occurred` (not a perfect with the thing's own date: "have called a
strike for Monday" stays `expected`)."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2025, 9, 11)


def _status(nlp, text: str, trigger: str) -> str:
    return next(r.status for r in timeline_rows(nlp, text, REF) if r.trigger == trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Prime Minister Ana Kovac lost her majority on Wednesday. She told reporters she would try to govern"
     " as a minority for the rest of the year.", "govern"),
    ("Union leaders met the minister on Tuesday. They said they would continue to strike for the rest of"
     " the month.", "strike"),
])
def test_base_form_under_a_modal_is_expected(nlp, text, trigger):
    assert _status(nlp, text, trigger) == "expected"


@pytest.mark.parametrize("text, trigger", [
    ("The chief executive said two customers had pushed back deliveries into next year.", "push"),
    ("The airline said it had pushed the delivery of ten jets into 2027.", "push"),
    ("The ministry has moved the tender into next year because of the elections.", "move"),
])
def test_perfect_moved_into_coming_period_is_occurred(nlp, text, trigger):
    assert _status(nlp, text, trigger) == "occurred"


@pytest.mark.parametrize("text, trigger, status", [
    # a plain past base stays occurred; a coming date with a modal stays expected
    ("Prime Minister Ana Kovac lost her majority in 2019. She tried to govern as a minority for the rest"
     " of the year.", "try", "occurred"),
    ("The ministry said it would postpone the census until next spring.", "postpone", "expected"),
    # a perfect with the thing's own coming date: the row stands for the thing, still to come
    ("Organisers have moved the final to next June because of the stadium works.", "move", "expected"),
    ("The two largest unions have called a general strike for next Monday.", "call", "expected"),
])
def test_near_misses_keep_their_status(nlp, text, trigger, status):
    assert _status(nlp, text, trigger) == status
