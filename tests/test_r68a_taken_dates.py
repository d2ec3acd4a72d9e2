"""Round 68a: dates taken from another expression (which event a time expression dates).

- A bare adjective set off by a comma ("Idle since 1991, the mill ...", "the hall, empty since 2019,
  ...") holds a state; its "since" date is the state's start, not the clause's.
- A conjunct between two conjuncts with dates of their own ("bought it in 2015, repaired the roof and
  restarted the saws in 2019") happened between them: it shares neither date.
- A conjunct whose object is a span of its life ("spent most of its history in the regional
  leagues") is no happening of its neighbour's year.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

TUESDAY = dt.date(2026, 3, 3)


def _pairs(nlp, text):
    return {(r.event, r.value) for r in timeline_rows(nlp, text, TUESDAY)}


def test_state_adjective_keeps_its_since_date(nlp):
    pairs = _pairs(nlp, "Silent since 1991, the Varden sawmill will reopen in May.")
    assert ("The Varden sawmill will reopen", "1991") not in pairs
    assert ("The Varden sawmill will reopen", "2026-05") in pairs


def test_apposed_state_adjective_keeps_its_since_date(nlp):
    pairs = _pairs(nlp, "The town hall, empty since 2019, was sold on Friday.")
    assert not any(value == "2019" for _, value in pairs)
    assert any(value == "2026-02-27" for _, value in pairs)


def test_near_miss_since_on_the_verb_itself(nlp):
    pairs = _pairs(nlp, "The Varden sawmill has been silent since 1991.")
    assert ("The Varden sawmill has been silent", "1991") in pairs


def test_middle_conjunct_shares_neither_date(nlp):
    pairs = _pairs(nlp, "The Brekke family bought the site in 2015, repaired the roof and restarted the saws in 2019.")
    assert ("The Brekke family bought the site", "2015") in pairs
    assert ("The Brekke family restarted the saws", "2019") in pairs
    assert not any(event == "The Brekke family repaired the roof" and value in ("2015", "2019") for event, value in pairs)


def test_near_miss_two_conjuncts_share_one_date(nlp):
    pairs = _pairs(nlp, "The Brekke family bought the site, repaired the roof and restarted the saws in 2019.")
    assert ("The Brekke family restarted the saws", "2019") in pairs
    assert ("The Brekke family repaired the roof", "2019") in pairs


def test_lifetime_object_shares_no_founding_year(nlp):
    pairs = _pairs(nlp, "The hockey club was founded in 1979 and spent most of its history in the regional leagues.")
    assert ("The hockey club was founded", "1979") in pairs
    assert not any(event.startswith("The hockey club spent") and value == "1979" for event, value in pairs)


def test_near_miss_spent_money_shares_the_year(nlp):
    pairs = _pairs(nlp, "The hockey club was sold in 1979 and spent most of the money on a new rink.")
    assert ("The hockey club spent most of the money on a new rink", "1979") in pairs
