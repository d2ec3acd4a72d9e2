"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): load it in TimelineJS.

Each dated event row becomes a slide: `start_date` (and `end_date` when the row spans days) as
{year, month, day} numbers, with only the parts its granularity knows (a year: {year}; a month, quarter
or season: {year, month}); `text` {headline: the event, text: the sentence, actors and sources as HTML};
`group` the status (occurred, expected, ...), which TimelineJS draws as rows. Rows without a date
cannot be placed and are left out with a warning.
"""
from __future__ import annotations

import html
import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from . import Row, row_sources, shown_source, source_names

logger = logging.getLogger(__name__)

YEAR_GRANULARITIES = {"year", "decade", "century"}
MONTH_GRANULARITIES = {"month", "quarter", "season"}


def tl_date(iso: str, granularity: str | None) -> dict[str, int] | None:
    """{year, month, day} of an ISO day, cut to the granularity. None if `iso` is not YYYY-MM-DD."""
    try:
        year, month, day = (int(part) for part in iso.split("-"))
    except (AttributeError, ValueError):
        return None
    if granularity in YEAR_GRANULARITIES:
        return {"year": year}
    if granularity in MONTH_GRANULARITIES:
        return {"year": year, "month": month}
    return {"year": year, "month": month, "day": day}


def slide(row: Row, number: int, names: dict[str, str] | None = None) -> dict[str, Any] | None:
    """The TimelineJS event for one row, or None when the row has no date."""
    granularity = row.get("granularity")
    start = tl_date(row.get("date") or "", granularity)
    if start is None:
        return None
    event: dict[str, Any] = {"start_date": start}
    end = tl_date(row.get("end_date") or "", granularity)
    if end is not None and end != start:
        event["end_date"] = end
    parts = []
    if row.get("sentence"):
        parts.append(f"<p>{html.escape(row['sentence'])}</p>")
    details = [f"{html.escape(row.get('time_expression') or '')} ({html.escape(row.get('value') or '')})"]
    if row.get("actors"):
        details.append("Actors: " + html.escape(", ".join(row["actors"])))
    sources = row.get("sources") or ([row["source"]] if row.get("source") else [])
    if sources:
        details.append("Source: " + html.escape("; ".join(shown_source(s, names) for s in sources)))
    parts.append("<p><small>" + "<br>".join(details) + "</small></p>")
    event["text"] = {
        "headline": html.escape(row.get("event") or row.get("time_expression") or ""),
        "text": "".join(parts),
    }
    event["group"] = row.get("status") or ""
    event["unique_id"] = f"event-{number}"
    return event


def write_timelinejs(rows: Iterable[Row], stream: TextIO, fields: Sequence[str]) -> None:
    """One TimelineJS3 JSON document with a title slide and an `events` list."""
    if "event" not in fields:
        raise ValueError("the timelinejs format is for event rows")
    events, undated = [], 0
    rows = list(rows)
    names = source_names(row_sources(rows))  # shortened over all rows, so two never look alike
    for number, row in enumerate(rows, start=1):
        event = slide(row, number, names)
        if event is None:
            undated += 1
        else:
            events.append(event)
    if undated:
        logger.warning("timelinejs: %d row%s without a date left out", undated, "s" * (undated != 1))
    document = {
        "title": {"text": {"headline": "Timeline",
                           "text": f"{len(events)} event{'s' * (len(events) != 1)}"}},
        "events": events,
    }
    json.dump(document, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
