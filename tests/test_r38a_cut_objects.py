"""Round 38a: a description that cut a verb's object or a measure (docs/events.md, "Description")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 3, 4)


def _events(nlp, text):
    return [(r.time_expression, r.event) for r in timeline_rows(nlp, text, REF)]


def test_object_of_verb_misread_as_adjective_is_kept(nlp):
    text = "A Bergen jury on Tuesday convicted shipping executive Lars Moe of bribery, ending a four-month trial."
    events = _events(nlp, text)
    assert ("Tuesday", "A Bergen jury convicted shipping executive Lars Moe of bribery") in events, events


def test_object_of_fined_is_kept(nlp):
    text = "A federal panel on Monday fined chemical maker Dolan Corp of Ohio for the spill."
    events = _events(nlp, text)
    assert ("Monday", "A federal panel fined chemical maker Dolan Corp of Ohio for the spill") in events, events


def test_near_miss_real_adjective_participle_unchanged(nlp):
    text = "The acquitted developer left the court on Thursday."
    assert ("Thursday", "The acquitted developer left the court") in _events(nlp, text)


def test_near_miss_object_already_parsed(nlp):
    text = "A Madrid judge on Friday cleared former mayor Ana Ruiz of fraud."
    assert ("Friday", "A Madrid judge cleared former mayor Ana Ruiz of fraud") in _events(nlp, text)


def test_measure_read_as_conjunction_is_kept(nlp):
    text = ("Cold grips the north as temperatures drop to minus 40\n\n"
            "OSLO, March 4, 2026 (Wire) - Several people have died since the cold arrived.\n\n"
            "Temperatures fell to minus 41 degrees Celsius in the northern county of Finnmark on Monday night, "
            "the lowest reading in years, according to the weather office. In the capital, the temperature "
            "reached minus 20 on Tuesday morning.")
    events = [e for t, e in _events(nlp, text) if t == "Monday night"]
    assert events and all("Celsius" not in e or "minus 41 degrees Celsius" in e for e in events), events


def test_near_miss_plain_measure_unchanged(nlp):
    text = "The river rose to 48 centimetres above normal on Monday."
    assert ("Monday", "The river rose to 48 centimetres above normal") in _events(nlp, text)
