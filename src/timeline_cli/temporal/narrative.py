"""Narrative time: is a text news about its own week, or a story told years before its date?

A news report dates its events from its reference date ("on Tuesday", "last month"). A history, a
Wikipedia article or a long backgrounder tells a story through its own years ("In 1939 ... On 28 March
... eight days later"), and a partial date there takes its year, and month, from the time the story has
reached: the latest explicit date before it, across paragraphs. `detect_kind` decides which of the two
a text is from cheap regular expressions over the raw text (no parse), before tagging; the tagger
(`tagger.Normalizer`) then asks `story_point` for the time the story has reached.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .context import Context, Found, inside_quotation
from .timex import interval, shift_day, value_at
from .words import ENGLISH, TemporalWords

KINDS = ("news", "narrative")
KIND_CHOICES = ("auto", *KINDS)

# The patterns below (explicit years, partial dates, a report's own days) are the language's words
# (lang/en/temporal.py: EXPLICIT_YEAR, PARTIAL_DATE, OWN_DAYS).

# At least this many explicit years, this share of them before the reference year, and at least this
# many partial dates told after the first of those, for a text to be a narrative.
MIN_YEARS = 3
MIN_PAST_SHARE = 0.75
MIN_PARTIALS = 2
# ... or, with no partial dates (a history told in years alone: "in 490 BC", "by 479 BC"), this many past years.
MIN_YEARS_ALONE = 10
# A report says what happened on its own days in its opening lines ("... he said Saturday").
LEDE_CHARS = 400


@dataclass(frozen=True)
class KindDecision:
    """A document's kind and why: what `-v` reports."""

    kind: str
    reason: str


def detect_kind(text: str, reference_year: int, words: TemporalWords = ENGLISH) -> KindDecision:
    """'narrative' when most explicit years are before the reference year, partial dates follow them,
    and the text seldom speaks of its own days ("yesterday", "on Tuesday"); otherwise 'news'.
    Linear in the text: three regular expressions, no parse (docs/dates.md lists the rules)."""
    years = [(m.start(), int(m["year"]) if not m["bc"] else -int(m["year"]))
             for m in words.explicit_year.finditer(text)]
    years = [(pos, y) for pos, y in years if y < 0 or 1000 <= y <= reference_year + 50]
    if len(years) < MIN_YEARS:
        return KindDecision("news", f"{len(years)} explicit year(s), fewer than {MIN_YEARS}")
    far = [(pos, y) for pos, y in years if y < reference_year]
    share = len(far) / len(years)
    if share < MIN_PAST_SHARE:
        return KindDecision("news", f"{len(far)} of {len(years)} explicit years are before "
                                    f"{reference_year} ({share:.0%} < {MIN_PAST_SHARE:.0%})")
    first_far = far[0][0]
    partials = sum(1 for m in words.partial_date.finditer(text, first_far))
    deictic = sum(1 for _ in words.own_days.finditer(text))
    lede = words.own_days.search(text.lstrip()[:LEDE_CHARS])
    if lede:
        return KindDecision("news", f"its opening lines speak of the reference date's days ({lede[0]!r})")
    if (partials < MIN_PARTIALS and len(far) < MIN_YEARS_ALONE) or 4 * deictic > max(partials, len(far)):
        return KindDecision("news", f"{len(far)} of {len(years)} explicit years are before "
                                    f"{reference_year}, but {partials} partial date(s) follow them and "
                                    f"{deictic} expression(s) count from the reference date")
    return KindDecision("narrative", f"{len(far)} of {len(years)} explicit years are before "
                                     f"{reference_year}, {partials} partial dates follow them, {deictic} "
                                     f"expression(s) count from the reference date")


def resolve_kind(text: str, reference_year: int, kind: str = "auto",
                 words: TemporalWords = ENGLISH) -> KindDecision:
    """The kind to tag `text` as: `kind` itself when it is news or narrative, else detected."""
    if kind in KINDS:
        return KindDecision(kind, "given")
    if kind != "auto":
        raise ValueError(f"kind must be one of {', '.join(KIND_CHOICES)}, not {kind!r}")
    return detect_kind(text, reference_year, words)


# --- historical calendar expressions, for every kind of text ---------------------------------------

# Inside the tagger a BC year is a far-future "proxy" year (490 BC is 8510), so that calendar arithmetic
# ("the following year", "eight days later", "in the spring") works on it unchanged; `bc_value` writes
# it back as TIMEX3's BC0490 when the expression leaves the tagger.
BC_PROXY = 9000
_PROXY_VALUE = re.compile(r"^([5-8]\d{3})(?=$|-)")
_PROXY_DECADE = re.compile(r"^[5-8]\d{1,2}$")  # "852": proxy years 8520-8529; "85": 8500-8599


def bc_value(value: str) -> str:
    """'8510-08' -> 'BC0490-08', decade '852' -> 'BC048', century '85' -> 'BC04'; others unchanged."""
    m = _PROXY_VALUE.match(value)
    if m:
        return f"BC{BC_PROXY - int(m[1]):04d}{value[4:]}"
    if _PROXY_DECADE.match(value):
        if len(value) == 3:
            return f"BC{(BC_PROXY - 10 * int(value)) // 10:03d}"
        return f"BC{(BC_PROXY - 100 * int(value)) // 100 - 1:02d}"
    return value


# --- narrative anchoring ---------------------------------------------------------------------------

# What a story's time can be: a day, a week, a month, a season, a quarter, a half or a year; not a
# decade or a century ("in the 1930s" does not tell "in May" its year).
STORY_GRANS = ("day", "time", "week", "month", "season", "quarter", "half", "year")
# Handlers whose expressions count from "now": in a narrative, now is the time the story has reached
# ("the next day", "two years ago" in a quotation, "this year", "Tuesday").
_FROM_NOW = frozenset({"deictic", "pod_deictic", "this_pod", "midday", "overnight", "weekday", "pod_weekday", "rel_unit",
                       "the_unit", "the_period", "ago", "clock", "season", "month", "holiday", "anaphoric",
                       "day_before", "edge_unit", "decade_word"})
# Dates that move the story only when they open their sentence (see NarrativeAnchoring._stated).
PASSING_KINDS = ("year", "era_year", "year_range_first", "month_year")
# A date in passing moves the story at most this many years from the time it had reached.
MAX_PASSING_STEP = 5
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_HEADING = re.compile(r"(?:^|\n)\s*(?:\(\s*)?$")
# A month this many months before the story's month lies in the next year ("In December ... In January").
ROLLOVER_MONTHS = 6
_GRAN_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 3, "year": 4}
_UNIT_GRAN = {"night": "day", "weekend": "week", "day": "day", "week": "week", "month": "month",
              "quarter": "quarter", "year": "year", "decade": "year"}


class NarrativeAnchoring(Context):
    """Overrides of the tagger's normalizer for a narrative: a partial, anaphoric or relative date
    leans on the time the story has reached (the latest calendar expression before it that the text
    states rather than counts, however far back, across paragraphs), not on the reference date or the
    tense of its clause."""

    narrative = True

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # the document's own date: `ref` is the story's time while a handler runs (`run`)
        self.document_ref = self.ref

    def last_calendar(self, before: int, within: int = 10_000, grans: tuple[str, ...] | None = None,
                      skip_derived: bool = False, reported: bool = False) -> Found | None:
        # a story's time holds until the story names another, whatever lies in between
        found = super().last_calendar(before, 10**12, grans, skip_derived, reported)
        if found is not None and (grans is None or "year" in grans) and self._in_passing(found) and not self._stated(found):
            # "... part of the empire since 513 BC. The following year": the year after the story's
            return self.story_point(before) or found
        return found

    def story_point(self, start: int) -> Found | None:
        """The latest stated date before `start` ("a year earlier" and "the previous year" are
        counted from it, not stated: a story does not move back with them). A date in passing counts
        instead when it is a month of `start`'s own sentence, or when it lies in a later paragraph
        than the stated date and near it in time (`_moves_on`). None for a date of the narrator's own
        present looking ahead (`_present_ahead`): it counts from the reference date, as in news."""
        if self._present_ahead(start):
            return None
        passing: list[Found] = []
        for item in reversed(self.found):
            if item.end > start or item.derived or not item.calendar or item.type not in ("DATE", "TIME"):
                continue
            gran = interval(item.value)[2]
            if gran not in STORY_GRANS:
                continue
            if not self.timeml and self.begins_after(item.value, self.document_ref):
                # "will close at the end of March ..., its owner said on Tuesday", in a January
                # backgrounder: a date after the document's own is a prospect, not a time the story has
                # reached; the story's time is the one before it (round 70f)
                continue
            if self._in_passing(item) and not self._stated(item):
                if gran != "year" and not _SENTENCE_BREAK.search(self.text, item.end, start):
                    return item  # "... broke out in June 1946, on June 26": the sentence's own month
                passing.append(item)  # "... had been conquered in 513 BC": a year in passing
                continue
            return next((p for p in passing if self._moves_on(item, p)), item)
        return passing[0] if passing else None

    def _present_ahead(self, start: int) -> bool:
        """Whether `start` lies in a clause of the narrator's present that looks ahead: a backgrounder's
        closing "the contract will be awarded in the summer", "which is due to open on April 7", "are
        expected to decide by June" (round 70d). Its tense is future (`Tense.at`) and the first finite verb up
        from the date's own (through infinitives, bare conjuncts and "due") has a present auxiliary or
        form ("will", "is", "are"), not a past one ("would", "was due to"): a past story's own future
        ("the army would attack in June") is the story's. Not in a quotation, where
        a history's people speak of their own time."""
        if self.tense.doc is None or inside_quotation(self.text, start):
            return False
        found = self.tense._token_and_verb(start)
        if found is None:
            return False
        node = found[1]
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX"):
                forms = [node, *(c for c in node.children if c.dep_ in ("aux", "auxpass"))]
                if any(w.tag_ == "VBD" or w.lower_ in self.words.past_future_aux for w in forms):
                    return False  # "was due to open", "would open", "said": the story's own time
                if any(w.tag_ in ("VBZ", "VBP") or w.tag_ == "MD" and w.lower_ in self.words.future_aux for w in forms):
                    break  # "will be awarded", "is due to open", "are expected to decide"
            if node.head.i == node.i or node.dep_ not in ("xcomp", "conj", "acomp", "oprd", "pcomp", "pobj", "prep"):
                return False
            node = node.head
        else:
            return False
        return self.tense.at(start, start + 1) == "future"

    def _moves_on(self, stated: Found, later: Found) -> bool:
        """Whether a date mentioned in passing after `stated` is where the story has gone: in a later
        paragraph that states no date of its own ("... a victory in early January 1942" after a
        paragraph on December 1941), unless it is far from the story ("declassified in 2005")."""
        step = int(later.value[:4]) - int(stated.value[:4])
        return abs(step) <= MAX_PASSING_STEP and "\n" in self.text[stated.end:later.start]

    def _in_passing(self, item) -> bool:
        """A kind of date that may be mentioned in passing: a year, a month or a season of a year."""
        return item.kind in PASSING_KINDS or item.kind == "season" and bool(
            re.search(r"\d{3}", self.text[item.start:item.end]))

    def _stated(self, item) -> bool:
        """A year, or a month of a year, that sets the story's time: the time adverbial opening its
        sentence ("In 1939, ...", "By March 1945 ...") or a heading ("1919"), not one mentioned in
        passing mid-sentence ("... until the fall of the city in February 1945")."""
        before = self.text[max(0, item.start - 30):item.start]
        return bool(self.words.narrative_prep.search(before) or _HEADING.search(before))

    def run(self, name: str, m: re.Match[str]) -> Found | None:
        document_ref = self.ref
        if name in _FROM_NOW:
            point = self.story_point(m.start())
            if point is not None:
                self.ref = dt.date.fromisoformat(interval(point.value)[0])
        try:
            found = super().run(name, m)
        finally:
            self.ref = document_ref
        if found is not None and (name in ("ago", "the_period", "edge_unit") or (
                "rel" in m.re.groupindex and (m["rel"] or "").lower().split()[-1:] in (
                    ["next"], ["last"], ["coming"], ["past"], ["previous"], ["this"]))):
            # counted from the story's time, not stated: "next summer" in a plan does not move the story
            found.derived = True
        return found

    def narrative_year(self, start: int, end: int) -> int | None:
        point = self.story_point(start)
        return int(point.value[:4]) if point is not None else None

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int:
        point = self.story_point(start)
        if point is None or self.words.range_year_ahead.match(self.text, end) or self.range_start(
                start, ("mdy", "dmy", "month", "numeric", "iso")) is not None:
            return super().year_for(month, day, start, end)
        first, _, gran = interval(point.value)
        year = int(first[:4])
        if (gran in ("day", "time", "week", "month") and int(first[5:7]) - month >= ROLLOVER_MONTHS
                and re.search(r"\d{4}", self.text[point.start:point.end])):
            year += 1
        return year

    def h_ago(self, m: re.Match[str]) -> Found | None:
        """'eight days later', 'two years earlier', 'four days after the vote': the date that far from
        the time the story has reached (in a news report, TimeML's DURATION "eight days")."""
        direction = " ".join(m["dir"].lower().split())
        if direction not in ("later", "earlier", "after", "before", "previously"):
            return super().h_ago(m)
        if self.shift_amount(m, direction):
            return None
        end = m.end()
        if direction in ("after", "before"):
            event = self.words.after_event.match(self.text, end)
            if not event:
                return None
            end = event.end()
        unit = self.unit_of(m["unit"])
        sign = 1 if direction in ("later", "after") else -1
        mod = self.mod_of(m["mod"])
        amount = self.parse_number(m["num"])
        if amount is None:
            return Found(m.start(), end, "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", mod, calendar=False)
        gran = _UNIT_GRAN.get(unit)
        point = self.story_point(m.start())
        if gran is None or point is None or amount != int(amount):
            return None
        n = int(amount) * (10 if unit == "decade" else 1)
        first, _, point_gran = interval(point.value)
        if point_gran in ("day", "time") and gran == "week":
            gran = "day"  # from a day, "a week later" is a day
        if _GRAN_RANK.get(point_gran, 9) > _GRAN_RANK[gran]:
            gran = point_gran  # "In 1940 ... two months later": no finer than the story knows
        if gran not in ("day", "week", "month", "quarter", "year"):
            gran = "year"
        step_unit = {"night": "day", "weekend": "week", "decade": "year"}.get(unit, unit)
        shifted = shift_day(dt.date.fromisoformat(first), step_unit, sign * n)
        # "two decades earlier" is known to the decade (194), "a decade earlier" to the year
        value = str(shifted.year // 10) if unit == "decade" and n > 10 else value_at(shifted, gran)
        return Found(m.start(), end, "DATE", value, mod, derived=True)

    def h_pod_of_date(self, m: re.Match[str]) -> Found | None:
        """'the night of 8 February 1904', 'the early morning hours of 30 April': that day's part of
        the day (TIMEX2 and narratives' gold take the whole phrase; news gold only the date)."""
        for name, pattern in self.words.patterns:
            inner = pattern.match(self.text, m.start("date")) if name in ("mdy", "dmy", "day_range_first") else None
            if inner is not None and inner.end() <= m.end():
                break
        else:
            return None
        found = self.run(name, inner)
        if found is None or interval(found.value)[2] != "day":
            return None
        return Found(m.start(), m.end(), "TIME", f"{found.value}T{self.words.parts_of_day[m['pod'].lower()]}",
                     year=found.year)
