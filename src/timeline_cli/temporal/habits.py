"""A clock time of a habit (docs/dates.md, "A clock time of a habit"): "left her house at 5:30 every
morning", "the ferry leaves at 6 a.m. each day". The clock time right before a set ("every morning",
"each day") is the hour of something that recurs, not a time on the publication day: for timelines it
becomes part of the set (type SET, value "XXXX-XX-XXT05:30"), so it dates no row. TimeML extents keep
the two expressions as they are (TempEval annotates them apart)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import TimeExpression


def habit_clock_times(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """`expressions` with each clock time that a set follows (only spaces between) made a set."""
    out = list(expressions)
    for i, (clock, after) in enumerate(zip(expressions, expressions[1:])):
        if clock.type == "TIME" and after.type == "SET" and "T" in clock.value and \
                clock.granularity == "time" and not text[clock.end:after.start].strip():
            hour = clock.value.partition("T")[2]
            out[i] = replace(clock, type="SET", value="XXXX-XX-XXT" + hour, date=None, end_date=None, granularity=None)
    return out
