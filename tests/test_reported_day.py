"""A reported lead event takes a day of its own over the day of its report ("..., police said on
Friday"): one its own words give through its subject's relative clause or a "when" clause, or one a
later sentence gives the same event; and a saying's date is not shared back to an earlier conjunct
that is no saying. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli import extract_timeline
from timeline_cli.records import Document

SATURDAY = dt.date(2026, 9, 12)


def _rows(nlp, text, ref=SATURDAY):
    return extract_timeline([Document(id="a", text=text, reference_date=ref)], nlp=nlp, merge=False)


def _day_of(rows, trigger):
    return [(r.value, r.date_basis) for r in rows if r.trigger == trigger]


@pytest.mark.parametrize("text, trigger, value", [
    # the subject's relative clause dates the scene
    ("A storm that battered the northern coast on Friday night destroyed 200 homes and cut power to "
     "thousands, the coast guard said on Saturday.", "destroy", "2026-09-11TNI"),
    # a "when" clause dates it
    ("Nine miners were trapped when part of a coal mine collapsed late on Friday, the regional governor "
     "said on Saturday.", "trap", "2026-09-11"),
])
def test_a_reported_event_dated_by_its_own_clause_keeps_that_day(nlp, text, trigger, value):
    found = _day_of(_rows(nlp, text), trigger)
    assert found and found[0][0] == value, found


def test_a_date_outside_the_publication_interval_is_the_subject_s_past_and_left_alone(nlp):
    text = ("A painter who was jailed in 2019 has been freed, the justice ministry said on Saturday.")
    found = _day_of(_rows(nlp, text), "free")
    assert found and found[0][0] == "2026-09-12", found


@pytest.mark.parametrize("text, trigger, value", [
    ("A shipping firm has dismissed its chief engineer over the spill, the company said on Saturday. "
     "The chief engineer, who joined the firm in 2011, was dismissed on Thursday after an inquiry.",
     "dismiss", "2026-09-10"),
    ("A ten-year-old boy has died of rabies, doctors said on Saturday. The boy died in hospital on "
     "Wednesday, a week after he was bitten.", "die", "2026-09-09"),
])
def test_a_later_sentence_telling_the_same_event_gives_its_day(nlp, text, trigger, value):
    found = _day_of(_rows(nlp, text), trigger)
    assert found and found[0] == (value, "context"), found


def test_a_later_sentence_about_someone_else_does_not(nlp):
    text = ("A shipping firm has dismissed its chief engineer over the spill, the company said on Saturday. "
            "A rival firm dismissed its auditors on Thursday.")
    rows = _rows(nlp, text)
    first = [r for r in rows if r.trigger == "dismiss" and "chief engineer" in r.event]
    assert first and first[0].value == "2026-09-12", first


def test_a_saying_s_date_is_not_shared_back_to_an_earlier_conjunct(nlp):
    text = ("The mayor walked out of the meeting before the ballot and said on Saturday she would "
            "appeal against the result.")
    rows = _rows(nlp, text)
    assert not [r for r in rows if r.trigger == "walk" and r.value == "2026-09-12"], rows
    text = "The mayor walked out of the meeting and resigned on Saturday."  # no saying: still shared
    assert [r.value for r in _rows(nlp, text) if r.trigger == "walk"] == ["2026-09-12"]


def test_a_year_before_a_quoted_name_dates_that_noun_not_the_clause(nlp):
    lead = "A bank in Lyon has frozen the accounts of 300 clients, prosecutors said on Saturday. "
    for text in ('The fraud has drawn comparisons with the 2008 "Madoff" scandal in New York.',
                 'The case has drawn comparisons with the 2015 "Silver Key" affair in France.'):
        found = _rows(nlp, lead + text)
        assert not [r for r in found if r.trigger == "draw" and r.value[:4] in ("2008", "2015")], found


def test_a_record_s_base_noun_is_no_row_of_the_date_after_it(nlp):
    lead = "A bank in Lyon has frozen the accounts of 300 clients, prosecutors said on Saturday. "
    text = lead + ("Shares in Milan suffered their worst day since the euro debt crisis on Friday, with the "
                   "main index falling 7 percent.")
    found = _rows(nlp, text)
    assert not [r for r in found if r.trigger == "crisis"], found
