"""Round 20 of words that are no dates: a race or lap time ("1:50.88", "clocked 2:05") is no clock time,
and a capitalised season before a capitalised surname ("Summer Chen") is a first name, not the season.
Clock times after "at" or with "p.m.", and seasons told as seasons, stay dates. Sentences are this
project's own."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli.temporal import tag

FRIDAY = dt.date(2027, 10, 15)


def texts(text):
    return [e.text for e in tag(text, FRIDAY)]


def values(text):
    return [(e.text, e.value) for e in tag(text, FRIDAY)]


@pytest.mark.parametrize("text", [
    "Norway's Ida Berg won the 200 metres in 2:04.17 on Thursday.",
    "The relay team touched the wall in 3:29.8, a national record.",
    "She clocked 2:05 in the heats.",
    "He won in 4:12 after a slow first lap.",
    "The champion finished with 3:41 on a wet course.",
    "Her winning time of 1:58 was a meeting record.",
])
def test_a_race_time_is_no_clock_time(text):
    assert not any(":" in t for t in texts(text))


@pytest.mark.parametrize("text, expected", [
    ("The final started at 1:50 and she won in 4:12.", ("1:50", "2027-10-15T01:50")),
    ("The gunman opened fire at 1:50 p.m. on Tuesday.", ("1:50 p.m. on Tuesday", "2027-10-12T13:50")),
    ("The talks resumed at 10:30, officials said.", ("10:30", "2027-10-15T10:30")),
])
def test_a_time_of_day_stays_a_clock_time(text, expected):
    assert expected in values(text)


@pytest.mark.parametrize("text", [
    "Canada's Summer Chen took silver.",
    "Autumn Peltier spoke at the United Nations.",
    "Summer McIntosh broke the world record.",
])
def test_a_season_before_a_surname_is_a_first_name(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("In Summer 2025 the plant closed.", ("Summer 2025", "2025-SU")),
    ("The plant will reopen next Summer.", ("next Summer", "2028-SU")),
    ("Prices rose in the summer.", ("the summer", "2027-SU")),
])
def test_a_season_told_as_a_season_stays_a_date(text, expected):
    assert expected in values(text)


def test_a_season_inside_the_name_of_a_happening_stays_a_date():
    assert "Spring" in texts("Violence rose during the Iraq Spring Fighting of 2004.")
