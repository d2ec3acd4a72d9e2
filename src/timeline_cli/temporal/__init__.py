"""Temporal expressions: recognition, TIMEX3 normalization, and reference dates.

Only this package knows TIMEX3. Public entry point: `tag(text, reference, doc=None, *, ranges=False)`,
which returns `TimeExpression` records (character offsets into `text`, TIMEX3 type/value, the first and
last ISO day covered, granularity and mod). `timex.interval(value)` maps any TIMEX3 value to its days.
"""
from ..records import TimeExpression
from .tagger import tag
from .timex import interval

__all__ = ["TimeExpression", "interval", "tag"]
