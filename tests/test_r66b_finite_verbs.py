"""Round 66b: descriptions with no finite verb, mended with the auxiliary the sentence implies.

- A reduced relative whose participle schedules or expects a to-infinitive, dated ahead of the
  article's day, is told in the present: "the charter, expected to become law this autumn" -> "The
  charter is expected to become law", also as the second participle of the relative ("introduced
  in ... and expected to ...").
- A present participle set off by commas before its finite verb, with no subject of its own, shares
  the verb's subject and tells what that subject was doing then: "Judge X, reading the verdict ...
  shortly after noon, said ..." -> "Judge X was reading the verdict".
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_second_participle_of_expectation_is_present(nlp):
    rows = _by_event(nlp, "The council's Water Charter, introduced in May 2024 and expected to become law "
                          "this autumn, would cap household bills.")
    assert rows["The council's Water Charter is expected to become law"].value == "2025-FA"
    assert rows["The council's Water Charter was introduced"].value == "2024-05"
    assert "The council's Water Charter expected to become law" not in rows


def test_reduced_relative_of_expectation_on_an_object(nlp):
    rows = _by_event(nlp, "Ministers welcomed a treaty expected to take effect next year.")
    assert rows["A treaty is expected to take effect"].value == "2026"


def test_near_miss_second_participle_of_a_past_deed_stays_past(nlp):
    rows = _by_event(nlp, "The council's Water Charter, introduced in May 2024 and approved in October, "
                          "caps household bills.")
    assert rows["The council's Water Charter was approved"].value == "2024-10"


def test_leading_participle_shares_its_verb_s_subject(nlp):
    rows = _by_event(nlp, "Judge Ruth Okafor, reading the verdict in a crowded hall shortly after noon on "
                          "Tuesday, said the agency had broken the law.")
    row = rows["Judge Ruth Okafor was reading the verdict in a crowded hall"]
    assert row.value == "2025-06-03T12:00"
    assert "Judge Ruth Okafor reading the verdict in a crowded hall" not in rows


def test_fronted_participle_shares_its_verb_s_subject(nlp):
    rows = _by_event(nlp, "Walking through his orchard on Monday, grower Tom Berry counted the frost damage.")
    assert rows["Grower Tom Berry was walking through his orchard"].value == "2025-06-02"


def test_near_miss_trailing_participle_left_as_it_was(nlp):
    rows = _by_event(nlp, "The strike closed most schools on Monday, leaving parents scrambling.")
    assert rows["The strike closed most schools, leaving parents scrambling"].value == "2025-06-02"


def test_run_on_participle_is_its_noun_s_reduced_relative(nlp):
    # (parsed with "drilled" the clause's verb and "showed" its conjunct; lang/en/repairs.py)
    rows = _by_event(nlp, "Soil cores drilled near the quarry in March showed traces of lead, the council said.")
    assert rows["Soil cores were drilled near the quarry"].value == "2025-03"
    assert "Soil cores showed traces of lead" in rows
    assert "Soil cores drilled near the quarry" not in rows


def test_near_miss_two_verbs_joined_by_and_stay_two_clauses(nlp):
    rows = _by_event(nlp, "The crew worked through the night on Monday and finished the repairs.")
    assert rows["The crew worked through the night"].value == "2025-06-02"
    assert rows["The crew finished the repairs"].value == "2025-06-02"


def test_object_s_reduced_relative_with_its_agent_is_passive(nlp):
    rows = _by_event(nlp, "Mayor Ines Cole on Friday vetoed the city's budget, rejecting a plan approved by the "
                          "council last week that would have cut library funding.")
    assert rows["A plan was approved by the council"].value == "2025-W22"
    assert "A plan approved by the council" not in rows


def test_near_miss_object_s_participle_without_agent_left_as_it_was(nlp):
    rows = _by_event(nlp, "Police found a car stolen in Lyon on Monday.")
    assert not any(event.startswith("A car was stolen") for event in rows)
