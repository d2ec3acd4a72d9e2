"""A verb the small English parser read as a noun is mended before rows are built (lang/en/repairs.py):
"A pipe installed in 1990 burst on Saturday" had no row for the burst, and a noun's reduced relative
read as the clause's verb ("A trunk main laid in 1904 burst ...") gave rows with the burst lost. A noun
completing a small clause ("declared it a protected site") is left as it is. Sentences are this
project's own."""
from __future__ import annotations

import datetime

from timeline_cli.lang.en.repairs import mend_parse
from timeline_rows import timeline_rows


def told(nlp, text):
    found = timeline_rows(nlp, text, datetime.date(2026, 2, 8))
    return {(r.time_expression, r.event) for r in found}


def test_a_burst_read_as_a_noun_is_the_clauses_verb(nlp):
    rows = told(nlp, "A pipe installed in 1990 burst on Saturday.")
    assert ("Saturday", "A pipe burst") in rows
    assert ("1990", "A pipe was installed") in rows


def test_a_reduced_relative_read_as_the_verb_gives_the_burst_its_row(nlp):
    rows = told(nlp, "A gas pipeline built in 1978 burst near the village on Tuesday, officials said.")
    assert ("Tuesday", "A gas pipeline burst near the village") in rows
    assert ("1978", "A gas pipeline was built") in rows


def test_a_noun_of_a_small_clause_stays_a_noun(nlp):
    doc = nlp("UNESCO declared it a protected site in 1997, and the government made Turin the capital.")
    mended = mend_parse(doc)
    assert mended is doc  # nothing to mend: no copy, no change
    assert [t.pos_ for t in mended if t.lower_ in ("site", "capital")] == ["NOUN", "NOUN"]


def test_the_parse_the_dates_were_read_from_is_left_as_it_was(nlp):
    doc = nlp("A pipe installed in 1990 burst on Saturday.")
    mended = mend_parse(doc)
    assert mended is not doc
    assert doc[5].pos_ == "NOUN" and mended[5].pos_ == "VERB"
