"""Round 62b: a text date taken from another expression than the event's.

- A date in a "from"/"of" phrase inside the subject ("tonnes from last year's harvest", "letters from
  the 1920s") dates that noun, not a present-tense predicate: no row of that date for the clause.
- A "when" clause after a span of two dates ("between October 2022 and May 2024, when police
  arrested ...") tells of the span's end: the span dates the main clause, not the when clause.
- A conjunct whose state reaches to the present ("... but had not yet received an answer") or that
  tells an age of its own ("began judo at the age of six ... and won the title in 2023") does not
  share the other verb's date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_rows import rows_by_expression, timeline_rows

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize("text, expression", [
    ("About 1,800 tonnes from last year's harvest are still held by exporters, the growers' association said.",
     "last year"),
    ("Letters from the 1920s are now on display in the town museum.", "the 1920s"),
    ("The first 3,000 photographs, mostly portraits from the 1950s, are due to go online by the end of the year.",
     "the 1950s"),
    ("Grain from last autumn's crop is stored in three silos outside the town.", "last autumn"),
])
def test_subject_noun_date_does_not_date_present_clause(nlp, text, expression):
    rows = rows_by_expression(nlp, text, THURSDAY)
    assert expression not in rows


@pytest.mark.parametrize("text, expression, event", [
    # near misses: the date on the verb itself, an event noun's own date, a past clause's subject
    ("Last year's winner, Tom Reyes, crashed on Saturday.", "Saturday", "Last year's winner crashed"),
    ("Sales in March rose 4 percent.", "March", "Sales rose 4 percent"),
    # a season's own noun, a "for" phrase of a period, a chronology's present
    ("\"We need to get people through the summer until the autumn rains come.\"", "the autumn", "Rains come"),
    ("The wheat crop for the 2025-26 season is estimated at 40 million tonnes.", "2025-26",
     "The wheat crop for the season is estimated at 40 million tonnes"),
    ("2015 - Taxi drivers stage a three-day strike in February, blocking the airport road.", "2015",
     "Taxi drivers stage a three-day strike, blocking the airport road"),
    # a possessive alone is no origin: the purchases' Monday stays (a key event of a TempEval story)
    ("The group's stake of 9 percent before Monday's purchases is far below the stakes of its two rivals.",
     "Monday", "The group's stake of 9 percent before Monday's purchases is far below the stakes of its two rivals"),
    ("The first 3,000 photographs are due to go online by the end of the year.", "the end of the year",
     "The first 3,000 photographs are due to go online"),
])
def test_near_misses_keep_their_date(nlp, text, expression, event):
    rows = rows_by_expression(nlp, text, THURSDAY)
    assert event in {r.event for r in rows[expression]}


@pytest.mark.parametrize("text, value, event, when_event", [
    ("The thefts took place between October 2022 and May 2024, when police arrested the men at a scrapyard.",
     "2022-10/2024-05", "The thefts took place", "Police arrested the men"),
    ("The fraud ran from 2019 to 2021, when auditors found the missing money.",
     "2019/2021", "The fraud ran", "Auditors found the missing money"),
    ("The company ran the ferry between 2010 and 2015, when it sold the route to a rival.",
     "2010/2015", "The company ran the ferry", "The company sold the route"),
])
def test_when_clause_after_a_span_is_not_given_the_span(nlp, text, value, event, when_event):
    rows = timeline_rows(nlp, text, THURSDAY)
    spanned = [r for r in rows if r.value == value]
    assert [r.event for r in spanned] == [event]
    assert not any(r.event.startswith(when_event) for r in spanned)


def test_when_clause_after_a_single_date_still_shares_it(nlp):
    rows = timeline_rows(nlp, "Prices rose in 2024, when the drought cut supplies.", THURSDAY)
    assert {r.event for r in rows if r.value == "2024"} == {"Prices rose", "The drought cut supplies"}


def test_span_description_drops_a_misread_relative(nlp):
    text = ("The thefts took place between October 2022 and May 2024, when police arrested the men at a "
            "scrapyard in Castleford that prosecutors said Darren Hollis had used to melt down the metal.")
    rows = [r for r in timeline_rows(nlp, text, THURSDAY) if r.value == "2022-10/2024-05"]
    assert [r.event for r in rows] == ["The thefts took place"]


@pytest.mark.parametrize("text, expression, dated", [
    ("Carvalho said the museum had applied for state grants last year but had not yet received an answer.",
     "last year", "had applied for state grants"),
    ("Varga began judo at the age of six in a club in Szeged and won the European cadet title in 2023.",
     "2023", "Varga won the European cadet title"),
])
def test_conjunct_of_its_own_time_does_not_share(nlp, text, expression, dated):
    rows = rows_by_expression(nlp, text, THURSDAY)[expression]
    assert len(rows) == 1 and dated in rows[0].event


def test_plain_conjunct_still_shares(nlp):
    rows = rows_by_expression(nlp, "The council approved the plan in May and hired a builder.", THURSDAY)["May"]
    assert {r.event for r in rows} == {"The council approved the plan", "The council hired a builder"}
