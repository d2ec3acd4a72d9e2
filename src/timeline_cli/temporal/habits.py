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


def _as_set(expression: TimeExpression, value: str, end: int | None = None, text: str | None = None) -> TimeExpression:
    """`expression` made a set of `value` (no date of its own); with `end`, its span widened to `text`."""
    changed = replace(expression, type="SET", value=value, date=None, end_date=None, granularity=None)
    return changed if end is None else replace(changed, end=end, text=text)


def habit_clock_times(text: str, expressions: list[TimeExpression], words: TemporalWords) -> list[TimeExpression]:
    """`expressions` with each clock time that a set follows (only spaces or the set's preposition
    between: "at 9 on Sundays", words.habit_clock_link), or that "at weekends" follows, made a set."""
    out = list(expressions)
    for i, clock in enumerate(expressions):  # "until 2 a.m. at weekends" (words.habit_clock_after)
        if clock.type == "TIME" and "T" in clock.value and clock.granularity == "time" and \
                words.habit_clock_after.match(text, clock.end):
            out[i] = _as_set(clock, "XXXX-XX-XXT" + clock.value.partition("T")[2])
    for i, (clock, after) in enumerate(zip(expressions, expressions[1:])):
        if clock.type == "TIME" and after.type == "SET" and "T" in clock.value and \
                clock.granularity == "time" and words.habit_clock_link.fullmatch(text[clock.end:after.start]):
            out[i] = _as_set(clock, "XXXX-XX-XXT" + clock.value.partition("T")[2])
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
        out[i] = _as_set(days, f"XXXX-WXX-{first}/XXXX-WXX-{last}")
        out[i + 1] = _as_set(hours, "XXXX-XX-XXT" + hours.value.split("/")[0].partition("T")[2])
    return out


def _yearless(expression: TimeExpression, words: TemporalWords) -> str | None:
    """The set value of a month, a span of months or a season named with no year, number or "this",
    "next", "last" ("June", "between March and June", "the winter"): "XXXX-06", "XXXX-03/XXXX-06",
    "XXXX-WI"; None for anything else."""
    if expression.type != "DATE" or any(ch.isdigit() for ch in expression.text) or \
            words.set_frame_deictic.search(expression.text):
        return None
    parts = expression.value.split("/")
    if expression.granularity in ("month", "season") and all(re.fullmatch(r"\d{4}-(?:\d\d|SP|SU|FA|WI)", p) for p in parts):
        return "/".join("XXXX" + p[4:] for p in parts)
    return None


def set_neighbours(text: str, expressions: list[TimeExpression], words: TemporalWords) -> list[TimeExpression]:
    """`expressions` with the times that a set next to them counts made sets too (round 73f): a clock
    time right after a set ("Every morning at 7:40", words.set_clock_link), a weekday listed with a set's
    weekday ("every Monday and Thursday", words.set_list_link), a month or season with no year after or
    before a yearly set ("every year after the winter storms", words.yearly_set_link; "between March and
    June each year"), and a time or weekday whose plural the tagger cut ("before 9 a.m. on Saturdays"):
    each year's, week's or day's, no one date. "every year since 2010", "each year in March 2024" and
    "at 7:40 on Monday" keep their dates."""
    out = list(expressions)
    for i, e in enumerate(out):
        if e.type in ("DATE", "TIME") and e.end < len(text) and text[e.end] == "s" and \
                (e.end + 1 == len(text) or not text[e.end + 1].isalnum()):
            last = re.findall(r"[A-Za-z]+", e.text)
            if last and last[-1].lower() in words.weekdays and e.text.endswith(last[-1]):
                hour = "T" + e.value.partition("T")[2] if "T" in e.value else ""
                out[i] = _as_set(e, f"XXXX-WXX-{words.weekdays[last[-1].lower()] + 1}{hour}", e.end + 1,
                                 text[e.start:e.end + 1])
    for i in range(len(out)):
        e = out[i]
        if e.type != "SET":
            continue
        yearly = e.value == "P1Y" or re.fullmatch(r"XXXX-(?:SP|SU|FA|WI)", e.value) is not None
        j = i + 1
        while j < len(out):
            after, gap = out[j], text[out[j - 1].end:out[j].start]
            if after.type == "TIME" and after.granularity == "time" and "T" in after.value and \
                    j == i + 1 and words.set_clock_link.fullmatch(gap):
                out[j] = _as_set(after, "XXXX-XX-XXT" + after.value.partition("T")[2])
            elif out[j - 1].type == "SET" and out[j - 1].value.startswith("XXXX-WXX-") and after.type == "DATE" and \
                    after.text.lower() in words.weekdays and words.set_list_link.fullmatch(gap):
                out[j] = _as_set(after, f"XXXX-WXX-{words.weekdays[after.text.lower()] + 1}")
                j += 1
                continue
            elif yearly and j == i + 1 and words.yearly_set_link.fullmatch(gap) and \
                    (value := _yearless(after, words)):
                out[j] = _as_set(after, value)
            break
        if yearly and i > 0 and re.fullmatch(r"\s*", text[out[i - 1].end:e.start]) and \
                (value := _yearless(out[i - 1], words)):
            out[i - 1] = _as_set(out[i - 1], value)  # "between March and June each year"
    return out
