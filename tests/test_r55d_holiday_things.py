"""Round 55d: a holiday named as a thing, not a time (docs/events.md, "Round 55d"; events/holiday_nouns.py).

"Nobody wants to spoil Christmas", "Thanksgiving was cancelled": a holiday that is a verb's object or a
clause's subject, with no preposition of time, dates no row, and its name stays in the description.
"before Christmas", "over Christmas", "this Christmas" and "celebrated Easter" keep the holiday's date.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2025, 12, 2)


def _rows(nlp, sentence: str):
    text = f"Headline here\n\nOSLO, Dec. 2, 2025 (Wire) - The harbour reopened on Monday.\n\n{sentence}"
    return timeline_rows(nlp, text, DAY)


def _holiday_rows(nlp, sentence: str, holiday: str):
    return [r for r in _rows(nlp, sentence) if r.time_expression == holiday]


def test_object_of_spoiling_dates_nothing(nlp):
    rows = _rows(nlp, "The union said a strike would ruin Christmas for thousands of families.")
    assert not [r for r in rows if r.time_expression == "Christmas"]
    assert not [r for r in rows if "would ruin for" in r.event]


def test_object_under_a_modal_dates_nothing(nlp):
    assert not _holiday_rows(nlp, "Organisers fear the storm could wreck Halloween for the village.", "Halloween")


def test_passive_subject_dates_nothing(nlp):
    assert not _holiday_rows(nlp, "Thanksgiving was cancelled at the shelter after a kitchen fire.", "Thanksgiving")


def test_subject_of_a_state_dates_nothing(nlp):
    assert not _holiday_rows(nlp, "Halloween has become big business for the town's costume shops.", "Halloween")


def test_time_after_a_preposition_kept(nlp):
    assert values_of(_rows(nlp, "The bridge will close over Christmas for repairs."), "Christmas") == {"2025-12-25"}
    assert values_of(_rows(nlp, "The shop will reopen before Christmas, the owner said."), "Christmas") == \
        {"2025-12-25"}


def test_this_holiday_and_celebrating_kept(nlp):
    assert values_of(_rows(nlp, "The council will switch on the lights this Christmas."), "this Christmas") == \
        {"2025-12-25"}
    assert values_of(_rows(nlp, "Families celebrated Easter with a picnic in the park."), "Easter") == {"2025-04-20"}
