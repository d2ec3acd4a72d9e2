"""Round 65h: statuses and rows that are no event.

- A scheduling verb whose clause is negated ("No further hearings were scheduled") tells that no
  plan was made: `negated`, not `planned`.
- A row told on a dated noun in a base-form verb's phrase ("plans to show its data at this year's
  congress") takes the verb's control cue: `planned`.
- An "as" clause of conformity ("as a 2019 rule demands") tells no happening: no row on its date.
- A feature lead's present state of its scene ("is called Maartje", "weighs 40 kilograms", "has
  outlived nearly every trade") gives no publication-dated row.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

WEDNESDAY = dt.date(2026, 3, 18)


def _rows(nlp, text, day=WEDNESDAY):
    return timeline_rows(nlp, text, day)


def _by_event(nlp, text, day=WEDNESDAY):
    return {r.event: r for r in _rows(nlp, text, day)}


def test_negative_subject_of_scheduling_is_negated(nlp):
    rows = _by_event(nlp, "The mayor said she was willing to talk to the drivers. "
                          "No fresh negotiations had been scheduled on Monday night.")
    assert rows["No fresh negotiations had been scheduled"].status == "negated"


def test_scheduling_not_until_keeps_plan(nlp):
    rows = _by_event(nlp, "Hearings were not scheduled until Friday.")
    assert rows["Hearings were not scheduled until Friday"].status == "planned"


def test_scheduling_without_negation_stays_planned(nlp):
    rows = _by_event(nlp, "Fresh negotiations had been scheduled on Monday night.")
    assert rows["Fresh negotiations had been scheduled"].status == "planned"


def test_plan_to_act_at_possessive_dated_meeting_is_planned(nlp):
    rows = [r for r in _rows(nlp, "The researchers plan to show their data at this year's congress.")
            if r.time_expression == "this year"]
    assert [(r.value, r.status) for r in rows] == [("2026", "planned")]


def test_act_done_at_possessive_dated_meeting_stays_occurred(nlp):
    rows = [r for r in _rows(nlp, "The researchers showed their data at this year's congress.")
            if r.time_expression == "this year"]
    assert [r.status for r in rows] == ["occurred"]


def test_wish_for_last_year_meeting_keeps_its_status(nlp):
    rows = [r for r in _rows(nlp, "The researchers want to show their data at last year's congress.")
            if r.time_expression == "last year"]
    assert [r.status for r in rows] == ["occurred"]


def test_as_clause_of_conformity_gives_no_row(nlp):
    rows = _rows(nlp, "The ferry sailed without lifeboats, as a 2015 decree allows.")
    assert not [r for r in rows if r.time_expression == "2015"]
    assert [r.event for r in rows] == ["The ferry sailed without lifeboats"]


def test_as_clause_with_object_stays(nlp):
    rows = _by_event(nlp, "The port fined the ship owner, as a 2016 law requires owners to pay.")
    assert rows["A law requires owners to pay"].value == "2016"


def test_as_clause_of_another_verb_stays(nlp):
    rows = _by_event(nlp, "The port fined the owner as prices rose in 2016.")
    assert rows["Prices rose"].value == "2016"


def test_lead_naming_and_measure_give_no_publication_row(nlp):
    rows = _rows(nlp, "ZANDVOORT, Netherlands, March 18, 2026 (Wire) - The foal in stall two is called "
                      "Maartje, weighs 40 kilograms and refuses to drink. A groom holds her steady.")
    assert not [r for r in rows if r.date_basis == "publication"]


def test_lead_outliving_gives_no_publication_row(nlp):
    rows = _rows(nlp, "LYON, France, March 18, 2026 (Wire) - The old tannery by the river has outlived "
                      "nearly every trade that once surrounded it.")
    assert not [r for r in rows if r.date_basis == "publication"]


def test_lead_appointment_in_present_passive_stays(nlp):
    rows = _rows(nlp, "OSLO, Norway, March 18, 2026 (Wire) - Ingrid Lunde is named chief executive of "
                      "Nordvik Bank.")
    assert [r.event for r in rows if r.date_basis == "publication"] == [
        "Ingrid Lunde is named chief executive of Nordvik Bank"]


def test_lead_past_event_stays(nlp):
    rows = _rows(nlp, "OSLO, Norway, March 18, 2026 (Wire) - Nordvik Bank has cut its lending rate by "
                      "half a point.")
    assert [r.event for r in rows if r.date_basis == "publication"] == [
        "Nordvik Bank has cut its lending rate by half a point"]


def test_lead_name_tagged_as_verb_gives_no_publication_row(nlp):
    rows = _rows(nlp, "HARLINGEN, Netherlands, March 18, 2026 (Wire) - The seal in tank six is called "
                      "Dalling, weighs 12 kilograms and refuses to eat sprat. A keeper feeds him by hand.")
    assert not [r for r in rows if r.date_basis == "publication"]
