"""Round 61b: a "before"/"until" date on an act nobody does keeps its phrase (docs/events.md, "Not ... until
X" dated X), and a possibility or an awaited thing dated ahead is not told as done. "Nobody will come
until December" told "Nobody will come" on December says the opposite of the news; "losses could reach
85 million euros this year" is no loss that occurred. Sentences are new ones of the judged shapes, with
near-misses that must not change."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression

DAY = datetime.date(2026, 3, 10)


def _told(nlp, text: str) -> dict[str, list[str]]:
    return {k: [r.event for r in v] for k, v in rows_by_expression(nlp, text, DAY).items()}


def test_negative_subject_keeps_its_bound(nlp):
    assert _told(nlp, "No trains will run on the coastal line until Monday, the operator said.")["Monday"] == [
        "No trains will run on the coastal line until Monday"]
    rows = rows_by_expression(nlp, "None of the three reactors is expected to restart before 2029.", DAY)
    row, = rows["2029"]
    assert row.event == "None of the three reactors is expected to restart before 2029"
    assert row.value == "2029"
    assert row.status == "negated"


def test_no_object_noun_keeps_its_bound(nlp):
    rows = _told(nlp, "Pharmacists said on Friday they expect no new deliveries before April.")
    assert rows["April"] == ["Pharmacists expect no new deliveries before April"]
    assert rows["Friday"] == ["Pharmacists said they expect no new deliveries before April"]


def test_noun_event_under_negated_verb_keeps_its_bound(nlp):
    assert _told(nlp, "A verdict is not expected before 2027.")["2027"] == ["A verdict is not expected before 2027"]
    assert _told(nlp, "A decision is not expected until late January.")["late January"] == [
        "A decision is not expected until late January"]


def test_neither_parsed_on_the_verb_gives_no_row_with_a_borrowed_subject(nlp):
    rows = _told(nlp, "The port authority said last month that it would build two new berths, "
                      "but neither is expected to be working before 2029.")
    assert "2029" not in rows  # was "The port authority is expected to be working" on 2029


def test_bounds_on_plain_subjects_and_objects_unchanged(nlp):
    assert _told(nlp, "A decision is expected before late January.")["late January"] == ["A decision is expected"]
    assert _told(nlp, "The company hired two engineers before March.")["March"] == ["The company hired two engineers"]
    assert _told(nlp, "Officials expect no delays on Monday.")["Monday"] == ["Officials expect no delays"]


def test_possibility_of_the_current_period_is_expected(nlp):
    rows = rows_by_expression(nlp, "Damage could top two billion dollars this year, insurers said.", DAY)
    assert [(r.event, r.status) for r in rows["this year"]] == [("Damage could top two billion dollars", "expected")]
    rows = rows_by_expression(nlp, "Heavy snow was likely this weekend, forecasters said.", DAY)
    assert [r.status for r in rows["this weekend"]] == ["expected"]


def test_awaited_by_a_coming_day_is_expected(nlp):
    rows = rows_by_expression(nlp, "The ministry said it had asked the airline for a refund plan and expected "
                                   "an answer by Friday.", DAY)
    row, = rows["Friday"]
    assert row.value == "2026-03-13"
    assert row.status == "expected"


def test_done_things_of_the_current_period_still_occurred(nlp):
    rows = rows_by_expression(nlp, "Losses reached 85 million euros this year.", DAY)
    assert [r.status for r in rows["this year"]] == ["occurred"]
    rows = rows_by_expression(nlp, "The festival was busy this week.", DAY)
    assert [r.status for r in rows["this week"]] == ["occurred"]
    rows = rows_by_expression(nlp, "Insurers estimated that the flood last month will result in a charge of "
                                   "less than $10 million.", DAY)  # the flood's own past date
    assert [r.status for r in rows["last month"]] == ["occurred"]
    rows = rows_by_expression(nlp, "The club expected a big crowd on Saturday.", DAY)  # Saturday past
    assert [r.status for r in rows["Saturday"]] == ["occurred"]
