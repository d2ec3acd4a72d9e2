"""Round 67a: a quoted adjective joined by "be" to its subject is how the speaker saw things, no
happening ('"Tonight the net was kind to us"'); a quoted participle or deed keeps its row."""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _events(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_quoted_adjective_on_the_day_gives_no_row(nlp):
    rows = _events(nlp, 'Odile Marchetti scored twice in the final on Wednesday. "Tonight the net was kind '
                        'to me," Marchetti said.')
    assert not any("kind" in event for event in rows)
    assert "Odile Marchetti scored twice in the final" in rows


def test_quoted_adjective_years_ago_gives_no_row(nlp):
    rows = _events(nlp, 'The two parishes voted to merge on Sunday. "Eleven years ago residents were '
                        'fearful of losing their school," the mayor, Hugo Brandt, said.')
    assert not any("fearful" in event for event in rows)


def test_near_miss_quoted_participle_keeps_its_row(nlp):
    rows = _events(nlp, '"Drivers who were covered this morning are not covered tonight," she told '
                        'reporters outside the court on Thursday.')
    assert rows["Drivers were covered"].value == "2025-06-05TMO"


def test_near_miss_quoted_deed_keeps_its_row(nlp):
    rows = _events(nlp, 'The two parishes voted to merge on Sunday. "Eleven years ago residents '
                        'moved out of the village," the mayor, Hugo Brandt, said.')
    assert rows["Residents moved out of the village"].value == "2014"
