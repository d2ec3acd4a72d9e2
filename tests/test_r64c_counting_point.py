"""Round 64c: relative and coming dates counted from the wrong point.

- "the next month/week/year" in a clause that looks ahead, whose only dates to count from are past
  ones of earlier sentences, counts from the report.
- A verb whose past is its base form ("cut", "set"), tagged past, conjoined without a subject to a
  base form under "would", shares that auxiliary's tense.
- "beyond <weekday>" in a past relative clause on the subject of a clause ahead is a coming day.
- "warned of <something> over the weekend": what is warned of is not past, so the weekend is the
  one nearest the report.
- "overnight" and "the next morning" after a past year or season of an earlier sentence of the
  paragraph are of days the text does not say: no row, not the report's night or morning.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression, values_of

TUESDAY = dt.date(2026, 2, 10)
FRIDAY = dt.date(2026, 2, 13)


def test_next_month_ahead_counts_from_report(nlp):
    text = ("Ito sued the firm in May 2023.\n\n"
            "She said the firm would appeal within the next month.")
    rows = rows_by_expression(nlp, text, TUESDAY)
    assert [r.value for r in rows["the next month"]] == ["2026-03"]


def test_next_month_in_past_narrative_still_counts_from_story(nlp):
    text = "Ito sued the firm in May 2023. The firm appealed the next month."
    rows = rows_by_expression(nlp, text, TUESDAY)
    assert [r.value for r in rows["the next month"]] == ["2023-06"]


def test_next_month_ahead_in_the_date_s_paragraph_is_not_the_report_s(nlp):
    text = "In March 2019 the court ruled against the union. Its leader said it would appeal the next month."
    assert "2026-03" not in values_of(rows_by_expression(nlp, text, TUESDAY).get("the next month", []), "the next month")


def test_next_month_after_future_date_counts_from_it(nlp):
    text = "The firm will open a plant in May 2027. It will hire staff the next month."
    rows = rows_by_expression(nlp, text, TUESDAY)
    assert [r.value for r in rows["the next month"]] == ["2027-06"]


def test_base_form_past_conjoined_under_would(nlp):
    text = "The owners said they would close the depot and cut 300 jobs by the end of June."
    rows = rows_by_expression(nlp, text, TUESDAY)
    assert [(r.value, r.status) for r in rows["the end of June"]] == [("2026-06", "expected")]


def test_base_form_past_conjoined_to_past_stays_past(nlp):
    text = "The owners closed the depot and cut 300 jobs at the end of June."
    assert values_of(rows_by_expression(nlp, text, TUESDAY).get("the end of June", []), "the end of June") == {"2025-06"}


def test_beyond_weekday_in_relative_of_warning_is_ahead(nlp):
    text = "The hospital warned that nurses who stayed away beyond Thursday could lose a week of pay."
    rows = rows_by_expression(nlp, text, TUESDAY)
    assert [r.value for r in rows["Thursday"]] == ["2026-02-12"]


def test_on_weekday_in_relative_stays_past(nlp):
    text = "The hospital said that nurses who stayed away on Thursday would lose a week of pay."
    rows = rows_by_expression(nlp, text, TUESDAY)
    assert [r.value for r in rows["Thursday"]] == ["2026-02-05"]


def test_beyond_weekday_in_past_clause_stays_past(nlp):
    text = "Nurses who stayed away beyond Thursday lost a week of pay."
    rows = rows_by_expression(nlp, text, TUESDAY)
    assert [r.value for r in rows["Thursday"]] == ["2026-02-05"]


def test_warned_of_delays_over_weekend_on_friday_is_coming(nlp):
    rows = rows_by_expression(nlp, "Rail operators warned of further delays over the weekend.", FRIDAY)
    assert [r.value for r in rows["the weekend"]] == ["2026-W07-WE"]


def test_warned_of_delays_over_weekend_on_tuesday_is_past(nlp):
    rows = rows_by_expression(nlp, "Rail operators warned of further delays over the weekend.", TUESDAY)
    assert [r.value for r in rows["the weekend"]] == ["2026-W06-WE"]


def test_cancelled_over_weekend_on_friday_stays_past(nlp):
    rows = rows_by_expression(nlp, "Rail operators cancelled dozens of trains over the weekend.", FRIDAY)
    assert [r.value for r in rows["the weekend"]] == ["2026-W06-WE"]


def test_overnight_and_next_morning_after_past_seasons_get_no_day(nlp):
    text = ("SASSARI, May 20, 2026 (Wire) - Bats remember their exits.\n\n"
            "Biologists tagged 140 bats in caves in Sardinia during the summers of 2022 and 2023. When the "
            "team blocked the cave mouths overnight, most of the bats left by a side passage the next morning.")
    rows = rows_by_expression(nlp, text, dt.date(2026, 5, 20))
    assert "overnight" not in rows
    assert "the next morning" not in rows


def test_overnight_after_a_day_keeps_its_night(nlp):
    text = ("Biologists tagged 140 bats in a cave on Monday. The team blocked the cave mouth overnight, and "
            "most of the bats left by a side passage the next morning.")
    rows = rows_by_expression(nlp, text, dt.date(2026, 5, 20))
    assert [r.value for r in rows["overnight"]] == ["2026-05-19TNI"]
    assert [r.value for r in rows["the next morning"]] == ["2026-05-20TMO"]


def test_overnight_with_year_in_its_own_sentence_is_last_night(nlp):
    rows = rows_by_expression(nlp, "The depot, which was built in 2019, burned overnight.", dt.date(2026, 5, 20))
    assert [r.value for r in rows["overnight"]] == ["2026-05-19TNI"]


def test_after_midnight_after_a_day_told_before_is_the_next_day(nlp):
    text = ("On Tuesday, residents of the county elected a new sheriff. Kowalski won 4,100 votes, according "
            "to unofficial results posted by the county clerk shortly after midnight.")
    rows = rows_by_expression(nlp, text, dt.date(2026, 9, 16))
    assert [r.value for r in rows["shortly after midnight"]] == ["2026-09-16T00:00"]


def test_after_midnight_in_the_day_s_own_sentence_opens_it(nlp):
    rows = rows_by_expression(nlp, "On Tuesday, shortly after midnight, a fire broke out at a warehouse.",
                              dt.date(2026, 9, 16))
    assert [r.value for r in rows["shortly after midnight"]] == ["2026-09-15T00:00"]
