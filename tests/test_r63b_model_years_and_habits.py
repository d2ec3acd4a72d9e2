"""Round 63b: a year that says which model or vintage a named thing is ("a 1962 Jaguar", "whose 1969
Porsche 911", "a 1958 Gibson guitar") dates no row and sets no year for a bare month after it
(`events/anchor._named_thing`, `temporal/context.Tense.model_year`); a clock time whose own verb tells a
habit ("usually struck between 2 a.m. and 5 a.m.") or a general truth ("Hospitals don't close at
midnight") dates no row (`events/habits.season_habit`). Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression

DAY = datetime.date(2025, 12, 4)
HEAD = "Police recover stolen goods\n\nLYON (AP) — Police said on Thursday they had arrested six men.\n\n"


def _rows(nlp, body: str):
    return rows_by_expression(nlp, HEAD + body, DAY)


def test_a_model_year_sets_no_year_for_the_month_after_it(nlp):
    rows = _rows(nlp, "Officers found a 1962 Jaguar E-Type taken from a private museum in Ghent in August.")
    assert [r.value for r in rows["August"]] == ["2025-08"]


def test_a_name_with_a_common_noun_after_it_is_a_model_too(nlp):
    rows = _rows(nlp, "Burglars took a 1958 Gibson guitar from a studio in Leeds in March, the band said.")
    assert [r.value for r in rows["March"]] == ["2025-03"]
    rows = _rows(nlp, "A 1930 Ford tractor was stolen from a farm in Kent in May.")
    assert [r.value for r in rows["May"]] == ["2025-05"]


def test_a_model_year_before_a_model_number_dates_no_row(nlp):
    rows = _rows(nlp, "Collector Hendrik Vos, whose 1969 Porsche 911 was taken from his barn near Breda in 2024, "
                      "said he had almost given up hope.")
    assert "1969" not in rows
    assert [r.value for r in rows["2024"]] == ["2024"]


def test_the_year_of_an_event_still_dates_the_month_after_it(nlp):
    rows = _rows(nlp, "The 2003 theft, when a gang emptied the vault over a weekend in February, was never solved.")
    assert [r.value for r in rows["February"]] == ["2003-02"]
    rows = _rows(nlp, "Fans recalled the 2016 Olympics, when the sprinter won in August.")
    assert [r.value for r in rows["August"]] == ["2016-08"]


def test_a_clock_time_on_a_verb_of_habit_dates_no_row(nlp):
    rows = _rows(nlp, "Six men were arrested in dawn raids on Sunday. He said the gang used battery-powered angle "
                      "grinders and a rented van, and usually struck between 2 a.m. and 5 a.m.")
    assert "between 2 a.m. and 5 a.m." not in rows
    assert [r.value for r in rows["Sunday"]] == ["2025-11-30"]
    rows = _rows(nlp, "Detectives said the burglars hired a truck, and normally arrived at 3 a.m.")
    assert "3 a.m." not in rows


def test_a_general_truth_in_the_present_dates_no_row(nlp):
    rows = _rows(nlp, '"Hospitals, care homes and warehouses don\'t close at midnight," said the union\'s organiser.')
    assert "midnight" not in rows
    rows = _rows(nlp, '"Night trains don\'t stop at 4 a.m. for nothing," a driver said.')
    assert "4 a.m." not in rows


def test_a_clock_time_with_a_day_of_its_own_keeps_its_row(nlp):
    rows = _rows(nlp, "The depot doesn't open at 6 a.m. on Sunday, the company said.")
    assert [r.value for r in rows["6 a.m. on Sunday"]] == ["2025-11-30T06:00"]
    rows = _rows(nlp, "The polls close at 8 p.m. on Tuesday.")
    assert [r.value for r in rows["8 p.m. on Tuesday"]] == ["2025-12-09T20:00"]


def test_a_chronology_heading_year_is_no_model_year(nlp):
    rows = _rows(nlp, "Timeline:\n\n2019 - Brightway opens its first depot in Leeds.\n\n"
                      "2024 - Zipp challenges the ban.")
    assert [r.value for r in rows["2024"]] == ["2024"]
