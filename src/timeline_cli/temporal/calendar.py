"""Language-neutral calendar choices that every language's tagger makes the same way.

A language pack recognizes words ("mercredi", "la semaine dernière") and decides the tense of the
clause; the arithmetic from there (which Wednesday, which year for "June 27", the value of "last
week", a duration, a set) is here, written once. Values are built with `timex.py`'s helpers, and
`expression` turns a value into a TimeExpression whose first/last days come from `timex.interval`.
Tense is one of "past", "future" or None (present or unknown).
"""
from __future__ import annotations

import datetime as dt

from ..records import TimeExpression
from .timex import duration_value, interval, shift_day, value_at

# Units a relative expression can count in, and the granularity of the value it names.
UNITS = ("day", "week", "month", "quarter", "half", "year", "decade", "century")


def weekday_date(reference: dt.date, weekday: int, tense: str | None, rel: int | None = None) -> dt.date:
    """The day a weekday name (0 = Monday) refers to.

    `rel`: -1 "last/dernier", +1 "next/prochain", 0 "this/ce"; None lets the tense choose: the future
    looks ahead, anything else back (news mostly reports what happened). The reference's own weekday
    is the reference day unless `rel` moves it.
    """
    delta = weekday - reference.weekday()
    if rel == 0:
        return reference + dt.timedelta(days=delta)
    if rel == 1 or (rel is None and tense == "future" and delta != 0):
        return reference + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if rel == -1 or (rel is None and delta != 0):
        return reference + dt.timedelta(days=delta if delta < 0 else delta - 7)
    return reference


def year_for(reference: dt.date, month: int, day: int | None, tense: str | None, rel: int | None = None) -> int:
    """The year of a day or month named without one ("27 June", "in March").

    `rel` -1/+1 ("dernier"/"prochain", "last"/"next"): the nearest such date before/after the
    reference. Otherwise the reference's year, unless the tense and the distance say the text means the
    year before (a past clause more than two months ahead, any clause more than four months ahead) or
    after (a future clause more than two months back).
    """
    year = reference.year
    try:
        candidate = dt.date(year, month, day or 15)
    except ValueError:
        return year
    if rel == -1:
        return year if (candidate < reference if day else month < reference.month) else year - 1
    if rel == 1:
        return year if (candidate > reference if day else month > reference.month) else year + 1
    gap = (candidate - reference).days
    if tense == "past" and gap > 60 or tense != "future" and gap > 120:
        return year - 1
    if tense == "future" and gap < -60:
        return year + 1
    return year


def relative_value(reference: dt.date, unit: str, n: int) -> str:
    """The value of the unit `n` steps from the reference's own: "last week" (-1), "next month" (+1)."""
    return value_at(shift_day(reference, unit, n), unit)


def shifted_day(reference: dt.date, unit: str, n: int) -> str:
    """The day n units away ("three days ago" = -3 days, "in two weeks" = +2 weeks), as a day value."""
    return shift_day(reference, unit, n).isoformat()


def duration(amount: float | str | None, unit: str) -> str:
    """P3D, PT5H, PXY ... (None or 'X': an unknown amount)."""
    return duration_value(amount, unit)


def weekday_set(weekday: int) -> str:
    """Every given weekday ("every Monday", "chaque lundi"): XXXX-WXX-1 (ISO weekday numbers)."""
    return f"XXXX-WXX-{weekday + 1}"


def unit_set(unit: str) -> str:
    """Every unit ("each day", "chaque année"): P1D, P1Y ..."""
    return duration_value(1, unit)


def season_value(season: str, year: int | None) -> str:
    """2024-SU, or XXXX-SU for a season of no particular year ("en été")."""
    return f"{year:04d}-{season}" if year is not None else f"XXXX-{season}"


def time_value(day: dt.date | str, hour: int, minute: int = 0) -> str:
    """A clock time on a day: 2024-06-27T20:30."""
    day = day if isinstance(day, str) else day.isoformat()
    return f"{day}T{hour:02d}:{minute:02d}"


def expression(text: str, start: int, end: int, type_: str, value: str, mod: str | None = None) -> TimeExpression:
    """A TimeExpression over text[start:end], its first/last days and granularity read from the value."""
    first, last, gran = interval(value)
    return TimeExpression(start, end, text[start:end], type_, value, first, last, gran, mod)
