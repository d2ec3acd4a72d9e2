"""What runs through every layer of an extraction, in one object.

The CLI builds one RunOptions; the library's entry points (extraction, streaming, store, distributed)
take it whole, and it travels unchanged to worker processes and Dask workers (a frozen dataclass of
plain values: it pickles). The library's keyword arguments (`extract_timeline(docs,
reference_date=...)`) are the same names, gathered here by `RunOptions.of`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True)
class RunOptions:
    """The settings of one run that every stage reads (what is specific to one stage, such as merging,
    the output format or where to read from, stays with that stage)."""

    reference_date: dt.date | None = None  # --reference-date: wins over everything the documents say
    today: dt.date | None = None  # the day relative dates fall back to (None: the clock's today)
    lang: str = "auto"  # a code of lang.CODES, or "auto" (metadata, else detection, per document)
    kind: str = "auto"  # the kind of text: news, narrative or auto (issue 11, --kind)
    model: str | None = None  # a spaCy model name or path (None: the language's default)
    include_vague: bool = False  # also rows dated only vaguely ("recently")
    batch_size: int = DEFAULT_BATCH_SIZE  # documents per spaCy batch, per worker task, per store transaction
    n_process: int = 1  # worker processes (locally), or Dask workers with a local cluster

    @classmethod
    def of(cls, options: RunOptions | None = None, **settings: Any) -> RunOptions:
        """`options` (or the defaults) with `settings` given as keyword arguments on top; an unknown
        name is a TypeError, as a wrong keyword argument is."""
        unknown = sorted(set(settings) - NAMES)
        if unknown:
            raise TypeError(f"unexpected option {unknown[0]!r}; options are: {', '.join(sorted(NAMES))}")
        return replace(options or cls(), **settings)


NAMES = frozenset(f.name for f in fields(RunOptions))

__all__ = ["DEFAULT_BATCH_SIZE", "NAMES", "RunOptions"]
