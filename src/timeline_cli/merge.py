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

Cost: a row is compared only with the groups that could match it (see `merge_events`): those with a
member of its trigger and of one of its actors (for a row without actors: without actors, sharing one
of the first words of its description), with days in a date bucket its own days touch and that
overlap its own, tried in group order until one matches, so a busy block (many "said" rows of one
actor) costs a row about as much as a quiet one (bench/merge.py; figures in docs/performance.md).
"""
from __future__ import annotations

import bisect
import collections
import dataclasses
import datetime as dt
import functools
import heapq
import math
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
    return frozenset(w.casefold() for w in _WORD.findall(text or ""))


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

def blocks(row: Event, frequency: Mapping[str, int] | None = None) -> list[tuple[str, str | None]]:
    """Keys of which two rows same_event accepts share at least one; empty for a row that matches
    nothing (no trigger, or undated). A row with actors: (trigger, actor key) for each actor. A row
    without: (trigger, "\0" + word) for the first words of its description in one fixed order, so
    many that two descriptions with a word Jaccard >= SIMILARITY always share one (the prefix filter of
    set-similarity joins: such sets share at least SIMILARITY * len(words) words, so not all of them
    can lie past either one's prefix). The order is rarest first by `frequency` (words' counts over
    all rows; fewer rows then share a prefix word), then longer first, then alphabetical."""
    trigger = (row.trigger or "").casefold()
    if not trigger or not row.date:
        return []
    keys = {actor_key(actor) for actor in row.actors or []}
    if keys:
        return [(trigger, key) for key in sorted(keys)]
    words = _words(row.event)
    if SIMILARITY <= 0:
        return [(trigger, None)]
    if not words:
        return []  # similarity 0: matches nothing
    prefix = len(words) - math.ceil(SIMILARITY * len(words)) + 1
    counts = frequency or {}
    ordered = sorted(words, key=lambda w: (counts.get(w, 0), -len(w), w))
    return [(trigger, "\0" + word) for word in ordered[:prefix]]


# Date buckets, in levels of growing length: 8 days, 32, 128, ... (about 1,400 years at level 8). A
# member is filed at the first level whose buckets are at least as long as its days, so under at most
# two buckets; a row looks, at every level in use, in each bucket its own days touch. Two overlapping
# intervals share a day, and that day's bucket at the level where the member was filed is one the row
# looks in: no candidate is missed. A member whose dates are not plain ISO days is filed in one
# catch-all bucket that every row looks in; such a row itself is tried against every group.
_BUCKET_DAYS = tuple(8 ** (level + 1) for level in range(5))
_ANYWHERE = len(_BUCKET_DAYS)  # the level of the catch-all bucket


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
    start, end = _day(row.date), _day(row.end_date or row.date)
    if start is None or end is None or end < start:
        return None
    return start, end


# A slot of the index is one int: block number << 40 | level << 34 | bucket (day numbers stay below
# 2**22, so a bucket fits in 34 bits and a level in 6); ints hash and compare faster, and take less
# memory, than tuples, and a million rows file millions of slots.
@functools.lru_cache(maxsize=1 << 16)  # rows share a few thousand distinct intervals
def _filed_under(days: tuple[int, int] | None) -> tuple[int, ...]:
    """The level << 34 | bucket parts of the slots a member with these days is filed under."""
    if days is not None:
        start, end = days
        for level, width in enumerate(_BUCKET_DAYS):
            if end - start < width:
                return tuple(level << 34 | bucket for bucket in range(start // width, end // width + 1))
    return (_ANYWHERE << 34,)


@functools.lru_cache(maxsize=1 << 16)
def _looked_up(days: tuple[int, int], levels: int) -> tuple[range, ...]:
    """The level << 34 | bucket parts of the slots a row with these (plain ISO) days looks in, at the
    levels (a bit mask) in use: one range of consecutive ints per level."""
    start, end = days
    slots = [range(level << 34 | start // width, (level << 34 | end // width) + 1)
             for level, width in enumerate(_BUCKET_DAYS) if levels >> level & 1]
    if levels >> _ANYWHERE & 1:
        slots.append(range(_ANYWHERE << 34, (_ANYWHERE << 34) + 1))
    return tuple(slots)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One row per event reported by several documents; every row's `sources` filled in."""
    return [row for _, row in merge_events_with_positions(events)]


def merge_events_with_positions(events: Iterable[Event]) -> list[tuple[int, Event]]:
    """merge_events, each output row with the position in the input of its group's first row (for a
    distributed sort that must break ties by input order, see dask_output.py)."""
    groups: list[list[Event]] = []
    firsts: list[int] = []  # group number -> row number of its first row
    # A row joins the first group, in creation order, with a member that matches it. The index (above)
    # gives the earlier rows that could match it, a superset of those same_event accepts, slot by
    # slot, each slot's rows sorted by group; walked in group order, the first row same_event accepts
    # is in that group. Per block, a bit mask of the levels in use spares looking in levels that hold
    # nothing.
    events = list(events)
    # Word counts over the descriptions of rows without actors: their blocks use the rarest words.
    frequency = collections.Counter(word for row in events if not row.actors and row.trigger and row.date
                                    for word in _words(row.event))
    seen: list[Event] = []
    group_of: list[int] = []  # row number -> group number
    first_day: list[int] = []  # row number -> its first and last day numbers
    last_day: list[int] = []
    documents: dict[int, set[str]] = {}  # group number -> its documents, for groups of several rows
    # slot -> row numbers, sorted by group number (a slot of one row holds the int): a row walks its
    # slots' rows merged in group order and stops at the first that matches, instead of listing and
    # sorting every overlapping candidate (tens of thousands in a busy block).
    index: dict[int, int | list[int]] = {}
    block_numbers: dict[tuple[str, str | None], int] = {}
    levels: list[int] = []  # block number -> bit mask of the levels it has rows in
    by_group = group_of.__getitem__
    for row in events:
        number = len(seen)
        keys = blocks(row, frequency)
        days = _days(row) if keys else None
        bases = []
        for block in keys:
            block_number = block_numbers.get(block)
            if block_number is None:
                block_number = block_numbers[block] = len(levels)
                levels.append(0)
            bases.append(block_number)
        lists: list = []
        if keys and days is None:
            # Not plain ISO days (the tagger writes none such): every earlier row is a candidate.
            lists.append(sorted(range(number), key=by_group))
            start, end = -1, 1 << 30
        elif keys:
            start, end = days
            for block_number in bases:
                mask = levels[block_number]
                if mask:
                    base = block_number << 40
                    for parts in _looked_up(days, mask):
                        # A year looks in ~50 slots of 8 days: map in C, then keep the few found.
                        for found in map(index.get, range(base | parts.start, base | parts.stop)):
                            if found is not None:
                                lists.append((found,) if found.__class__ is int else found)
        # The slots' rows, merged in group order (each slot's list is sorted by group): a heap of
        # (group, list, position). A group found to hold a row of this row's document is skipped in
        # each list at once (bisect), not row by row: in a busy block such a group has thousands.
        joined = None
        if len(lists) == 1:  # the common case: no heap needed
            found = lists[0]
            heap = [(by_group(found[0]), 0, 0)] if found else []
        else:
            heap = [(by_group(found[0]), i, 0) for i, found in enumerate(lists) if found]
            heapq.heapify(heap)
        while heap:
            group_number, i, position = heap[0]
            found = lists[i]
            other = found[position]
            position += 1
            # Only rows whose days overlap this row's (same_event requires it): buckets are coarser
            # than the rows in them, and in a busy block most of a bucket lies elsewhere.
            if first_day[other] <= end and last_day[other] >= start:
                group = groups[group_number]
                if row.source in documents.get(group_number, ()) or group[0].source == row.source:
                    position = bisect.bisect_right(found, group_number, position, key=by_group)
                elif same_event(seen[other], row):
                    group.append(row)
                    if group_number in documents:
                        documents[group_number].add(row.source)
                    else:
                        documents[group_number] = {member.source for member in group}
                    joined = group_number
                    break
            if position < len(found):
                heapq.heapreplace(heap, (by_group(found[position]), i, position))
            else:
                heapq.heappop(heap)
        if joined is None:
            joined = len(groups)
            groups.append([row])
            firsts.append(number)
        seen.append(row)
        group_of.append(joined)
        # Rows of the catch-all bucket (dates not plain ISO days) overlap everything here.
        first_day.append(days[0] if days else -1)
        last_day.append(days[1] if days else 1 << 30)
        if bases:
            parts = _filed_under(days)
            level_bits = 0
            for part in parts:
                level_bits |= 1 << (part >> 34)
            for block_number in bases:
                levels[block_number] |= level_bits
                base = block_number << 40
                for part in parts:
                    slot = base | part
                    found = index.get(slot)
                    if found is None:
                        index[slot] = number  # most slots hold one row: no list for them
                    elif isinstance(found, int):
                        index[slot] = [found, number] if group_of[found] <= joined else [number, found]
                    elif group_of[found[-1]] <= joined:
                        found.append(number)  # a new group, or the last one: the common case
                    else:
                        bisect.insort(found, number, key=by_group)
    del index, levels, block_numbers, seen, group_of, first_day, last_day, documents, frequency
    merged = []
    for first_number, group in zip(firsts, groups):
        first = group[0]
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
            merged.append((first_number, first))  # unchanged: the row itself, not a copy (memory)
            continue
        merged.append((first_number, dataclasses.replace(first, sources=sources, actors=actors)))
    return merged
