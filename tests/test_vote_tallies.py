"""A vote's tally stays whole in the description: "voted 88 to 31" was told as "voted to 31" (the
twenty-second blind sample), because the parser hangs the first number on the verb apart from the
rest (events/describe.py `_score_part`). Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def told(nlp, text, when):
    found = timeline_rows(nlp, text, datetime.date(2025, 10, 3))
    return [r.event for r in found if r.time_expression == when]


def test_a_written_out_tally_keeps_both_numbers(nlp):
    assert told(nlp, "Lawmakers voted 210 to 190 on Friday in favour of the bill.", "Friday") == [
        "Lawmakers voted 210 to 190 in favour of the bill"]


def test_a_score_keeps_both_numbers(nlp):
    assert told(nlp, "Celtic beat Hearts 3-0 on Saturday.", "Saturday") == ["Celtic beat Hearts 3-0"]
