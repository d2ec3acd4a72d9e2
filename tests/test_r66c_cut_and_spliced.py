"""Round 66c: descriptions that lose what was said or planned, or run two clauses together.

- A description that is only a subject and an active verb of saying, finding or planning ("Hartley
  Foods planned") has lost the news: no row. A passive ("The takeover was announced") stays.
- Two verbs kept as conjuncts keep the conjunction between them when a dropped date phrase took it
  ("escaped to Portugal and was arrested", never "escaped to Portugal was arrested").
- A clause joined by a conjunction before a verb the parser read as that verb's complement ("...,
  so the contender ... will win") is not run in after the verb.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import rows_by_expression, told_pairs

THURSDAY = dt.date(2025, 6, 5)


def test_bare_planning_verb_is_no_row(nlp):
    text = ("Hartley Foods also said it would delay the launch of a new factory in Chile, originally planned "
            "for March, by a year.")
    rows = rows_by_expression(nlp, text, THURSDAY)
    assert "March" not in rows  # never "Hartley Foods planned"
    assert any(r.event == "Hartley Foods said it would delay the launch of a new factory in Chile, by a year"
               for r in rows[""])


def test_passive_of_announcing_stays(nlp):
    assert ("Tuesday", "The takeover was announced") in told_pairs(nlp, "The takeover was announced on Tuesday.",
                                                                  THURSDAY)


def test_dropped_and_between_conjuncts_is_put_back(nlp):
    text = "Okafor escaped to Portugal and was arrested in Lisbon in April 2024 before being deported the following month."
    rows = rows_by_expression(nlp, text, THURSDAY)
    assert [r.event for r in rows["the following month"]] == [
        "Okafor escaped to Portugal and was arrested in Lisbon before being deported"]
    assert rows["the following month"][0].value == "2024-05"


def test_conjuncts_with_their_and_stay_as_they_were(nlp):
    pairs = told_pairs(nlp, "Okafor escaped to Portugal and was arrested in Lisbon on Friday.", THURSDAY)
    assert ("Friday", "Okafor was arrested in Lisbon") in pairs


def test_clause_joined_by_so_is_not_a_complement(nlp):
    text = "Slovak mayors are chosen in one round, so the contender with the most ballots on March 3 will win."
    rows = rows_by_expression(nlp, text, THURSDAY)
    assert [(r.event, r.value, r.status) for r in rows["March 3"]] == [
        ("The contender with the most ballots will win", "2026-03-03", "expected")]


def test_said_clause_before_its_verb_stays(nlp):
    pairs = told_pairs(nlp, "Prices will rise next year, analysts said on Monday.", THURSDAY)
    assert ("Monday", "Analysts said prices will rise") in pairs


def test_participle_on_a_passive_subject_stays(nlp):
    text = ("Reviewers praised the phone, but the Falcon tablet is also expected to offer these features when it "
            "is launched, expected in early 2027.")
    assert ("early 2027", "The Falcon tablet expected") in told_pairs(nlp, text, THURSDAY)


def test_intransitive_verb_of_finding_stays(nlp):
    assert ("Monday", "The inquiry concluded") in told_pairs(nlp, "The inquiry concluded on Monday.", THURSDAY)
