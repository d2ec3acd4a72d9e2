"""Round 47a: a conjunct that tells another time does not take the dated clause's date (the fortieth
blind sample's largest date class).

* A later conjunct after "but"/"yet" that is negated and passive beside an active verb, or present
  beside a past, tells what did not happen, at no time the first clause's date gives: "A revived race
  in 2023 drew 9,000 spectators but was not held again" (tenses.py, `negated_contrast`); "was
  shortlisted in 2021 but did not win" still shares it.
* A present simple beside a past passive or past perfect is now, not the past event's day: "The first
  case was reported on July 3, and most of the patients live near the plant" (tenses.py,
  `present_beside_past`).
Sharing stays where the same actors and tense carry on: "arrested two men in January and charged them"."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 6)  # a Friday
LEAD = "The regional council met on Friday to review its spending plans. "


def _on(rows, expression):
    return [r.event for r in rows if r.time_expression == expression]


def test_negated_passive_after_but_takes_no_year(nlp):
    rows = timeline_rows(nlp, LEAD + "A revived street market in 2021 drew large crowds over the summer "
                                     "but was not held again.", DAY)
    assert _on(rows, "2021") == ["A revived street market drew large crowds"], rows


def test_negated_active_after_passive_still_shares(nlp):
    rows = timeline_rows(nlp, LEAD + "The town's bid was shortlisted in 2020 but did not succeed.", DAY)
    assert _on(rows, "2020") == ["The town's bid was shortlisted", "The town's bid did not succeed"], rows


def test_negated_past_perfect_after_but_takes_no_day(nlp):
    rows = timeline_rows(nlp, LEAD + "An engineer said the barrier had stopped most of the debris on Tuesday "
                                     "but had not been built for a slide of that size.", DAY)
    assert all("not been built" not in e and "built" not in e for e in _on(rows, "Tuesday")), rows


def test_negated_perfect_after_yet_takes_no_year(nlp):
    rows = timeline_rows(nlp, LEAD + "The festival sold out in 2022 yet has not returned since.", DAY)
    assert _on(rows, "2022") == ["The festival sold out"], rows


def test_present_state_with_now_is_not_dated(nlp):
    rows = timeline_rows(nlp, LEAD + "A new vaccine was approved in May, and most clinics now offer it free of charge.", DAY)
    assert _on(rows, "May") == ["A new vaccine was approved"], rows


def test_present_state_beside_past_passive_report(nlp):
    rows = timeline_rows(nlp, LEAD + "The leak was discovered on Tuesday, and most of the affected families "
                                     "live or work on the east bank of the river.", DAY)
    tuesday = [r for r in rows if r.time_expression == "Tuesday"]
    assert [r.event for r in tuesday] == ["The leak was discovered"], rows
    assert tuesday[0].date == "2026-03-03"


def test_present_pair_beside_simple_past_is_not_dated(nlp):
    rows = timeline_rows(nlp, LEAD + "Inspectors found the leak on Tuesday, and most of the affected families "
                                     "live or work on the east bank of the river.", DAY)
    assert _on(rows, "Tuesday") == ["Inspectors found the leak"], rows


def test_same_doer_and_tense_still_share(nlp):
    rows = timeline_rows(nlp, LEAD + "Police arrested two men in January and charged them with fraud.", DAY)
    assert len(_on(rows, "January")) == 2, rows


def test_positive_conjunct_after_but_still_shares(nlp):
    rows = timeline_rows(nlp, LEAD + "The company cut 200 jobs on Monday but kept its plant in Leeds open.", DAY)
    assert len(_on(rows, "Monday")) == 2, rows


def test_later_past_conjunct_with_own_date_keeps_it(nlp):
    rows = timeline_rows(nlp, LEAD + "The station was closed on Monday and reopened on Wednesday.", DAY)
    assert _on(rows, "Wednesday") == ["The station was reopened"], rows


def test_negated_conjunct_in_the_same_form_still_shares(nlp):
    rows = timeline_rows(nlp, LEAD + "The developer announced the sale of its London offices in January "
                                     "but didn't disclose the price.", DAY)
    assert len(_on(rows, "January")) == 2, rows


def test_present_with_perfect_infinitive_still_shares(nlp):
    rows = timeline_rows(nlp, LEAD + "The bridge was inspected in August and appears to have begun cracking "
                                     "soon afterwards.", DAY)
    assert len(_on(rows, "August")) == 2, rows
