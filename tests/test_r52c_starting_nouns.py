"""Round 52c: "starting" or "beginning" on a noun, with a date ahead of the article's day, tells the
noun's start (docs/events.md, "Verbless descriptions, advice and yardsticks").

"in a pilot project starting in March" gave "A pilot project starting" and no row (no finite verb). A
present participle of starting (the pack's `plan_starts`) right on a noun that stands in its verb's
clause (its subject, its object, or the object of the verb's own preposition, through "of" after a
noun such as "series"), with nothing of its own but the date, is told "will start" when the date is
after the article's day. On the object of a noun's other preposition ("hearings on remedies starting
in June": the hearings start) or with a date before the article's day, nothing changes.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 1, 15)


def _dated(nlp, text: str) -> dict[str, tuple[str, str]]:
    """{time expression: (description, status)} of the text's dated rows."""
    return {r.time_expression: (r.event, r.status) for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_project_on_a_verbs_preposition(nlp):
    rows = _dated(nlp, "The league said it would give referees body cameras in a trial scheme starting in March.")
    assert rows["March"] == ("A trial scheme will start", "expected")


def test_service_after_with(nlp):
    rows = _dated(nlp, "The airline will add flights to Porto, with a daily service starting on March 2.")
    assert rows["March 2"][0].endswith("service will start")


def test_series_of_concerts_on_a_joined_preposition(nlp):
    rows = _dated(nlp, "The curator said the manuscripts would be shown at the library on weekdays and at a "
                       "series of six evening lectures starting next month.")
    assert rows["next month"] == ("A series of six evening lectures will start", "expected")


def test_object_of_a_nouns_preposition_is_left_out(nlp):
    rows = _dated(nlp, "The judge said she would hold hearings on damages starting in June.")
    assert "June" not in rows


def test_past_date_is_left_as_it_was(nlp):
    rows = _dated(nlp, "The clinic opened in 2020 with a programme starting in May 2021.")
    assert all("will start" not in event for event, _ in rows.values())
