"""Round 69: a holiday's name that modifies a noun after it names a kind of thing, not a day
(docs/dates.md, "Round 69"; temporal/context.py Tense.holiday_modifier).

"The Ferris wheel stranded riders at the Christmas market", "Halloween costumes sold out": no
Christmas or Halloween date, even after a preposition. "On Christmas morning" (a part of the day),
"Christmas Day", "this Christmas" and a holiday before a clause's subject when a preposition of time
opens the sentence ("By Christmas officials had agreed", a comma left out) keep the holiday's date.
"""
from __future__ import annotations

import datetime

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows, values_of

DAY = datetime.date(2025, 12, 14)


def _rows(nlp, sentence: str):
    text = f"Headline here\n\nLEEDS, Dec. 14, 2025 (Wire) - The council met on Friday.\n\n{sentence}"
    return timeline_rows(nlp, text, DAY)


def _expressions(nlp, sentence: str) -> set[str]:
    return {r.time_expression for r in _rows(nlp, sentence)}


def test_a_market_after_a_preposition_is_no_christmas(nlp):
    rows = _rows(nlp, "A Ferris wheel stopped at the Christmas market on Saturday night, stranding 40 riders.")
    assert "Christmas" not in {r.time_expression for r in rows}
    assert values_of(rows, "Saturday night") == {"2025-12-13TNI"}


def test_things_named_for_a_holiday_date_nothing(nlp):
    assert "Halloween" not in _expressions(nlp, "Halloween costumes sold out at the shop on Thursday.")
    assert "Easter" not in _expressions(nlp, "The Easter egg hunt drew 300 children on Sunday.")
    assert "Christmas" not in _expressions(nlp, "The Christmas lights were switched on by the mayor on Friday.")


def test_the_days_own_morning_keeps_the_date(nlp):
    rows = _rows(nlp, "The family will open the shop on Christmas morning for the homeless.")
    assert any(r.time_expression.startswith("Christmas") and r.value.startswith("2025-12-25") for r in rows)


def test_a_run_on_subject_after_a_preposition_keeps_the_date(nlp):
    assert values_of(_rows(nlp, "By Christmas officials had agreed a new budget."), "Christmas") == {"2025-12-25"}


def test_named_days_and_this_christmas_keep_their_dates(nlp):
    assert values_of(_rows(nlp, "The bridge will reopen on Christmas Day, the council said."), "Christmas Day") == \
        {"2025-12-25"}
    assert values_of(_rows(nlp, "The council will switch on the lights this Christmas."), "this Christmas") == \
        {"2025-12-25"}


def _tagged(nlp, sentence: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(sentence, DAY, nlp(sentence))}


def test_an_event_named_for_its_holiday_keeps_the_date(nlp):
    assert _tagged(nlp, "The Boxing Day game against Hull was called off.").get("Boxing Day") == "2025-12-26"
    assert _tagged(nlp, "The Christmas Eve concert will start at 11 p.m.").get("Christmas Eve") == "2025-12-24"
    assert "Christmas" not in _tagged(nlp, "The Christmas market opened on Friday.")


def test_a_stretch_of_time_named_for_its_holiday_keeps_the_date(nlp):
    tagged = _tagged(nlp, "Sales rose during the Christmas and New Year sales period, the company said.")
    assert tagged.get("Christmas") == "2025-12-25"
