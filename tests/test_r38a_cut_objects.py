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
    text = ("Storm kills 12 in Kazakhstan as temperatures drop to minus 48\n\n"
            "ASTANA, Jan. 14, 2026 (Wire) - At least 12 people have died in Kazakhstan since a blizzard swept "
            "across the steppe last week, including four drivers who were stranded on highways, the emergency "
            "ministry said on Wednesday.\n\n"
            "Temperatures fell to minus 48 degrees Celsius in the northern region of Kostanay on Monday night, "
            "the lowest reading in the country in more than a decade, according to the weather service. In the "
            "capital, the temperature reached minus 35 on Tuesday morning, and schools were closed for three days.")
    events = [e for t, e in _events(nlp, text) if t == "Monday night"]
    assert events == ["Temperatures fell to minus 48 degrees Celsius in the northern region of Kostanay"], events


def test_near_miss_plain_measure_unchanged(nlp):
    text = "The river rose to 48 centimetres above normal on Monday."
    assert ("Monday", "The river rose to 48 centimetres above normal") in _events(nlp, text)
