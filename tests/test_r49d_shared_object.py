"""Round 49d: two verbs joined right after one another that share the second's object ("said on
Thursday that they would destroy and reprint about 14,000 ballot papers", the forty-first blind
sample's main event 411) are told together, instead of "would destroy" with no object and so no row.

A first verb with an object of its own ("had cleaned the gallery and reopened it") keeps its own
words only, as before (describe.py, `_shared_object_conjunct`)."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 6)  # a Friday
LEAD = "The regional council met on Friday to review its spending plans. "


def _on(rows, expression):
    return [r.event for r in rows if r.time_expression == expression]


def test_saying_with_two_verbs_one_object_keeps_its_row(nlp):
    rows = timeline_rows(nlp, LEAD + "The ministry said on Monday that it would inspect and repair all 300 "
                                     "footbridges in the northern province.", DAY)
    assert _on(rows, "Monday") == ["The ministry said that it would inspect and repair all 300 footbridges "
                                   "in the northern province"], rows


def test_announcing_a_purchase_and_demolition(nlp):
    rows = timeline_rows(nlp, LEAD + "The council announced on Friday that it would buy and demolish the derelict "
                                     "hotel on the seafront.", DAY)
    assert any("buy and demolish the derelict hotel" in e for e in _on(rows, "Friday")), rows


def test_arrested_and_charged_told_together(nlp):
    rows = timeline_rows(nlp, LEAD + "Police said on Sunday that they had arrested and charged a 34-year-old man "
                                     "over the fire.", DAY)
    sunday = [r for r in rows if r.time_expression == "Sunday"]
    assert [r.event for r in sunday] == ["Police said that they had arrested and charged a 34-year-old man over the fire"]
    assert sunday[0].date == "2026-03-01" and sunday[0].status == "occurred", sunday


def test_first_verb_with_its_own_object_is_left_as_it_was(nlp):
    rows = timeline_rows(nlp, LEAD + "The museum said on Wednesday that staff had cleaned the gallery and "
                                     "reopened it to visitors.", DAY)
    wednesday = _on(rows, "Wednesday")
    assert wednesday and all("cleaned the gallery" in e and "and reopened" not in e for e in wednesday), rows
