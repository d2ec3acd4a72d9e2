"""Round 69: a bare activity noun ("Work on the line began ...") cannot be what a later "It" that
plans, expects or decides stands for (events/agent_it.py `happening`; docs/events.md, "Round 69").
A flow that goes on with its own verb ("Traffic was heavy ... It eased") is still the antecedent."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 10, 16)
LEAD = ("Court annuls permit for incinerator near Lyon\n\nLYON, France, Oct. 16, 2025 (Wire) - A court in Lyon on "
        "Thursday annulled the permit that allowed the waste company Caldrane Environnement to double the "
        "capacity of its incinerator.\n\n")


def test_work_does_not_plan(nlp):
    text = LEAD + ("Caldrane, which has run the incinerator since 2009, must halt construction of a second "
                   "furnace line within 30 days. Work on the line began in January last year and is about two-thirds "
                   "complete, the company said. It had planned to start burning waste in the new line next spring.")
    rows = timeline_rows(nlp, text, DAY)
    assert not [r for r in rows if r.event.startswith("Work had planned")]


def test_a_flow_still_goes_on(nlp):
    text = LEAD + "Traffic on the ring road was heavy on Thursday morning. It eased after 10 a.m."
    rows = timeline_rows(nlp, text, DAY)
    assert any(r.event.startswith("Traffic eased") for r in rows), [r.event for r in rows]
