"""Round 73e: a feature lead's scene is no event of the publication day.

- A present state a lead's scene shows: a thing that has something ("The green trunk has a cracked
  lid"), somebody who knows or does not ("nobody on the pier knows who owns it"), a place that is so
  ("The old boathouse is cold and still"): no publication-dated row.
- The weather a lead opens on, going on or lasting ("The snow had been falling since dawn", "The fog
  was still lifting when ...", "Dew still lay on the grass"): no publication-dated row.
- Near misses keep their rows: a named owner's present ("Harbour Mills has 40 looms", a name), a thing
  with a possessor ("The city's new tram has faults"), a past happening of the weather ("The rain had
  flooded the cellar").
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

TUESDAY = dt.date(2026, 9, 8)


def _published(nlp, text):
    return [r.event for r in timeline_rows(nlp, text, TUESDAY) if r.date_basis == "publication"]


def test_thing_that_has_something_and_nobody_knows(nlp):
    assert _published(nlp, "KIEL, Germany, Sept. 8, 2026 (Wire) - The green canvas trunk has a cracked "
                            "lid and a torn label from Oslo, and nobody on the pier knows who owns it.") == []


def test_place_that_is_so(nlp):
    assert _published(nlp, "BERGEN, Norway, Sept. 8, 2026 (Wire) - The old boathouse at the Lindqvist yard "
                            "is cold, dim and silent except for the slap of water.") == []


def test_weather_going_on(nlp):
    assert _published(nlp, "TROMSO, Norway, Sept. 8, 2026 (Wire) - The snow had been falling since dawn "
                            "on the ridge above the harbour, but Lars Moen kept digging.") == ["Lars Moen kept digging"]


def test_weather_still_going_on_when(nlp):
    assert _published(nlp, "TROMSO, Norway, Sept. 8, 2026 (Wire) - The fog was still lifting when the first "
                            "boats left the harbour on Tuesday.") == []


def test_weather_still_there(nlp):
    assert _published(nlp, "LEEDS, England, Sept. 8, 2026 (Wire) - Dew still lay on the grass of the "
                            "allotments.") == []


def test_named_owner_keeps_its_row(nlp):
    assert _published(nlp, "KIEL, Germany, Sept. 8, 2026 (Wire) - Harbour Mills has a new owner after a "
                            "court approved the sale.") == ["Harbour Mills has a new owner"]


def test_possessed_thing_keeps_its_row(nlp):
    assert _published(nlp, "KIEL, Germany, Sept. 8, 2026 (Wire) - The city's new tram has faults that "
                            "could delay its launch, engineers said.") == ["The city's new tram has faults"]


def test_weather_that_did_something_keeps_its_row(nlp):
    assert _published(nlp, "YORK, England, Sept. 8, 2026 (Wire) - The rain had flooded the cellar of the "
                            "museum by the time staff arrived.") == [
        "The rain had flooded the cellar of the museum by the time staff arrived"]
