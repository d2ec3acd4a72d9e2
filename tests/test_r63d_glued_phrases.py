"""Round 63d: descriptions that glue words from two phrases.

- An absolute "nine of them ..." phrase after a comma, which the parser breaks up and hangs on the
  verb, goes whole when the date phrase before its comma is dropped: never "11 people had fallen ill
  over the age of 70" (events/fragments.py, `absolute_partitive`).
- A relative clause right after a demonstrative pronoun ("than those who ...") is kept with it: never a
  bare "than those" (events/describe.py, `_glued`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_rows import rows_by_expression

TUESDAY = dt.date(2026, 3, 10)


def _events(nlp, text: str, expression: str) -> list[str]:
    return [r.event for r in rows_by_expression(nlp, text, TUESDAY).get(expression, [])]


@pytest.mark.parametrize("text, expression, event", [
    ("Health officials said 25 children had caught measles since January, most of them under the age of five.",
     "January", "25 children had caught measles"),
    ("The bank cut 300 jobs in May, most of them in its branches.", "May", "The bank cut 300 jobs"),
    ("The agency said 40 migrants had drowned since early April, 12 of them children.", "early April",
     "40 migrants had drowned"),
])
def test_absolute_partitive_goes_whole(nlp, text, expression, event):
    assert _events(nlp, text, expression) == [event]


def test_absolute_phrase_not_after_the_date_is_untouched(nlp):
    events = _events(nlp, "Forty passengers were hurt in the crash on Sunday, six of them seriously.", "Sunday")
    assert events == ["Forty passengers were hurt in the crash"]


@pytest.mark.parametrize("text, expression, tail", [
    ("Pupils who took the new course scored higher marks than those who stayed in regular classes, a study "
     "published on Monday found.", "Monday", "than those who stayed in regular classes"),
    ("Patients who had the new drug suffered fewer infections than those who had the old one, according to a "
     "trial published on Thursday.", "", "than those who had the old one"),
])
def test_relative_on_those_is_kept(nlp, text, expression, tail):
    events = _events(nlp, text, expression)
    assert events and all(e.endswith(tail) for e in events)


def test_those_with_its_own_phrase_is_unchanged(nlp):
    assert _events(nlp, "Shares rose on Monday, and those of rival banks followed.", "Monday") == \
        ["Shares rose", "Those of rival banks followed"]
