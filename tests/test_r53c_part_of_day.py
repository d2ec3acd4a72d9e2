"""Round 53c: a part of a day with no day of its own ("in the afternoon", "late in the evening")
takes the day the text is telling of (docs/events.md, "Dates"): the day named before it in its own
sentence; in a past clause, the day last named in its paragraph, else the story's day unless the text
last told of an earlier day. A plan ("will publish it in the morning"), a habit ("usually opened in
the morning") or a part of a day after an earlier day gets no expression; a kind of thing ("the
morning papers") is no time.
"""
from __future__ import annotations

import datetime

from timeline_cli.temporal.tagger import tag
from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2026, 5, 12)  # a Tuesday
LEAD = "Headline here\n\nBRNO, May 12, 2026 (Wire) - A fire at a timber yard forced 200 people from their homes, police said.\n\n"


def _rows(nlp, body: str):
    return timeline_rows(nlp, LEAD + body, DAY)


def _tags(nlp, text: str):
    return [(e.text, e.value) for e in tag(text, DAY, nlp(text))]


def test_past_afternoon_is_the_storys_day(nlp):
    rows = _rows(nlp, "Three firefighters were treated for smoke, and two of them went home in the afternoon.")
    assert values_of(rows, "the afternoon") == {"2026-05-12TAF"}


def test_late_in_the_evening(nlp):
    rows = _rows(nlp, "The regional governor toured the burnt sheds late in the evening.")
    assert values_of(rows, "late in the evening") == {"2026-05-12TEV"}


def test_day_named_in_the_paragraph(nlp):
    rows = _rows(nlp, "Union leaders met the minister on Sunday. They signed the agreement in the morning.")
    assert values_of(rows, "the morning") == {"2026-05-10TMO"}


def test_day_named_in_the_sentence_ahead(nlp):
    rows = _rows(nlp, "Ministers will meet on Friday and vote on the plan in the afternoon.")
    assert values_of(rows, "the afternoon") == {"2026-05-15TAF"}


def test_plan_without_a_day_has_none(nlp):
    assert _tags(nlp, "Officials will publish the inspectors' report in the morning.") == []


def test_habit_has_none(nlp):
    assert _tags(nlp, "The owner usually opened the gates in the morning.") == []


def test_after_an_earlier_day_has_none(nlp):
    text = "On Sunday, a smaller fire broke out nearby.\n\nWorkers cleared the debris in the afternoon."
    assert _tags(nlp, text) == [("Sunday", "2026-05-10")]


def test_after_a_year_in_the_paragraph_has_none(nlp):
    assert _tags(nlp, "The shed was built in 1998 and the roof was added in the afternoon.") == [("1998", "1998")]


def test_morning_papers_is_no_time(nlp):
    assert _tags(nlp, "Traders read about the fire in the morning papers.") == []
