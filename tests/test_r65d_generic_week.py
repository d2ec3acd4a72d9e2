"""Round 65d: "during the week" beside a habit is the weekdays of any week, not a dated week.

- Opposed in its sentence to weekends in the plural, or to a repeated time ("every evening"), or in a
  clause a habit adverb marks ("usually"), "during the week" / "in the week" gives no date.
- Near misses keep their week: a coming week ("will resume during the week") and the week of the story
  ("rose sharply during the week").
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows, values_of

WEDNESDAY = dt.date(2025, 11, 12)


def test_week_opposed_to_weekends_is_no_date(nlp):
    rows = timeline_rows(nlp, "By 1968 the Regal hall was staging concerts only at weekends, and dances "
                              "during the week.", WEDNESDAY)
    assert not any(r.value.startswith("2025-W") for r in rows)
    assert "1968" in {r.value for r in rows}


def test_week_in_a_habit_clause_is_no_date(nlp):
    rows = timeline_rows(nlp, "The ferry usually ran to the island in the week, the harbour master said.",
                         WEDNESDAY)
    assert not any(r.value.startswith("2025-W") for r in rows)


def test_coming_week_keeps_its_date(nlp):
    rows = timeline_rows(nlp, "Negotiations between the dockers and the port will resume during the week.",
                         WEDNESDAY)
    assert values_of(rows, "the week") == {"2025-W46"}


def test_story_week_keeps_its_date(nlp):
    rows = timeline_rows(nlp, "Coffee futures climbed steeply during the week as frost hit growers in the south.",
                         WEDNESDAY)
    assert values_of(rows, "the week") == {"2025-W46"}


def test_overnight_routes_are_a_kind_no_night(nlp):
    rows = timeline_rows(nlp, "The council will cut 5 of its 12 overnight routes from March 3, the operator said.",
                         WEDNESDAY)
    assert values_of(rows, "overnight") == set()


def test_overnight_as_a_night_keeps_its_date(nlp):
    rows = timeline_rows(nlp, "Thieves broke into the depot overnight and took two buses.", WEDNESDAY)
    assert values_of(rows, "overnight") == {"2025-11-11TNI"}
