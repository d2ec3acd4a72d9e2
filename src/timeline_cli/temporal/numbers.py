"""Numbers, years, units and modifiers written in words ("twenty-four", "nineteen ninety-six", "weeks",
"nearly"), read with a language's words (`words.TemporalWords`), and the TIMEX3 value of a duration."""
from __future__ import annotations

import functools
import re

from .timex import duration_value
from .words import ENGLISH, TemporalWords


@functools.lru_cache(maxsize=4096)
def parse_number(phrase: str, words: TemporalWords = ENGLISH) -> float | None:
    """A number written in digits or words ("two", "twenty-four", "5 1/2", "a couple of"); None if vague."""
    p = " ".join(phrase.lower().replace("\u00bd", " 1/2").split())
    if p in ("a", "an", "one", "a hundred", "one hundred"):
        return 100.0 if "hundred" in p else 1.0
    if p in ("a couple of", "couple of"):
        return 2.0
    if p == "a dozen":
        return 12.0
    if words.number_range.search(p) or p in words.vague_amounts or p.endswith(" of"):
        return None
    half = 0.0
    if p.endswith(" 1/2") or p.endswith(" and a half"):
        half = 0.5
        p = p.rsplit(" 1/2", 1)[0] if p.endswith(" 1/2") else p[: -len(" and a half")]
    if re.fullmatch(r"\d+(?:\.\d+)?", p):
        return float(p) + half
    total = 0
    for part in re.split(r"[- ]", p):
        if part in words.small:
            total += words.small[part]
        elif part in words.tens:
            total += words.tens[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return float(total) + half


@functools.lru_cache(maxsize=1024)
def parse_year(phrase: str, words: TemporalWords = ENGLISH) -> int | None:
    """1998, "nineteen ninety-six", "two thousand", "the year two thousand" -> int."""
    p = phrase.lower().strip()
    if re.fullmatch(r"\d{4}", p):
        return int(p)
    tokens = re.split(r"[- ]+", p.replace(" and ", " "))
    if tokens[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(tokens[2:]), words) if tokens[2:] else 0
        return 2000 + int(rest) if rest is not None else None
    if tokens and tokens[0] in words.small and len(tokens) > 1:
        century = words.small[tokens[0]]
        if tokens[1:] == ["hundred"]:
            return century * 100
        rest = parse_number(" ".join(tokens[1:]), words)
        return century * 100 + int(rest) if rest is not None and rest < 100 else None
    if tokens and tokens[0] == "twenty" and len(tokens) > 1:
        rest = parse_number(" ".join(tokens[1:]), words)
        return 2000 + int(rest) if rest is not None and rest < 100 else None
    return None


def unit_of(word: str, words: TemporalWords = ENGLISH) -> str:
    w = word.lower().rstrip(".")
    if w in ("centuries", "century"):
        return "century"
    w = w[:-1] if w.endswith("s") else w
    return words.units.get(w, w)


def mod_of(phrase: str | None, words: TemporalWords = ENGLISH) -> str | None:
    if not phrase:
        return None
    p = " ".join(phrase.lower().replace("-", " ").split())
    if p.startswith("the "):
        p = p[4:]
    for key in ("first half", "second half", "last half", "latter half", "rest", "remainder", "balance", "close"):
        if p.startswith(key):
            return {"first half": "START", "second half": "END", "last half": "END", "latter half": "END",
                    "close": "END"}.get(key)
    p = p.removesuffix(" of")
    return words.mods.get(p)


def duration(amount: float | None, unit: str) -> str:
    if unit == "decade":
        return duration_value(amount * 10 if amount is not None else None, "year" if amount is not None else "decade")
    if unit == "century":
        return duration_value(amount * 100 if amount is not None else None, "year" if amount is not None else "century")
    if unit == "night":
        unit = "day"
    if amount is not None and not float(amount).is_integer():
        smaller = {"year": ("month", 12), "month": ("day", 30), "day": ("hour", 24), "hour": ("minute", 60),
                   "week": ("day", 7), "minute": ("second", 60)}
        if unit in smaller:
            sub, factor = smaller[unit]
            whole = int(amount)
            rest = duration_value(round((amount - whole) * factor), sub)
            if whole == 0:
                return rest
            head = duration_value(whole, unit)
            if head.startswith("PT") or not rest.startswith("PT"):
                return head + rest[2:] if rest.startswith("PT") else head + rest[1:]
            return head + rest[1:]
    return duration_value(amount, unit)
