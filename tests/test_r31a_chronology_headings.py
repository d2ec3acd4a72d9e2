"""Round 31a: a chronology inside a news story. A line opening with a year and a dash or a colon
("2016 - The museum buys the painting in March ...") sets the year of the months and days of its entry,
and the heading is not part of the entry's description (docs/events.md, "Round 31a")."""
from __future__ import annotations

import datetime

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

JUNE = datetime.date(2025, 6, 10)

CHRONOLOGY = (
    "Museum returns disputed painting: how the case unfolded\n\n"
    "2016 - The Halden Museum opens in Bergen in October, with 40 paintings on show.\n\n"
    "2019: Curators find in November that the signature was added later.\n\n"
    "2022 - Heirs of the first owner sue the museum in September, and the museum opens talks.\n"
)


def _values(nlp, text, day=JUNE):
    return {x.text: x.value for x in tag(text, day, nlp(text))}


def test_entry_heading_sets_the_year_of_its_months(nlp):
    values = _values(nlp, CHRONOLOGY)
    assert values["October"] == "2016-10"
    assert values["November"] == "2019-11"
    assert values["September"] == "2022-09"


def test_present_tense_entry_is_not_read_as_coming(nlp):
    text = "2021 - The ferry line returns in April, after the port reopens.\n"
    assert _values(nlp, text)["April"] == "2021-04"


def test_entry_rows_are_dated_by_heading_and_lose_it(nlp):
    rows = timeline_rows(nlp, CHRONOLOGY, JUNE)
    opened = [r for r in rows if "opens" in r.event]
    assert any(r.date == "2016-10-01" and r.status == "occurred" for r in opened), opened
    assert not any(r.event.startswith(("2016", "2019", "2022")) for r in rows)


def test_year_without_dash_is_not_a_heading(nlp):
    # "2016 was ...": a sentence about a year, not an entry heading; "In March" is the story's own
    text = "Sales fell last year. 2016 was the best year on record.\nThe company cut 200 jobs in March.\n"
    assert _values(nlp, text)["March"] == "2025-03"


def test_year_range_line_is_not_a_heading(nlp):
    text = "2016 - 2018 figures were revised.\nThe company cut 200 jobs in March.\n"
    assert _values(nlp, text)["March"] == "2025-03"


def test_year_mid_line_is_not_a_heading(nlp):
    text = "The bridge, opened in 2016 - a year late - closed in March for repairs.\n"
    assert _values(nlp, text)["March"] == "2025-03"
