"""Round 39a: a reduced relative's second participle is passive like its first (docs/events.md, round
39a): "the painting, bought in 1950 and last cleaned in 1989," gave "The painting cleaned" (read as
the painting cleaning something); it now reads "The painting was last cleaned"."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 5, 19)


def _events(nlp, text, expression):
    rows = timeline_rows(nlp, "Town news\n\nLYON, May 19, 2026 (Wire) - " + text, REF)
    return [r.event for r in rows if r.time_expression == expression]


def test_second_participle_gets_its_was(nlp):
    text = "The museum said the painting, bought in 1950 and last cleaned in 1989, needs urgent work."
    assert _events(nlp, text, "1950") == ["The painting was bought"]
    assert _events(nlp, text, "1989") == ["The painting was last cleaned"]
    text = "Officials said the bridge, built in 1931 and widened in 1978, will close in June."
    assert _events(nlp, text, "1978") == ["The bridge was widened"]
    assert _events(nlp, text, "June") == ["The bridge will close"]
