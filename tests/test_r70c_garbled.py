"""Round 70c: garbled descriptions.

- A defining relative clause whose date is what its object is for ("Passengers who had booked seats
  for next weekend can claim a refund") says who is meant: no row told "Passengers had booked seats".
- A bare plural's participle dates no row when its noun is the subject of a negated plural passive
  ("Lamps sold this spring were not affected"), also when the parser read the participle as the verb.
- A bare infinitive after a verb of letting or making is told with its causer ("have let drivers
  wear sandals since 2019" -> "... have let drivers wear sandals", not "Drivers wear sandals").
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import row_by_event, timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def test_holders_of_seats_for_a_weekend_are_no_booking(nlp):
    rows = row_by_event(nlp, "The Harbour Theatre closed its doors on Tuesday after a flood in the basement. "
                             "Guests who had bought seats for this weekend can ask for their money back, the theatre said.", THURSDAY)
    assert "Guests had bought seats" not in rows
    assert rows["The Harbour Theatre closed its doors after a flood in the basement"].value == "2025-06-03"


def test_holders_of_rooms_for_a_year_are_no_booking(nlp):
    rows = row_by_event(nlp, "Travellers who reserved rooms for 2026 will be refunded within a month.", THURSDAY)
    assert not any(r.event.startswith("Travellers reserved") for r in rows.values())


def test_relative_clause_with_its_own_date_keeps_its_row(nlp):
    # near miss: the date is the clause's own ("on Monday"), not a "for" phrase of its object
    rows = row_by_event(nlp, "Inspectors who visited the plant on Monday found rust on two tanks.", THURSDAY)
    assert any(r.value == "2025-06-02" for r in rows.values())


def test_negated_class_participle_dates_no_row(nlp):
    rows = row_by_event(nlp, "A maker of electric heaters recalled 20,000 units on Monday. "
                             "Heaters sold since January are not affected, the company said.", THURSDAY)
    assert not any(r.event.startswith("Heaters sold") or r.event == "Heaters were sold" for r in rows.values())


def test_negated_class_misread_as_verb_dates_no_row(nlp):
    rows = row_by_event(nlp, "A toy firm recalled 8,000 scooters on Monday. "
                             "Lamps sold this spring were not affected, the firm said.", THURSDAY)
    assert "Lamps sold" not in rows


def test_participle_of_a_subject_that_acted_keeps_its_row(nlp):
    # near miss: a passive that is not negated: the participle keeps its row as it was
    rows = row_by_event(nlp, "Heaters sold since January are now covered by the recall.", THURSDAY)
    assert rows["Heaters were sold"].value == "2025-01"


def test_letting_verb_keeps_its_causer(nlp):
    rows = row_by_event(nlp, "Three bus companies in the valley have let drivers wear sandals since 2019, the union said.", THURSDAY)
    assert rows["Three bus companies in the valley have let drivers wear sandals"].value == "2019"
    assert "Drivers wear sandals" not in rows


def test_letting_verb_on_a_day(nlp):
    rows = row_by_event(nlp, "The hospital let nurses go home early on Tuesday after the power cut.", THURSDAY)
    assert "Nurses go home" not in rows
    assert any(r.event.startswith("The hospital let nurses go home") and r.value == "2025-06-03"
               for r in rows.values())


def test_seeing_verb_keeps_what_was_seen(nlp):
    # near miss: a verb of seeing is no letting verb: its row is left as it was
    rows = row_by_event(nlp, "Farmers watched the river rise on Sunday.", THURSDAY)
    assert any(r.value == "2025-06-01" for r in rows.values())


def test_date_given_up_dates_no_row(nlp):
    rows = timeline_rows(nlp, "Organisers said on Monday that from next year the ski race would start at the end "
                              "of January instead of in late February.", THURSDAY)
    assert not any(r.time_expression == "late February" for r in rows)
    assert any(r.time_expression == "the end of January" and r.event == "The ski race would start" for r in rows)


def test_date_rather_than_dates_no_row(nlp):
    rows = timeline_rows(nlp, "The council vote will be held on Friday rather than on Thursday.", THURSDAY)
    assert {r.time_expression for r in rows} == {"Friday"}


def test_plain_second_date_keeps_its_row(nlp):
    # near miss: "and" is no alternative mark: both dates keep their rows
    rows = timeline_rows(nlp, "The council vote will be held on Friday and on Monday.", THURSDAY)
    assert "2025-06-09" in {r.value for r in rows}
