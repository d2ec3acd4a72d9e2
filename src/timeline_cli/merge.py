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
[source]`. The input rows are not modified; the output keeps input order. Deterministic.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from .records import Event

SIMILARITY = 0.8
_WORD = re.compile(r"\w+")


def _actor_key(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"['’]s?$", "", name)
    return re.sub(r"\s+", " ", name).casefold()


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text or "")}


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
    actors_a = {_actor_key(x) for x in a.actors or []}
    actors_b = {_actor_key(x) for x in b.actors or []}
    if actors_a or actors_b:
        return bool(actors_a & actors_b)
    return similarity(a.event, b.event) >= SIMILARITY


def merge_events(events: Iterable[Event]) -> list[Event]:
    """One row per event reported by several documents; every row's `sources` filled in."""
    groups: list[list[Event]] = []
    # same_event needs equal triggers, so all rows of a group share one: a row is tried only against
    # the groups of its trigger, in creation order (the same first match as scanning every group), and
    # each group's set of documents says at once whether it has a row from the row's document. Without
    # this index the loop was quadratic in the rows (62 s for 11,600 rows; bench/throughput.py).
    by_trigger: dict[str, list[tuple[list[Event], set[str]]]] = {}
    for row in events:
        key = (row.trigger or "").casefold()
        candidates = by_trigger.setdefault(key, []) if key else []
        for group, sources in candidates:
            if row.source in sources:
                continue
            if any(same_event(member, row) for member in group):
                group.append(row)
                sources.add(row.source)
                break
        else:
            groups.append([row])
            if key:
                candidates.append((groups[-1], {row.source}))
    merged = []
    for group in groups:
        first = group[0]
        sources: list[str] = []
        actors: list[str] = []
        seen_actors: set[str] = set()
        for member in group:
            for name in member.sources or [member.source]:
                if name not in sources:
                    sources.append(name)
            for actor in member.actors or []:
                if _actor_key(actor) not in seen_actors:
                    seen_actors.add(_actor_key(actor))
                    actors.append(actor)
        merged.append(dataclasses.replace(first, sources=sources, actors=actors))
    return merged
