"""Find temporal expressions in a text and normalize them to TIMEX3 (TempEval-3 conventions).

Recognition: the compiled patterns of `grammar.py`, run once each over the text; where candidates
overlap the longest wins. Normalization walks the chosen expressions left to right so anaphoric ones
("the next day", "a year earlier", "that year") and partial dates ("June 27", "in March") can lean on
what the text has said before; everything else counts from the reference date. The tense of the clause
(from the spaCy parse when a Doc is given, from cheap textual cues otherwise) decides the direction of
weekdays and of partial dates that could fall on either side of the reference date.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..records import TimeExpression
from . import grammar as g
from .narrative import HistoryHandlers, NarrativeAnchoring, bc_value, resolve_kind
from .timex import (
    add_months,
    add_quarters,
    day_value,
    duration_value,
    interval,
    month_value,
    quarter_of,
    shift_day,
    shift_value,
    value_at,
    week_value,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Vague words and the value they get; anything else the "vague" pattern finds is dropped.
VAGUE = {
    "now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the distant past": "PAST_REF", "the recent past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the immediate future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
}
# Measured on TempEval-3 and left out: "previously", "soon", "recent", adjectival "future", "the moment"
# are annotated less often than not.

# How far back (characters) "a year ago" in a report looks for the quarter it compares with.
YEAR_AGO_WINDOW = 1200
# How far back (characters, same paragraph) the date that set a narrated year may stand.
NARRATIVE_WINDOW = 1500

SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
             "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H",
             "semiannually": "P6M"}

_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|yesterday|\w+ed)\b", re.I)
_FUTURE_WORDS = re.compile(
    r"\b(?:will|'ll|shall|would|going\s+to|expected\s+to|expects?\s+to|plans?\s+to|planned\s+to|scheduled|"
    r"due\s+to|set\s+to|to\s+be\s+held|next|upcoming|coming|later\s+this|tomorrow|is\s+to|are\s+to|"
    r"intends?\s+to|aims?\s+to|hopes?\s+to)\b", re.I)
_FUTURE_LEFT = re.compile(
    r"(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|(?:postponed|delayed|adjourned|put\s+off)\s+(?:until|till|to)|"
    r"\bnext|this\s+coming|until\s+at\s+least|\beffective|\bpayable|\bexpir(?:e|es|ing)|\bstarting|\bdue)\s+$", re.I)
_PAST_SCHEDULE = re.compile(
    r"\bhad\s+(?:previously\s+)?(?:been\s+)?(?:due|scheduled|set|expected|planned|supposed)\s+to\s+\w+(?:\s+(?:at|on|by))?\s+(?:\S+\s+){0,3}$", re.I)
# A deadline set or moved ("extended the offer until Friday", "has given them until 9 a.m. Tuesday")
# lies ahead of the act that set it, whatever the tense of that act.
_DEADLINE_LEFT = re.compile(
    r"\b(?:extend(?:ed|s|ing)?|given|gave|giv(?:es|ing)|deadline)\b[^.;!?]{0,60}?\b(?:until|till)\s+(?:at\s+)?$", re.I)
# A date that owns a planned or upcoming event ("Tuesday's planned visit", "Friday's scheduled vote").
_FUTURE_RIGHT = re.compile(r"(?:(?<=['’]s)|(?<=s['’])|['’]s?)\s+(?:planned|scheduled|upcoming|proposed|expected|forthcoming)\b",
                           re.I)
_FUTURE_LEMMAS = {"expect", "plan", "schedule", "intend", "aim", "hope", "prepare", "due", "propose", "promise", "threaten", "vow", "pledge"}
# A year or full date that opens a sentence as its time adverbial ("In 1936, ...", "On July 3, 1936 ...")
# sets the time a narrative has reached; one used attributively ("the 1988 bombing") does not.
_NARRATIVE_PREP = re.compile(r"(?:^|[.!?]\s+|\n|[\"'`]\s*)(?:(?:And|But|Then|Later|By|Since)\s+)?(?:in|on|during|by|until|throughout)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_RANGE_YEAR_AHEAD = re.compile(
    rf"\s*(?:-|\u2013|to|through|until|till|and)\s*(?:{g.MONTH}\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s*)?(?:{g.MONTH}\s*)?,?\s*(?P<year>{g.YEAR4})\b")
_ENDED_DATE = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending|ends|which\s+ended|to)\s+(?:on\s+)?(?P<month>{g.MONTH})(?:\s+(?P<day>\d{{1,2}}))?(?:,?\s+(?P<year>{g.YEAR4}))?\b")
# "the year ending tomorrow": a reporting period too
_ENDED_DEICTIC = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending|ends|which\s+ended)\s+(?:on\s+)?(?:today|tomorrow|yesterday|{g.WEEKDAY})\b", re.I)
# Words after which "a week", "an hour" is a stretch of time (elsewhere it is mostly a rate).
_BEFORE_BARE_DURATION = {
    "for", "in", "within", "after", "than", "over", "about", "nearly", "almost", "of", "lasting", "took",
    "take", "takes", "taking", "spent", "spend", "spends", "last", "lasted", "lasts", "to", "only", "just",
    "least", "half", "barely", "around", "under", "some", "roughly", "approximately", "another", "by",
    "during", "once", "past", "next", "up", "most", "less", "more", "than", "and", "or", "been",
}
# "March for Life", "Spring of Life": a capitalized name continues after the month or season.
_NAME_AFTER = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]")
# Capitalized words before a year that do not make it part of a name.
_NOT_A_NAME = ({name for name in g.MONTHS} | set(g.WEEKDAYS) | set(g.SEASONS)
               | {"in", "since", "until", "by", "from", "through", "during", "before", "after", "of", "and", "or",
                  "fiscal", "late", "early", "mid", "circa", "year", "the", "to", "between", "around", "about", "but",
                  "spring", "summer", "fall", "autumn", "winter", "christmas", "easter", "thanksgiving", "for"})
# Nouns after "today's" that make it the present age, not the day ("today's world", "in today's dollars")
_GENERIC_AFTER_TODAY = re.compile(
    r"\s+(?:(?:young|modern|global|fast-paced|complex)\s+)?(?:world|society|youth|young\s+people|generations?|children|kids|"
    r"teenagers|standards|dollars|terms|culture|economy)\b", re.I)
_AGE_AFTER = re.compile(r"\s+(?:old|of\s+age)\b|-old\b", re.I)
_SENT_END = re.compile(r"[.!?\n]\s")
_ORD_NUM = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_DEC_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
              "eighties": 8, "nineties": 9}


@functools.lru_cache(maxsize=4096)
def parse_number(phrase: str) -> float | None:
    """A number written in digits or words ("two", "twenty-four", "5 1/2", "a couple of"); None if vague."""
    p = " ".join(phrase.lower().replace("\u00bd", " 1/2").split())
    if p in ("a", "an", "one", "a hundred", "one hundred"):
        return 100.0 if "hundred" in p else 1.0
    if p in ("a couple of", "couple of"):
        return 2.0
    if p == "a dozen":
        return 12.0
    if re.search(r"\b(?:to|or)\b|\d\s*-\s*\d", p) or p in g.VAGUE_AMOUNTS or p.endswith(" of"):
        return None
    half = 0.0
    if p.endswith(" 1/2") or p.endswith(" and a half"):
        half = 0.5
        p = p.rsplit(" 1/2", 1)[0] if p.endswith(" 1/2") else p[: -len(" and a half")]
    if re.fullmatch(r"\d+(?:\.\d+)?", p):
        return float(p) + half
    total = 0
    for part in re.split(r"[- ]", p):
        if part in g.SMALL:
            total += g.SMALL[part]
        elif part in g.TENS:
            total += g.TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return float(total) + half


@functools.lru_cache(maxsize=1024)
def parse_year(phrase: str) -> int | None:
    """1998, "nineteen ninety-six", "two thousand", "the year two thousand" -> int."""
    p = phrase.lower().strip()
    if re.fullmatch(r"\d{4}", p):
        return int(p)
    words = re.split(r"[- ]+", p.replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0
        return 2000 + int(rest) if rest is not None else None
    if words and words[0] in g.SMALL and len(words) > 1:
        century = g.SMALL[words[0]]
        if words[1:] == ["hundred"]:
            return century * 100
        rest = parse_number(" ".join(words[1:]))
        return century * 100 + int(rest) if rest is not None and rest < 100 else None
    if words and words[0] == "twenty" and len(words) > 1:
        rest = parse_number(" ".join(words[1:]))
        return 2000 + int(rest) if rest is not None and rest < 100 else None
    return None


def _unit_of(word: str) -> str:
    w = word.lower().rstrip(".")
    if w in ("centuries", "century"):
        return "century"
    w = w[:-1] if w.endswith("s") else w
    return g.UNITS.get(w, w)


def _mod_of(phrase: str | None) -> str | None:
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
    return g.MODS.get(p)


@dataclass
class _Found:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    calendar: bool = True  # a place on the calendar that later anaphora may lean on
    derived: bool = False  # itself computed from an earlier expression ("a year earlier")
    year: int | None = None  # the year it names explicitly, when it is a point a narrative can stand on
    kind: str = ""  # the grammar pattern that found it


class _Tense:
    """Tense of the clause around a character offset: 'past', 'future' or None (present/unknown)."""

    def __init__(self, text: str, doc: "Doc | None"):
        self.text = text
        self.doc = doc
        self.starts = [t.idx for t in doc] if doc is not None else None

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        left = max(self.text.rfind(". ", 0, start), self.text.rfind("\n", 0, start),
                   self.text.rfind("? ", 0, start), self.text.rfind("! ", 0, start))
        match = _SENT_END.search(self.text, end)
        return left + 1, match.start() + 1 if match else len(self.text)

    def at(self, start: int, end: int) -> str | None:
        if _FUTURE_RIGHT.match(self.text, end):
            return "future"  # "Tuesday's planned visit": what is planned lies ahead
        if _FUTURE_LEFT.search(self.text, max(0, start - 30), start) or _DEADLINE_LEFT.search(
                self.text, max(0, start - 90), start):
            if _PAST_SCHEDULE.search(self.text, max(0, start - 60), start):
                return "past"  # "it had been due to expire Friday": a plan the text looks back on
            return "future"
        if self.doc is not None:
            return self._from_doc(start, end)
        return self._from_text(start, end)

    def _from_text(self, start: int, end: int) -> str | None:
        s, e = self.sentence(start, end)
        before, after = self.text[s:start], self.text[end:e]
        window = before[-80:] + " " + after[:60]
        if _FUTURE_WORDS.search(window):
            return "future"
        if _PAST_WORDS.search(window):
            return "past"
        return None

    def _from_doc(self, start: int, end: int) -> str | None:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        token = verb = self.doc[i]
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return self._from_text(start, end)
        # an adverbial of the verb itself ("meets Friday", "starts on Friday"), not a noun's modifier
        # ("follows Tuesday's declaration")
        adverbial = token.head.i == verb.i or (token.head.dep_ == "prep" and token.head.head.i == verb.i)
        return self._verb_tense(verb, adverbial and token.dep_ != "poss")

    @staticmethod
    def _verb_tense(verb, adverbial: bool = False) -> str | None:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {c.lower_ for c in auxes}
        if lowers & {"will", "'ll", "shall", "wo", "would", "'d"}:
            return "future"
        if verb.lemma_ in _FUTURE_LEMMAS and verb.tag_ != "VBD":
            return "future"
        if "to" in lowers and verb.tag_ == "VB":
            head = verb.head
            if head.lemma_ in _FUTURE_LEMMAS or head.lower_ in ("going", "set", "is", "are", "am") or any(
                    c.lower_ in ("will", "would", "'ll") for c in head.children):
                return "future"
            return None
        if any(c.tag_ == "VBD" or c.lower_ in ("was", "were", "had", "did") for c in auxes):
            return "past"
        if verb.tag_ == "VBN" and lowers & {"has", "have", "'ve", "'s"}:
            return "past"
        if verb.tag_ == "VBD":
            return "past"
        if verb.tag_ == "VBN" and not lowers:
            return "past"
        if adverbial and verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in ("be", "have", "say") and not lowers:
            return "future"  # news's present for a scheduled event: "the strike starts Friday"
        return None


class _Normalizer(HistoryHandlers):
    def __init__(self, text: str, reference: dt.date, doc: "Doc | None", timeml: bool = True):
        self.text = text
        self.ref = reference
        # TimeML extents (TempEval): "three days later" is the DURATION "three days". Otherwise (ranges
        # for timelines) it is the DATE three days after the date the text was talking about.
        self.timeml = timeml
        self.tense = _Tense(text, doc)
        self.found: list[_Found] = []

    # --- context ---------------------------------------------------------------------------

    def last_calendar(self, before: int, within: int = 10_000, grans: tuple[str, ...] | None = None,
                      skip_derived: bool = False, reported: bool = False) -> _Found | None:
        """The nearest preceding calendar expression (of one of `grans`) within `within` characters.

        `skip_derived`: not one itself computed from an earlier one ("a year earlier"). `reported`: not
        one that ends after the reference date (a period a report can look back on: "the fourth
        quarter" in a forecast is not the quarter "the latest quarter" or "a year earlier" refer to)."""
        for item in reversed(self.found):
            if item.end > before:
                continue
            if before - item.end > within:
                return None
            if item.derived and (skip_derived or grans == ("quarter",)):
                continue
            if item.calendar and item.type in ("DATE", "TIME"):
                _, last, gran = interval(item.value)
                if reported and last and last > self.ref.isoformat():
                    continue
                if gran and (grans is None or gran in grans):
                    return item
        return None

    def narrative_year(self, start: int, end: int) -> int | None:
        """The year a history being told has reached, for a partial date at start:end, else None.

        That is the year of the nearest preceding calendar expression when it names a year explicitly
        ("In 1936 ...", "on July 3, 1936 ...") other than the reference year, in the same paragraph, and
        the partial date is not in a future-tense clause. A relative expression in between ("last week",
        "Monday") brings the text back to the reference date.
        """
        previous = self.last_calendar(start, within=NARRATIVE_WINDOW)
        if previous is None or previous.year is None or previous.year == self.ref.year:
            return None
        if self.text.rfind("\n\n", previous.end, start) != -1:
            return None
        if self.tense.at(start, end) == "future":
            return None
        return previous.year

    def _anchors_narrative(self, start: int) -> bool:
        """A full date opening its sentence, or introduced by "on" ("was founded on July 3, 1936, and on
        August 5 ..."), sets the time the text is telling; one used as a modifier ("the Dec. 21, 1988,
        bombing") does not."""
        return bool(_NARRATIVE_PREP.search(self.text, max(0, start - 30), start)
                    or re.search(r"\bon\s+$", self.text[max(0, start - 4):start], re.I))

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int:
        ahead = _RANGE_YEAR_AHEAD.match(self.text, end)
        if ahead:  # "from March to May 2023", "June 3 to July 5, 2023": the range's year
            return int(ahead["year"])
        range_start = self._range_start(start, ("mdy", "dmy", "month", "numeric", "iso"))
        if range_start is not None:  # "from Dec. 30 to Jan. 2": the end follows the start
            year = range_start.year
            return year + 1 if dt.date(year, month, day or 28) < range_start else year
        narrative = self.narrative_year(start, end)
        if narrative is not None:
            return narrative
        year = self.ref.year
        try:
            candidate = dt.date(year, month, day or 15)
        except ValueError:
            return year
        tense = self.tense.at(start, end)
        if day is None and tense != "past" and re.search(r"\b(?:by|through|until|till)\s+(?:early\s+|mid-?|late\s+)?$",
                                                         self.text[max(0, start - 14):start], re.I):
            tense = "future"  # "repay the loan by February": a deadline ahead
        gap = (candidate - self.ref).days
        if tense == "past" and gap > 60 or tense != "future" and gap > 120:
            return year - 1
        if tense == "future" and gap < -60:
            return year + 1
        return year

    def weekday_date(self, weekday: int, start: int, end: int, rel: str | None) -> dt.date:
        ref = self.ref
        delta = weekday - ref.weekday()
        rel = (rel or "").lower()
        if rel == "this":
            return ref + dt.timedelta(days=delta)
        if rel in ("next", "coming"):
            return ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
        if rel in ("last", "past"):
            return ref + dt.timedelta(days=delta if delta < 0 else delta - 7)
        if rel in ("following", "the following", "previous", "the previous", "preceding", "the preceding"):
            # counted from the day the text was talking about: "down 4.5% from the previous Friday"
            anchor = self.last_calendar(start, within=1500, grans=("day", "time"))
            base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else ref
            if "following" in rel:
                return base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
            return base - dt.timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)
        if delta == 0:
            return ref
        tense = self.tense.at(start, end)
        if tense == "future":
            return ref + dt.timedelta(days=delta if delta > 0 else delta + 7)
        return ref + dt.timedelta(days=delta if delta < 0 else delta - 7)

    # --- handlers ------------------------------------------------------------------------------

    def run(self, name: str, m: re.Match) -> _Found | None:
        handler = getattr(self, "h_" + name)
        try:
            return handler(m)
        except (ValueError, OverflowError, TypeError):  # a day that cannot exist (Feb. 30, year 0)
            return None

    def _day(self, m: re.Match, d: dt.date, gran="day", type_="DATE", mod=None, pod=None) -> _Found:
        value = value_at(d, gran)
        if pod:
            code = g.PARTS_OF_DAY.get(" ".join(pod.lower().split()), None)
            if code:
                value = f"{value}T{code}"
        return _Found(m.start(), m.end(), type_, value, mod)

    def h_clock(self, m):
        clock = m["clock"].lower().replace(" ", "")
        if clock == "noon" and re.search(r"\bhigh\s+$", self.text[max(0, m.start() - 6):m.start()], re.I):
            return None  # "High Noon"
        if clock == "noon":
            hh, mm = 12, 0
        elif clock == "midnight":
            hh, mm = 0, 0
        else:
            nums = re.match(r"(\d{1,2})(?::(\d\d))?", clock)
            hh, mm = int(nums[1]), int(nums[2] or 0)
            if hh > 24:
                return None
            is_pm = "p" in clock or (m["pod"] and re.search(r"afternoon|evening|night", m["pod"], re.I))
            if is_pm and hh < 12:
                hh += 12
            if ("a" in clock and "m" in clock) and hh == 12:
                hh = 0
            if "o'clock" not in clock and not re.search(r"[ap]", clock) and not m["pod"] and ":" not in clock:
                return None
            if clock.isdigit() and not re.search(r"\b(?:at|by|until|till|around|about|before|after|from|to)\s+$",
                                                 self.text[max(0, m.start() - 8):m.start()], re.I):
                return None  # "rose 4 in the morning session": a number
        if m["weekday"]:
            wd = g.WEEKDAYS[m["weekday"].lower().rstrip(".")]
            if m["wmonth"]:
                month = g.MONTHS[m["wmonth"].lower().rstrip(".")]
                day = int(re.match(r"\d+", m["wday"])[0])
                try:
                    d = dt.date(self.year_for(month, day, m.start(), m.end()), month, day)
                except ValueError:
                    return None
            else:
                d = self.weekday_date(wd, m.start(), m.end(), None)
        elif m["deictic"]:
            d = self.ref + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["deictic"].lower()])
        elif m["month"]:
            month = g.MONTHS[m["month"].lower().rstrip(".")]
            day = int(re.match(r"\d+", m["day"])[0])
            year = int(m["year"]) if m["year"] else self.year_for(month, day, m.start(), m.end())
            try:
                d = dt.date(year, month, day)
            except ValueError:
                return None
        else:
            anchor = self.last_calendar(m.start(), within=600, grans=("day", "time"))
            d = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
        mod = _mod_of(m["mod"]) if m["mod"] else None
        return _Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{hh:02d}:{mm:02d}", mod)

    def _full_date(self, m, month: int, day: int, year_text: str | None):
        if year_text:
            year = int(year_text)
        else:
            year = self.year_for(month, day, m.start(), m.end())
            if m["weekday"]:  # the weekday fixes the year when the text does not give one
                wd = g.WEEKDAYS[m["weekday"].lower().rstrip(".")]
                for y in (year, year - 1, year + 1):
                    try:
                        if dt.date(y, month, day).weekday() == wd:
                            year = y
                            break
                    except ValueError:
                        pass
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        return d

    def h_mdy(self, m):
        month = g.MONTHS[m["month"].lower().rstrip(".")]
        day = int(re.match(r"\d+", m["day"])[0])
        d = self._full_date(m, month, day, m["year"])
        if d is None:
            return None
        mod = _mod_of(m["edge"])
        found = self._day(m, d, mod=mod, pod=m["pod"])
        found.year = d.year if m["year"] and self._anchors_narrative(m.start()) else None
        if m["day2"]:
            day2 = int(re.match(r"\d+", m["day2"])[0])
            try:
                d2 = dt.date(d.year, month, day2)
            except ValueError:
                return None
            if d2 > d:
                found.value = f"{d.isoformat()}/{d2.isoformat()}"
                found.range_second = (m.start("day2"), m.end("day2"), d2)  # type: ignore[attr-defined]
        return found

    def h_dmy(self, m):
        month = g.MONTHS[m["month"].lower().rstrip(".")]
        day = int(re.match(r"\d+", m["day"])[0])
        d = self._full_date(m, month, day, m["year"])
        if d is None:
            return None
        found = self._day(m, d)
        found.year = d.year if m["year"] and self._anchors_narrative(m.start()) else None
        return found

    def h_month_year(self, m):
        month = g.MONTHS[m["month"].lower().rstrip(".")]
        ytext = m["year"].lower()
        if "last" in ytext:
            year = self.ref.year - 1
        elif "next" in ytext:
            year = self.ref.year + 1
        elif "this" in ytext:
            year = self.ref.year
        else:
            year = parse_year(ytext)
            if year is None:
                return None
            anchoring = _NARRATIVE_PREP.search(self.text, max(0, m.start() - 30), m.start())
            return _Found(m.start(), m.end(), "DATE", month_value(year, month), _mod_of(m["edge"]), year=year if anchoring else None)
        return _Found(m.start(), m.end(), "DATE", month_value(year, month), _mod_of(m["edge"]))

    def h_month(self, m):
        word = m["month"]
        low = word.lower().rstrip(".")
        if low == "may" and not (m["rel"] or m["edge"]):
            before = self.text[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(?:in|of|since|until|till|by|from|through|during|early|late|mid|last|next|this|before|after)\s+$", before):
                return None
        if low in ("march", "jan", "mar", "sept", "sep") and word[0].islower():
            return None
        if not (m["rel"] or m["edge"]) and _NAME_AFTER.match(self.text, m.end()):
            return None  # "the annual March for Life", "the March of the Combatant Mothers"
        month = g.MONTHS[low]
        rel = (m["rel"] or "").lower()
        if rel in ("last", "past", "previous"):
            year = self.ref.year if month < self.ref.month else self.ref.year - 1
        elif rel in ("next", "coming"):
            year = self.ref.year if month > self.ref.month else self.ref.year + 1
        elif rel == "this":
            year = self.ref.year
        else:
            year = self.year_for(month, None, m.start(), m.end())
        return _Found(m.start(), m.end(), "DATE", month_value(year, month), _mod_of(m["edge"]))

    def h_iso(self, m):
        try:
            d = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            return None
        if m["hh"]:
            return _Found(m.start(), m.end(), "TIME", f"{d.isoformat()}T{m['hh']}:{m['mm']}")
        return self._day(m, d)

    def h_numeric(self, m):
        year = int(m["year"])
        if year < 100:
            year += 1900 if year > (self.ref.year % 100) + 5 else 2000
        try:
            d = dt.date(year, int(m["month"]), int(m["day"]))
        except ValueError:
            return None
        return self._day(m, d)

    def h_year(self, m):
        year = parse_year(m["year"])
        if year is None:
            return None
        raw = m["year"]
        # "nineteen ninety-six": a century word then a compound tens-unit number is read as nothing but a year
        compound = re.fullmatch(r"(?:nineteen|eighteen)[- ](?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                                r"(?:one|two|three|four|five|six|seven|eight|nine)", raw.lower())
        if not raw.isdigit() and not compound and not (m["edge"] or m["fiscal"] or m["theyear"]) and not re.search(
                r"\b(?:in|of|since|until|by|from|to|through|during|and|early|late|mid)\s+$",
                self.text[max(0, m.start() - 10):m.start()], re.I):
            return None  # "twenty six of them": a spelled-out number, not a year
        if raw.isdigit():
            # a bare number is a year only in a plausible range and not inside a figure
            if not 1000 <= year <= self.ref.year + 50:
                return None
            if re.search(r"\b(?:[Nn]umbers?|[Nn]os?\.|[Nn]r\.)\s*$", self.text[max(0, m.start() - 9):m.start()]):
                return None  # "budget number 1000", "Resolution No. 1500": a numbered thing, not a year
            before = self.text[max(0, m.start() - 2):m.start()]
            if re.search(r"[$\u00a3\u20ac#/.:]$|No\.\s?$", before) or re.match(r"\s*(?:-|\u2013)\s*\d", self.text[m.end():m.end() + 3]) and not (m["edge"] or m["fiscal"]):
                if not re.match(r"\s*(?:-|\u2013)\s*(?:19|20)\d\d", self.text[m.end():m.end() + 8]):
                    return None
        if raw.isdigit() and not (m["edge"] or m["fiscal"] or m["theyear"] or m["pre"]):
            name = re.search(r"(?:^|[^.!?\n\"`'(]\s)([A-Z][A-Za-z]+)\s+$", self.text[max(0, m.start() - 25):m.start()])
            if name and name[1].lower() not in _NOT_A_NAME:
                return None  # "Orion 1980", "Windows 95": part of a name
        start = m.start()
        end = m.end() - (2 if m["poss"] else 0)
        if m["pre"]:
            start = m.start("year")
        mod = _mod_of(m["edge"])
        value = str(year)
        half = re.match(r"the\s+(first|second)\s+half", m["edge"] or "", re.I)
        if half:
            value, mod = f"{year}-H{1 if half[1].lower() == 'first' else 2}", None
        anchoring = _NARRATIVE_PREP.search(self.text, max(0, start - 30), start) and not m["fiscal"]
        return _Found(start, end, "DATE", value, mod, year=year if anchoring else None)

    def h_decade(self, m):
        raw = m["decade"]
        dec = raw.lstrip("'")
        if len(dec) == 2:
            if not raw.startswith("'") and not re.search(r"\bthe\s+(?:early\s+|late\s+|mid-?)?$", self.text[max(0, m.start("decade") - 12):m.start("decade")], re.I):
                return None  # "in his 30s": an age
            dec = ("20" if 2000 + int(dec) <= self.ref.year + 10 else "19") + dec
        if len(dec) != 4:
            return None
        return _Found(m.start(), m.end(), "DATE", dec[:3], _mod_of(m["edge"]))

    def h_decade_word(self, m):
        century = self.ref.year // 100 - (1 if self.ref.year % 100 < 30 else 0)
        return _Found(m.start(), m.end(), "DATE", f"{century}{_DEC_WORDS[m['dword'].lower()]}", _mod_of(m["edge"]))

    def h_century(self, m):
        c = m["cent"].lower()
        if c in ("this", "last", "next", "past"):
            n = self.ref.year // 100 + {"this": 0, "last": -1, "past": -1, "next": 1}[c]
            return _Found(m.start(), m.end(), "DATE", f"{n:02d}", _mod_of(m["edge"]))
        num = re.match(r"\d+", c)
        n = int(num[0]) if num else g.ORDINALS.get(c)
        if not n or n < 1:
            return None
        return _Found(m.start(), m.end(), "DATE", f"{n - 1:02d}", _mod_of(m["edge"]))

    def _anchor_quarter(self, start: int, reported: bool = False) -> tuple[int, int] | None:
        item = self.last_calendar(start, within=3000, grans=("quarter",), reported=reported)
        if item:
            return int(item.value[:4]), int(item.value[-1])
        return None

    def h_quarter(self, m):
        unit = m["unit"].lower()
        ordinal = m["ord"].lower()
        rel = " ".join((m["rel"] or "").lower().split())
        n = _ORD_NUM.get(ordinal, 4 if unit == "quarter" else 2)
        if unit == "period" or (unit == "half" and n > 2):
            return None
        fiscal_year = re.search(r"\d{4}", m["fiscal"] or "")
        year_text = m["yearmid"] or m["yearpre"] or m["yearpost"] or (fiscal_year[0] if fiscal_year else None)
        relyear = (m["relyear"] or "").lower()
        if year_text:
            year = int(year_text)
        elif relyear in ("the", "this", "that"):
            anchor = self.last_calendar(m.start(), within=600, grans=("year",)) if relyear == "that" else None
            year = int(anchor.value[:4]) if anchor else self.ref.year
        elif relyear in ("next", "last"):
            year = self.ref.year + (1 if relyear == "next" else -1)
        elif rel.startswith("this") or rel == "the current":
            year = self.ref.year
        elif rel.startswith("last") or rel == "the previous":
            year = self.ref.year - 1
        elif rel.startswith("next"):
            year = self.ref.year + 1
        elif "year-" in rel:
            anchor = self._anchor_quarter(m.start(), reported=True)
            year = (anchor[0] if anchor else self.ref.year) - 1
        else:
            narrative = self.narrative_year(m.start(), m.end())
            year = narrative if narrative is not None else self.ref.year
            if narrative is None and not rel.startswith("this"):
                first_month = 3 * n - 2 if unit == "quarter" else 6 * n - 5
                if dt.date(year, first_month, 1) > self.ref and self.tense.at(m.start(), m.end()) == "past":
                    year -= 1
        value = f"{year}-Q{n}" if unit == "quarter" else f"{year}-H{n}"
        start = m.start()
        if m["the"] and not m["yearmid"] and self.text[m.end("ord"):m.start("unit")] == "-":
            start = m.start("fiscal") if m["fiscal"] else m.start("ord")  # "the third-quarter profit"
        return _Found(start, m.end(), "DATE", value)

    def h_year_period(self, m):
        year = int(m["year"])
        if m["unit"].lower() in ("period", "quarter"):
            # "the 1988 period" / "the 1988 quarter" in a report: the reported quarter of that year; a
            # report names the quarter it is about first ("third-quarter net rose ..."), so that one
            # wins over quarters mentioned in passing ("after a flat second quarter")
            reported = next((f for f in self.found if f.type == "DATE" and not f.derived and f.calendar
                             and interval(f.value)[2] == "quarter" and interval(f.value)[1] <= self.ref.isoformat()), None)
            anchor = (int(reported.value[:4]), int(reported.value[-1])) if reported else self._anchor_quarter(m.start())
            if anchor:
                # a year other than the reported quarter's is the comparison period, which "the quarter"
                # later does not refer back to
                return _Found(m.start(), m.end(), "DATE", f"{year}-Q{anchor[1]}", derived=year != anchor[0])
        return _Found(m.start(), m.end(), "DATE", str(year))

    def h_week_of_month(self, m):
        month = g.MONTHS[m["month"].lower().rstrip(".")]
        year = int(m["year"]) if m["year"] else self.year_for(month, None, m.start(), m.end())
        ordinal = m["ord"].lower()
        if ordinal in ("last", "final"):
            day = dt.date(year, month, calendar.monthrange(year, month)[1])
        else:
            day = dt.date(year, month, 1) + dt.timedelta(weeks=_ORD_NUM[ordinal] - 1)
        return _Found(m.start(), m.end(), "DATE", week_value(day))

    def h_two_quarters(self, m):
        rel = (m["rel"] or "").lower()
        year = int(m["year"]) if m["year"] else self.ref.year + {"next": 1, "last": -1}.get(rel, 0)
        # a modifier before it ("through at least the first two quarters") is the clause's, not the date's
        return _Found(m.start("the"), m.end(), "DATE", f"{year}-H{1 if m['ord'].lower() == 'first' else 2}")

    def h_week_of_date(self, m):
        month = g.MONTHS[m["month"].lower().rstrip(".")]
        day = int(re.match(r"\d+", m["day"])[0])
        year = int(m["year"]) if m["year"] else self.year_for(month, day, m.start(), m.end())
        return _Found(m.start(), m.end(), "DATE", week_value(dt.date(year, month, day)))

    def h_fy(self, m):
        y = m["y"]
        year = int(y) if len(y) == 4 else (2000 + int(y) if 2000 + int(y) <= self.ref.year + 20 else 1900 + int(y))
        return _Found(m.start(), m.end(), "DATE", str(year))

    def h_quarter_q(self, m):
        n = int(m["q"][1])
        y = m["year"]
        year = (int(y) if y and len(y) == 4 else (2000 + int(y[1:]) if y else self.ref.year))
        return _Found(m.start(), m.end(), "DATE", f"{year}-{m['q'][0].upper()}{n}")

    def _previous_quarter(self) -> tuple[int, int]:
        return add_quarters(self.ref.year, quarter_of(self.ref), -1)

    def h_the_period(self, m):
        which = " ".join(m["which"].lower().split())
        unit = m["unit"].lower()
        if unit in ("quarter", "period"):
            anchor = self._quarter_ended(m.end()) or self._anchor_quarter(
                m.start(), reported=which in ("year-ago", "year-earlier", "year-before", "latest", "most recent", "recent"))
            if which in ("year-ago", "year-earlier", "year-before"):
                base = anchor or self._previous_quarter()
                return _Found(m.start(), m.end(), "DATE", f"{base[0] - 1}-Q{base[1]}", derived=True)
            if which in ("latest", "most recent", "recent"):
                base = anchor or self._previous_quarter()
                return _Found(m.start(), m.end(), "DATE", f"{base[0]}-Q{base[1]}")
            if which == "current":
                return _Found(m.start(), m.end(), "DATE", f"{self.ref.year}-Q{quarter_of(self.ref)}")
            if which in ("same", "comparable") and anchor:
                return _Found(m.start(), m.end(), "DATE", f"{anchor[0]}-Q{anchor[1]}")
            if which in ("previous", "prior"):
                base = anchor or (self.ref.year, quarter_of(self.ref))
                y, q = add_quarters(base[0], base[1], -1)
                return _Found(m.start(), m.end(), "DATE", f"{y}-Q{q}")
            return None
        if unit == "year":
            if which in ("current", "full"):
                return _Found(m.start(), m.end(), "DATE", str(self.ref.year))
            if which in ("latest", "most recent") and "fiscal" in m.group().lower():
                # "the latest fiscal year": the last one whose results are in, the year before
                return _Found(m.start(), m.end(), "DATE", str(self.ref.year - 1))
            if which in ("previous", "prior", "year-ago", "year-earlier"):
                return _Found(m.start(), m.end(), "DATE", str(self.ref.year - 1))
            return None
        if unit == "week" and which in ("previous", "prior"):
            return _Found(m.start(), m.end(), "DATE", week_value(self.ref - dt.timedelta(days=7)))
        if unit == "month" and which in ("previous", "prior"):
            y, mo = add_months(self.ref.year, self.ref.month, -1)
            return _Found(m.start(), m.end(), "DATE", month_value(y, mo))
        return None

    def _quarter_ended(self, end: int) -> tuple[int, int] | None:
        """'the quarter ended Sept. 30': the quarter of the date that follows."""
        ended = _ENDED_DATE.match(self.text, end)
        if not ended:
            return None
        month = g.MONTHS[ended["month"].lower().rstrip(".")]
        day = int(ended["day"]) if ended["day"] else None
        year = int(ended["year"]) if ended["year"] else self.year_for(month, day, ended.start("month"), ended.end())
        # a (fiscal) quarter ending on the last day of a month covers that month and the two before it:
        # it is the calendar quarter holding most of them, the one of its middle month ("the quarter
        # ended July 31" is May-July: Q2; "ended Sept. 30": Q3)
        if day is None or day >= 25:
            year, month = add_months(year, month, -1)
        return year, (month - 1) // 3 + 1

    def h_year_ago_quarter(self, m):
        anchor = self._quarter_ended(m.end()) or self._anchor_quarter(m.start(), reported=True) or self._previous_quarter()
        return _Found(m.start(), m.end(), "DATE", f"{anchor[0] - 1}-Q{anchor[1]}", derived=True)

    def h_the_quarter(self, m):
        base = self._quarter_ended(m.end()) or self._anchor_quarter(m.start()) or self._previous_quarter()
        return _Found(m.start(), m.end(), "DATE", f"{base[0]}-Q{base[1]}")

    def h_fiscal_year(self, m):
        if _ENDED_DATE.match(self.text, m.end()) or _ENDED_DEICTIC.match(self.text, m.end()) or (
                m.group().lower().startswith("the ") and re.search(
                    r"\b(?:over|throughout|through)\s+$", self.text[max(0, m.start() - 12):m.start()], re.I)):
            # "the fiscal year ended Jan. 31", "throughout the fiscal year": a stretch of time
            return _Found(m.start(), m.end(), "DURATION", "P1Y", calendar=False)
        rel = (m["rel"] or "").lower()
        year = self.ref.year + {"previous": -1, "prior": -1, "last": -1, "latest": -1, "next": 1, "coming": 1}.get(rel, 0)
        return _Found(m.start(), m.end(), "DATE", str(year))

    def h_season(self, m):
        code = g.SEASONS[m["season"].lower()]
        rel = " ".join((m["rel"] or "").lower().split())
        if rel == "this past":
            rel = "last"
        ref = self.ref
        current_year = ref.year - 1 if (code == "WI" and ref.month <= 2) else ref.year
        if m["year"]:
            year = parse_year(m["year"])
            if year is None:
                return None
        elif rel in ("last", "past", "previous"):
            first, _, _ = interval(f"{current_year}-{code}")
            year = current_year if dt.date.fromisoformat(first) < ref - dt.timedelta(days=90) else current_year - 1
        elif rel in ("next", "coming"):
            first, _, _ = interval(f"{current_year}-{code}")
            year = current_year if dt.date.fromisoformat(first) > ref else current_year + 1
        elif rel == "that":  # "In 1832 ... that summer": the season of the year the text was telling
            anchor = self.last_calendar(m.start(), within=2000, grans=("day", "time", "week", "month", "year"))
            if anchor is None:
                return None
            year = int(interval(anchor.value)[0][:4])
        else:
            if not (rel or m["edge"]) and _NAME_AFTER.match(self.text, m.end()):
                return None  # "Spring of Life demonstrations"
            if not (rel or m["edge"] or m["the"]) and m["season"].islower() and not re.search(r"\b(?:in|this|last|next|during|by|until|since|over|the)\s+$", self.text[max(0, m.start() - 10):m.start()], re.I):
                return None
            narrative = self.narrative_year(m.start(), m.end())
            year = narrative if narrative is not None else current_year
        return _Found(m.start(), m.end(), "DATE", f"{year}-{code}", _mod_of(m["edge"]))

    def h_weekday(self, m):
        word = m["weekday"].lower().rstrip(".")
        if "." not in m["weekday"] and len(word) <= 4:
            return None
        if m["weekday"][0].islower():
            return None
        wd = g.WEEKDAYS[word]
        rel = " ".join((m["rel"] or "").lower().split())
        mod = None
        rel_word = rel
        if rel in ("early", "late", "earlier", "later"):
            mod = {"early": "START", "late": "END"}.get(rel)
            rel_word = None
        range_start = self._range_start(m.start())
        if range_start is not None and not rel:  # "from Thursday to Saturday": the end follows the start
            d = range_start + dt.timedelta(days=(wd - range_start.weekday()) % 7)
        elif "day" in rel:  # "the day before last Tuesday"
            base = self.weekday_date(wd, m.start(), m.end(), "last" if "last" in rel else None)
            d = base + dt.timedelta(days=-1 if "before" in rel else 1)
        else:
            d = self.weekday_date(wd, m.start(), m.end(), rel_word)
        end = m.end()
        if m["poss"] and not m["pod"]:
            end -= 2
        found = self._day(m, d, mod=mod, pod=m["pod"])
        found.end = end
        return found

    def _range_start(self, start: int, kinds: tuple[str, ...] = ("weekday", "deictic", "pod_weekday")) -> dt.date | None:
        """The day a range ends from, when `start` follows "A to|through|until|-|and" right after a day A."""
        if not self.found:
            return None
        previous = self.found[-1]
        if previous.kind not in kinds:
            return None
        gap = self.text[previous.end:start]
        if len(gap) > 12 or not g.RANGE_BETWEEN.match(gap):
            return None
        if gap.strip().lower() == "and" and not re.search(r"\bbetween\s+$", self.text[max(0, previous.start - 9):previous.start], re.I):
            return None
        first, _, gran = interval(previous.value)
        return dt.date.fromisoformat(first) if first and gran in ("day", "time") else None

    def h_pod_weekday(self, m):
        wd = g.WEEKDAYS[m["weekday"].lower().rstrip(".")]
        d = self.weekday_date(wd, m.start(), m.end(), None)
        return self._day(m, d, pod=m["pod"], mod=_mod_of(m["rel"]))

    def h_deictic(self, m):
        if self._title_case(m, "word") and m.start("word") == m.start():
            return None
        word = m["word"].lower()
        if word in ("today", "tomorrow") and not m["rel"] and not m["pod"] and (
                m["poss"] and _GENERIC_AFTER_TODAY.match(self.text, m.end())
                or not m["poss"] and re.search(r"\b[a-z]+s?\s+of\s+$", self.text[max(0, m.start() - 30):m.start()])
                and word == "tomorrow"):
            return None  # "today's youth", "the cars of tomorrow": the present or future age, generic
        d = self.ref + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word])
        rel = (m["rel"] or "").lower()
        if "day before" in rel:
            d -= dt.timedelta(days=1)
        elif "day after" in rel:
            d += dt.timedelta(days=1)
        pod = m["pod"] or ("night" if word == "tonight" else None)
        found = self._day(m, d, pod=pod, mod=_mod_of(rel) if rel in ("early", "late") else None)
        if m["poss"] and not m["pod"]:
            found.end -= 2
        if word == "tonight" and not m["pod"]:
            found.value = d.isoformat() + "TNI"
        if m["pod"] or word == "tonight":
            found.type = "TIME"
        return found

    def h_pod_deictic(self, m):
        word = m["word"].lower()
        d = self.ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
        found = self._day(m, d, pod=m["pod"], type_="TIME", mod=_mod_of(m["pod"].split("-")[0]) if m["pod"].lower().startswith("mid") else _mod_of(m["rel"]))
        return found

    def h_this_pod(self, m):
        which = m["which"].lower()
        pod = m["pod"].lower()
        d = self.ref + dt.timedelta(days={"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}[which])
        if which == "last" and pod not in ("night", "evening", "overnight"):
            return None
        mod = _mod_of(m["rel"])
        return self._day(m, d, pod=pod, type_="TIME", mod=mod)

    def h_midday(self, m):
        return _Found(m.start(), m.end(), "TIME", f"{self.ref.isoformat()}T12:00")

    def _relative_unit(self, unit: str, rel: str, base: dt.date) -> str | None:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1,
                "upcoming": 1}.get(rel, 0)
        if unit == "day":
            return day_value(base + dt.timedelta(days=step))
        if unit == "weekend":
            saturday = base + dt.timedelta(days=5 - base.weekday() + 7 * step)
            return week_value(saturday) + "-WE"
        if unit in ("week", "month", "quarter", "year", "decade", "century"):
            return value_at(shift_day(base, unit, step), unit)
        return None

    def _title_case(self, m: re.Match, group: str) -> bool:
        """A capitalized word in mid-sentence ("ABC's This Week", "VOA Today"): part of a name."""
        word = m[group]
        if not word or not word[0].isupper():
            return False
        return not re.search(r"(?:^|[.!?:]\s+|\n\s*|[\"`']\s*)$", self.text[max(0, m.start() - 3):m.start()]) or (
            group != "rel" and m.start(group) > m.start())

    def h_rel_unit(self, m):
        if self._title_case(m, "unit"):
            return None
        unit = m["unit"].lower()
        rel = m["rel"].lower()
        edge = m["edge"]
        if rel == "that":
            anchor = self.last_calendar(m.start(), within=2000)
            if not anchor:
                return None
            first = dt.date.fromisoformat(interval(anchor.value)[0])
            value = value_at(first, unit) if unit != "weekend" else week_value(first) + "-WE"
        elif rel == "same":
            return None
        else:
            if rel in ("current",):
                rel = "this"
            if rel in ("past", "last") and m["the"] and unit in ("decade", "century", "day"):
                # "the past decade": a stretch of time up to now ("the past year", "the last week" are, as
                # TimeBank annotates them, the previous year and week, below)
                return _Found(m.start(), m.end(), "DURATION", _duration(1, unit), _mod_of(edge) if edge else None, calendar=False)
            if unit == "day" and rel in ("this", "last", "past"):
                return None
            if unit == "day" and rel in ("next", "following") and not m["the"]:
                return None
            if unit == "day" or (rel == "following" and m["the"]) or (rel == "next" and m["the"]):
                # from the last date the text mentioned, no coarser than the unit ("In March, ... The
                # following month" is April)
                order = ("day", "time", "week", "month", "quarter", "year")
                grans = order[:order.index(unit) + 1] if unit in order else ("day", "time")
                anchor = self.last_calendar(m.start(), within=2000, grans=grans)
                base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
                value = self._relative_unit(unit, "next", base)
            else:
                value = self._relative_unit(unit, rel, self.ref)
        if value is None:
            return None
        mod = _mod_of(edge) or ("APPROX" if m["orso"] else None)
        end = m.end() - (2 if m["poss"] and not m["orso"] else 0)
        return _Found(m.start(), end, "DATE", value, mod)

    def h_the_unit(self, m):
        found = self._the_unit(m)
        if found is not None and m["edge"]:
            found.mod = _mod_of(m["edge"])
        return found

    def _the_unit(self, m):
        unit = m["unit"].lower()
        if unit == "day":
            anchor = self.last_calendar(m.start(), within=400, grans=("day", "time"))
            if anchor is None:
                return None
            return _Found(m.start(), m.end(), "DATE", interval(anchor.value)[0])
        if unit == "year":
            if _ENDED_DATE.match(self.text, m.end()) or _ENDED_DEICTIC.match(self.text, m.end()):
                # "the year ended March 31", "the year ending tomorrow": a reporting period
                return _Found(m.start(), m.end(), "DURATION", "P1Y", calendar=False)
            before = self.text[max(0, m.start() - 12):m.start()].lower()
            if re.search(r"\b(?:over|throughout|through)\s+$", before):
                return _Found(m.start(), m.end(), "DURATION", "P1Y", calendar=False)
            if m["the"].lower() == "that":
                anchor = self.last_calendar(m.start(), within=2000)
                if anchor:
                    return _Found(m.start(), m.end(), "DATE", interval(anchor.value)[0][:4])
            return _Found(m.start(), m.end(), "DATE", str(self.ref.year))
        if unit in ("week", "weekend"):
            if unit == "weekend":
                base = self.ref
                tense = self.tense.at(m.start(), m.end())
                offset = -1 if tense == "past" or base.weekday() < 4 and tense != "future" else 0
                saturday = base + dt.timedelta(days=5 - base.weekday() + 7 * offset)
                return _Found(m.start(), m.end(), "DATE", week_value(saturday) + "-WE")
            return _Found(m.start(), m.end(), "DATE", week_value(self.ref))
        if unit == "month":
            return _Found(m.start(), m.end(), "DATE", month_value(self.ref.year, self.ref.month))
        if unit == "decade" and m["edge"]:  # "by the end of the decade"
            return _Found(m.start(), m.end(), "DATE", str(self.ref.year // 10))
        return None

    def h_anaphoric(self, m):
        det = " ".join(m["det"].lower().split())
        unit = m["unit"].lower()
        step = 0
        if any(w in det for w in ("next", "following")):
            step = 1
        elif any(w in det for w in ("previous", "preceding", "prior")):
            step = -1
        pod = unit if unit in ("morning", "afternoon", "evening", "night") else None
        base_unit = "day" if pod else unit
        anchor = self.last_calendar(m.start(), within=3000)
        base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
        if base_unit == "weekend":
            value = week_value(base + dt.timedelta(days=5 - base.weekday() + 7 * step)) + "-WE"
        else:
            value = value_at(shift_day(base, base_unit, step), base_unit)
            if anchor and step == 0 and base_unit == "day" and interval(anchor.value)[2] == "month":
                value = value[:7] + "-XX"  # "in October ... that same day": a day of that month
        if pod:
            value += "T" + g.PARTS_OF_DAY[pod]
        mod = _mod_of(m["edge"])
        return _Found(m.start(), m.end(), "DATE", value, mod)

    def h_day_before(self, m):
        unit = m["unit"].lower()
        step = 1 if m["dir"].lower() in ("after", "following") else -1
        anchor = self.last_calendar(m.start(), within=1500, grans=("day", "time"))
        base = dt.date.fromisoformat(interval(anchor.value)[0]) if anchor else self.ref
        if unit == "night":
            return _Found(m.start(), m.end(), "TIME", day_value(base + dt.timedelta(days=step)) + "TNI")
        return _Found(m.start(), m.end(), "DATE", value_at(shift_day(base, unit, step), unit))

    def h_edge_unit(self, m):
        unit = m["edge"].lower()
        which = (m["which"] or m["which2"]).lower()
        if which == "end":
            if unit == "year":
                return _Found(m.start(), m.end(), "DATE", str(self.ref.year), "END")
            return None
        anchor = self._anchor_quarter(m.start(), reported=True)
        if anchor:
            return _Found(m.start(), m.end(), "DATE", f"{anchor[0] - 1}-Q{anchor[1]}", derived=True)
        if unit == "year":
            return _Found(m.start(), m.end(), "DATE", str(self.ref.year - 1))
        return None

    def h_ago(self, m):
        unit = _unit_of(m["unit"])
        direction = " ".join(m["dir"].lower().split())
        amount = parse_number(m["num"])
        mod = _mod_of(m["mod"])
        if direction in ("before", "after") or (direction == "later" and self.timeml):
            # "two days after the attack": the duration alone is the TIMEX3
            return None
        if direction in ("earlier", "later", "previously"):
            # relative to the time the text is talking about, which for news is mostly the reference
            anchor = self.last_calendar(m.start(), within=400, skip_derived=True)
        else:
            anchor = None
        sign = 1 if direction in ("later", "from now", "hence") else -1
        if amount is None:
            value = "FUTURE_REF" if sign > 0 else "PAST_REF"
            return _Found(m.start(), m.end(), "DATE", value, mod, calendar=False)
        n = int(amount) if amount == int(amount) else amount
        if unit in ("hour", "minute", "second"):
            if unit == "hour" and isinstance(n, int):
                return _Found(m.start(), m.end(), "TIME", (dt.datetime.combine(self.ref, dt.time(12)) + sign * dt.timedelta(hours=n)).strftime("%Y-%m-%dT%H"), mod)
            return None
        if not isinstance(n, int):
            return None
        gran = {"night": "day", "weekend": "week"}.get(unit, unit)
        if anchor is not None and direction in ("earlier", "later", "previously"):
            shifted = None
            agran = interval(anchor.value)[2]
            if agran in ("quarter", "half") and unit in ("year",) and sign < 0:
                if not self._period_since(anchor, m.start()):
                    shifted = shift_value(anchor.value, years=-n)
            elif agran in ("day", "time"):
                first = dt.date.fromisoformat(interval(anchor.value)[0])
                # from a day, "a week later" is a day too; "two years earlier" stays a year
                shifted = value_at(shift_day(first, gran, sign * n), "day" if gran in ("day", "week") else gran)
            if shifted:
                return _Found(m.start(), m.end(), "DATE", shifted, mod, derived=True)
        if unit == "year" and sign < 0:
            anchor = self._year_ago_quarter(m.start())
            if anchor is not None:
                return _Found(m.start(), m.end(), "DATE", shift_value(anchor.value, years=-n), mod, derived=True)
        d = shift_day(self.ref, gran, sign * n)
        return _Found(m.start(), m.end(), "DATE", value_at(d, gran), mod)

    def _period_since(self, anchor: _Found, start: int) -> bool:
        """A longer reporting period ("the nine months", "the year") named between anchor and start."""
        return any(item.type == "DURATION" and re.fullmatch(r"P(?:[6-9]M|1Y)", item.value)
                   for item in self.found if anchor.end <= item.start and item.end <= start)

    def _year_ago_quarter(self, start: int) -> _Found | None:
        """The quarter a report's "a year ago" / "a year earlier" compares with: the quarter last
        discussed within a few paragraphs, not a future one ("expects a fourth-quarter charge"), unless a
        longer reporting period ("the nine months", "the year") was named after it: then the comparison
        is with that period, whose calendar value is the year."""
        for item in reversed(self.found):
            if item.end > start:
                continue
            if start - item.end > YEAR_AGO_WINDOW:
                return None
            if item.type == "DURATION" and re.fullmatch(r"P(?:[6-9]M|1Y)", item.value):
                return None
            if item.derived or item.type != "DATE" or not item.calendar:
                continue
            _, last, gran = interval(item.value)
            if gran == "quarter" and last <= self.ref.isoformat():
                return item
        return None

    def h_duration(self, m):
        if (m["long"] or "").lower() == "-old" or _AGE_AFTER.match(self.text, m.end()):
            return None  # ages are not time expressions in TimeML
        unit = _unit_of(m["unit"])
        amount = parse_number(m["num"])
        numtext = " ".join(m["num"].lower().split())
        if m["andhalf"] and amount is not None:  # "a minute and a half"
            amount += 0.5
        if numtext in ("one", "some") and unit == "day" and not (m["the"] or m["mod"] or m["rel"]) and re.search(
                r"\b(?:will|would|could|may|might|can|shall|'ll|hope\s+to|hopes\s+to)\s+$", self.text[max(0, m.start() - 12):m.start()], re.I):
            return _Found(m.start(), m.end(), "DATE", "FUTURE_REF", calendar=False)  # "Islam will one day be ..."
        if numtext in ("a", "an") and (m["unit"].lower().endswith("s") and unit != "century"):
            return None
        before = self.text[max(0, m.start() - 12):m.start()]
        if numtext in ("a", "an") and not m["rel"] and not m["mod"] and not m["the"]:
            if re.search(r"(?:\d|\$|cents?|percent|%|times|once|twice|million|billion|thousand|dollars?|euros?|pounds?|yen)\s*$", before, re.I):
                return _Found(m.start(), m.end(), "SET", duration_value(1, unit), calendar=False)
            previous = re.search(r"([A-Za-z']+)([^A-Za-z']*)$", before)
            if (previous and previous[1].lower() not in _BEFORE_BARE_DURATION and not m["long"]
                    and re.fullmatch(r"[a-z]+s|[A-Z]+s", previous[1]) and not previous[1].endswith("ss")
                    and not re.search(r"[.!?\n\"`:;(,]", previous[2])):
                # "700 seats a week", "interviews a day": a rate, which TimeML annotates as a SET
                return _Found(m.start(), m.end(), "SET", duration_value(1, unit), calendar=False)
        if m["unit"].lower() == "quarters" and self.text[m.end("num"):m.start("unit")] == "-":
            return None  # "three-quarters": a fraction
        if m["unit"].lower() == "quarter" and re.match(r"\s+of\b(?!\s+(?:a|an|the)\s+(?:century|hour|year)\b)", self.text[m.end():m.end() + 20]):
            return None  # "more than a quarter of the market": a fraction, not three months
        if numtext in ("a", "an", "one") and m["unit"].lower() in ("second",) and not m["the"]:
            return None
        if m["num2"]:
            amount2 = parse_number(m["num2"])
            unit2 = _unit_of(m["unit2"])
            if amount is not None and amount2 is not None and unit == "minute" and unit2 == "second":
                return _Found(m.start(), m.end(), "DURATION", f"PT{int(amount)}M{int(amount2)}S", _mod_of(m["mod"]), calendar=False)
        mod = _mod_of(m["mod"])
        start = m.start()
        if m["unit"].lower().rstrip("s") == "second" and amount is None and not m["the"]:
            return None
        if amount is not None and amount >= 1000 and m["unit"].lower() in g.UNITS:
            return None  # "1988 quarter", "five year": a singular unit after a number is not a duration
        if m["the"] and m["mod"]:  # "over the past two years": "over" is the preposition
            start, mod = m.start("the"), None
        if m["the"] and self.text[m.end("num"):m.start("unit")] == "-":
            start = m.start("num")  # "the two-week trip": the determiner is the noun's
        return _Found(start, m.end(), "DURATION", _duration(amount, unit), mod, calendar=False)

    def h_duration_adj(self, m):
        if (m["long"] or "").lower() == "old":
            return None  # ages are not time expressions in TimeML
        num = m["num"].lower()
        amount = 0.5 if num == "half" else parse_number(num)
        if amount is None:
            return None
        return _Found(m.start(), m.end(), "DURATION", _duration(amount, _unit_of(m["unit"])), calendar=False)

    def h_plural_unit(self, m):
        unit = _unit_of(m["unit"])
        rel = (m["rel"] or "").lower()
        if not rel and not m["long"]:
            before = self.text[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(?:for|in|over|within|took|take|takes|taking|last|lasted|lasts|spent|spend|after)\s+$", before):
                return None
            after = self.text[m.end():m.end() + 6].lower()
            if re.match(r"\s+(?:of|ago|earlier|later|before|after|old)\b", after) or re.match(r"\s*'", after):
                return None
        if rel == "recent" and unit in ("year", "decade") and not m["the"]:
            return _Found(m.start(), m.end(), "DATE", "PAST_REF", calendar=False)
        return _Found(m.start(), m.end(), "DURATION", _duration(None, unit), calendar=False)

    def h_vague_duration(self, m):
        if not re.search(r"\b(?:for|in|after|within|over)\s+$", self.text[max(0, m.start() - 8):m.start()], re.I):
            return None
        return _Found(m.start(), m.end(), "DURATION", "PXX", calendar=False)

    def h_unit_long(self, m):
        return _Found(m.start(), m.end(), "DURATION", _duration(1, _unit_of(m["unit"])), calendar=False)

    def h_holiday(self, m):
        name = " ".join(m["name"].lower().split())
        rel = (m["rel"] or "").lower()

        def day_in(year: int) -> dt.date:
            return _holiday(name, year)

        if m["year"]:
            d = day_in(int(m["year"]))
        else:
            this = day_in(self.ref.year)
            if rel in ("last", "past"):
                d = this if this < self.ref else day_in(self.ref.year - 1)
            elif rel in ("next", "coming"):
                d = this if this > self.ref else day_in(self.ref.year + 1)
            elif rel == "this":
                d = this
            else:
                d = dt.date(self.year_for(this.month, this.day, m.start(), m.end()), 1, 1)
                d = day_in(d.year)
        end = m.end()
        found = _Found(m.start(), end, "DATE", d.isoformat())
        found.year = int(m["year"]) if m["year"] else None
        return found

    def h_vague(self, m):
        word = " ".join(m["word"].lower().split())
        value = VAGUE.get(word)
        if value is None:
            return None
        if word == "future":  # as an adjective only when it modifies a noun
            if not re.match(r"\s+[a-z]", self.text[m.end():m.end() + 3]):
                return None
        if word in ("current", "recent") and not re.match(r"\s+[a-z]", self.text[m.end():m.end() + 3]):
            return None
        if word == "the past" and re.match(r"\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|decade|year|month|week|day|century)", self.text[m.end():m.end() + 12], re.I):
            return None
        return _Found(m.start(), m.end(), "DATE", value, calendar=False)

    def h_set(self, m):
        word = " ".join(m["word"].lower().split())
        if word in SET_WORDS:
            if word == "annual" or re.match(r"\s+[A-Z][a-z]", self.text[m.end():m.end() + 3]):
                return None  # "the party daily Granma": a newspaper
            return _Found(m.start(), m.end(), "SET", SET_WORDS[word], calendar=False)
        if word == "a year":
            before = self.text[max(0, m.start() - 14):m.start()]
            if not re.search(r"(?:\d|\$|cents?|percent|%|times|once|twice|billion|million)\s*$", before, re.I):
                return None
            return _Found(m.start(), m.end(), "SET", "P1Y", calendar=False)
        every = re.match(r"(?:every|each|per)\s+(?:other\s+)?(?:(\S+)\s+)?(\S+)$", word)
        freq = re.match(r"(?:once|twice|\S+\s+times)\s+(?:a|an|per|every|each)\s+(\S+)$", word)
        if freq:
            return _Found(m.start(), m.end(), "SET", duration_value(1, _unit_of(freq[1])), calendar=False)
        if every:
            noun = every[2].lower().rstrip(".")
            if noun in g.WEEKDAYS:
                return _Found(m.start(), m.end(), "SET", f"XXXX-WXX-{g.WEEKDAYS[noun] + 1}", calendar=False)
            if noun in g.MONTHS:
                return _Found(m.start(), m.end(), "SET", f"XXXX-{g.MONTHS[noun]:02d}", calendar=False)
            if noun in g.SEASONS:
                return _Found(m.start(), m.end(), "SET", f"XXXX-{g.SEASONS[noun]}", calendar=False)
            if noun in ("morning", "evening", "night", "afternoon"):
                return _Found(m.start(), m.end(), "SET", f"XXXX-XX-XXT{g.PARTS_OF_DAY[noun]}", calendar=False)
            amount = parse_number(every[1]) if every[1] else 1
            if amount is None:
                return None
            if "other" in word:
                amount *= 2
            return _Found(m.start(), m.end(), "SET", _duration(amount, _unit_of(noun)), calendar=False)
        days = re.match(r"(?:(\w+)\s+)?(mornings|evenings|nights|afternoons)$", word)
        if days:
            if days[1] and days[1].lower().rstrip("s") in g.WEEKDAYS:
                wd = g.WEEKDAYS[days[1].lower()]
                return _Found(m.start(), m.end(), "SET", f"XXXX-WXX-{wd + 1}T{g.PARTS_OF_DAY[days[2][:-1]]}", calendar=False)
            return None
        if word.endswith("s") and word[:-1] in g.WEEKDAYS and m["word"][0].isupper():
            return _Found(m.start(), m.end(), "SET", f"XXXX-WXX-{g.WEEKDAYS[word[:-1]] + 1}", calendar=False)
        return None


class _NarrativeNormalizer(NarrativeAnchoring, _Normalizer):
    """A narrative's normalizer: dates lean on the story's time (narrative.py)."""


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (n < 0: last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(name: str, year: int) -> dt.date:
    """The day of a holiday with a fixed calendar rule (US rules for Thanksgiving, Labor, Memorial Day)."""
    from dateutil.easter import easter

    name = name.replace("\u2019", "'")
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
             "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
             "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14)}
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    sunday = easter(year)
    return sunday + dt.timedelta(days=1) if name.endswith("monday") else sunday


def _duration(amount: float | None, unit: str) -> str:
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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,;:.'\"" and not text[start:end].lower().endswith((".m.", "a.m", "p.m")):
        if text[end - 1] == "." and re.search(r"\b(?:[A-Z][a-z]{1,3}|[ap]\.m)\.$", text[start:end]):
            break
        end -= 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start, end


def _candidates(text: str) -> list[tuple[int, int, int, re.Match]]:
    out = []
    for index, (_, pattern) in enumerate(g.PATTERNS):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                out.append((m.start(), m.end(), index, m))
    return out


def _select(candidates: list[tuple[int, int, int, re.Match]]) -> list[tuple[int, int, int, re.Match]]:
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


def _find(text: str, reference: dt.date, doc: "Doc | None", timeml: bool = True,
          narrative: bool = False) -> list[tuple[_Found, str]]:
    candidates = sorted(_candidates(text), key=lambda c: c[0])
    starts = [c[0] for c in candidates]
    normalizer = (_NarrativeNormalizer if narrative else _Normalizer)(text, reference, doc, timeml)
    results: list[tuple[_Found, str]] = []

    def accept(cand, fallback: bool) -> None:
        s, e, index, m = cand
        name = g.PATTERNS[index][0]
        found = normalizer.run(name, m)
        if found is None:
            if fallback:
                # a span its pattern rejected may hold a shorter valid expression ("May" the modal
                # inside a longer match, "a week" inside "a week later")
                inner = []
                for j in range(bisect.bisect_left(starts, s), len(candidates)):
                    c = candidates[j]
                    if c[0] >= e:
                        break
                    if c[1] <= e and c is not cand:
                        inner.append(c)
                for c in _select(inner):
                    accept(c, fallback=False)
            return
        found.start, found.end = _trim(text, found.start, found.end)
        if found.end <= found.start:
            return
        found.kind = name
        normalizer.found.append(found)
        results.append((found, name))

    for cand in _select(candidates):
        accept(cand, fallback=True)
    return results


def _expression(text: str, f: _Found) -> TimeExpression:
    value = bc_value(f.value)
    first, last, gran = interval(value)
    return TimeExpression(f.start, f.end, text[f.start:f.end], f.type, value, first, last, gran, f.mod)


def _merge_ranges(text: str, items: list[TimeExpression]) -> list[TimeExpression]:
    """Join "from A to B", "between A and B", "A through B" into one DATE covering A..B."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(items):
        a = items[i]
        if i + 1 < len(items):
            b = items[i + 1]
            gap = text[a.end:b.start]
            before = text[max(0, a.start - 9):a.start]
            connector = g.RANGE_BETWEEN.match(gap)
            if (connector and a.date and b.date and a.type in ("DATE", "TIME") and b.type in ("DATE", "TIME")
                    and b.end_date >= a.date):
                word = gap.strip().lower()
                has_from = bool(g.RANGE_FROM.search(before))
                if word in ("-", "\u2013", "\u2014", "through", "thru") or has_from:
                    if word != "and" or "between" in before.lower():
                        m = g.RANGE_FROM.search(before)
                        start = a.start - (len(before) - m.start()) if m else a.start
                        value = f"{a.value}/{b.value}"
                        out.append(TimeExpression(start, b.end, text[start:b.end], "DATE", value, a.date,
                                                  b.end_date, a.granularity if a.granularity != "time" else "day", a.mod))
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


def tag(text: str, reference: dt.date, doc: "Doc | None" = None, *, ranges: bool = False,
        kind: str = "auto") -> list[TimeExpression]:
    """Temporal expressions in `text`, normalized against `reference` (the document's date).

    `doc`, when given, is a spaCy Doc of exactly `text`; its parse decides the tense of clauses.
    With `ranges=True` a date range ("from Thursday to Saturday", "June 3-5") is one expression whose
    value is an ISO interval START/END; otherwise each part is its own expression, as TimeML has it.
    `kind`: "news", "narrative" (partial dates take the story's years, narrative.py) or "auto" (detect).
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if doc is not None and doc.text != text:
        doc = None
    narrative = resolve_kind(text, reference.year, kind).kind == "narrative"
    expressions: list[TimeExpression] = []
    for found, _name in _find(text, reference, doc, timeml=not ranges, narrative=narrative):
        second = getattr(found, "range_second", None)
        if second is not None:
            first_value = found.value.split("/")[0]
            if ranges:
                expressions.append(_expression(text, replace(found, value=found.value)))
            else:
                s2, e2, d2 = second
                part = replace(found, value=first_value)
                dash = re.search(r"\s*(?:-|\u2013|through|to|and|until)\s*$", text[found.start:s2])
                part.end = found.start + dash.start() if dash else s2
                expressions.append(_expression(text, part))
                year_tail = re.match(r",?\s+\d{4}", text[e2:found.end])
                expressions.append(_expression(text, _Found(s2, found.end if year_tail else e2, "DATE", d2.isoformat())))
            continue
        expressions.append(_expression(text, found))
    if ranges:
        expressions = _merge_ranges(text, expressions)
    return expressions
