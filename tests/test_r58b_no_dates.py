"""Round 58b: a phrase that is no date of the row (docs/events.md, round 58b).

* "the year's" after a share ("half the year's methane", "most of the year's rain") in a present clause
  with no auxiliary is every year's: no date 2025, no row dated by it. A past clause keeps its year
  ("Half the year's budget was spent by the end of March"), and so does "The year's first snow fell".
* A date inside the topic of a written work ("a second paper, on emissions in winter under the ice")
  is the topic's, not the work's: no row of the paper dated by the winter. The work's own date ("a
  report on Monday"), or one of a verb inside the phrase ("published in March"), keeps its row.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2025, 6, 2)


def _rows(nlp, text: str) -> list:
    return timeline_rows(nlp, text, DAY)


def _dated(nlp, text: str) -> set[str]:
    return {r.time_expression.lower() for r in _rows(nlp, text)}


def test_share_of_the_years_rain_in_a_present_habit(nlp):
    rows = _rows(nlp, "In dry regions, most of the year's rain falls in a few storms, the hydrologist said.")
    assert values_of(rows, "the year") == set()


def test_half_the_years_sales(nlp):
    assert "the year" not in _dated(nlp, "Half the year's sales come in the six weeks before Christmas, the retailer said.")


def test_a_third_of_the_years_tourists_keeps_august(nlp):
    rows = _rows(nlp, "A third of the year's tourists arrive in August, officials said.")
    assert values_of(rows, "the year") == set()
    assert values_of(rows, "August") == {"2025-08"}


def test_past_share_of_the_years_budget_keeps_its_year(nlp):
    rows = _rows(nlp, "Half the year's budget was spent by the end of March, the auditor said.")
    assert values_of(rows, "the year") == {"2025"}


def test_the_years_first_snow_keeps_its_year(nlp):
    rows = _rows(nlp, "The year's first snow fell on the pass on Monday.")
    assert values_of(rows, "The year") == {"2025"}


def test_season_in_a_papers_topic(nlp):
    rows = _rows(nlp, "A second paper, on emissions in winter under the ice, is expected early next year.")
    assert values_of(rows, "winter") == set()
    assert values_of(rows, "early next year") == {"2026"}


def test_year_in_a_reports_topic(nlp):
    rows = _rows(nlp, "A report about the riots of 2011 is due in September.")
    assert values_of(rows, "2011") == set()
    assert values_of(rows, "September") == {"2025-09"}


def test_year_in_a_books_topic(nlp):
    rows = _rows(nlp, "The book about the strike in 1984 won a prize on Thursday.")
    assert values_of(rows, "1984") == set()
    assert [r.event for r in rows if r.time_expression == "Thursday"] == ["The book about the strike won a prize"]


def test_the_reports_own_day_stays(nlp):
    rows = _rows(nlp, "The agency released a report on Monday about the spill.")
    assert values_of(rows, "Monday") == {"2025-06-02"}


def test_a_verb_inside_the_phrase_keeps_its_date(nlp):
    rows = _rows(nlp, "A report on the storms, published in March, found that warnings came too late.")
    assert values_of(rows, "March") == {"2025-03"}


# A scheduling participle on a thing that is no event ("a second target, set for early 2025") dates the
# thing: the setting was not done then, so no "A second target was set" row in 2025.

def test_target_set_for_a_date_is_no_setting(nlp):
    rows = _rows(nlp, "The government missed its first deadline in 2023. A second target, set for early 2025, "
                      "slipped as well.")
    assert not any(r.event.startswith("A second target was set") for r in rows)
    assert values_of(rows, "2023") == {"2023"}


def test_limit_set_in_a_year_keeps_its_row(nlp):
    rows = _rows(nlp, "The limit, set in 2019, has not changed.")
    assert [r.event for r in rows if r.time_expression == "2019"] == ["The limit was set"]


def test_new_goal_set_for_a_date_is_no_setting(nlp):
    rows = _rows(nlp, "The stadium missed its first opening date in 2022. A new goal, set for late 2024, was missed too.")
    assert values_of(rows, "late 2024") == set()
    assert values_of(rows, "2022") == {"2022"}


def test_bare_date_after_a_reports_topic_stays_the_verbs(nlp):
    rows = _rows(nlp, "The team will publish a full report on the reserve's first year next January.")
    assert values_of(rows, "next January") == {"2026-01"}
