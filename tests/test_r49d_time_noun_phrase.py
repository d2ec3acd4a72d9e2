"""Round 49d: a dated clause whose description ends on a noun of time with its relative clause cut
("ordered the state to pay Tillis ... for the years [he spent in prison]", the forty-second blind
sample's main event 422) keeps its row without that phrase, instead of no row at all.

A phrase of the verb's frame of time ("since the day it was sealed", "before the night ...") still
takes its row away (lost_news.py, `cut_time_frame`), and a noun's own phrase ("tapes from the night
the plane went down") is left as it was."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 6)  # a Friday
LEAD = "The regional council met on Friday to review its spending plans. "


def _on(rows, expression):
    return [r for r in rows if r.time_expression == expression]


def test_fronted_day_order_keeps_its_row_without_the_years(nlp):
    rows = timeline_rows(nlp, LEAD + "On Monday the Lisbon labour tribunal ordered the airline to compensate the "
                                     "forty-two pilots and their cabin crews for the weeks they spent grounded "
                                     "without any pay at all.", DAY)
    monday = _on(rows, "Monday")
    assert len(monday) == 1, rows
    assert monday[0].event.startswith("The Lisbon labour tribunal ordered the airline to compensate"), monday
    assert "weeks" not in monday[0].event and monday[0].date == "2026-03-02" and monday[0].status == "occurred"


def test_agreeing_to_pay_for_the_months_keeps_its_row(nlp):
    rows = timeline_rows(nlp, LEAD + "The city council agreed on Tuesday to pay the engineering contractor an extra "
                                     "fee for the months its crews spent clearing the flooded tunnel under the "
                                     "river.", DAY)
    tuesday = _on(rows, "Tuesday")
    assert [r.event for r in tuesday] == ["The city council agreed to pay the engineering contractor an extra fee"]


def test_thanking_for_the_years_keeps_its_row(nlp):
    rows = timeline_rows(nlp, LEAD + "On Wednesday the museum thanked the two hundred volunteers from the village "
                                     "for the years they had spent restoring the old church organ by hand.", DAY)
    wednesday = _on(rows, "Wednesday")
    assert [r.event for r in wednesday] == ["The museum thanked the two hundred volunteers from the village"]
    assert wednesday[0].date == "2026-03-04"


def test_since_the_day_still_takes_no_row(nlp):
    rows = timeline_rows(nlp, LEAD + "The tomb, which archaeologists found in 1922 near the old river bed outside "
                                     "the city, has not been touched since the day it was sealed by the priests.", DAY)
    assert all("touched" not in r.event for r in rows), rows


def test_a_nouns_night_is_left_as_it_was(nlp):
    rows = timeline_rows(nlp, LEAD + "Tapes from the night the plane went down over the lake were released by the "
                                     "safety board on Monday.", DAY)
    monday = _on(rows, "Monday")
    assert monday and all(r.event.startswith("Tapes from the night") for r in monday), rows
