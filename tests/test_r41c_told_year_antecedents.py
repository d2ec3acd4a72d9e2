"""Round 41c: a month's year from the year the sentence tells, not from a year that names which thing a
noun is ("the frame of 1951"); an object "them" for a set named by its number in its own sentence ("the
seven"); no row for an anaphoric "ones" subject ("the ones ordered in 2019"). Sentences are this
project's own (docs/events.md, "Round 41c")."""
from __future__ import annotations

import datetime as dt

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

REF = dt.date(2025, 5, 2)  # a Friday


def _values(nlp, text, ref=REF):
    return {x.text: x.value for x in tag(text, ref, nlp(text))}


def _rows(nlp, text, ref=REF):
    return timeline_rows(nlp, text, ref)


# A month after a noun's year takes the year the sentence opened with

def test_that_month_skips_a_year_naming_a_thing(nlp):
    text = "In 2016, inspectors warned that the concrete spillway of 1962 was cracking badly, and the reservoir was drained that September."
    assert _values(nlp, text)["that September"] == "2016-09"


def test_that_month_after_a_by_year(nlp):
    text = "In 2018, the council sold the town hall of 1911 to a developer, who opened a hotel there that March."
    assert _values(nlp, text)["that March"] == "2018-03"


def test_bare_month_after_a_noun_year_takes_the_told_year(nlp):
    text = "By 2021, the museum had found that the glass roof of 1890 leaked in storms, and the gallery shut in November."
    assert _values(nlp, text)["November"] == "2021-11"


def test_the_row_is_dated_by_the_told_year(nlp):
    text = "In 2016, inspectors warned that the concrete spillway of 1962 was cracking badly, and the reservoir was drained that September."
    rows = [r for r in _rows(nlp, text) if "drained" in r.event]
    assert rows and rows[0].value == "2016-09"


def test_near_miss_a_year_told_by_the_sentence_stays(nlp):
    # the year is the sentence's own time, not a noun's: "that July" is of 2014
    text = "The 1998 law was amended in 2014, and the change took effect that July."
    assert _values(nlp, text)["that July"] == "2014-07"


def test_near_miss_a_time_noun_of_a_year_stays(nlp):
    # "the summer of 1987" is a time the text tells, not a noun's year
    text = "In 1980, the band split up, but they met again in the summer of 1987 and that August recorded a new album."
    assert _values(nlp, text).get("that August", "1987-08") == "1987-08"


# "them" for a set named by its number in its own sentence

def test_them_is_the_set_named_by_a_number(nlp):
    text = ("Border guards helped trace the van, officials said on Friday. "
            "The five will appear before a magistrate on Monday, who will decide whether to release them on bail.")
    rows = [r for r in _rows(nlp, text) if "magistrate" in r.event]
    assert rows and rows[0].value == "2025-05-05"
    assert "guards" not in rows[0].event


def test_them_in_the_description_is_the_set_named_by_a_number(nlp):
    text = ("Police in Poland traced the lorry, officials said on Friday. "
            "The seven will appear before a judge on Saturday, who will decide whether to hold them in custody.")
    rows = [r for r in _rows(nlp, text) if "judge" in r.event]
    assert rows and "police" not in rows[0].event.lower()


def test_them_without_a_number_still_takes_the_nearest_plural(nlp):
    text = "Survivors said a wave had swept three fishermen into the sea on Friday. A search on Saturday found no trace of them."
    rows = [r for r in _rows(nlp, text) if "search" in r.event.lower()]
    assert rows and "them" not in rows[0].event.split()


# An anaphoric "ones" subject

def test_no_row_for_the_ones(nlp):
    text = "The mayor urged the city to buy three new trams instead of waiting for the ones ordered in 2020."
    assert not any(r.event.lower().startswith("the ones") for r in _rows(nlp, text))


def test_no_row_for_the_older_ones(nlp):
    text = "Two new buses arrived on Friday, and the old ones were sold in March."
    rows = _rows(nlp, text)
    assert any("buses arrived" in r.event for r in rows)
    assert not any("ones" in r.event.split() for r in rows)


def test_loved_ones_stay(nlp):
    text = "Loved ones gathered at the airport on Friday."
    assert any("oved ones gathered" in r.event for r in _rows(nlp, text))
