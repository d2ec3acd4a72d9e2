"""Round 57b: minutes or hours "earlier"/"later" in a past-tense clause are not counted from a day
still to come (temporal/relative.py `h_ago`): "The union will ask the board on Friday to act. A guard
said he had left the gate ten minutes earlier" is no row on Friday. Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_cli.temporal.tagger import tag
from timeline_rows import timeline_rows, values_of

REF = datetime.date(2026, 5, 13)  # a Wednesday


def test_past_minutes_earlier_after_a_coming_day_get_no_date(nlp):
    text = ("HOBART, May 13, 2026 (Wire) - A crane toppled onto a warehouse at about 2:40 p.m. on Monday, "
            "the port said on Wednesday.\n\n"
            "The dockers' union said it would ask the port board on Friday to halt night shifts.\n\n"
            "A guard said he had left the loading bay ten minutes earlier.")
    rows = timeline_rows(nlp, text, REF)
    assert not any(v and v[:10] > REF.isoformat() for v in values_of(rows, "ten minutes earlier")), \
        [(r.time_expression, r.value, r.event) for r in rows]
    tagged = [(e.text, e.value) for e in tag(text, REF, nlp(text), ranges=True)]
    assert not any(t == "ten minutes earlier" and v[:10] > REF.isoformat() for t, v in tagged), tagged


def test_coming_hours_later_still_count_from_the_coming_day(nlp):
    text = ("HOBART, May 13, 2026 (Wire) - The port board will meet at 9 a.m. on Friday, and the dockers "
            "will vote two hours later.")
    rows = timeline_rows(nlp, text, REF)
    assert values_of(rows, "two hours later") == {"2026-05-15T11:00"}


def test_past_hours_later_after_a_past_clock_are_unchanged(nlp):
    text = ("HOBART, May 13, 2026 (Wire) - The ship docked at 6:14 a.m. on Monday, and the hatches opened "
            "about two hours later.")
    rows = timeline_rows(nlp, text, REF)
    assert values_of(rows, "about two hours later") == {"2026-05-11T08:14"}
