"""Round 45a: a lead in the past perfect with a "for" duration ("Karim Benali had driven night buses
for Transdev for eleven years") tells a state held up to the story's time, begun long before it: the
lead rule gives it no publication date, nor the day a later sentence gives its actor ("Transdev
suspended the line on Friday"). A past perfect without the duration keeps its lead row."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

SATURDAY = datetime.date(2026, 3, 14)
HEAD = "Bus crash\n\nLYON, France, March 14, 2026 (Wire) - "


def test_a_past_perfect_for_a_duration_is_no_lead_row(nlp):
    text = HEAD + ("Karim Benali had driven night buses for Transdev in Lyon for eleven years, carrying "
                   "students home from the city. On Tuesday, his bus left the road near Voiron, injuring "
                   "nine passengers. Transdev suspended the line on Friday.")
    rows = timeline_rows(nlp, text, SATURDAY)
    assert not [r for r in rows if "had driven" in r.event], rows
    assert any(r.event == "Transdev suspended the line" and r.value == "2026-03-13" for r in rows), rows


def test_a_past_perfect_progressive_for_a_duration_is_no_lead_row(nlp):
    text = HEAD + ("The Lyon Opera had been staging its winter gala at the old theatre for three decades. "
                   "The opera said on Friday it would move the gala to a new hall.")
    rows = timeline_rows(nlp, text, SATURDAY)
    assert not [r for r in rows if "staging" in r.event and r.date_basis != "text"], rows


def test_a_past_perfect_without_a_duration_keeps_its_lead_row(nlp):
    text = HEAD + "Transdev had run the Lyon night buses, the company said. Transdev suspended the line on Friday."
    rows = timeline_rows(nlp, text, SATURDAY)
    assert any(r.event == "Transdev had run the Lyon night buses" and r.date_basis == "publication" for r in rows), rows
