"""What a happening did: a participle clause after its comma stays in the description
(events/results.py). Sentences written for these tests."""
from __future__ import annotations

from test_events import expr, rows


def _tuesday(nlp, text):
    found = [row for row in rows(nlp, text, expr(text, "on Tuesday", "2024-06-25", "2024-06-25"))]
    assert len(found) == 1
    return found[0]


def test_a_participle_clause_with_an_object_says_what_the_event_did(nlp):
    row = _tuesday(nlp, "A strong earthquake struck northern Chile on Tuesday, killing at least nine people.")
    assert row.event == "A strong earthquake struck northern Chile, killing at least nine people"


def test_the_clause_is_cut_whole_when_the_description_is_too_long(nlp):
    text = ("Rovers reached the national cup final for the first time on Tuesday, beating the champions 2-1 "
            "with a late goal from their captain in extra time.")
    # never "..., beating the champions 2-1 with a late goal": the trim takes the clause whole or not at all
    assert _tuesday(nlp, text).event == "Rovers reached the national cup final for the first time"


def test_a_clause_with_its_own_subject_or_a_pronoun_object_is_left_out(nlp):
    row = _tuesday(nlp, "The new version of the app was released on Tuesday, bringing it to phones.")
    assert "bringing" not in row.event
    row = _tuesday(nlp, "Shares of the bank fell on Tuesday, while the wider market rose.")
    assert "market" not in row.event
