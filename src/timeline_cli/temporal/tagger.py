"""Find temporal expressions in a text and normalize them to TIMEX3 (TempEval-3 conventions).

Three stages, one module each: recognition (recognition.py: the language's patterns run once each over
the text; where candidates overlap the longest wins), context (context.py: tense, the last calendar
expression, year and weekday choice; narrative.py: the time a story has reached), and normalization,
which walks the chosen expressions left to right so that anaphoric ones ("the next day", "a year
earlier", "that year") and partial dates ("June 27", "in March") can lean on what the text has said
before (dates.py: calendar; periods.py: fiscal and report periods; relative.py: relative and anaphoric
expressions; durations.py: durations, vague references and sets; history.py: eras). The words and
patterns are a language's (words.TemporalWords, English by default: lang/en/temporal.py).

Each pattern name is bound to its handler by HANDLERS below, checked when this module is imported:
every pattern has a handler and every handler a pattern.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..records import TimeExpression
from . import recognition
from .context import Found, doc_text
from .dates import CalendarHandlers
from .durations import DurationHandlers
from .habits import habit_clock_times, opening_hours, set_neighbours
from .hemisphere import southern_seasons
from .history import HistoryHandlers
from .narrative import NarrativeAnchoring, bc_value, resolve_kind
from .periods import PeriodHandlers
from .relative import RelativeHandlers
from .scopes import superlative_scopes
from .timex import interval
from .words import ENGLISH, TemporalWords

if TYPE_CHECKING:
    from spacy.tokens import Doc

Handler = Callable[..., "Found | None"]
_HANDLER_CLASSES = (CalendarHandlers, PeriodHandlers, RelativeHandlers, DurationHandlers, HistoryHandlers)


class HandlerTableError(ValueError):
    """A pattern without a handler, or a handler without a pattern."""


def check_handlers(table: Mapping[str, Handler], pattern_names: tuple[str, ...] | list[str],
                   handlers: tuple[Handler, ...] = ()) -> None:
    """Raise HandlerTableError unless the table binds exactly the pattern names, to callables, and
    every one of `handlers` (the h_* functions that exist) is bound to some pattern."""
    unbound = [name for name in pattern_names if name not in table]
    unused = sorted(set(table) - set(pattern_names))
    not_callable = sorted(name for name, handler in table.items() if not callable(handler))
    orphans = sorted(h.__qualname__ for h in handlers if h not in set(table.values()))
    problems = ([f"pattern(s) without a handler: {', '.join(unbound)}"] if unbound else []) + (
        [f"handler(s) without a pattern: {', '.join(unused)}"] if unused else []) + (
        [f"not callable: {', '.join(not_callable)}"] if not_callable else []) + (
        [f"handler(s) bound to no pattern: {', '.join(orphans)}"] if orphans else [])
    if problems:
        raise HandlerTableError("; ".join(problems))


class Normalizer(CalendarHandlers, PeriodHandlers, RelativeHandlers, DurationHandlers, HistoryHandlers):
    """A news text's normalizer: relative dates count from the reference date."""


# Pattern name -> handler(normalizer, match). The patterns are the language's (lang/en/temporal.py
# PATTERNS for English); a pack's patterns must be among these names (checked by `bound`).
HANDLERS: Mapping[str, Handler] = MappingProxyType({
    # calendar (dates.py)
    "clock": CalendarHandlers.h_clock,
    "mdy": CalendarHandlers.h_mdy,
    "dmy": CalendarHandlers.h_dmy,
    "day_range_first": CalendarHandlers.h_day_range_first,
    "month_year": CalendarHandlers.h_month_year,
    "month": CalendarHandlers.h_month,
    "iso": CalendarHandlers.h_iso,
    "numeric": CalendarHandlers.h_numeric,
    "year": CalendarHandlers.h_year,
    "decade": CalendarHandlers.h_decade,
    "decade_word": CalendarHandlers.h_decade_word,
    "century": CalendarHandlers.h_century,
    "week_of_month": CalendarHandlers.h_week_of_month,
    "week_of_date": CalendarHandlers.h_week_of_date,
    "season": CalendarHandlers.h_season,
    "weekday": CalendarHandlers.h_weekday,
    "pod_weekday": CalendarHandlers.h_pod_weekday,
    "pod_of_date": CalendarHandlers.h_pod_of_date,
    "holiday": CalendarHandlers.h_holiday,
    # historical calendar (history.py)
    "era_year": HistoryHandlers.h_era_year,
    "era_range_first": HistoryHandlers.h_era_range_first,
    "era_decade": HistoryHandlers.h_era_decade,
    "era_century": HistoryHandlers.h_era_century,
    "month_of_that_year": HistoryHandlers.h_month_of_that_year,
    "that_month": HistoryHandlers.h_month_of_that_year,
    "year_range_first": HistoryHandlers.h_year_range_first,
    "year_range_second": HistoryHandlers.h_year_range_second,
    # fiscal and report periods (periods.py)
    "quarter": PeriodHandlers.h_quarter,
    "two_quarters": PeriodHandlers.h_two_quarters,
    "fy": PeriodHandlers.h_fy,
    "year_period": PeriodHandlers.h_year_period,
    "quarter_q": PeriodHandlers.h_quarter_q,
    "the_period": PeriodHandlers.h_the_period,
    "year_ago_quarter": PeriodHandlers.h_year_ago_quarter,
    "the_quarter": PeriodHandlers.h_the_quarter,
    "fiscal_year": PeriodHandlers.h_fiscal_year,
    "edge_unit": PeriodHandlers.h_edge_unit,
    # relative and anaphoric (relative.py)
    "deictic": RelativeHandlers.h_deictic,
    "pod_deictic": RelativeHandlers.h_pod_deictic,
    "this_pod": RelativeHandlers.h_this_pod,
    "midday": RelativeHandlers.h_midday,
    "pod_bare": RelativeHandlers.h_pod_bare,
    "overnight": RelativeHandlers.h_overnight,
    "rel_unit": RelativeHandlers.h_rel_unit,
    "the_unit": RelativeHandlers.h_the_unit,
    "anaphoric": RelativeHandlers.h_anaphoric,
    "day_before": RelativeHandlers.h_day_before,
    "ago": RelativeHandlers.h_ago,
    # durations, vague references and sets (durations.py)
    "duration": DurationHandlers.h_duration,
    "duration_adj": DurationHandlers.h_duration_adj,
    "plural_unit": DurationHandlers.h_plural_unit,
    "vague_duration": DurationHandlers.h_vague_duration,
    "unit_long": DurationHandlers.h_unit_long,
    "vague": DurationHandlers.h_vague,
    "set": DurationHandlers.h_set,
})
check_handlers(HANDLERS, ENGLISH.pattern_names,
               tuple(value for cls in _HANDLER_CLASSES for name, value in vars(cls).items() if name.startswith("h_")))
Normalizer.handlers = HANDLERS


class NarrativeNormalizer(NarrativeAnchoring, Normalizer):
    """A narrative's normalizer: dates lean on the story's time (narrative.py)."""

    handlers = MappingProxyType({**HANDLERS, "ago": NarrativeAnchoring.h_ago,
                                 "pod_of_date": NarrativeAnchoring.h_pod_of_date})


@functools.lru_cache(maxsize=16)
def bound(words: TemporalWords) -> TemporalWords:
    """`words`, once its patterns are known to have handlers (HandlerTableError otherwise)."""
    unknown = [name for name in words.pattern_names if name not in HANDLERS]
    if unknown:
        raise HandlerTableError(f"pattern(s) without a handler: {', '.join(unknown)}")
    return words


def find(text: str, reference: dt.date, doc: Doc | None, timeml: bool = True,
         narrative: bool = False, words: TemporalWords = ENGLISH) -> list[tuple[Found, str]]:
    """The expressions found and normalized in `text`, left to right, each with its pattern's name."""
    bound(words)
    candidates = sorted(recognition.candidates(text, words), key=lambda c: c[0])
    starts = [c[0] for c in candidates]
    normalizer = (NarrativeNormalizer if narrative else Normalizer)(text, reference, doc, timeml, words)
    results: list[tuple[Found, str]] = []

    def accept(cand, fallback: bool) -> bool:
        s, e, index, m = cand
        name = words.patterns[index][0]
        found = normalizer.run(name, m)
        if found is None:
            if fallback:
                # a span its pattern rejected may hold a valid expression of another pattern, as long
                # ("the same month": not a report's period, an anaphor) or shorter ("May" the modal
                # inside a longer match, "a week" inside "a week later")
                inner = []
                for j in range(bisect.bisect_left(starts, s), len(candidates)):
                    c = candidates[j]
                    if c[0] >= e:
                        break
                    if c[1] <= e and c is not cand:
                        inner.append(c)
                same = [c for c in inner if c[0] == s and c[1] == e]
                if any(accept(c, fallback=False) for c in sorted(same, key=lambda c: c[2])):
                    return True
                for c in recognition.select([c for c in inner if c not in same]):
                    accept(c, fallback=False)
            return False
        found.start, found.end = recognition.trim(text, found.start, found.end, words)
        if found.end <= found.start:
            return False
        found.kind = name
        normalizer.found.append(found)
        results.append((found, name))
        return True

    for cand in recognition.select(candidates):
        if results and results[-1][1] == "clock" and cand[0] >= results[-1][0].start and cand[1] <= results[-1][0].end:
            continue  # "the next day" that a clock time read on into ("8 a.m. the next day")
        accept(cand, fallback=True)
    return results


def _expression(text: str, f: Found) -> TimeExpression:
    value = bc_value(f.value)
    first, last, gran = interval(value)
    if f.days and first:
        first, last = f.days
    return TimeExpression(f.start, f.end, text[f.start:f.end], f.type, value, first, last, gran, f.mod)


def tag(text: str, reference: dt.date, doc: Doc | None = None, *, ranges: bool = False,
        kind: str = "auto", words: TemporalWords = ENGLISH) -> list[TimeExpression]:
    """Temporal expressions in `text`, normalized against `reference` (the document's date).

    `doc`, when given, is a spaCy Doc of exactly `text`; its parse decides the tense of clauses.
    With `ranges=True` a date range ("from Thursday to Saturday", "June 3-5") is one expression whose
    value is an ISO interval START/END; otherwise each part is its own expression, as TimeML has it.
    `kind`: "news", "narrative" (partial dates take the story's years, narrative.py) or "auto" (detect).
    `words`: the language's words and patterns (words.TemporalWords; English by default).
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if doc is not None and doc_text(doc) != text:
        doc = None
    narrative = resolve_kind(text, reference.year, kind, words).kind == "narrative"
    expressions: list[TimeExpression] = []
    for found, _name in find(text, reference, doc, timeml=not ranges, narrative=narrative, words=words):
        second = getattr(found, "range_second", None)
        if second is not None:
            first_value = found.value.split("/")[0]
            if ranges:
                expressions.append(_expression(text, replace(found, value=found.value)))
            else:
                s2, e2, d2 = second
                part = replace(found, value=first_value)
                dash = words.range_dash_before.search(text[found.start:s2])
                part.end = found.start + dash.start() if dash else s2
                expressions.append(_expression(text, part))
                year_tail = re.match(r",?\s+\d{4}", text[e2:found.end])
                expressions.append(_expression(text, Found(s2, found.end if year_tail else e2, "DATE", d2.isoformat())))
            continue
        expressions.append(_expression(text, found))
    if ranges:
        expressions = recognition.merge_ranges(text, expressions, words)
        expressions = habit_clock_times(text, expressions, words)  # "at 5:30 every morning" (habits.py)
        expressions = set_neighbours(text, expressions, words)  # "Every morning at 7:40", "every Monday and Thursday"
        expressions = superlative_scopes(text, expressions, doc, words)  # "its coldest weather of the winter"
        expressions = opening_hours(text, expressions, words)  # "from Wednesday to Sunday, from 5 p.m. to midnight"
        expressions = southern_seasons(text, expressions, words)  # "MENDOZA, Argentina": spring in October
    return expressions
