"""Conjuncts that lose a word their first clause shares (docs/events.md, "Shared passives and cut
findings"). Sentences are this project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_a_participle_conjoined_with_a_passive_shares_its_auxiliary(nlp):
    text = "Dozens of miners were trapped underground, denied water and beaten on Friday, the union said."
    found = [r.event for r in rows(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))]
    assert any(e.endswith("were denied water") for e in found), found
    assert not any(e.endswith("miners denied water") for e in found), found


def test_an_active_past_after_a_passive_keeps_its_own_words(nlp):
    text = "The mayor was arrested on Friday and denied the charges."
    found = [r.event for r in rows(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))]
    assert "The mayor denied the charges" in found, found


def test_a_finding_whose_clause_was_parsed_apart_gives_no_row(nlp):
    text = ("Patients of a Hull nursing home were left in dirty beds, denied water and in some cases beaten "
            "over at least three years, an independent review found on Monday, in a report that also "
            "blamed inspectors for failing to act on complaints.")
    found = [r.event for r in rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))]
    assert not any("review" in e for e in found), found
    # what a finding says, parsed as its complement, stays
    text = "An independent review found on Monday that the nursing home had ignored complaints."
    found = [r.event for r in rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))]
    assert any(e.startswith("An independent review found") and "ignored" in e for e in found), found


def test_a_conjunct_with_a_modal_and_no_subject_gives_no_row(nlp):
    # "inspectorate" is tagged as an adjective: the first clause has no subject for the conjunct
    text = "The inspectorate checks the wells every day and will release the next figures at noon on Monday."
    found = [r.event for r in rows(nlp, text, expr(text, "noon on Monday", "2024-07-01T12:00", "2024-07-01"))]
    assert not any(e.startswith("Will ") for e in found), found
    text = "The laboratory checks the wells every day and will release the next figures at noon on Monday."
    found = [r.event for r in rows(nlp, text, expr(text, "noon on Monday", "2024-07-01T12:00", "2024-07-01"))]
    assert "The laboratory will release the next figures" in found, found


def test_dates_shared_out_by_respectively_give_no_row_with_both_members(nlp):
    text = "Smith and Jones both won silver medals in Paris, in 2019 and 2022 respectively."
    found = [r.event for r in rows(nlp, text, expr(text, "2019", "2019", "2019", granularity="year"),
                                   expr(text, "2022", "2022", "2022", granularity="year"))]
    assert not any("Smith and Jones" in e for e in found), found
    # without "respectively" the date is the whole clause's: the row stays
    text = "Smith and Jones both won silver medals in Paris in 2019."
    found = [r.event for r in rows(nlp, text, expr(text, "2019", "2019", "2019", granularity="year"))]
    assert any(e.startswith("Smith and Jones") for e in found), found


def test_a_conjunct_saying_no_one_was_hurt_takes_no_date_of_the_other_clause(nlp):
    text = "Officials said the ground was unstable. A smaller sinkhole opened two streets away in 2014, but no one was hurt."
    found = [r.event for r in rows(nlp, text, expr(text, "2014", "2014", "2014", granularity="year"))]
    assert not any(e.lower().startswith("no one") for e in found), found
    assert any("sinkhole opened" in e for e in found), found
