"""The reference date of a document: the day its relative expressions ("Wednesday", "last week") count from.

Tried in this order: the --reference-date option; a date in the document's metadata (front matter, TimeML
DCT, HTML meta), unless a dateline disagrees with it (the dateline wins, with a warning unless it only
swaps the metadata's day and month, the ambiguity of "03-02-2009"); a dateline on the first lines ("June 28, 2024 -"); a date inferred from the text (a
weekday with month and day, "Thursday, June 27", fixes the year; the latest such day wins); else today.

Hand-written regexes: dateparser's search_dates finds dates anywhere but cannot tell a dateline from a
mention, and cannot use a weekday to fix a missing year, which is the whole point here.
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable

from ..records import Document

logger = logging.getLogger(__name__)

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# Full dates with a year, in the orders news uses.
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY.replace('day>', 'day2>')}\s+{_MONTH.replace('month>', 'month2>')},?\s+{_YEAR.replace('year>', 'year2>')}"
    rf"|(?P<iso_y>(?:1[89]|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d))\b"
)
# "Thursday, June 27" / "Thursday (June 27)" / "Thursday 27 June": a weekday next to a month and day.
_WEEKDAY_DATE = re.compile(
    rf"\b{_WEEKDAY},?\s+\(?(?:{_MONTH}\s+{_DAY}|{_DAY.replace('day>', 'day2>')}\s+{_MONTH.replace('month>', 'month2>')})\b(?!,?\s*(?:1[89]|20)\d\d)"
)
# A dateline: at the start of one of the first lines, after an optional place and agency, a full date
# followed by the end of the line or a dash ("June 28, 2024 -", "SEOUL, June 28, 2024 (AP) --").
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?:Published|Updated|Posted|Date|Dated)\s*:?\s*)?(?:[A-Z][A-Za-z .'-]{1,40},\s+)?(?:\([A-Za-z .-]+\)\s*)?"
    rf"(?:{_WEEKDAY.replace('weekday>', 'dl_weekday>')},?\s+)?$"
)
_DATELINE_SUFFIX = re.compile(r"^\s*(?:$|[-\u2013\u2014(|]|\d{1,2}:\d\d|at\b)")
DATELINE_LINES = 5


# The years a reference date may fall in (docs/cli.md). Far outside, relative dates leave the four-digit
# years TIMEX3 values are written with ("10000-07"); nothing a news archive holds is dated there.
REFERENCE_YEARS = range(1000, 3000)


def plausible_reference_date(day: dt.date) -> bool:
    """Whether `day` can serve as a reference date (its year within REFERENCE_YEARS)."""
    return day.year in REFERENCE_YEARS


def _date_from_match(match: re.Match) -> dt.date | None:
    groups = match.groupdict()
    if groups.get("iso_y"):
        year, month, day = int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"])
    else:
        month_name = groups.get("month") or groups.get("month2")
        year = int(groups.get("year") or groups.get("year2"))
        month = MONTHS[month_name.lower().rstrip(".")]
        day = int(groups.get("day") or groups.get("day2"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dateline(text: str) -> dt.date | None:
    """A full date standing as a dateline on one of the first non-empty lines, else None."""
    found = dateline_span(text)
    return found[2] if found else None


def dateline_span(text: str) -> tuple[int, int, dt.date] | None:
    """(start, end, date) of the dateline's date in `text` (character offsets), else None."""
    offset, seen = 0, 0
    for line in text.splitlines(keepends=True):
        if seen >= DATELINE_LINES:
            break
        if line.strip():
            seen += 1
            for match in _FULL_DATE.finditer(line):
                if _DATELINE_PREFIX.match(line[: match.start()]) and _DATELINE_SUFFIX.match(line[match.end():]):
                    date = _date_from_match(match)
                    if date:
                        return offset + match.start(), offset + match.end(), date
        offset += len(line)
    return None


def _years_mentioned(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)}


def infer_reference_date(text: str, today: dt.date) -> dt.date | None:
    """The latest day the text pins down by weekday + month + day (the weekday fixes the year).

    Among the years where that day falls on that weekday, a year the text mentions wins; else the
    latest one not after next year. Without any such day, the latest full date (with a year) is used.
    """
    mentioned = _years_mentioned(text)
    candidates: list[dt.date] = []
    for match in _WEEKDAY_DATE.finditer(text):
        month = MONTHS[(match["month"] or match["month2"]).lower().rstrip(".")]
        day = int(match["day"] or match["day2"])
        weekday = WEEKDAYS[match["weekday"].lower()]
        fitting = []
        for year in range(today.year + 1, 1899, -1):
            try:
                if dt.date(year, month, day).weekday() == weekday:
                    fitting.append(year)
            except ValueError:
                break  # e.g. February 30: no year fits
        if not fitting:
            continue
        preferred = [year for year in fitting if year in mentioned]
        candidates.append(dt.date(preferred[0] if preferred else fitting[0], month, day))
    if not candidates:
        candidates = [d for d in map(_date_from_match, _FULL_DATE.finditer(text)) if d]
    return max(candidates) if candidates else None


def resolve_reference_date(
    document: Document, option: dt.date | None = None, today: dt.date | None = None,
    dateline: Callable[[], dt.date | None] | None = None,
) -> tuple[dt.date, str]:
    """(reference date, how it was found): option, metadata, dateline, inferred or today.

    `dateline()` gives the text's dateline date when it was already looked for (events.layout_of: the
    parse looks for it once per document); without it, the text is searched here."""
    if option is not None:
        return option, "option"
    if document.reference_date is not None:
        source = document.reference_source or "metadata"
        if source != "metadata":
            return document.reference_date, source
        # The dateline in the text is the article's own statement of its date: it wins over a metadata
        # date that disagrees ("03-02-2009" read as 3 February for a "March 2, 2009" dateline).
        found = dateline() if dateline is not None else find_dateline(document.text)
        if found is None or found == document.reference_date:
            return document.reference_date, source
        metadata = document.reference_date
        if (metadata.day, metadata.month) != (found.month, found.day):  # day and month swapped: settled, no news
            logger.warning("%s: the metadata date %s and the dateline's %s disagree; the dateline's is used",
                           document.id, metadata.isoformat(), found.isoformat())
        return found, "dateline"
    today = today or dt.date.today()
    found = dateline() if dateline is not None else find_dateline(document.text)
    if found is not None:
        return found, "dateline"
    inferred = infer_reference_date(document.text, today)
    if inferred is not None:
        return inferred, "inferred"
    return today, "today"
