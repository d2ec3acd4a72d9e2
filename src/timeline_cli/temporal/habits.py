"""A clock time of a habit (docs/dates.md, "A clock time of a habit"): "left her house at 5:30 every
morning", "the ferry leaves at 6 a.m. each day". The clock time right before a set ("every morning",
"each day") is the hour of something that recurs, not a time on the publication day: for timelines it
becomes part of the set (type SET, value "XXXX-XX-XXT05:30"), so it dates no row. TimeML extents keep
the two expressions as they are (TempEval annotates them apart)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import TimeExpression
    from .words import TemporalWords


def habit_clock_times(text: str, expressions: list[TimeExpression], words: TemporalWords) -> list[TimeExpression]:
    """`expressions` with each clock time that a set follows (only spaces or the set's preposition
    between: "at 9 on Sundays", words.habit_clock_link), or that "at weekends" follows, made a set."""
    out = list(expressions)
    for i, clock in enumerate(expressions):  # "until 2 a.m. at weekends" (words.habit_clock_after)
        if clock.type == "TIME" and "T" in clock.value and clock.granularity == "time" and \
                words.habit_clock_after.match(text, clock.end):
            hour = clock.value.partition("T")[2]
            out[i] = replace(clock, type="SET", value="XXXX-XX-XXT" + hour, date=None, end_date=None, granularity=None)
    for i, (clock, after) in enumerate(zip(expressions, expressions[1:])):
        if clock.type == "TIME" and after.type == "SET" and "T" in clock.value and \
                clock.granularity == "time" and words.habit_clock_link.fullmatch(text[clock.end:after.start]):
            hour = clock.value.partition("T")[2]
            out[i] = replace(clock, type="SET", value="XXXX-XX-XXT" + hour, date=None, end_date=None, granularity=None)
    return out


def opening_hours(text: str, expressions: list[TimeExpression], words: TemporalWords) -> list[TimeExpression]:
    """`expressions` with a span of two weekdays that a span of clock times follows made a set: "open
    from Wednesday to Sunday, from 5 p.m. to midnight" is the hours of every such week (a schedule), no
    one coming week. A weekday span on its own ("closed from Monday to Thursday") keeps its days, as does
    one with a single clock time ("from Monday at 9 a.m. to Friday")."""
    out = list(expressions)
    for i, (days, hours) in enumerate(zip(expressions, expressions[1:])):
        if days.type != "DATE" or days.granularity != "day" or "/" not in days.value or "T" in days.value:
            continue
        names = re.findall(r"[A-Za-z]+", text[days.start:days.end])
        if len(names) < 2 or names[-1].lower() not in words.weekdays or \
                not any(name.lower() in words.weekdays for name in names[:-1]):
            continue
        if "/" not in hours.value or hours.value.count("T") != 2 or not re.fullmatch(r"\s*,?\s*", text[days.end:hours.start]):
            continue
        first, last = (words.weekdays[name.lower()] + 1 for name in (next(n for n in names if n.lower() in words.weekdays), names[-1]))
        out[i] = replace(days, type="SET", value=f"XXXX-WXX-{first}/XXXX-WXX-{last}", date=None, end_date=None, granularity=None)
        out[i + 1] = replace(hours, type="SET", value="XXXX-XX-XXT" + hours.value.split("/")[0].partition("T")[2], date=None,
                             end_date=None, granularity=None)
    return out
