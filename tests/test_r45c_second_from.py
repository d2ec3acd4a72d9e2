"""Round 45c: a change verb with a "from X to Y" of figures and a second "from" with a date: the date
says when the change takes effect, not the yardstick the figure is set against ("the cap will fall
from 6,000 to 3,000 from April 1" had no row; the thirty-seventh blind sample). A single "from"
with a date stays the yardstick."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of

JANUARY = datetime.date(2026, 1, 14)  # a Wednesday


def test_second_from_dates_the_change(nlp):
    rows = timeline_rows(nlp, "Bus fares will rise from 2.50 to 2.80 pounds from Monday, the operator said.", JANUARY)
    dated = [r for r in rows if r.time_expression == "Monday"]
    assert [(r.event, r.value, r.status) for r in dated] == \
        [("Bus fares will rise from 2.50 to 2.80 pounds", "2026-01-19", "expected")], rows


def test_second_from_with_a_month_day(nlp):
    rows = timeline_rows(nlp, "The minimum wage will increase from 11.44 to 12.21 pounds from April 1, "
                              "the government said.", JANUARY)
    dated = [r for r in rows if r.time_expression == "April 1"]
    assert len(dated) == 1 and dated[0].event.startswith("The minimum wage will increase"), rows
    assert dated[0].value == "2026-04-01" and dated[0].status == "expected", rows


def test_single_from_with_a_date_stays_the_yardstick(nlp):
    rows = timeline_rows(nlp, "Exports fell 4 percent from December, the statistics office said.", JANUARY)
    assert not values_of(rows, "December"), rows


def test_base_date_inside_the_from_phrase_stays(nlp):
    rows = timeline_rows(nlp, "Unemployment fell to 4.1 percent in December from 4.3 percent in November.", JANUARY)
    assert not values_of(rows, "November"), rows
