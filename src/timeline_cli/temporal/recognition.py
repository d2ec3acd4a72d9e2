"""Recognition, the first stage: every pattern of the language's words run once over the text
(candidates), the longest of overlapping candidates kept (then the earlier pattern), extents trimmed, and,
for timelines, "from A to B" and two days running ("on Saturday and Sunday") joined into one range."""
from __future__ import annotations

import datetime as dt
import re

from ..records import TimeExpression
from .prefilter import windows
from .words import ENGLISH, TemporalWords


def trim(text: str, start: int, end: int, words: TemporalWords = ENGLISH) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:.'\"" and not text[start:end].lower().endswith((".m.", "a.m", "p.m")):
        if text[end - 1] == "." and words.abbreviation_end.search(text[start:end]):
            break
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def candidates(text: str, words: TemporalWords = ENGLISH) -> list[tuple[int, int, int, re.Match]]:
    out = []
    # only where each pattern can match: none of it when the text lacks every word the pattern needs,
    # else around those words (prefilter.py: exact, and much less text than the whole)
    for index, ((_, pattern), where) in enumerate(zip(words.patterns, windows(text, words))):
        for start, end in where if where is not None else [(0, len(text))]:
            for m in pattern.finditer(text, start, end):
                if m.end() > m.start() and not _inside_number(text, m.start()):
                    out.append((m.start(), m.end(), index, m))
    return out


def _inside_number(text: str, start: int) -> bool:
    """Whether a match opening on a digit continues a number written with a thousands separator or a
    decimal point ("more than 3,300 years ago" holds no "300 years ago"; "3.5 years" no "5 years")."""
    return start >= 2 and text[start].isdigit() and text[start - 1] in ",." and text[start - 2].isdigit()


def select(candidates: list[tuple[int, int, int, re.Match]]) -> list[tuple[int, int, int, re.Match]]:
    """Non-overlapping candidates, longest first (then the earlier pattern), returned in text order."""
    if not candidates:
        return []
    lo = min(c[0] for c in candidates)
    taken = bytearray(max(c[1] for c in candidates) - lo + 1)
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        s, e = cand[0] - lo, cand[1] - lo
        if any(taken[s:e]):
            continue
        chosen.append(cand)
        taken[s:e] = b"\x01" * (e - s)
    chosen.sort(key=lambda c: c[0])
    return chosen


def merge_ranges(text: str, items: list[TimeExpression], words: TemporalWords = ENGLISH) -> list[TimeExpression]:
    """Join "from A to B", "between A and B", "A through B" into one DATE covering A..B; "A to B" with
    no "from" only when both are years or both months and B comes after A ("the years 2016 to 2021")."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(items):
        a = items[i]
        if i + 1 < len(items):
            b = items[i + 1]
            gap = text[a.end:b.start]
            before = text[max(0, a.start - 9):a.start]
            connector = words.range_between.match(gap)
            if (connector and a.date and b.date and a.type in ("DATE", "TIME") and b.type in ("DATE", "TIME")
                    and b.end_date >= a.date):
                word = gap.strip().lower()
                has_from = bool(words.range_from.search(before))
                bare = (word in words.range_bare and a.granularity == b.granularity
                        and a.granularity in ("year", "month") and b.date > a.end_date)
                if word in ("-", "\u2013", "\u2014", "through", "thru") or has_from or bare:
                    if word != "and" or "between" in before.lower():
                        m = words.range_from.search(before)
                        start = a.start - (len(before) - m.start()) if m else a.start
                        value = f"{a.value}/{b.value}"
                        out.append(TimeExpression(start, b.end, text[start:b.end], "DATE", value, a.date,
                                                  b.end_date, a.granularity if a.granularity != "time" else "day", a.mod))
                        i += 2
                        continue
            if (gap.strip().lower() in words.pair_joiners and a.granularity == b.granularity == "day"
                    and a.type == b.type == "DATE" and a.date and b.date and _next_day(a.date) == b.date
                    and words.pair_before.search(before)):
                # "arrested on Saturday and Sunday": two days running, one stretch (a row per day would
                # give each day every arrest); only after a preposition of time: in "surrendered the next
                # day and the day following saw ..." the second day opens another clause
                out.append(TimeExpression(a.start, b.end, text[a.start:b.end], "DATE", f"{a.value}/{b.value}", a.date,
                                          b.end_date, "day", a.mod))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
