"""Round 43a: a relative clause on a pronoun head that names no one ("everyone who", "anyone who",
"those who") says who is meant by the clause above; holding the date, it is no event of its own
(docs/events.md, "A relative state's date"): "The state will contact everyone who stayed at the
campground between April 18 and May 9" gave "Everyone stayed at the campground".
And an "it" that rises, falls or flows is not the body that reported the thing doing so (docs/events.md,
round 43a)."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2026, 7, 10)


def _events(nlp, text):
    return [(r.value, r.event) for r in timeline_rows(nlp, text, REF)]


@pytest.mark.parametrize(("text", "told"), [
    ("The state will contact everyone who stayed at the campground between April 18 and May 9.",
     "Everyone stayed at the campground"),
    ("The airline will refund everyone who booked a flight in March.", "Everyone booked a flight"),
    ("The city will fine those who parked on the bridge on Saturday.", "Those parked on the bridge"),
    ("Police questioned everybody who attended the party last Friday.", "Everybody attended the party"),
    ("Everyone who bought tickets in January will get a refund.", "Everyone bought tickets"),
    ("The council thanked all who volunteered during the floods in 2021.", "All volunteered during the floods"),
])
def test_relative_on_a_pronoun_gives_no_row_of_its_own(nlp, text, told):
    events = [event for _, event in _events(nlp, text)]
    assert not any(event.startswith(told.split()[0]) for event in events), events


@pytest.mark.parametrize(("text", "value", "told"), [
    # a relative on a noun names the noun: its row stays
    ("The company hired a man who worked at the plant in 2019.", "2019", "A man worked at the plant"),
    ("The board praised the nurses who worked through the storm on Sunday.", "2026-07-05",
     "The nurses worked through the storm"),
])
def test_relative_on_a_noun_keeps_its_row(nlp, text, value, told):
    assert (value, told) in _events(nlp, text)


# An "it" that rises, falls or flows is not the body that reported a thing doing so (actors.py):
# "Quebec's public security ministry said the water had risen ... By Monday it had stopped rising"
# read "Quebec's public security ministry had stopped rising".
LEVEL_REF = datetime.date(2026, 2, 24)


@pytest.mark.parametrize(("text", "body"), [
    ("The fire service said the water had risen two metres overnight. By Tuesday evening it had stopped rising.",
     "The fire service"),
    ("The agency said the river had crested overnight. On Tuesday it fell by half a metre.", "The agency"),
    ("The utility said the lake had reached a record level. On Monday it began to recede.", "The utility"),
])
def test_a_level_that_moves_is_not_the_reporter(nlp, text, body):
    rows = timeline_rows(nlp, text, LEVEL_REF)
    assert not any(r.event.startswith(body) and r.event.split()[len(body.split())] != "said" for r in rows), \
        [r.event for r in rows]


@pytest.mark.parametrize(("text", "told"), [
    # a verb an organisation does keeps the reporter as "it"
    ("The company said the plant had been damaged. On Tuesday it hired 40 workers.", "The company hired 40 workers"),
    ("The county said the reservoir was nearly full. On Sunday it opened two spillways.",
     "The county opened two spillways"),
])
def test_an_organisation_act_keeps_the_reporter(nlp, text, told):
    assert told in [r.event for r in timeline_rows(nlp, text, LEVEL_REF)]
