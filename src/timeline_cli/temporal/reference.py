"""The reference date of a document: the day its relative expressions ("Wednesday", "last week") count from.

Tried in this order: the --reference-date option; a date in the document's metadata (front matter, TimeML
DCT, HTML meta), unless a dateline disagrees with it (the dateline wins, with a warning unless it only
swaps the metadata's day and month, the ambiguity of "03-02-2009"); a dateline on the first lines ("June 28, 2024 -"); a date inferred from the text (a
weekday with month and day, "Thursday, June 27", fixes the year; the latest such day wins); else today.

Hand-written regexes: dateparser's search_dates finds dates anywhere but cannot tell a dateline from a
mention, and cannot use a weekday to fix a missing year, which is the whole point here.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Document
from .words import ENGLISH

if TYPE_CHECKING:
    from ..lang import Pack

logger = logging.getLogger(__name__)

# The month and weekday tables and the date patterns are the language's (lang/en/temporal.py): one home.
_WORDS = ENGLISH
MONTHS = _WORDS.months
WEEKDAYS = _WORDS.weekdays
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
            for match in _WORDS.full_date.finditer(line):
                if _WORDS.dateline_prefix.match(line[: match.start()]) and _WORDS.dateline_suffix.match(line[match.end():]):
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
    for match in _WORDS.weekday_date.finditer(text):
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
        candidates = [d for d in map(_date_from_match, _WORDS.full_date.finditer(text)) if d]
    return max(candidates) if candidates else None


def resolve_reference_date(
    document: Document, option: dt.date | None = None, today: dt.date | None = None, pack: Pack | None = None,
    dateline: Callable[[], dt.date | None] | None = None,
) -> tuple[dt.date, str]:
    """(reference date, how it was found): option, metadata, dateline (the language pack's own form
    first, "Paris, le 27 juin 2024"), inferred or today.

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
        found = pack.find_dateline(document.text) if pack is not None else None
        if found is None:
            found = dateline() if dateline is not None else find_dateline(document.text)
        if found is None or found == document.reference_date:
            return document.reference_date, source
        metadata = document.reference_date
        if (metadata.day, metadata.month) != (found.month, found.day):  # day and month swapped: settled, no news
            logger.warning("%s: the metadata date %s and the dateline's %s disagree; the dateline's is used",
                           document.id, metadata.isoformat(), found.isoformat())
        return found, "dateline"
    if pack is not None:
        own = pack.find_dateline(document.text)
        if own is not None:
            return own, "dateline"
    today = today or dt.date.today()
    found = dateline() if dateline is not None else find_dateline(document.text)
    if found is not None:
        return found, "dateline"
    inferred = infer_reference_date(document.text, today)
    if inferred is not None:
        return inferred, "inferred"
    return today, "today"


def checked_document(document: Document) -> Document:
    """The document, without its own date when that date is outside REFERENCE_YEARS (with a warning):
    its reference date is then found as for an undated one."""
    date = document.reference_date
    if date is not None and not plausible_reference_date(date):
        logger.warning("%s: the document's date %s is outside the years %d-%d; ignored",
                       document.id, date.isoformat(), REFERENCE_YEARS.start, REFERENCE_YEARS.stop - 1)
        return replace(document, reference_date=None, reference_source=None)
    return document


def warn_if_today(document: Document, reference_source: str | None, reference_date: str | None) -> None:
    """Relative dates resolved against today are only as right as that guess: say so, once per document
    (not for the later pieces of a long one, nor for an empty text)."""
    if reference_source == "today" and not document.offset and document.text.strip():
        logger.warning(
            "%s: no date found in the document; relative dates are resolved against today (%s); "
            "pass --reference-date to set one", document.id, reference_date
        )
