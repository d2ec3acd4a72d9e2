"""Round 73c: a date taken from another expression.

- A lead's "after" clause takes the lead's date unless it tells what built up before that day: a counted
  plural subject ("after five pupils were hurt"), a report of harm by an indefinite subject ("after
  shoppers reported cracked lids", "after a tourist complained"), or a subject with a time of its own
  ("after three crashes in May left ..."): such a clause gets no row of the lead's day.
- A year naming which law or ruling is meant ("in a 1987 statute", "on a 2016 verdict") dates that law,
  not the clause's verb.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows

THURSDAY = dt.date(2025, 6, 5)


def _rows(nlp, lead):
    text = f"Local news\n\nHAMAR, June 5, 2025 (Wire) - {lead}\n"
    return timeline_rows(nlp, text, THURSDAY)


def _told(nlp, lead):
    return {(r.event, r.value) for r in _rows(nlp, lead)}


def test_counted_plural_cause_keeps_no_lead_day(nlp):
    told = _told(nlp, "The bakery chain Oakmill withdrew about 30,000 jars of lemon curd on Tuesday after at least "
                      "four shoppers reported that lids had cracked.")
    assert ("The bakery chain Oakmill withdrew about 30,000 jars of lemon curd", "2025-06-03") in told
    assert not any(event.startswith("At least four shoppers") for event, _ in told)


def test_public_complaint_keeps_no_lead_day(nlp):
    told = _told(nlp, "Inspectors on Tuesday evening took three bears from a roadside zoo near Lyon, after a tourist "
                      "complained that the animals had no water.")
    assert ("Inspectors took three bears from a roadside zoo near Lyon", "2025-06-03TEV") in told
    assert not any(event.startswith("A tourist complained") for event, _ in told)


def test_bare_plural_report_keeps_no_lead_day(nlp):
    told = _told(nlp, "The Galician cannery Rias Baixas on Tuesday recalled about 200,000 tins of sardines, after "
                      "customers reported bulging lids.")
    assert ("Customers reported bulging lids", "2025-06-03") not in told


def test_dated_subject_keeps_its_own_month(nlp):
    told = _told(nlp, "The council of Talloires voted late on Tuesday to ban speedboats from its beaches from next "
                      "spring, after three crashes in May left two swimmers badly hurt.")
    assert ("Three crashes left two swimmers", "2025-05") in told
    assert ("Three crashes left two swimmers", "2025-06-03") not in told


def test_single_happening_cause_still_takes_lead_day(nlp):
    # near miss: one happening, no count, no complaint: the lead's day stands
    told = _told(nlp, "Rescuers on Tuesday freed all 30 miners trapped underground after water flooded the lower "
                      "shafts of the Wola coal mine, the operator said.")
    assert ("Water flooded the lower shafts of the Wola coal mine", "2025-06-03") in told


def test_year_of_a_ruling_relied_on_is_the_ruling_s(nlp):
    told = _told(nlp, "Judge Ortiz relied on a 2011 ruling by the high court.")
    assert ("Judge Ortiz relied on a 2011 ruling by the high court", "2011") not in told
    assert ("A ruling by the high court", "2011") in told  # the noun's own row stays


def test_year_of_a_verdict_is_not_the_campaigning(nlp):
    told = _told(nlp, "Brandt campaigned in May on the agency's debts and on a 2016 verdict that freed a banker.")
    assert not any(value == "2016" for _, value in told)
    assert ("Brandt campaigned on the agency's debts and on a 2016 verdict", "2025-05") in told


def test_year_of_a_definite_ruling_stays(nlp):
    # near miss: "in the 2016 ruling" is a mention of the ruling the writing was in
    told = _told(nlp, "The court wrote in the 2016 ruling that the ban was lawful.")
    assert ("The court wrote in the ruling that the ban was lawful", "2016") in told
