"""The cross-article merge at scale: candidates come from an index (trigger, actor, date bucket), and the
groups are exactly those of the definition in merge.py's docstring (compare with every group so far)."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from timeline_cli import merge
from timeline_cli.merge import actor_key, merge_events, same_event
from timeline_cli.records import Event


def row(source, date, end, trigger, actors, description, start=0):
    return Event(date=date, end_date=end, value=date or "PAST_REF", granularity="day",
                 time_expression="then", event=description, actors=list(actors), status="occurred",
                 source=source, sentence=description + ".", start=start, end=start + 4,
                 reference_date="2024-06-27", reference_source="option", trigger=trigger)


def by_definition(rows):
    """merge.py's docstring, literally: each row joins the first group that has a member it matches and
    no row from its document, else starts a group."""
    groups = []
    for r in rows:
        for group in groups:
            if any(m.source == r.source for m in group):
                continue
            if any(same_event(m, r) for m in group):
                group.append(r)
                break
        else:
            groups.append([r])
    out = []
    for group in groups:
        sources, actors, seen = [], [], set()
        for m in group:
            sources += [s for s in m.sources or [m.source] if s not in sources]
            for a in m.actors:
                if actor_key(a) not in seen:
                    seen.add(actor_key(a))
                    actors.append(a)
        out.append((group[0].source, group[0].start, sources, actors))
    return out


BASE = dt.date(2024, 6, 1)


def random_rows(rng: random.Random, n: int) -> list[Event]:
    out = []
    for i in range(n):
        kind = rng.choice(["day", "day", "week", "month", "year", "decade", "none", "odd"])
        start = BASE + dt.timedelta(days=rng.randint(-400, 400))
        length = {"day": 0, "week": 6, "month": 30, "year": 364, "decade": 3652}.get(kind, 0)
        date, end = start.isoformat(), (start + dt.timedelta(days=length)).isoformat()
        if kind == "none":
            date = end = None
        elif kind == "odd":  # not a plain ISO day: the catch-all bucket
            date, end = date[:7], None
        out.append(row(
            source=rng.choice("abcde") + ".txt", date=date, end=end,
            trigger=rng.choice(["say", "Say", "visit", ""]),
            actors=rng.sample(["Putin", "the Putin", "Putin's", "Seoul", "police"], rng.randint(0, 2)),
            description=rng.choice(["police said the talks ended", "the talks ended",
                                    "police said talks ended", "a storm hit"]),
            start=i,
        ))
    return out


@pytest.mark.parametrize("seed", range(300))
def test_merge_gives_the_groups_of_the_definition(seed):
    rng = random.Random(seed)
    events = random_rows(rng, rng.randint(0, 60))
    got = [(m.source, m.start, m.sources, m.actors) for m in merge_events(events)]
    assert got == by_definition(events)


def test_wide_dates_meet_narrow_ones_across_levels():
    # A year-long row filed before, and a day row filed after, a week row: both meet it.
    a = row("a.txt", "2024-01-01", "2024-12-31", "say", ["Putin"], "Putin said")
    b = row("b.txt", "2024-06-26", "2024-06-26", "say", ["Putin"], "Putin said")
    c = row("c.txt", "2023-12-25", "2024-01-03", "say", ["Putin"], "Putin said")
    assert [m.sources for m in merge_events([a, b, c])] == [["a.txt", "b.txt", "c.txt"]]
    assert [m.sources for m in merge_events([b, c, a])] == [["b.txt", "a.txt"], ["c.txt"]]


def test_a_row_is_compared_only_with_nearby_candidates(monkeypatch):
    """1,000 'said' rows of one actor, each on its own day: comparing each with every earlier group
    would be ~500,000 calls of the predicate; with date buckets it is a few per row."""
    calls = 0
    real = merge.same_event

    def counted(a, b):
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(merge, "same_event", counted)
    events = [row(f"{i}.txt", (BASE + dt.timedelta(days=i)).isoformat(), None, "say", ["police"],
                  "police said") for i in range(1000)]
    merged = merge_events(events)
    assert len(merged) == 1000
    assert calls < 20 * len(events), calls
