"""Round 66e: a lead set in a year gone by ("When X happened in 1871, the village had nine
workshops") gives the main clause no publication-day row; a "when" clause of a day keeps it."""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows, values_of

THURSDAY = dt.date(2025, 6, 5)


def _rows(nlp, text):
    return timeline_rows(nlp, text, THURSDAY)


def test_lead_set_in_a_year_gone_by_has_no_publication_row(nlp):
    rows = _rows(nlp, "CHARTRES, France, March 11, 2025 -- When the potter Anne Morel opened a small kiln beside the "
                      "river in 1871, the village had nine workshops making roof tiles.")
    assert not any(r.event.startswith("The village had") for r in rows)
    assert values_of(rows, "1871") == {"1871"}


def test_lead_with_a_when_clause_of_a_day_keeps_its_row(nlp):
    rows = _rows(nlp, "CHARTRES, France, March 11, 2025 -- When Lea Brun walked onto the stage of the hall on "
                      "Sunday evening, she paused and lifted her left hand.")
    assert any("lifted her left hand" in r.event for r in rows)


def test_a_year_of_a_noun_inside_the_when_clause_does_not_set_the_scene(nlp):
    # 1989 dates the pier's building, not the collapse: the lead is the day's news and keeps its row
    rows = _rows(nlp, "BREST, France, March 11, 2025 -- Four anglers were hurt when a pier that was built in 1989 "
                      "collapsed under a crowd of spectators.")
    assert any(r.event.startswith("Four anglers were hurt") and r.date_basis == "publication" for r in rows)
