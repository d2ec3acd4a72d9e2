"""Round 67d: garbled descriptions that cut the news.

- "a run that made Ola Berg, 19, the youngest rider ever to win the cup" was parsed with "rider" an
  apposition of "Berg", and the row read "A run made Ola Berg", the win lost. The parse mend
  (lang/en/repairs.py) makes it the verb's completing noun, its "to" infinitive its own.
- A bare plural's participle dated by "before" names a class of things, no event (class_participles.py).
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _by_event(nlp, text):
    return {r.event: r for r in timeline_rows(nlp, text, THURSDAY)}


def test_superlative_after_an_age_completes_made(nlp):
    rows = _by_event(nlp, "The crowd cheered a run that made Ola Berg, 19, the youngest rider ever to win "
                          "the Nordic Ski Cup of Norway, on Sunday afternoon.")
    row = rows["A run made Ola Berg the youngest rider ever to win the Nordic Ski Cup of Norway"]
    assert row.value == "2025-06-01TAF"
    assert "A run made Ola Berg" not in rows


def test_superlative_with_relative_infinitive_completes_made(nlp):
    rows = _by_event(nlp, "A second run on Sunday made Ola Berg, 19, the youngest rider ever to win the Nordic cup.")
    assert "A second run made Ola Berg the youngest rider ever to win the Nordic cup" in rows


def test_near_miss_plain_small_clause_unchanged(nlp):
    rows = _by_event(nlp, "A second run on Sunday made Ola Berg the youngest rider ever to win the Nordic cup.")
    assert "A second run made Ola Berg the youngest rider ever to win the Nordic cup" in rows


def test_near_miss_renaming_apposition_stays_out(nlp):
    rows = _by_event(nlp, "The club on Monday named its coach, Anna Holm.")
    assert rows["The club named its coach"].value == "2025-06-02"


# A bare plural's participle dated by "before" names a class of things, no event (class_participles.py).

def test_bare_plural_participle_before_a_year_is_no_row(nlp):
    rows = timeline_rows(nlp, "The insurer promised to cap premiums for homes built before 2012.", THURSDAY)
    assert not any(r.value == "2012" for r in rows)


def test_bare_plural_in_a_present_state_is_no_row(nlp):
    rows = timeline_rows(nlp, "Most of the workers still live in cottages built before 1960.", THURSDAY)
    assert not any(r.value == "1960" for r in rows)


def test_near_miss_counted_plural_keeps_its_row(nlp):
    rows = _by_event(nlp, "Two towers built before 1950 were demolished on Monday.")
    assert rows["Two towers were built"].value == "1950"


def test_near_miss_singular_aside_keeps_its_row(nlp):
    rows = _by_event(nlp, "The bridge, built before 1900, collapsed on Monday.")
    assert rows["The bridge was built"].value == "1900"
