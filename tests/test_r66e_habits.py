"""Round 66e: habitual times read as one date.

- A month or season named without a year right after an adverb of a habit ("normally in June",
  "usually in late March") is each year's: no row takes it; a "when" clause hung on it keeps it.
- A weekday span and a set on one noun ("six buses a day from Monday to Friday") are a timetable.
- A weekday between an owner and a plural noun ("her Thursday training sessions") is every such day.
- A bare clock time on a plural noun with no article ("a bonus for shifts between 11 p.m. and 7 a.m.")
  or on a relative clause's present simple verb ("the nurses who start at 5 in the morning") is each
  day's hours.
- "every third morning", "every second year" are sets, so a lead that one modifies is no day's news.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows, values_of

THURSDAY = dt.date(2025, 6, 5)
DATELINE = "GENOA, Italy, June 5, 2025 -- "


def _rows(nlp, text):
    return timeline_rows(nlp, text, THURSDAY)


def test_month_after_habit_adverb_dates_no_row(nlp):
    rows = _rows(nlp, "The start of this year's tuna festival, usually in May, was postponed to Aug. 14.")
    assert values_of(rows, "May") == set()


def test_graded_month_after_habit_adverb_dates_no_row(nlp):
    rows = _rows(nlp, "The mine said it still needs 900 loads of diesel before the pass closes for the winter, "
                      "normally in early April.")
    assert values_of(rows, "early April") == set()


def test_month_without_habit_adverb_keeps_its_date(nlp):
    rows = _rows(nlp, "The council said the festival would open in May.")
    assert values_of(rows, "May") == {"2026-05"}


def test_when_clause_on_the_habitual_month_keeps_it(nlp):
    rows = _rows(nlp, "Farmers expect more losses until the first storms, usually in late September, "
                      "when the beetles stop breeding.")
    assert values_of(rows, "late September") == {"2025-09"}


def test_weekday_span_with_a_set_on_one_noun_is_a_timetable(nlp):
    rows = _rows(nlp, DATELINE + "The ferry company said on Wednesday that the island route would reopen next week. "
                      "It will run six crossings a day from Monday to Friday, linking the island with the port.")
    assert values_of(rows, "from Monday to Friday") == set()
    assert values_of(rows, "next week") == {"2025-W24"}


def test_weekday_span_alone_keeps_its_week(nlp):
    rows = _rows(nlp, "The library will close from Monday to Friday for repairs.")
    assert values_of(rows, "from Monday to Friday") == {"2025-06-09/2025-06-13"}


def test_weekday_of_owned_plural_sessions_is_weekly(nlp):
    rows = _rows(nlp, "NAPIER, New Zealand, June 5, 2025 -- Moana Reti won the national bowls title on Wednesday.\n\n"
                      "Reti said she would not give up her Tuesday coaching sessions with pupils at her school.")
    assert values_of(rows, "Tuesday") == set()
    assert values_of(rows, "Wednesday") == {"2025-06-04"}


def test_weekday_with_possessive_s_keeps_its_day(nlp):
    rows = _rows(nlp, "Moana said she would miss Friday's training session at her school.")
    assert values_of(rows, "Friday") == {"2025-06-06"}


def test_clock_span_on_bare_plural_is_daily_hours(nlp):
    rows = _rows(nlp, "The union wants a 30 percent bonus for shifts between 11 p.m. and 7 a.m., "
                      "which nurses lost in 2019.")
    assert values_of(rows, "between 11 p.m. and 7 a.m.") == set()


def test_clock_span_on_counted_plural_keeps_its_day(nlp):
    rows = _rows(nlp, "The two trains between 9 p.m. and 10 p.m. were cancelled.")
    assert values_of(rows, "between 9 p.m. and 10 p.m.") == {"2025-06-05T21:00/2025-06-05T22:00"}


def test_generic_relative_present_with_clock_time_is_a_habit(nlp):
    rows = _rows(nlp, "\"We are telling the minister that the nurses who start at 5 in the morning are paid "
                      "as if it were noon,\" said Paul Durand.")
    assert values_of(rows, "5 in the morning") == set()


def test_past_relative_with_clock_time_keeps_its_time(nlp):
    rows = _rows(nlp, "The nurses who started at 5 a.m. went home.")
    assert values_of(rows, "5 a.m.") == {"2025-06-05T05:00"}


def test_every_third_morning_is_a_set_and_no_lead(nlp):
    text = DATELINE + ("Every third morning, Maria Rossi carries two buckets down three flights of stairs and "
                       "waits for the water lorry.\n\nThe city council said on Wednesday that the lorry would "
                       "keep its route.")
    rows = _rows(nlp, text)
    assert not any(r.event.startswith("Maria Rossi carries") for r in rows)
    assert values_of(rows, "Wednesday") == {"2025-06-04"}


def test_every_second_year_is_a_set_of_two_years(nlp):
    from timeline_cli.temporal import tag  # noqa: PLC0415
    found = {e.text: (e.type, e.value) for e in tag("The fair is held every second year.", THURSDAY)}
    assert found.get("every second year") == ("SET", "P2Y")


def test_every_second_alone_stays_the_unit(nlp):
    from timeline_cli.temporal import tag  # noqa: PLC0415
    found = {e.text: e.type for e in tag("Every second counts, the mayor said.", THURSDAY)}
    assert "Every second counts" not in found


def test_weekday_on_bare_plural_keeps_its_day(nlp):
    rows = _rows(nlp, "Clerks had staffed most ticket desks on Tuesday, the manager said.")
    assert values_of(rows, "Tuesday") == {"2025-06-03"}

