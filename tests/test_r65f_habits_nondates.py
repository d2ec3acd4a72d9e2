"""Round 65f: dates taken from another expression, habits, and phrases that are no dates.

- A number after a word that numbers things ("lots", "batches", "routes", "flights") is no year, nor is
  the second number of such a range.
- A clock time before "at weekends" / "on weekends" is the hour of a habit; a span of two weekdays
  followed by a span of clock times is a schedule (opening hours), no coming week.
- "of the winter season" after a noun is a body's season, no calendar season.
- "between March and May": "May" after a month and "and" is the month, so the span stays whole.
- A conjunct with a phrase of a named event ("during the Second World War") keeps no other
  conjunct's date; nor does one with a past "when" clause when the coordination holds more than one date.
- A negated subject ("Not all residents ...") and a demonstrative answer ("denied that") to an
  undated sentence take no scene's date by context.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _rows(nlp, text):
    return timeline_rows(nlp, text, THURSDAY)


def _by_event(nlp, text):
    return {r.event: r for r in _rows(nlp, text)}


def test_lot_numbers_are_no_years(nlp):
    rows = _rows(nlp, "The trains on routes 1801 to 1830 were cancelled on Monday.")
    assert {r.value for r in rows} == {"2025-06-02"}


def test_year_range_after_a_verb_kept(nlp):
    rows = _rows(nlp, "Output of the mine rose from 1990 to 2010.")
    assert {r.value for r in rows} == {"1990/2010"}


def test_clock_time_at_weekends_is_a_habit(nlp):
    rows = _rows(nlp, "The club said it plans to apply next year for a licence to keep the bar open until 3 a.m. "
                      "at weekends.")
    assert not any("T03:00" in r.value for r in rows)
    assert "2026" in {r.value for r in rows}


def test_clock_time_on_a_day_kept(nlp):
    rows = _rows(nlp, "The club will stay open until 3 a.m. on Saturday.")
    assert any(r.value.startswith("2025-06-0") and "T03:00" in r.value for r in rows)


def test_opening_hours_are_no_coming_week(nlp):
    rows = _rows(nlp, "The fair will open from Thursday to Monday, from 6 p.m. to midnight, instead of every "
                      "evening as before.")
    assert not any(r.value.startswith("2025-06") for r in rows)


def test_weekday_span_alone_kept(nlp):
    rows = _by_event(nlp, "The bridge will be closed from Monday to Thursday.")
    assert rows["The bridge will be closed"].value == "2025-06-09/2025-06-12"


def test_body_season_is_no_calendar_season(nlp):
    rows = _rows(nlp, "Borka, a young otter found near Ostend on Saturday, is the first patient of the summer "
                      "season at the rescue centre.")
    assert {r.value for r in rows} == {"2025-05-31"}


def test_season_with_a_preposition_of_time_kept(nlp):
    rows = _by_event(nlp, "Prices rose during the winter season, the firm said.")
    assert rows["Prices rose during season"].value == "2024-WI"


def test_span_of_months_ending_in_may_kept_whole(nlp):
    rows = _by_event(nlp, "Snow fell on only four days between March and May, the agency said.")
    assert rows["Snow fell"].value == "2025-03/2025-05"


def test_named_war_keeps_its_own_time(nlp):
    text = ("The old mill at Vardo closed on Monday. The mill was founded in 1690. Spain occupied the island "
            "in 1712, and the mill made sails for the Spanish navy during the War of the Spanish Succession.")
    rows = _by_event(nlp, text)
    assert rows["Spain occupied the island"].value == "1712"
    assert not any(e.startswith("The mill made sails") and r.value == "1712" for e, r in rows.items())


def test_conjunct_without_time_of_its_own_shares(nlp):
    rows = _by_event(nlp, "The plant closed in 2019 and was sold to a builder.")
    assert rows["The plant was sold to a builder"].value == "2019"


def test_when_clause_conjunct_takes_neither_date(nlp):
    text = ("The hall reopened on Monday. Work started in the autumn of 2022 and was meant to end last "
            "November, but was delayed when builders found a Roman wall under the hall.")
    rows = _rows(nlp, text)
    assert not any(r.event == "Work was delayed" for r in rows)
    assert {(r.event, r.value) for r in rows} >= {("Work started", "2022-FA"), ("Work was meant to end", "2024-11")}


def test_when_clause_conjunct_with_one_date_shares(nlp):
    rows = _rows(nlp, "The crew reached the summit on Friday and turned back when the storm came.")
    assert {(r.event, r.value) for r in rows} == {("The crew reached the summit", "2025-05-30"),
                                                  ("The crew turned back", "2025-05-30")}


def test_negated_subject_takes_no_scene_date(nlp):
    text = ("ROTTERDAM, June 5, 2025 - The council opened a new ferry terminal in the harbour on Tuesday "
            "morning. Not all residents welcomed the terminal.")
    rows = _rows(nlp, text)
    assert not any(r.event.startswith("Not all residents") for r in rows)


def test_demonstrative_answer_to_undated_sentence_takes_no_scene_date(nlp):
    text = ("Hamburg truck drivers strike over self-driving trucks\n\n"
            "HAMBURG, Germany, June 5, 2025 (Wire) - Truck drivers at two freight depots in Hamburg walked out at "
            "5 a.m. on Thursday in a one-day strike over plans to bring in self-driving trucks.\n\n"
            "The strike was called by the Hanseatic Drivers' Union (HDU) after talks with haulier Elbfracht Logistik "
            "broke down late on Tuesday. The union says the company's plan to introduce self-driving trucks from "
            "2028 would cut about 300 of its 1,100 jobs.\n\n"
            "Elbfracht denied that. \"No driver will lose his job because of the new trucks,\" spokesman Piet Dorn "
            "said, adding that the company had offered retraining.")
    rows = _rows(nlp, text)
    assert ("Talks with haulier Elbfracht Logistik broke down", "2025-06-03") in {(r.event, r.value) for r in rows}
    assert not any(r.event.startswith("Elbfracht denied") for r in rows)
