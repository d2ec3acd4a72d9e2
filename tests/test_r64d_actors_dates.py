"""Round 64d: wrong actors and antecedents, dates from another expression.

- A subject "it" whose verb acts on what only a company has ("its profit outlook") is the reporting
  organisation, not the event noun that is the subject of the clause reported before it.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

TUESDAY = dt.date(2026, 4, 14)

RECALL = ("Brennmoor Toys AB is recalling about 20,000 electric scooters sold in nine countries after a "
          "brake fault, the Swedish company said on Tuesday.\n\nBrennmoor shares fell 6 percent on Tuesday. "
          "The company said the recall would cost about 90 million crowns and that it would lower its "
          "profit outlook for the year.")


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, TUESDAY)}


def test_it_cutting_a_company_outlook_is_the_company(nlp):
    rows = _by_event(nlp, RECALL)
    assert "The recall would lower its profit outlook" not in rows
    row = rows["Brennmoor Toys AB would lower its profit outlook"]
    assert (row.value, row.status) == ("2026", "expected")


def test_it_of_a_thing_s_deed_stays_with_the_thing(nlp):
    rows = _by_event(nlp, "The weather agency said the storm would reach the coast on Thursday and that "
                          "it would bring heavy rain to the islands on Friday.")
    assert rows["The storm would reach the coast"].value == "2026-04-16"
    assert rows["The storm would bring heavy rain to the islands"].value == "2026-04-17"
