"""Round 57d: a conjunct with a period of its own does not take the first conjunct's dates
(events/attach.py, `own_time`); a present "when" clause under "will" looks ahead also through the
participle its verb takes (temporal/context.py, `_pending`); a negative object and a past plan
undone by a "but" conjunct are `negated` (events/status.py). Sentences written for these tests."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

WEDNESDAY = datetime.date(2026, 9, 16)


def rows_of(nlp, text):
    return timeline_rows(nlp, text, WEDNESDAY)


def dated(nlp, text, when):
    return [r for r in rows_of(nlp, text) if r.time_expression == when]


# A conjunct with a bare period of its own ("all week", "all season")

def test_a_conjunct_with_a_period_of_its_own_does_not_take_the_first_verbs_years(nlp):
    text = "The Harbour Hawks had won the league in 2021 and 2022 and had not dropped a set all week."
    for year in ("2021", "2022"):
        events = [r.event for r in dated(nlp, text, year)]
        assert any("won the league" in e for e in events)
        assert not any("dropped" in e for e in events)


def test_a_conjunct_staying_a_whole_season_is_not_dated_by_the_cup_year(nlp):
    text = "The club lifted the cup in 2019 and stayed unbeaten all season."
    assert [r.event for r in dated(nlp, text, "2019")] == ["The club lifted the cup"]


def test_a_conjunct_with_no_time_of_its_own_still_shares_the_date(nlp):
    text = "Rebels seized the airport on Monday and closed the border."
    events = [r.event for r in dated(nlp, text, "Monday")]
    assert any("closed the border" in e for e in events)


# A present "when" clause under "will": its day lies ahead, also through its participle

def test_a_when_clause_starting_a_participle_under_will_is_the_coming_day(nlp):
    text = "When the plant starts making cars again on Monday, it will hire 200 workers."
    rows = dated(nlp, text, "Monday")
    assert rows and all(r.value == "2026-09-21" and r.status == "expected" for r in rows)


def test_a_fronted_once_clause_beginning_a_sailing_is_ahead(nlp):
    text = "Once the ferry begins sailing to the island on Friday, the village will get its first tourists in years."
    rows = dated(nlp, text, "Friday")
    assert rows and all(r.value == "2026-09-18" for r in rows)


def test_a_past_when_clause_stays_in_the_past(nlp):
    text = "When the plant started making cars again on Monday, it hired 200 workers."
    rows = dated(nlp, text, "Monday")
    assert rows and all(r.value == "2026-09-14" and r.status == "occurred" for r in rows)


# A negative object

def test_an_object_with_no_denies_the_act(nlp):
    text = "The hospital said it had admitted no patients with burns before Sunday."
    rows = dated(nlp, text, "Sunday")
    assert rows and all(r.status == "negated" for r in rows)


def test_finding_nothing_is_negated(nlp):
    text = "Customs officers searched the truck on Friday and found nothing."
    assert any(r.status == "negated" for r in rows_of(nlp, text) if "found nothing" in r.event)


def test_no_choice_but_is_no_denial(nlp):
    text = "The club had no choice but to sell the ground in March."
    rows = dated(nlp, text, "March")
    assert rows and all(r.status == "occurred" for r in rows)


def test_a_no_inside_a_subjects_phrase_is_not_the_object(nlp):
    text = "A man with no fixed address was charged on Monday."
    assert [r.status for r in dated(nlp, text, "Monday")] == ["occurred"]


# A past plan undone by a "but" conjunct

def test_a_plan_that_was_meant_but_held_up_is_negated(nlp):
    text = "The new terminal was meant to open last spring but was delayed by a strike."
    rows = [r for r in dated(nlp, text, "last spring") if "meant to open" in r.event]
    assert rows and all(r.status == "negated" for r in rows)


def test_a_supposed_reopening_with_a_but_clause_of_its_own_is_negated(nlp):
    text = "The museum was supposed to reopen in March but the roof failed an inspection."
    rows = dated(nlp, text, "March")
    assert rows and all(r.status == "negated" for r in rows)


def test_a_plan_without_but_is_not_negated(nlp):
    text = "The new line was meant to open in 2023."
    assert all(r.status != "negated" for r in dated(nlp, text, "2023"))


def test_a_present_plan_with_but_is_not_negated(nlp):
    text = "The bridge is meant to reopen in March but may slip."
    assert all(r.status != "negated" for r in dated(nlp, text, "March"))


# A present state's date after "above/below <figure>" is the compared figure's

def test_a_premium_told_in_the_present_is_not_dated_by_the_compared_price(nlp):
    text = "The offer is 30 percent above the company's share price on Friday."
    assert dated(nlp, text, "Friday") == []


def test_a_past_close_above_a_price_keeps_its_day(nlp):
    text = "Shares closed 5 percent above the offer price on Friday."
    assert [r.value for r in dated(nlp, text, "Friday")] == ["2026-09-11"]


# A fixture given to someone on a day: the fixture's day, ahead of the award

def test_a_race_awarded_to_a_town_lies_ahead(nlp):
    text = "The cycling union has awarded the town a stage of the national tour on March 3."
    rows = dated(nlp, text, "March 3")
    assert rows and all(r.value == "2027-03-03" and r.status == "expected" for r in rows)


def test_a_match_granted_to_a_club_lies_ahead(nlp):
    text = "The league has granted the club a home match on Oct. 4."
    rows = dated(nlp, text, "Oct. 4")
    assert rows and all(r.value == "2026-10-04" for r in rows)


def test_a_contract_awarded_on_a_day_is_the_awarding(nlp):
    text = "The city awarded the contract on Monday."
    assert [(r.value, r.status) for r in dated(nlp, text, "Monday")] == [("2026-09-14", "occurred")]


def test_a_prize_awarded_to_someone_on_a_day_is_the_awarding(nlp):
    text = "The jury awarded Kim Lee the prize on Monday."
    assert [r.value for r in dated(nlp, text, "Monday")] == ["2026-09-14"]
