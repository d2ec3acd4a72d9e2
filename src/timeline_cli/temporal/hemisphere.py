"""Seasons of a story from the southern hemisphere (docs/dates.md, "Seasons south of the equator").

"MENDOZA, Argentina, Oct. 15, 2027 - A late spring frost has destroyed ...": the spring is the southern
one, September to November, not March to May. When the dateline names a southern country or a major
southern city (the language pack's list), a season's first and last days are the southern ones:
spring September-November, summer December-February (into the next year, as the northern winter),
autumn March-May, winter June-August. The TIMEX3 value (2027-SP) is unchanged, so TimeML output
(TempEval-3) is too: only the timeline's days move. For a timeline, a season with no year is also
picked by its southern days (`season_span`): "could stop writing policies by the winter", said in
Brisbane in February, is the coming June-August (2026-WI), not the northern winter just ending.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .timex import interval

if TYPE_CHECKING:
    from ..records import TimeExpression
    from .words import TemporalWords

SOUTHERN_MONTHS = {"SP": (9, 11), "SU": (12, 2), "FA": (3, 5), "WI": (6, 8)}
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")


def southern(text: str, words: TemporalWords) -> bool:
    """True when the story's dateline (in its first lines) names a place south of the equator."""
    return bool(words.southern_dateline.search(text[:600]))


def season_span(year: int, code: str, south: bool) -> tuple[str, str]:
    """The first and last days (ISO) of season `code` of `year`: the southern ones when `south`."""
    if not south:
        first, last, _ = interval(f"{year}-{code}")
        return first, last
    m1, m2 = SOUTHERN_MONTHS[code]
    last_year = year + 1 if m2 < m1 else year
    return dt.date(year, m1, 1).isoformat(), dt.date(last_year, m2, calendar.monthrange(last_year, m2)[1]).isoformat()


def southern_seasons(text: str, expressions: list[TimeExpression], words: TemporalWords) -> list[TimeExpression]:
    """`expressions` with each season of a year given its southern first and last days, in a southern story."""
    if not any(e.granularity == "season" for e in expressions) or not southern(text, words):
        return expressions
    out = []
    for expression in expressions:
        match = _SEASON.match(expression.value or "")
        if match:
            first, last = season_span(int(match[1]), match[2], True)
            expression = replace(expression, date=first, end_date=last)
        out.append(expression)
    return out
