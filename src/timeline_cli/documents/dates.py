"""Metadata dates: the date a document carries, read with dateparser."""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re

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
