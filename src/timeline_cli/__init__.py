"""timeline: turn news articles into an ordered, dated event timeline.

Library use, no CLI needed::

    import datetime
    from timeline_cli import Document, extract_timeline

    rows = extract_timeline([Document(id="a", text="Seoul closed the airport on Wednesday.")],
                            reference_date=datetime.date(2024, 6, 27))

Importing this package is cheap: spaCy loads only when documents are processed.
"""
from __future__ import annotations

from .extraction import extract_timeline, iter_dates, iter_events, tag_dates
from .options import RunOptions
from .records import DateRow, Document, Event, TimeExpression

__version__ = "0.1.0"

__all__ = [
    "DateRow",
    "Document",
    "Event",
    "RunOptions",
    "TimeExpression",
    "__version__",
    "extract_timeline",
    "iter_dates",
    "iter_events",
    "tag_dates",
]
