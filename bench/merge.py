"""Cross-article merge and sort of many synthetic rows: time and peak memory. Prints figures; no pass/fail.

    python bench/merge.py                  # 1,000,000 rows
    python bench/merge.py --rows 100000

Rows are made up here (no corpus) with the skew of a news archive: ~100,000 documents of 5-15 rows,
publication days over three years with more recent ones; a fifth of the rows have the trigger "say" and
the rest follow a Zipf law over 3,000 lemmas; most rows are dated on a day near their document's date,
others a week, month, quarter, year or decade, a few a day far away, 2% undated; a quarter have no
actor, the others 1-3 from a Zipf law over 20,000 names; and a quarter repeat an event another document
reported shortly before (same trigger, an actor in common, the same days), which the merge should
join. The figure is the time of `timeline.finish_timeline(rows)` (merge, fill `sources`, sort), the
work a local run does after the parse, on one core; peak memory is the process's `ru_maxrss`, rows
included.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from timeline_cli.records import Event  # noqa: E402
from timeline_cli.timeline import finish_timeline  # noqa: E402

START = dt.date(2022, 1, 1).toordinal()
SPAN = 3 * 365


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def zipf(words: list[str], exponent: float = 1.0) -> list[float]:
    return list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(len(words))))


def interval(rng: random.Random, ref: int) -> tuple[str | None, str | None, str]:
    """(date, end_date, granularity) of a row of a document published on day `ref`."""
    roll = rng.random()
    day = ref + rng.randint(-7, 2)
    if roll < 0.55:
        start, end, granularity = day, day, "day"
    elif roll < 0.70:
        start = day - dt.date.fromordinal(day).weekday()
        end, granularity = start + 6, "week"
    elif roll < 0.80:
        first = dt.date.fromordinal(day).replace(day=1)
        start, end, granularity = first.toordinal(), first.toordinal() + 29, "month"
    elif roll < 0.85:
        start, end, granularity = day - 45, day + 45, "quarter"
    elif roll < 0.93:
        year = dt.date.fromordinal(day).year
        start, end, granularity = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal(), "year"
    elif roll < 0.94:
        decade = dt.date.fromordinal(day).year // 10 * 10
        start, end = dt.date(decade, 1, 1).toordinal(), dt.date(decade + 9, 12, 31).toordinal()
        granularity = "decade"
    elif roll < 0.98:
        far = ref + rng.randint(-3 * 365, 365)
        start, end, granularity = far, far, "day"
    else:
        return None, None, "vague"
    return dt.date.fromordinal(start).isoformat(), dt.date.fromordinal(end).isoformat(), granularity


def synthetic_rows(count: int, seed: int = 15) -> list[Event]:
    rng = random.Random(seed)
    lemmas = [f"verb{i}" for i in range(3000)]
    lemma_weights = zipf(lemmas)
    names = [f"Name{i}" for i in range(20000)]
    name_weights = zipf(names)
    words = [f"w{i}" for i in range(5000)]
    word_weights = zipf(words, 0.8)
    recent: list[Event] = []
    rows: list[Event] = []
    document = 0
    while len(rows) < count:
        document += 1
        source = f"archive/{document // 1000:03d}/{document:07d}.txt"
        ref = START + int(rng.triangular(0, SPAN, SPAN))
        ref_iso = dt.date.fromordinal(ref).isoformat()
        for offset in range(min(rng.randint(5, 15), count - len(rows))):
            text = rng.choices(words, cum_weights=word_weights, k=rng.randint(5, 12))
            if recent and rng.random() < 0.25:  # the same event as another document's, reported again
                other = recent[rng.randrange(len(recent))]
                trigger, date, end, granularity = other.trigger, other.date, other.end_date, other.granularity
                actors = other.actors[:1] + rng.choices(names, cum_weights=name_weights, k=rng.randint(0, 1))
            else:
                trigger = "say" if rng.random() < 0.2 else rng.choices(lemmas, cum_weights=lemma_weights)[0]
                date, end, granularity = interval(rng, ref)
                actors = ([] if rng.random() < 0.25 else
                          rng.choices(names, cum_weights=name_weights, k=rng.randint(1, 3)))
            event = " ".join([*actors[:1], trigger, *text])
            start = offset * 180 + rng.randint(0, 100)
            row = Event(date=date, end_date=end, value=date or "PAST_REF", granularity=granularity,
                        time_expression="on Monday", event=event, actors=actors,
                        status=rng.choice(["occurred", "occurred", "occurred", "expected", "ongoing"]),
                        source=source, sentence=f"{event} on Monday, {' '.join(text)}.", start=start,
                        end=start + 9, reference_date=ref_iso, reference_source="metadata",
                        trigger=trigger, trigger_start=start - 20, trigger_end=start - 15)
            rows.append(row)
            if date:
                recent.append(row)
        del recent[:-5000]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()

    began = rss_mib()
    wall = time.perf_counter()
    rows = synthetic_rows(args.rows, args.seed)
    made = time.perf_counter() - wall
    held = rss_mib()
    says = sum(row.trigger == "say" for row in rows)
    print(f"{len(rows):,} rows ({says / len(rows):.0%} 'say', "
          f"{len({row.source for row in rows}):,} documents) made in {made:.1f} s; "
          f"resident {held:.0f} MiB (interpreter {began:.0f} MiB)")

    wall, cpu = time.perf_counter(), time.process_time()
    timeline = finish_timeline(rows)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    joined = sum(len(row.sources) > 1 for row in timeline)
    print(f"merge + sort: {wall:.1f} s wall, {cpu:.1f} s CPU; {len(timeline):,} rows out, {joined:,} of them "
          f"merged from several documents")
    print(f"peak memory (ru_maxrss, rows included): {peak:,.0f} MiB; load average {os.getloadavg()[0]:.1f}")
    assert all(a.date is None or b.date is None or (a.date, a.end_date or a.date) <= (b.date, b.end_date or b.date)
               for a, b in zip(timeline, timeline[1:]) if a.date and b.date)


if __name__ == "__main__":
    main()
