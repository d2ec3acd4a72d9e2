"""Metadata dates: the date a document carries, read with dateparser."""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import logging
import re

logger = logging.getLogger(__name__)

# --- dates -------------------------------------------------------------------------------------------

# Languages dateparser may read metadata dates in. Restricting them keeps dateparser fast (it would
# otherwise try to detect the language of every string) and avoids odd readings of short strings.
DATE_LANGUAGES: tuple[str, ...] = ("en",)


@functools.lru_cache(maxsize=4096)
def _dateparser_date(text: str, languages: tuple[str, ...]) -> dt.date | None:
    """Absolute date strings in any format dateparser knows ("Jun 27th, 2024", "27/06/2024 10:00",
    "27 juin 2024" with "fr"): what that library does well. Only complete dates are accepted."""
    import dateparser  # slow to import; only metadata that is not ISO or RFC 2822 needs it

    parsed = dateparser.parse(
        text,
        languages=list(languages),
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                  "STRICT_PARSING": True,
                  # metadata carries absolute dates; "yesterday" there means nothing we can trust
                  "PARSERS": ["custom-formats", "absolute-time"]},
    )
    return parsed.date() if parsed else None


def parse_date(value: object, languages: tuple[str, ...] | None = None) -> dt.date | None:
    """A date from metadata: a date/datetime, an ISO string (YYYY-MM-DD[Thh:mm...]), an RFC 2822 date
    ("Thu, 27 Jun 2024 09:00:00 +0900"), or any complete date dateparser reads in `languages`
    (default DATE_LANGUAGES). None when it is none of these."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    text = value.strip()
    if not text or len(text) > 100:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return _dateparser_date(text, tuple(languages or DATE_LANGUAGES))
    except Exception:  # dateparser raises assorted errors on odd strings; metadata is then "no date"
        return None


# "03-02-2009", "4/5/09": all digits, both first numbers could be the month.
_DAY_MONTH = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?!\d)")
_warned_ambiguous = False


def ambiguous_day_month(value: object) -> bool:
    """Whether a metadata date string could be read day first or month first ("03-02-2009")."""
    match = _DAY_MONTH.match(value) if isinstance(value, str) else None
    return bool(match) and match[1] != match[2] and int(match[1]) <= 12 and int(match[2]) <= 12


def warn_ambiguous_date(where: str, value: object, date: dt.date | None, text: str) -> None:
    """Warn, once per run, that a metadata date such as "03-02-2009" was read month first, unless a
    dateline in the text settles it (temporal/reference.py then uses the dateline's date)."""
    global _warned_ambiguous
    if _warned_ambiguous or date is None or not ambiguous_day_month(value):
        return
    from ..temporal.reference import find_dateline  # only for ambiguous dates

    if find_dateline(text) is not None:
        return
    _warned_ambiguous = True
    logger.warning("%s: the date %r could be day-month or month-day; read month first as %s "
                   "(other such dates are not reported)", where, str(value), date.isoformat())
