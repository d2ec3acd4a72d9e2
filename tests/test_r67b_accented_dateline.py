"""Round 67b: a dateline whose place is written with accented capitals ("ÅLESUND, Norway, ...") is a
dateline: its country is not made the lead's subject."""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2027, 5, 13)

ACCENTED = ("Backgrounder: Norwegian yard to close its last dry dock after two centuries\n\n"
            "ÅLESUND, Norway, May 13, 2027 (Wire) - The dry dock at Vassbotn Verft, which has repaired boats "
            "on the coast almost without a pause since the 19th century, will be flooded for the last time on "
            "June 15, its owner, the shipping group Kystlinje, said on Thursday.\n")
PLAIN = ACCENTED.replace("ÅLESUND", "BERGEN")


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_accented_dateline_place_is_no_subject(nlp):
    rows = timeline_rows(nlp, ACCENTED, THURSDAY)
    assert not any(r.event.startswith("Norway") for r in rows)
    assert not any("Norway" in r.actors for r in rows)
    retired = [r for r in rows if r.value == "2027-06-15"]
    assert retired and retired[0].event.startswith("The dry dock at Vassbotn Verft will be flooded")
    assert not any(r.value == "2027-05-13" and r.time_expression.startswith("May 13") for r in rows)


def test_plain_dateline_near_miss(nlp):
    rows = timeline_rows(nlp, PLAIN, THURSDAY)
    assert not any(r.event.startswith("Norway") for r in rows)
    retired = [r for r in rows if r.value == "2027-06-15"]
    assert retired and retired[0].event.startswith("The dry dock at Vassbotn Verft will be flooded")


def test_accented_dateline_is_found():
    from timeline_cli.events.place_names import dateline_places
    from timeline_cli.temporal.reference import find_dateline
    assert find_dateline(ACCENTED) == dt.date(2027, 5, 13)
    assert "ålesund" in dateline_places(ACCENTED)


def test_plain_dateline_is_found_near_miss():
    from timeline_cli.events.place_names import dateline_places
    from timeline_cli.temporal.reference import find_dateline
    assert find_dateline(PLAIN) == dt.date(2027, 5, 13)
    assert "bergen" in dateline_places(PLAIN)
    assert find_dateline("Ärzte im Streik, May 13, 2027 ist kein Datum. Mehr\n") is None
