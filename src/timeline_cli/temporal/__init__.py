"""Temporal expressions: recognition, TIMEX3 normalization, and reference dates.

Only this package knows TIMEX3. Public entry point: `tag(text, reference, doc=None)`.
"""
