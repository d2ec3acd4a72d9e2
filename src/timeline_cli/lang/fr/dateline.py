"""French datelines: "Paris, le 27 juin 2024 -", "PARIS (AFP), jeudi 27 juin 2024.", "27/06/2024"
on one of the first lines of an article, as the English reference-date code finds "June 28, 2024 -"."""
from __future__ import annotations

import datetime as dt
import re

from . import words as w
from .patterns import DAY, MONTH, WEEKDAY
from .tagger import lookup

LINES = 5
_DATELINE = re.compile(
    rf"^\s*(?:[A-ZÀ-Ý][\w'’ .()-]{{0,40}},\s*)?(?:le\s+)?(?:{WEEKDAY}\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})\s+"
    rf"(?P<year>\d{{4}})\b|^\s*(?:[A-ZÀ-Ý][\w'’ .()-]{{0,40}},\s*)?(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>\d{{4}})\b",
    re.I)


def find_dateline(text: str) -> dt.date | None:
    """The date of a French dateline on one of the first non-empty lines, else None."""
    seen = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > LINES:
            break
        match = _DATELINE.match(line)
        if match:
            try:
                if match["day"]:
                    day = 1 if match["day"].lower() in ("1er", "premier") else int(match["day"])
                    return dt.date(int(match["year"]), lookup(w.MONTHS, match["month"]), day)
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except (ValueError, TypeError):
                continue
    return None
