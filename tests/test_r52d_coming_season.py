"""Round 52d: a season or month already over this year, in a clause under an affirmative "could"
(docs/events.md, "Dates"). "The minister said the quota could be raised in the spring", said in
November, is next spring, as "will raise it in the spring" already was; a past ability ("could not
find workers in the summer") or a guess about the past ("could have closed in the spring") keeps this
year's.
"""
from __future__ import annotations

import datetime

from timeline_cli.temporal.tagger import tag
from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2026, 11, 10)


def _values(nlp, sentence: str, expression: str) -> set[str]:
    text = f"Headline here\n\nLISBON, Nov. 10, 2026 (Wire) - {sentence}"
    return values_of(timeline_rows(nlp, text, DAY), expression)


def test_could_in_a_season_over_is_next_years(nlp):
    assert _values(nlp, "The minister said the fishing quota could be raised in the spring if stocks recovered.",
                   "the spring") == {"2027-SP"}


def test_could_with_a_summer_over(nlp):
    assert _values(nlp, "The operator said the ferry line could resume service in the summer once the new pier opened.",
                   "the summer") == {"2027-SU"}


def test_could_with_a_month_over(nlp):
    assert _values(nlp, "The council said the new tram line could open in March if the tests went well.",
                   "March") == {"2027-03"}


def test_could_not_is_a_past_ability(nlp):
    # (no row: a negated clause is no event; the tagger's value is what a later row would take)
    text = "Growers said they could not find enough pickers in the summer and lost part of the crop."
    assert [(e.text, e.value) for e in tag(text, DAY, nlp(text))] == [("the summer", "2026-SU")]


def test_could_have_looks_back(nlp):
    assert _values(nlp, "Inspectors said the leak could have started in the spring, months before it was found.",
                   "the spring") == {"2026-SP"}


def test_past_clause_keeps_this_year(nlp):
    assert _values(nlp, "Olive prices rose sharply in the spring after a dry winter, the ministry said.",
                   "the spring") == {"2026-SP"}


# Rows dated ahead of the story's day whose verb looks back: the date's own reading decides.
MONDAY = datetime.date(2026, 6, 22)  # a Monday
THURSDAY = datetime.date(2026, 6, 25)


def _row(nlp, sentence: str, expression: str, day: datetime.date):
    text = f"Headline here\n\nLYON, {day:%B} {day.day}, 2026 (Wire) - Firefighters worked through the night. {sentence}"
    return [r for r in timeline_rows(nlp, text, day) if r.time_expression == expression]


def test_forecast_adjective_with_a_copula_is_expected(nlp):
    rows = _row(nlp, "Meteorologists said heavy hail was likely on Thursday across the valley.", "Thursday", MONDAY)
    assert [(r.value, r.status) for r in rows] == [("2026-06-25", "expected")]


def test_possible_with_a_copula_is_expected(nlp):
    rows = _row(nlp, "The agency said further landslides were possible on Friday in the hills.", "Friday", MONDAY)
    assert [(r.value, r.status) for r in rows] == [("2026-06-26", "expected")]


def test_from_a_coming_day_on_a_conjoined_passive(nlp):
    rows = _row(nlp, "New permits will be printed this week and mailed to all residents from Monday, the council said.",
                "Monday", THURSDAY)
    assert [(r.value, r.status) for r in rows] == [("2026-06-29", "expected")]


def test_past_deed_on_a_day_gone_stays_occurred(nlp):
    rows = _row(nlp, "The council mailed new permits to all residents on Monday.", "Monday", THURSDAY)
    assert [(r.value, r.status) for r in rows] == [("2026-06-22", "occurred")]


# "Three months earlier" far from the month the text told: counted back from that month.
FILLER = ("The tribunal heard evidence from eleven witnesses over several weeks, including two former "
          "managers, a payroll clerk and an outside auditor who had reviewed the depot's accounts. ")


def test_months_earlier_counts_from_a_far_month(nlp):
    text = ("Headline here\n\nLEEDS, May 12, 2026 (Wire) - A tribunal found that the depot had dismissed "
            "driver Tom Hale in October 2023 after he complained about brake checks.\n\n"
            + FILLER * 2 + "The judge noted that Hale had been promoted two months earlier.")
    assert values_of(timeline_rows(nlp, text, datetime.date(2026, 5, 12)), "two months earlier") == {"2023-08"}


def test_months_earlier_with_no_month_told_counts_from_the_story(nlp):
    text = ("Headline here\n\nLEEDS, May 12, 2026 (Wire) - A tribunal found that the depot had dismissed "
            "driver Tom Hale after he complained about brake checks.\n\n"
            + FILLER * 2 + "The judge noted that Hale had been promoted two months earlier.")
    assert values_of(timeline_rows(nlp, text, datetime.date(2026, 5, 12)), "two months earlier") <= {"2026-03"}
