"""Narrative time: is a text news about its own week, or a story told years before its date?

A news report dates its events from its reference date ("on Tuesday", "last month"). A history, a
Wikipedia article or a long backgrounder tells a story through its own years ("In 1939 ... On 28 March
... eight days later"), and a partial date there takes its year, and month, from the time the story has
reached: the latest explicit date before it, across paragraphs. `detect_kind` decides which of the two
a text is from cheap regular expressions over the raw text (no parse), before tagging; the tagger
(`tagger._Normalizer`) then asks `story_point` for the time the story has reached.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import grammar as g

KINDS = ("news", "narrative")
KIND_CHOICES = ("auto", *KINDS)

# An explicit year written as a time adverbial or a date's year: "in 1939", "by 1945", "March 1916",
# "28 March 1939", "June 5, 1987", "490 BC". A year used as a figure ("1,939", "$1939") is not one.
_EXPLICIT_YEAR = re.compile(
    rf"(?:\b(?:in|of|since|until|till|by|during|from|to|through|before|after|early|late|mid-?)\s+|"
    rf"(?-i:{g.MONTH})\s+(?:\d{{1,2}},?\s+)?|\b\d{{1,2}}\s+(?-i:{g.MONTH})\s+)"
    rf"(?P<year>\d{{3,4}})\b(?![,.]\d|\s*%|\s*percent)(?P<bc>\s*(?:BCE?|B\.C\.E?\.?))?", re.I)
# A date without its year: "in May", "on 28 March", "June 10", "the spring", "that summer".
_PARTIAL = re.compile(
    rf"(?:\b(?:in|on|by|until|during|of|early|late|mid-?)\s+(?-i:{g.MONTH})\b(?!,?\s+\d{{3,4}})|"
    rf"(?-i:{g.MONTH})\s+\d{{1,2}}\b(?!,?\s+\d{{3,4}}|\d)|\b\d{{1,2}}\s+(?-i:{g.MONTH})\b(?!,?\s+\d{{3,4}}))", re.I)
# What a report about its own days says: "yesterday", "on Tuesday", "last week", "this month".
_DEICTIC = re.compile(
    rf"\b(?:today|yesterday|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year|weekend)|"
    rf"(?-i:{g.WEEKDAY})|(?:\w+\s+)?(?:days|weeks|months)\s+ago)\b", re.I)

# A story's years sit before the reference year.
FAR_YEARS = 1
# At least this many explicit years, this share of them far in the past, and at least this many
# partial dates told after a far year, for a text to be a narrative.
MIN_YEARS = 3
MIN_FAR_SHARE = 0.75
MIN_PARTIALS = 2
# ... or, with no partial dates (a history told in years alone: "in 490 BC", "by 479 BC"), this many far years.
MIN_YEARS_ALONE = 10
# A report says what happened on its own days in its opening lines ("... he said Saturday").
LEDE_CHARS = 400


@dataclass(frozen=True)
class KindDecision:
    """A document's kind and why: what `-v` reports."""

    kind: str
    reason: str


def detect_kind(text: str, reference_year: int) -> KindDecision:
    """'narrative' when most explicit years are far before the reference year, partial dates follow
    them, and the text speaks of its own days ("yesterday", "on Tuesday") less often than that;
    otherwise 'news'. Linear in the text: three regular expressions, no parse."""
    years = [(m.start(), int(m["year"]) if not m["bc"] else -int(m["year"]))
             for m in _EXPLICIT_YEAR.finditer(text)]
    years = [(pos, y) for pos, y in years if y < 0 or 1000 <= y <= reference_year + 50]
    if len(years) < MIN_YEARS:
        return KindDecision("news", f"{len(years)} explicit year(s), fewer than {MIN_YEARS}")
    far = [(pos, y) for pos, y in years if y <= reference_year - FAR_YEARS]
    share = len(far) / len(years)
    if share < MIN_FAR_SHARE:
        return KindDecision("news", f"{len(far)} of {len(years)} explicit years are {FAR_YEARS}+ years before "
                                    f"{reference_year} ({share:.0%} < {MIN_FAR_SHARE:.0%})")
    first_far = far[0][0]
    partials = sum(1 for m in _PARTIAL.finditer(text, first_far))
    deictics = [m.start() for m in _DEICTIC.finditer(text)]
    deictic = len(deictics)
    lede = text.lstrip()[:LEDE_CHARS]
    if _DEICTIC.search(lede):
        return KindDecision("news", f"its opening lines speak of the reference date's days ({_DEICTIC.search(lede)[0]!r})")
    if (partials < MIN_PARTIALS and len(far) < MIN_YEARS_ALONE) or 4 * deictic > max(partials, len(far)):
        return KindDecision("news", f"{len(far)} of {len(years)} explicit years are {FAR_YEARS}+ years before "
                                    f"{reference_year}, but {partials} partial date(s) follow them and "
                                    f"{deictic} expression(s) count from the reference date")
    return KindDecision("narrative", f"{len(far)} of {len(years)} explicit years are {FAR_YEARS}+ years before "
                                     f"{reference_year}, {partials} partial dates follow them, {deictic} "
                                     f"expression(s) count from the reference date")


def resolve_kind(text: str, reference_year: int, kind: str = "auto") -> KindDecision:
    """The kind to tag `text` as: `kind` itself when it is news or narrative, else detected."""
    if kind in KINDS:
        return KindDecision(kind, "given")
    if kind != "auto":
        raise ValueError(f"kind must be one of {', '.join(KIND_CHOICES)}, not {kind!r}")
    return detect_kind(text, reference_year)


# --- historical calendar expressions, for every kind of text ---------------------------------------

_ERA_BC = re.compile(r"B\.?C\.?(?:E\.?)?$", re.I)


def _era_year(number: str, era: str | None) -> str | None:
    """'490', 'BC' -> 'BC0490'; '1066', 'AD' -> '1066'."""
    year = int(number)
    if year <= 0 or year > 9999:
        return None
    if era and _ERA_BC.match(era.strip()):
        return f"BC{year:04d}"
    return f"{year:04d}"


class HistoryHandlers:
    """Handlers of `grammar`'s historical patterns (years with an era, their decades and centuries),
    mixed into the tagger's normalizer. BC values have no ISO days (`timex.interval` gives None)."""

    def h_era_year(self, m):
        from .tagger import _Found, _mod_of

        value = _era_year(m["year"] or m["year0"], m["era"] or m["era0"])
        if value is None:
            return None
        if m["month"]:
            value = f"{value}-{g.MONTHS[m['month'].lower().rstrip('.')]:02d}"
        elif m["season"]:
            value = f"{value}-{g.SEASONS[m['season'].lower()]}"
        found = _Found(m.start(), m.end(), "DATE", value, _mod_of(m["edge"]))
        found.year = _story_year(value)
        return found

    def h_era_range_first(self, m):
        """'499' in '499-493 BC': the first year of a range takes the era written after the second."""
        from .tagger import _Found

        second = re.match(r"\s*(?:-|\u2013)\s*(\d+)", self.text[m.end():])
        bc = bool(_ERA_BC.match(m["era"]))
        if second is None or (int(m["year"]) < int(second[1])) == bc and int(m["year"]) != int(second[1]):
            return None  # BC years count down, AD years up
        value = _era_year(m["year"], m["era"])
        found = _Found(m.start(), m.end(), "DATE", value) if value else None
        if found is not None:
            found.year = _story_year(value)
        return found

    def h_year_range_first(self, m):
        """'1861' in '1861-1863' or '2007-08': a year, when the second year follows it."""
        from .tagger import _Found

        year, second = int(m["year"]), m["second"]
        later = int(second) if len(second) == 4 else year - year % 100 + int(second)
        if not (1000 <= year <= self.ref.year + 50) or not year < later <= year + 100:
            return None
        found = _Found(m.start(), m.end(), "DATE", str(year))
        found.year = year
        return found

    def h_era_decade(self, m):
        from .tagger import _Found, _mod_of

        year = _era_year(m["decade"], m["era"])
        if year is None:
            return None
        return _Found(m.start(), m.end(), "DATE", year[:-1], _mod_of(m["edge"]))

    def h_era_century(self, m):
        from .tagger import _Found, _mod_of

        c = m["cent"].lower()
        num = re.match(r"\d+", c)
        n = int(num[0]) if num else g.ORDINALS.get(c)
        if not n or n < 1:
            return None
        bc = "BC" if _ERA_BC.match(m["era"]) else ""
        return _Found(m.start(), m.end(), "DATE", f"{bc}{n - 1:02d}", _mod_of(m["edge"]))


# --- narrative anchoring ---------------------------------------------------------------------------

# What a story's time can be: a day, a week, a month, a season, a quarter, a half or a year; not a
# decade or a century ("in the 1930s" does not tell "in May" its year).
STORY_GRANS = ("day", "time", "week", "month", "season", "quarter", "half", "year")
_STORY_VALUE = re.compile(r"^(BC)?(\d{4})(?:-(\d\d|SP|SU|FA|WI|Q\d|H\d|W\d\d))?")
_GRAN_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 3, "year": 4}
_UNIT_GRAN = {"night": "day", "weekend": "week", "day": "day", "week": "week", "month": "month",
              "quarter": "quarter", "year": "year", "decade": "year"}
# "four days after the vote", "a year after Marathon": the event a count of days leads from, when
# it is a short noun phrase (a name, or "the" and a noun) that ends the clause.
_AFTER_EVENT = re.compile(rf"\s+(?!(?:{g.MONTH}|{g.WEEKDAY}|Christmas|Easter|Thanksgiving)\b)(?:the\s+[a-z]+|[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})(?=\s*[,.;:)]|\s+[a-z])")


def _story_year(value: str) -> int | None:
    """The year of a value a story can stand on: 1940 for '1940-06-22', -490 for 'BC0490'."""
    m = _STORY_VALUE.match(value or "")
    if not m:
        return None
    return -int(m[2]) if m[1] else int(m[2])


class NarrativeAnchoring:
    """Overrides of the tagger's normalizer for a narrative: a partial or anaphoric date leans on the
    time the story has reached (the latest calendar expression before it, however far back, across
    paragraphs), never on the reference date or the tense of its clause."""

    def last_calendar(self, before, within=10_000, grans=None, skip_derived=False, reported=False):
        # a story's time holds until the story names another, whatever lies in between
        return super().last_calendar(before, 10**12, grans, skip_derived, reported)

    def story_point(self, start: int):
        return self.last_calendar(start, grans=STORY_GRANS)

    def narrative_year(self, start: int, end: int) -> int | None:
        point = self.story_point(start)
        year = _story_year(point.value) if point is not None else None
        return year if year is not None and year > 0 else None

    def _story_value(self, start: int, gran: str, step: int = 0) -> str | None:
        """The `gran` unit (month, year, week) the story has reached, moved `step` units."""
        import datetime as dt

        from .timex import interval, shift_day, value_at

        point = self.story_point(start)
        if point is None:
            return None
        first, _, point_gran = interval(point.value)
        if first is None or _GRAN_RANK.get(point_gran, 9) > _GRAN_RANK[gran]:
            if gran != "year" or _story_year(point.value) is None or _story_year(point.value) < 0:
                return None
            return str(_story_year(point.value) + step)
        return value_at(shift_day(dt.date.fromisoformat(first), gran, step), gran)

    def h_the_unit(self, m):
        from .tagger import _Found, _mod_of

        unit = m["unit"].lower()
        if unit in ("month", "year", "week") and m["the"].lower() in ("the", "that"):
            value = self._story_value(m.start(), unit)
            if value is not None and not (unit == "year" and re.search(
                    r"\b(?:over|throughout|through)\s+$", self.text[max(0, m.start() - 12):m.start()], re.I)):
                return _Found(m.start(), m.end(), "DATE", value, _mod_of(m["edge"]) if m["edge"] else None)
        return super().h_the_unit(m)

    def h_the_period(self, m):
        from .tagger import _Found

        which = " ".join(m["which"].lower().split())
        unit = m["unit"].lower()
        if unit in ("year", "month", "week") and which in ("previous", "prior", "same"):
            value = self._story_value(m.start(), unit, 0 if which == "same" else -1)
            if value is not None:
                return _Found(m.start(), m.end(), "DATE", value)
        return super().h_the_period(m)

    def h_ago(self, m):
        """'eight days later', 'two years earlier', 'four days after the vote': the date that far from
        the time the story has reached (TimeML's DURATION inside a news report)."""
        import datetime as dt

        from .tagger import _Found, _mod_of, _unit_of, parse_number
        from .timex import interval, shift_day, value_at

        direction = " ".join(m["dir"].lower().split())
        if direction not in ("later", "earlier", "after", "before", "previously"):
            return super().h_ago(m)
        end = m.end()
        if direction in ("after", "before"):
            event = _AFTER_EVENT.match(self.text, end)
            if not event:
                return None
            end = event.end()
        unit = _unit_of(m["unit"])
        sign = 1 if direction in ("later", "after") else -1
        mod = _mod_of(m["mod"])
        amount = parse_number(m["num"])
        if amount is None:
            return _Found(m.start(), end, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod, calendar=False)
        gran = _UNIT_GRAN.get(unit)
        point = self.story_point(m.start())
        if gran is None or point is None or amount != int(amount):
            return None
        n = int(amount) * (10 if unit == "decade" else 1)
        first, _, point_gran = interval(point.value)
        if first is None:
            year = _story_year(point.value)
            if year is None or year > 0 or gran != "year":
                return None
            year = -year - sign * n  # BC years count down
            return _Found(m.start(), end, "DATE", f"BC{year:04d}" if year > 0 else f"{1 - year:04d}", mod,
                          derived=True)
        if point_gran in ("day", "time") and gran == "week":
            gran = "day"  # from a day, "a week later" is a day
        if _GRAN_RANK.get(point_gran, 9) > _GRAN_RANK[gran]:
            gran = point_gran  # "In 1940 ... two months later": no finer than the story knows
        if gran not in ("day", "week", "month", "quarter", "year"):
            gran = "year"
        step_unit = {"night": "day", "weekend": "week", "decade": "year"}.get(unit, unit)
        shifted = shift_day(dt.date.fromisoformat(first), step_unit, sign * n)
        return _Found(m.start(), end, "DATE", value_at(shifted, gran), mod, derived=True)
