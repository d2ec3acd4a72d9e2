"""Round 54b: a season "of next year", a second infinitive of a plan, a month deep in a plan's
infinitive (docs/events.md, "Round 54b").

- "the spring of next year" (or "of last year") is that year's season, whatever the clause's tense;
- "plans to hire staff next year and to open a shop in the spring", told in September, is next
  spring: a second infinitive with its own "to" shares the first's tense;
- "plans to put the finds on display in an exhibition opening in October" (the parser reads "opening"
  as a noun), told in February, is this October: a month hung through nouns and prepositions under an
  infinitive that looks ahead is ahead too.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of


def _rows(nlp, sentence: str, day: datetime.date):
    text = f"Headline here\n\nOSLO, {day:%b}. {day.day}, {day.year} (Wire) - {sentence}"
    return timeline_rows(nlp, text, day)


def _values(nlp, sentence: str, expression: str, day: datetime.date) -> set[str]:
    return values_of(_rows(nlp, sentence, day), expression)


JANUARY = datetime.date(2026, 1, 20)
FEBRUARY = datetime.date(2026, 2, 19)
SEPTEMBER = datetime.date(2026, 9, 28)


def test_season_of_next_year(nlp):
    assert _values(nlp, "The agency hoped to reschedule the concerts for the spring of next year.",
                   "the spring of next year", JANUARY) == {"2027-SP"}


def test_season_of_next_year_under_will(nlp):
    assert _values(nlp, "The museum will close its west wing in the summer of next year for repairs.",
                   "the summer of next year", JANUARY) == {"2027-SU"}


def test_season_of_last_year(nlp):
    assert _values(nlp, "The festival drew 40,000 visitors in the autumn of last year.",
                   "the autumn of last year", SEPTEMBER) == {"2025-FA"}


def test_season_of_a_year_unchanged(nlp):
    assert _values(nlp, "The bridge will reopen in the winter of 2027.", "the winter of 2027", JANUARY) == {"2027-WI"}


def test_second_infinitive_of_a_plan_is_ahead(nlp):
    rows = _rows(nlp, "The cooperative plans to hire 20 more people next year and to open an online shop in the spring.",
                 SEPTEMBER)
    spring = [r for r in rows if r.time_expression == "the spring"]
    assert {r.value for r in spring} == {"2027-SP"}
    assert all(r.status != "occurred" for r in spring)


def test_second_infinitive_of_a_past_try_keeps_its_season(nlp):
    # a bare past with no plan: the spring gone stays this year's
    assert _values(nlp, "The town opened a new market in the spring.", "the spring", SEPTEMBER) == {"2026-SP"}


def test_month_deep_in_a_plan_is_ahead(nlp):
    rows = _rows(nlp, "The museum plans to put a selection of the finds, including the dagger, on display in an "
                      "exhibition opening in October.", FEBRUARY)
    october = [r for r in rows if r.time_expression == "October"]
    assert {r.value for r in october} == {"2026-10"}
    assert all(r.status != "occurred" for r in october)


def test_month_deep_in_a_past_clause_stays_past(nlp):
    assert _values(nlp, "The city put the statue on display in a park in the centre in November.",
                   "November", FEBRUARY) == {"2025-11"}
