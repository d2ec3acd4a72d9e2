"""Round 42d: a coming day or month read as coming. A date in what is still ahead of the clause's
speaker is the next one of its name, not the last: a "will be free to" + infinitive (the copula's
future), a day inside what a forecast foresees ("forecast ..., with rain on Friday"), a gathering
offered or proposed for a day ("offered a second meeting on Tuesday"), a present recommendation
("recommends scrapping the charge from February"). And "since" always looks back: "since the
summer", told in February, is the summer gone (docs/events.md, "Coming days")."""
from __future__ import annotations

import datetime

import pytest

from timeline_cli.temporal import tag
from timeline_rows import timeline_rows

WEDNESDAY = datetime.date(2025, 10, 15)
MONDAY = datetime.date(2026, 3, 9)
SUNDAY = datetime.date(2025, 6, 1)
TUESDAY = datetime.date(2026, 2, 10)


def _values(nlp, text, day):
    return [x.value for x in tag(text, day, nlp(text))]


@pytest.mark.parametrize(("text", "day", "value"), [
    # the copula's future carries into "free/able/ready to" + infinitive
    ("She will be able to vote again on March 3.", WEDNESDAY, "2026-03-03"),
    ("The bridge will be ready to open on May 2.", WEDNESDAY, "2026-05-02"),
    # a day inside what is forecast
    ("Forecasters predicted a dry week, with showers on Thursday.", MONDAY, "2026-03-12"),
    ("The weather service forecast more snow for the region, with gusts on Friday.", MONDAY, "2026-03-13"),
    ("Forecasters warned of more rain, with flooding on Thursday.", MONDAY, "2026-03-12"),
    # a gathering offered or proposed for a day
    ("The minister proposed talks on Thursday.", SUNDAY, "2025-06-05"),
    ("The mayor offered a fresh round of negotiations on Friday.", SUNDAY, "2025-06-06"),
    # a present recommendation looks ahead
    ("The review recommends scrapping the charge from February.", WEDNESDAY, "2026-02"),
    ("The panel recommends closing the old wing in March.", WEDNESDAY, "2026-03"),
    # "since" looks back to the last season begun
    ("Rents have doubled since the summer.", TUESDAY, "2025-SU"),
    ("The plant has been shut since the spring.", TUESDAY, "2025-SP"),
    ("The union says wages have stagnated since the winter.", datetime.date(2025, 5, 10), "2024-WI"),
])
def test_coming_date_is_the_next_one(nlp, text, day, value):
    assert value in _values(nlp, text, day)


@pytest.mark.parametrize(("text", "day", "value"), [
    ("She was able to vote on March 3.", WEDNESDAY, "2025-03-03"),  # a past copula: the March gone
    ("He was free to leave on Monday.", WEDNESDAY, "2025-10-13"),
    ("The agency predicted on Friday a rise in prices.", MONDAY, "2026-03-06"),  # the forecast's own day
    ("The agency had forecast rain, with storms on Friday, but none came.", MONDAY, "2026-03-06"),
    ("He offered his resignation on Thursday.", SUNDAY, "2025-05-29"),  # no gathering: the offer's day
    ("The company offered a 5 percent raise on Wednesday.", SUNDAY, "2025-05-28"),
    ("She had offered a meeting on Thursday, but he refused.", SUNDAY, "2025-05-29"),
    ("The panel recommended closing the old wing in March.", WEDNESDAY, "2025-03"),  # a past recommendation
    ("The plant will reopen in the spring.", TUESDAY, "2026-SP"),
    ("He returned in the autumn.", TUESDAY, "2025-FA"),
])
def test_near_misses_keep_their_date(nlp, text, day, value):
    assert value in _values(nlp, text, day)


def test_offered_meeting_row_is_expected(nlp):
    text = ("WARSAW, June 1, 2025 - Striking nurses marched on the health ministry on Sunday. "
            "The health minister offered a second meeting on Tuesday.")
    rows = [r for r in timeline_rows(nlp, text, SUNDAY) if "meeting" in r.event]
    assert rows, timeline_rows(nlp, text, SUNDAY)
    assert rows[0].value == "2025-06-03"
    assert rows[0].status == "expected"


def test_since_season_row_is_past(nlp):
    text = ("PARIS, Feb. 10, 2026 - Bakers protested outside parliament on Tuesday. "
            "Their federation says flour prices have risen by a fifth since the autumn.")
    rows = [r for r in timeline_rows(nlp, text, TUESDAY) if r.value.endswith("-FA")]
    assert all(r.value == "2025-FA" and r.status != "expected" for r in rows), rows


def test_forecast_content_row_is_expected_but_not_the_forecast_day(nlp):
    text = ("OTTAWA, March 9, 2026 - The river rose again on Monday. "
            "Forecasters predicted a dry week, with showers on Thursday.")
    rows = [r for r in timeline_rows(nlp, text, MONDAY) if r.value == "2026-03-12"]
    assert rows and rows[0].status == "expected", timeline_rows(nlp, text, MONDAY)
