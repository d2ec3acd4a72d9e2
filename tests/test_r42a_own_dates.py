"""Round 42a: a date that belongs to one part of a sentence does not date another part's verb.

* A past participle set off by commas after its noun ("The telescope, launched in December 2021, has
  become ...") is told alone with its date ("The telescope was launched"), never the noun's clause
  (which tells what came later) with the participle's date (docs/events.md, "Finite verbs and
  quotations").
* A year after "of" or "from" behind the subject ("the iron frame of 1951 had rusted") is the noun's
  own year: it dates no row of the subject's verb (docs/events.md, "A date in a modifier of the
  object")."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows

REF = datetime.date(2026, 1, 15)


def _by_value(nlp, text):
    return {(r.value, r.event) for r in timeline_rows(nlp, text, REF)}


@pytest.mark.parametrize(("text", "value", "told"), [
    ("The telescope, launched in December 2021, has become the main tool for studying distant worlds.",
     "2021-12", "The telescope was launched"),
    ("The plant, closed in 2019, has been sold to a developer.", "2019", "The plant closed"),
    ("The lighthouse, built in 1874, now houses a small museum.", "1874", "The lighthouse was built"),
    ("The ferry terminal, opened in 2008, will be demolished next year.", "2008", "The ferry terminal was opened"),
])
def test_set_off_participle_is_told_alone(nlp, text, value, told):
    rows = _by_value(nlp, text)
    assert (value, told) in rows
    assert not [e for v, e in rows if v == value and e != told]  # the later clause never takes its date


def test_set_off_participle_keeps_the_main_clause_row(nlp):
    rows = _by_value(nlp, "The ferry terminal, opened in 2008, will be demolished next year.")
    assert ("2027", "The ferry terminal will be demolished") in rows


@pytest.mark.parametrize(("text", "value", "told"), [
    # near-misses: a published text's past finding is said on its day; no commas, no change
    ("The report, published on Monday, found that rents rose.", "2026-01-12", "The report found that rents rose"),
    ("A city audit published in April found that the fund lost money.", "2025-04",
     "A city audit found that the fund lost money"),
])
def test_published_text_keeps_its_finding(nlp, text, value, told):
    assert (value, told) in _by_value(nlp, text)


@pytest.mark.parametrize(("text", "year"), [
    ("By 2019, engineers found that the iron frame of 1951 had rusted so badly that it could fall.", "1951"),
    ("The old pumps from 1978 failed again on Tuesday, the utility said.", "1978"),
    ("The letters from 1944 were sold at auction last week.", "1944"),
])
def test_subject_noun_year_dates_no_row(nlp, text, year):
    assert not [e for v, e in _by_value(nlp, text) if v == year]


def test_subject_noun_year_keeps_the_other_dates(nlp):
    rows = _by_value(nlp, "The letters from 1944 were sold at auction last week.")
    assert ("2026-W02", "The letters were sold at auction") in rows


@pytest.mark.parametrize(("text", "value"), [
    ("The floods of 1953 killed more than 1,800 people.", "1953"),  # an event noun's year is the event's
    ("The election of 2019 was marred by violence.", "2019"),
    ("Exports from 2019 to 2021 rose by a third.", "2019/2021"),  # a stretch, not the noun's year
])
def test_near_miss_event_noun_or_stretch_keeps_its_row(nlp, text, value):
    assert [e for v, e in _by_value(nlp, text) if v == value]


# A date right after a reporting verb, behind "later on" or "late on", is the saying's: the parse hangs
# it on the reported clause ("said later on Wednesday it would cut ..."), whose coming event it does not
# date (docs/events.md, "Anchoring").
FRIDAY = datetime.date(2026, 1, 23)


@pytest.mark.parametrize(("text", "value", "told"), [
    ("The ferry operator said later on Wednesday it would cut sailings to the islands by a third.",
     "2026-01-21", "The ferry operator said it would cut sailings to the islands by a third"),
    ("The union said late on Thursday it would strike.", "2026-01-22", "The union said it would strike"),
    ("The museum announced earlier on Tuesday it would close its east wing.", "2026-01-20",
     "The museum announced it would close its east wing"),
])
def test_saying_keeps_its_date(nlp, text, value, told):
    rows = [(r.value, r.event, r.status) for r in timeline_rows(nlp, text, FRIDAY)]
    assert (value, told, "occurred") in rows
    assert not [r for r in rows if r[2] == "expected" and r[0] == value]  # the coming event is not dated so


def test_near_miss_a_date_inside_the_reported_clause_stays_its_own(nlp):
    rows = [(r.value, r.event) for r in timeline_rows(
        nlp, "The union said it would strike on Thursday.", datetime.date(2026, 1, 20))]
    assert ("2026-01-22", "The union would strike") in rows


# A state joined after an event by its own "was"/"were" ("were flown to hospital and were in a stable
# condition on Saturday evening") keeps its date: the earlier event is not of that day.
@pytest.mark.parametrize(("text", "value", "state", "event"), [
    ("Two climbers were rescued from the ridge and were in good health on Monday.", "2026-01-12",
     "Two climbers were in good health", "Two climbers were rescued from the ridge"),
    ("The injured driver was cut from the wreck and was in intensive care on Tuesday night, doctors said.",
     "2026-01-13TNI", "The injured driver was in intensive care", "The injured driver was cut from the wreck"),
])
def test_state_conjunct_keeps_its_date(nlp, text, value, state, event):
    rows = _by_value(nlp, "An earlier report came out. " + text)
    assert (value, state) in rows
    assert (value, event) not in rows


def test_near_miss_two_events_share_the_date(nlp):
    rows = _by_value(nlp, "The minister was arrested and charged on Monday.")
    assert ("2026-01-12", "The minister was arrested") in rows
    assert ("2026-01-12", "The minister was charged") in rows


def test_near_miss_a_subject_nouns_month_keeps_its_row(nlp):
    rows = _by_value(nlp, "The oil price shock of October 1973 caused severe damage to the economy.")
    assert [e for v, e in rows if v == "1973-10"]
