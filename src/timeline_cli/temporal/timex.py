"""TIMEX3 values: calendar arithmetic and the days a value covers.

`interval(value)` turns any TIMEX3 value into (first day, last day, granularity); the helpers here
build values (`week_value`, `quarter_of`, ...) so every value the tagger emits is one `interval` reads.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|MI|AF|EV|NI|DT)?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(?:FY)?(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_INTERVAL = re.compile(r"^([^/]+)/([^/]+)$")


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=4096)
def interval(value: str) -> tuple[str | None, str | None, str | None]:
    """(first ISO day, last ISO day, granularity) covered by a TIMEX3 value; Nones when it has no place.

    >>> interval("2024-W25")
    ('2024-06-17', '2024-06-23', 'week')
    """
    value = (value or "").strip()
    try:
        match = _INTERVAL.match(value)
        if match:
            first, _, _ = interval(match[1])
            _, last, gran = interval(match[2])
            if first and last:
                return first, last, "day" if gran == "time" else gran
            return None, None, None
        match = _DAY.match(value)
        if match:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            return _iso(day), _iso(day), "time" if "T" in value else "day"
        match = _WEEK.match(value)
        if match:
            year, week = int(match[1]), int(match[2])
            monday = dt.date.fromisocalendar(year, week, 1)
            if match[3]:  # weekend: Saturday and Sunday
                return _iso(monday + dt.timedelta(days=5)), _iso(monday + dt.timedelta(days=6)), "day"
            return _iso(monday), _iso(monday + dt.timedelta(days=6)), "week"
        match = _MONTH.match(value)
        if match:
            year, month = int(match[1]), int(match[2])
            return _iso(dt.date(year, month, 1)), _iso(_month_end(year, month)), "month"
        match = _QUARTER.match(value)
        if match:
            year, q = int(match[1]), int(match[2])
            return _iso(dt.date(year, 3 * q - 2, 1)), _iso(_month_end(year, 3 * q)), "quarter"
        match = _HALF.match(value)
        if match:
            year, h = int(match[1]), int(match[2])
            return _iso(dt.date(year, 6 * h - 5, 1)), _iso(_month_end(year, 6 * h)), "half"
        match = _SEASON.match(value)
        if match:
            year, (m1, m2) = int(match[1]), SEASON_MONTHS[match[2]]
            last_year = year + 1 if m2 < m1 else year
            return _iso(dt.date(year, m1, 1)), _iso(_month_end(last_year, m2)), "season"
        match = _YEAR.match(value)
        if match:
            year = int(match[1])
            return _iso(dt.date(year, 1, 1)), _iso(dt.date(year, 12, 31)), "year"
        match = _DECADE.match(value)
        if match:
            start = int(match[1]) * 10
            return _iso(dt.date(start, 1, 1)), _iso(dt.date(start + 9, 12, 31)), "decade"
        match = _CENTURY.match(value)
        if match:
            start = int(match[1]) * 100
            return _iso(dt.date(max(start, 1), 1, 1)), _iso(dt.date(start + 99, 12, 31)), "century"
    except (ValueError, OverflowError):  # impossible day or week
        return None, None, None
    return None, None, None


# --- building values --------------------------------------------------------------------------

def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def shift_day(day: dt.date, unit: str, n: int) -> dt.date:
    """`day` moved n units (day, week, month, quarter, year, decade) forward (n < 0: back)."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit] * n
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def value_at(day: dt.date, granularity: str) -> str:
    """The value naming the unit of `granularity` that contains `day`."""
    if granularity == "day":
        return day_value(day)
    if granularity == "week":
        return week_value(day)
    if granularity == "month":
        return month_value(day.year, day.month)
    if granularity == "quarter":
        return f"{day.year}-Q{quarter_of(day)}"
    if granularity == "half":
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if granularity == "decade":
        return str(day.year // 10)
    if granularity == "century":
        return str(day.year // 100)
    return str(day.year)


def shift_value(value: str, years: int = 0, unit: str | None = None, n: int = 0) -> str | None:
    """A calendar value moved by n units (or by `years`), keeping its granularity; None if unknown."""
    first, _, gran = interval(value)
    if first is None or gran in (None, "time"):
        return None
    day = dt.date.fromisoformat(first)
    if gran == "season":
        return f"{int(value[:4]) + years + (n if unit == 'year' else 0)}{value[4:]}"
    if years:
        day = shift_day(day, "year", years)
    if unit:
        day = shift_day(day, unit, n)
    return value_at(day, gran)


def duration_value(amount: float | str | None, unit: str) -> str:
    """P3D, PT5H, P2Y, PXD ... for an amount (None or 'X': unknown) of a unit."""
    codes = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
             "night": ("", "D"), "week": ("", "W"), "weekend": ("", "WE"), "month": ("", "M"),
             "quarter": ("", "Q"), "year": ("", "Y"), "decade": ("", "DE"), "century": ("", "CE")}
    t, code = codes[unit]
    if amount is None or amount == "X":
        number = "X"
    elif isinstance(amount, float) and not amount.is_integer():
        number = f"{amount:g}"
    else:
        number = str(int(amount))
    return f"P{t}{number}{code}"
