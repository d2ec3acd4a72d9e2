"""Round 31d: a coming date read as past. What a verb of foreseeing foresees "by" a day lies ahead of
it, whatever its tense ("expected the first results by early June", "forecast ..., followed by a drop
in temperature by Thursday"); "until" a day under "may", "might", "will" or "would", negated or not,
runs up to a day ahead ("might not be reconnected until Wednesday") (docs/events.md, "Round 31d")."""
from __future__ import annotations

import datetime

import pytest

from timeline_cli.temporal import tag

SUNDAY = datetime.date(2026, 1, 25)
MAY = datetime.date(2025, 5, 19)


def _values(nlp, text, day=SUNDAY):
    return [x.value for x in tag(text, day, nlp(text))]


@pytest.mark.parametrize(("text", "value"), [
    ("The airline expected the first deliveries of the new jets by Thursday.", "2026-01-29"),
    ("Forecasters predicted a rise in river levels to a record by Tuesday.", "2026-01-27"),
    ("The weather service forecast strong winds, followed by a sharp frost across the valley by Friday.", "2026-01-30"),
    ("The ministry said it expected the report by early March.", "2026-03"),
])
def test_foreseen_by_a_day_lies_ahead(nlp, text, value):
    assert value in _values(nlp, text)


def test_foreseen_by_a_month_in_may_is_this_year(nlp):
    assert _values(nlp, "The regulator expected the first licence bids by early June.", MAY) == ["2025-06"]


@pytest.mark.parametrize(("text", "value"), [
    # past perfect: the expectation is looked back on
    ("Analysts had expected the merger to close by Friday.", "2026-01-23"),
    # "by" after a verb that foresees nothing
    ("The council had finished the repairs by Friday.", "2026-01-23"),
    # "on" a day on the foreseeing verb itself is when it foresaw
    ("The agency forecast heavy snow on Friday.", "2026-01-23"),
])
def test_near_misses_stay_back(nlp, text, value):
    assert value in _values(nlp, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Officials warned that some villages might not be reached until Wednesday.", "2026-01-28"),
    ("The ferry would not sail until Friday, the operator said.", "2026-01-30"),
    ("The bridge may stay shut until Thursday.", "2026-01-29"),
])
def test_until_under_a_modal_lies_ahead(nlp, text, value):
    assert value in _values(nlp, text)


@pytest.mark.parametrize(("text", "value"), [
    ("The road was closed until Wednesday.", "2026-01-21"),
    ("Rescuers could not reach the village until Wednesday.", "2026-01-21"),
    ("The shop might have stayed open until Friday.", "2026-01-23"),
])
def test_until_in_the_past_stays_back(nlp, text, value):
    assert value in _values(nlp, text)
