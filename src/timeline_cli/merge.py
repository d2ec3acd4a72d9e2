"""Cross-document merging: the same event reported by several documents becomes one row.

Two rows report the same event when all of these hold:

* they come from different documents (two mentions in one article are kept apart: an article that
  says "announced" twice about one day usually means two announcements);
* both are dated and their intervals [date, end_date] overlap;
* their triggers (head lemmas) are equal, compared case-insensitively;
* they share at least one actor (case-insensitive, "the" and possessives ignored), or neither has
  an actor and their descriptions are nearly the same words (word Jaccard >= 0.8: the same sentence
  reprinted; two rows that only share a phrase such as "compared with the same month a year ago" are
  different events).

Rows are grouped greedily in input order: each row joins the first group that already has a member
it matches and has no row from its document, else starts a group. A group becomes one row: its first
row (so `source` is the first document), with `sources` listing every document in order and `actors`
the union of the group's actors (first row's first). Rows that are not merged get `sources ==
[source]`. The input rows are not modified (a row that needs no change is returned itself, not a
copy); the output keeps input order. Deterministic.

Cost: a row is compared only with the groups that could match it (see `_groups`): those with a
member of its trigger and of one of its actors (for a row without actors: without actors, sharing one
of the first words of its description), with days in a date bucket its own days touch and that
overlap its own, tried in group order until one matches, so a busy block (many "said" rows of one
actor) costs a row about as much as a quiet one (bench/merge.py; figures in docs/performance.md).
The garbage collector is paused while it runs (it makes no reference cycles).
"""
from __future__ import annotations

import bisect
import collections
import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import math
import operator
import re
from collections.abc import Iterable, Mapping

from .records import Event

SIMILARITY = 0.8
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 16)  # one row's actors are compared with many candidates'
def actor_key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"['’]s?$", "", name)
    return re.sub(r"\s+", " ", name).casefold()


@functools.lru_cache(maxsize=1 << 16)
def _words(text: str) -> frozenset[str]:
    return frozenset(map(str.casefold, _WORD.findall(text or "")))


def similarity(a: str, b: str) -> float:
    """Word Jaccard similarity of two descriptions."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def _overlap(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return False
    a_end, b_end = a.end_date or a.date, b.end_date or b.date
    return a.date <= b_end and b.date <= a_end


def same_event(a: Event, b: Event) -> bool:
    """Whether two rows from different documents report the same event (see the module doc)."""
    if a.source == b.source or not _overlap(a, b):
        return False
    if not a.trigger or a.trigger.casefold() != b.trigger.casefold():
        return False
    actors_a = {actor_key(x) for x in a.actors or []}
    actors_b = {actor_key(x) for x in b.actors or []}
    if actors_a or actors_b:
        return bool(actors_a & actors_b)
    return similarity(a.event, b.event) >= SIMILARITY


# --- finding the candidates -------------------------------------------------------------------------
# merge_events compares a row only with groups found through an index. The index must find every group
# same_event could accept (it may find more: same_event decides), so it only uses what same_event
# requires of two rows: equal triggers, a shared actor key (or no actors on either side), overlapping
# days. If same_event grows stricter, the index stays right; if it grows looser, update blocks().

def word_ranks(frequency: Mapping[str, int]) -> dict[str, int]:
    """Each counted word's place in the one order blocks() takes a description's first words in:
    rarest first by `frequency` (words' counts over all rows; fewer rows then share a prefix word),
    then longer first, then alphabetical."""
    ordered = sorted(frequency, key=lambda word: (frequency[word], -len(word), word))
    return {word: rank for rank, word in enumerate(ordered)}


def blocks(row: Event, ranks: Mapping[str, int] | None = None) -> list[tuple[str, str | None]]:
    """Keys of which two rows same_event accepts share at least one; empty for a row that matches
    nothing (no trigger, or undated). A row with actors: (trigger, actor key) for each actor. A row
    without: (trigger, "\0" + word) for the first words of its description in one fixed order, so
    many that two descriptions with a word Jaccard >= SIMILARITY always share one (the prefix filter of
    set-similarity joins: such sets share at least SIMILARITY * len(words) words, so not all of them
    can lie past either one's prefix). The order is `ranks` (word_ranks; it must rank every word of
    every row compared), without it longer first, then alphabetical."""
    trigger = (row.trigger or "").casefold()
    if not trigger or not row.date:
        return []
    if row.actors:
        return [(trigger, key) for key in sorted(set(map(actor_key, row.actors)))]
    words = _words(row.event)
    if SIMILARITY <= 0:
        return [(trigger, None)]
    if not words:
        return []  # similarity 0: matches nothing
    prefix = len(words) - math.ceil(SIMILARITY * len(words)) + 1
    ordered = sorted(words, key=ranks.__getitem__ if ranks is not None else lambda w: (-len(w), w))
    return [(trigger, "\0" + word) for word in ordered[:prefix]]


# Date buckets, in levels of growing length: 8 days, 64, 512, 4,096 and 32,768 (about 90 years). A
# member is filed at the first level whose buckets are at least as long as its days, so under at most
# two buckets; a row looks, at every level in use, in each bucket its own days touch. Two overlapping
# intervals share a day, and that day's bucket at the level where the member was filed is one the row
# looks in: no candidate is missed. A member is also filed under the coarse buckets (8 times longer)
# its days touch at its level, and a row that would look in more than _FEW buckets of a level looks in
# the coarse ones instead, by the same argument: a year looks in 6-7 coarse buckets of 64 days rather
# than ~46 of 8, each bucket a list to walk. A member whose dates are not plain ISO days is filed in
# one catch-all bucket that every row looks in; such a row itself is tried against every group.
_BUCKET_DAYS = tuple(8 ** (level + 1) for level in range(5))
_ANYWHERE = len(_BUCKET_DAYS)  # the level of the catch-all bucket
_COARSE = 8  # level + _COARSE: the level number of a level's coarse buckets
_COARSE_TIMES = 8  # a coarse bucket is this many times its level's bucket
_FEW = 4  # more buckets than this at one level: look in the coarse ones


@functools.lru_cache(maxsize=1 << 16)
def _day(iso: str) -> int | None:
    # Only YYYY-MM-DD: same_event compares these strings as text, which agrees with day numbers.
    if not isinstance(iso, str) or len(iso) != 10 or iso[4] != "-" or iso[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(iso).toordinal()
    except (TypeError, ValueError):
        return None


def _days(row: Event) -> tuple[int, int] | None:
    return _interval(row.date, row.end_date)


@functools.lru_cache(maxsize=1 << 16)
def _interval(date: str | None, end_date: str | None) -> tuple[int, int] | None:
    start, end = _day(date), _day(end_date or date)
    if start is None or end is None or end < start:
        return None
    return start, end


# A slot of the index is one int: block number << 40 | level << 34 | bucket (day numbers stay below
# 2**22, so a bucket fits in 34 bits and a level in 6); ints hash and compare faster, and take less
# memory, than tuples, and a million rows file millions of slots.
@functools.lru_cache(maxsize=1 << 16)  # rows share a few thousand distinct intervals
def _filed_under(days: tuple[int, int] | None) -> tuple[int, tuple[int, ...]]:
    """The bit mask of the levels, and the level << 34 | bucket parts of the slots, a member with these
    days is filed under: its level's buckets, then its level's coarse ones."""
    if days is not None:
        start, end = days
        for level, width in enumerate(_BUCKET_DAYS):
            if end - start < width:
                return 1 << level, (*_slots(level, width, start, end),
                                    *_slots(_COARSE + level, width * _COARSE_TIMES, start, end))
    return 1 << _ANYWHERE, (_ANYWHERE << 34,)


def _slots(level: int, width: int, start: int, end: int) -> range:
    """The level << 34 | bucket parts of the buckets of `width` days that days start..end touch, at `level`."""
    return range(level << 34 | start // width, (level << 34 | end // width) + 1)


@functools.lru_cache(maxsize=1 << 16)
def _looked_up(days: tuple[int, int], levels: int) -> tuple[int, ...]:
    """The level << 34 | bucket parts of the slots a row with these (plain ISO) days looks in, at the
    levels (a bit mask) in use: a level's buckets, or its coarse ones if the row touches more than _FEW."""
    start, end = days
    slots = []
    for level, width in enumerate(_BUCKET_DAYS):
        if levels >> level & 1:
            if end // width - start // width < _FEW:
                slots += _slots(level, width, start, end)
            else:
                slots += _slots(_COARSE + level, width * _COARSE_TIMES, start, end)
    if levels >> _ANYWHERE & 1:
        slots.append(_ANYWHERE << 34)
    return tuple(slots)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One row per event reported by several documents; every row's `sources` filled in."""
    return [row for _, row in merge_events_with_positions(events)]


def merge_events_with_positions(events: Iterable[Event]) -> list[tuple[int, Event]]:
    """merge_events, each output row with the position in the input of its group's first row (for a
    distributed sort that must break ties by input order, see dask_output.py)."""
    events = list(events)
    with _collector_paused():
        return _merged(events, *_groups(events))


def _merged(events: list[Event], firsts: list[int], members: dict[int, list[int]]) -> list[tuple[int, Event]]:
    merged = []
    for group_number, first_number in enumerate(firsts):
        first = events[first_number]
        numbers = members.get(group_number)
        if numbers is None:
            if _unchanged(first):
                merged.append((first_number, first))  # the row itself, not a copy (memory)
                continue
            numbers = (first_number,)
        group = [events[number] for number in numbers]
        # In order, each once; a dict, not `in` on a list: one event can gather thousands of rows.
        sources = list(dict.fromkeys(name for member in group for name in member.sources or [member.source]))
        actors: list[str] = []
        seen_actors: set[str] = set()
        for member in group:
            for actor in member.actors or []:
                if actor_key(actor) not in seen_actors:
                    seen_actors.add(actor_key(actor))
                    actors.append(actor)
        if len(group) == 1 and sources == first.sources and actors == first.actors:
            merged.append((first_number, first))
            continue
        merged.append((first_number, dataclasses.replace(first, sources=sources, actors=actors)))
    return merged


def _unchanged(row: Event) -> bool:
    """Whether a row that is a group of its own comes out as it is: its `sources` (a list, not empty)
    and its actors' keys (a list) each without repeats. What the general case above computes, cheaply
    (most rows are groups of their own)."""
    sources, actors = row.sources, row.actors
    return (isinstance(sources, list) and isinstance(actors, list) and bool(sources)
            and len(set(sources)) == len(sources) and len(set(map(actor_key, actors))) == len(actors))


@contextlib.contextmanager
def _collector_paused():
    # The grouping makes millions of small objects (index lists, tuples) and no reference cycles, and
    # each of the collector's full passes walks every row held: about a sixth of the time of 200,000
    # rows (bench/merge.py). Paused, not frozen: nothing stays changed after the merge.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _groups(events: list[Event]) -> tuple[list[int], dict[int, list[int]]]:
    """The groups of the rows, in creation order: each one's first row number, and the row numbers of
    the groups of several rows (by group number).

    A row joins the first group, in creation order, with a member that matches it. The index (above)
    gives the earlier rows that could match it, a superset of those same_event accepts, slot by slot,
    each slot's rows sorted by group: the first row same_event accepts in a slot, walked in group order,
    is that slot's best, and the lowest group of the slots' bests is the row's group (a slot's walk stops
    as soon as it reaches that group). Per block, a bit mask of the levels in use spares looking in
    levels that hold nothing."""
    # Word counts over the descriptions of rows without actors: their blocks use the rarest words.
    ranks = word_ranks(collections.Counter(word for row in events if not row.actors and row.trigger and row.date
                                           for word in _words(row.event)))
    firsts: list[int] = []  # group number -> row number of its first row
    first_sources: list[str] = []  # group number -> document of its first row
    members: dict[int, list[int]] = {}  # group number -> its row numbers, for groups of several rows
    documents: dict[int, set[str]] = {}  # group number -> its documents, for groups of several rows
    group_of: list[int] = []  # row number -> group number
    first_day: list[int] = []  # row number -> its first and last day numbers
    last_day: list[int] = []
    # slot -> row numbers, sorted by group number (a slot of one row holds the int); slots as in
    # _filed_under, with the block number above them.
    index: dict[int, int | list[int]] = {}
    index_get = index.get
    is_not_none = functools.partial(operator.is_not, None)
    block_numbers: dict[tuple[str, str | None], int] = {}
    levels: list[int] = []  # block number -> bit mask of the levels it has rows in
    by_group = group_of.__getitem__
    bisect_right, insort = bisect.bisect_right, bisect.insort
    for number, row in enumerate(events):
        keys = blocks(row, ranks)
        if not keys:  # matches nothing: a group of its own, filed nowhere
            group_of.append(len(firsts))
            firsts.append(number)
            first_sources.append(row.source)
            first_day.append(-1)
            last_day.append(1 << 30)
            continue
        bases = []
        for block in keys:
            block_number = block_numbers.get(block)
            if block_number is None:
                block_number = block_numbers[block] = len(levels)
                levels.append(0)
            bases.append(block_number)
        days = _days(row)
        lists: list = []
        if days is None:
            # Not plain ISO days (the tagger writes none such): every earlier row is a candidate.
            if number:
                lists.append(sorted(range(number), key=by_group))
            start, end = -1, 1 << 30
        else:
            start, end = days
            for block_number in bases:
                mask = levels[block_number]
                if mask:  # the slots in use, found in C (a decade still looks in ~60)
                    lists += filter(is_not_none, map(index_get, map((block_number << 40).__or__,
                                                                    _looked_up(days, mask))))
        # Each slot's rows in group order, until the first that matches or the best group so far. A
        # group found to hold a row of this row's document is skipped at once (bisect), not row by row:
        # in a busy block such a group has thousands.
        source = row.source
        joined = best = len(firsts)  # a new group, unless one matches
        for found in lists:
            if found.__class__ is int:  # a slot of one row: the loop below, in one test
                group_number = group_of[found]
                if (group_number < best and first_day[found] <= end and last_day[found] >= start
                        and first_sources[group_number] != source and source not in documents.get(group_number, ())
                        and same_event(events[found], row)):
                    best = group_number
                continue
            position, size = 0, len(found)
            while position < size:
                other = found[position]
                group_number = group_of[other]
                if group_number >= best:
                    break
                position += 1
                # Only rows whose days overlap this row's (same_event requires it): buckets are coarser
                # than the rows in them, and in a busy block most of a bucket lies elsewhere.
                if first_day[other] <= end and last_day[other] >= start:
                    if source in documents.get(group_number, ()) or first_sources[group_number] == source:
                        position = bisect_right(found, group_number, position, key=by_group)
                    elif same_event(events[other], row):
                        best = group_number
                        break
        if best == joined:
            firsts.append(number)
            first_sources.append(source)
        else:
            joined = best
            if joined in members:
                members[joined].append(number)
                documents[joined].add(source)
            else:
                members[joined] = [firsts[joined], number]
                documents[joined] = {first_sources[joined], source}
        group_of.append(joined)
        # Rows of the catch-all bucket (dates not plain ISO days) overlap everything here.
        first_day.append(start)
        last_day.append(end)
        level_bits, parts = _filed_under(days)
        for block_number in bases:
            levels[block_number] |= level_bits
            base = block_number << 40
            for part in parts:
                slot = base | part
                found = index_get(slot)
                if found is None:
                    index[slot] = number  # most slots hold one row: no list for them
                elif found.__class__ is int:
                    index[slot] = [found, number] if group_of[found] <= joined else [number, found]
                elif group_of[found[-1]] <= joined:
                    found.append(number)  # a new group, or the last one: the common case
                else:
                    insort(found, number, key=by_group)
    return firsts, members
