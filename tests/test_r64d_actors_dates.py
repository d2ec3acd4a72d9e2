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


MILL = ("The Moreau paper mill will close at the end of June, its owner said on Tuesday.\n\n"
        "The mill was founded in 1811 by a merchant family, the Moreaus. At its peak in the 1970s the mill "
        "employed about 900 people. The Moreaus sold it in 1979, and it changed hands twice more before "
        "Voltana bought it in 2004.")


def test_later_it_goes_on_with_the_thing_the_subject_sold(nlp):
    rows = _by_event(nlp, MILL)
    assert rows["The Moreaus sold the mill"].value == "1979"
    assert rows["Voltana bought the mill"].value == "2004"
    assert "Voltana bought Moreaus" not in rows


def test_it_after_an_it_inside_a_purpose_clause_is_left(nlp):
    # the earlier "it" is no object of the subject's own verb: no thing to go on with, the row is left out
    rows = _by_event(nlp, "The old tram was retired in 1990. A campaign by local residents raised money to "
                          "restore it, and it returned to service in 2012.")
    assert rows["The old tram was retired"].value == "1990"
    assert not any("returned" in e for e in rows)
