"""Round 21 (r21c): a ship is "she" (events/thing_it.py, docs/events.md "A thing's fate"). Sentences
are this project's own, parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_she_after_a_sentence_about_a_named_ship_is_the_ship(nlp):
    text = ("Divers have found the wreck of the Zwarte Zwaan, a Dutch trading ship that sank in 1712. "
            "The Zwarte Zwaan left Texel in 1711, bound for Batavia. She struck a reef at night in March 1712.")
    found = rows(nlp, text, expr(text, "March 1712", "1712-03", "1712-03-01", "1712-03-31", granularity="month"))
    assert any(r.event.startswith("The Zwarte Zwaan struck a reef") and "Zwarte Zwaan" in r.actors
               for r in found), [(r.event, r.actors) for r in found]


def test_she_after_a_person_stays_hers(nlp):
    text = ("Anna Smit joined the museum in 2001. She led the search for the wreck from 2015.")
    found = rows(nlp, text, expr(text, "2015", "2015", "2015-01-01", "2015-12-31", granularity="year"))
    assert not any("ship" in r.event.lower() for r in found), [r.event for r in found]
