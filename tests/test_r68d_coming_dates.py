"""Round 68d: dates counted the wrong way.

- A past participle of what is done to the object of "have"/"get" ("will have her ankle examined on
  Tuesday") has no tense of its own: the head's tense is the clause's, so a weekday under "will have"
  is the coming one, under "had" the one gone.
- Terms offered or proposed "from" a month in the present or present perfect ("has offered 3 percent
  from April") start after the offer: a month ahead, not the one gone; a past perfect "had offered"
  is looked back on.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

SUNDAY = dt.date(2025, 7, 20)
WEDNESDAY_IN_JANUARY = dt.date(2026, 1, 14)


def _by_event(nlp, text, day):
    return {r.event: r for r in timeline_rows(nlp, text, day)}


def test_will_have_something_done_on_a_weekday_is_ahead(nlp):
    rows = _by_event(nlp, "Captain Lise Dahl hurt her ankle in the storm. She will have her ankle examined on "
                          "Tuesday, the company said.", SUNDAY)
    assert rows["Lise Dahl will have her ankle examined"].value == "2025-07-22"


def test_will_get_something_done_on_a_weekday_is_ahead(nlp):
    rows = _by_event(nlp, "The harbour master will get the crane repaired on Thursday.", SUNDAY)
    assert rows["The harbour master will get the crane repaired"].value == "2025-07-24"


def test_had_something_done_on_a_weekday_stays_past(nlp):
    # near miss: the head's past keeps the weekday gone
    rows = _by_event(nlp, "The captain had her ankle examined on Tuesday, the company said.", SUNDAY)
    assert rows["The captain had her ankle examined"].value == "2025-07-15"


def test_terms_offered_from_a_month_start_ahead(nlp):
    rows = _by_event(nlp, "The union has offered 3 percent from April, a spokesman said.", WEDNESDAY_IN_JANUARY)
    assert rows["The union has offered 3 percent"].value == "2026-04"


def test_terms_offered_in_the_past_perfect_stay_past(nlp):
    # near miss: "had offered" looks back on the offer and its month
    rows = _by_event(nlp, "The council had offered 2 percent from March, before the talks broke down.",
                     WEDNESDAY_IN_JANUARY)
    assert rows["The council had offered 2 percent"].value == "2025-03"
