"""Round 50c: descriptions whose subject or object the parse lost (docs/events.md, "Garbled relative
clauses", round 50).

* A date after "since" read as the subject of the clause ("a spell of frost since New Year had
  cracked the pipes" -> "New Year had cracked the pipes") is no row (events/garbled.py).
* A relative "that" read as the object of an infinitive that has its own object ("a plume that
  officials expect to reach the city") is no row: "Officials expect to reach that the city".
* A relative clause with a subject of its own whose "which" hangs loose on its noun ("The deal
  expect") and an embedded question split into two objects of "of" ("A map of streets will be dug
  up") are no rows.
* A participle of a noun keeps the noun's later conjuncts out of the subject: "two articles printed
  in the 1990s and an unpublished essay ..." -> "Two articles were printed" (events/describe.py).
* A conjunction between a said-clause and the verb after it stays: "said the offer was far too low
  and asked to meet ..." (events/describe.py `tidy`).
"""
from __future__ import annotations

import datetime

from spacy.tokens import Doc

from timeline_cli.events.garbled import question_read_as_subject, unread_relative_object
from timeline_rows import timeline_rows

DAY = datetime.date(2026, 4, 26)
LEAD = "The story began last month. "


def _rows(nlp, text: str):
    return [r for r in timeline_rows(nlp, LEAD + text, DAY) if r.time_expression != "last month"]


def _events(nlp, text: str) -> list[str]:
    return [r.event for r in _rows(nlp, text)]


def test_a_date_read_as_the_subject_after_since_is_no_row(nlp):
    events = _events(nlp, "Farmers said weeks of rain since Easter had flooded the lower fields.")
    assert not any(e.startswith("Easter") for e in events), events


def test_a_real_subject_after_since_keeps_its_row(nlp):
    # near-miss: the subject is the spell of days, not the date
    events = _events(nlp, "Officials said a run of hot days since June had dried the reservoir.")
    assert "A run of hot days had dried the reservoir" in events, events
    events = _events(nlp, "Prices have risen since January, the agency said.")
    assert "Prices have risen" in events, events


def test_a_relative_that_read_as_a_second_object_is_no_row(nlp):
    events = _events(nlp, "The agency tracked a plume of smoke that officials expect to reach the city on Friday.")
    assert not any("reach" in e for e in events), events
    events = _events(nlp, "The storm brought a surge of seawater that experts expect to flood the harbour on Tuesday.")
    assert not any("flood" in e for e in events), events


def test_a_relative_object_read_right_keeps_its_row(nlp):
    rows = _rows(nlp, "The council approved the plan, which the mayor signed on Monday.")
    assert [r.event for r in rows if r.time_expression == "Monday"] == ["The mayor signed the plan"]
    events = _events(nlp, "The firm will begin trading in June if regulators approve the sale, which the "
                          "two companies expect by March.")
    assert "The two companies expect the sale" in events, events


def _doc(nlp, words, heads, deps, tags):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_loose_which_before_a_clause_with_its_own_subject_is_garbled(nlp):
    # "clears the permit, which the owners expect by March", parsed with "which" a loose `dep` of
    # "permit" and "expect" a relative clause of "permit" with "owners" its subject
    words = ["Regulators", "clear", "the", "permit", ",", "which", "the", "owners", "expect", "by", "March", "."]
    heads = [1, 1, 3, 1, 3, 3, 7, 8, 3, 8, 9, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "dep", "det", "nsubj", "relcl", "prep", "pobj", "punct"]
    tags = ["NNS", "VBP", "DT", "NN", ",", "WDT", "DT", "NNS", "VBP", "IN", "NNP", "."]
    doc = _doc(nlp, words, heads, deps, tags)
    assert unread_relative_object(doc[8], [doc[3], doc[8]])
    # the relative word inside its clause: "which the owners expect" reads right
    deps2 = [*deps[:5], "dobj", *deps[6:]]
    heads2 = [*heads[:5], 8, *heads[6:]]
    doc2 = _doc(nlp, words, heads2, deps2, tags)
    assert not unread_relative_object(doc2[8], [doc2[3], doc2[8]])


def test_an_embedded_question_split_into_two_objects_is_garbled(nlp):
    # "a plan of which classrooms will be rebuilt", "which" and "classrooms" both objects of "of",
    # "plan" the subject of "rebuilt"
    words = ["a", "plan", "of", "which", "classrooms", "will", "be", "rebuilt"]
    heads = [1, 7, 1, 2, 2, 7, 7, 7]
    deps = ["det", "nsubjpass", "prep", "pobj", "pobj", "aux", "auxpass", "ROOT"]
    tags = ["DT", "NN", "IN", "WDT", "NNS", "MD", "VB", "VBN"]
    doc = _doc(nlp, words, heads, deps, tags)
    assert question_read_as_subject(doc[7])
    # "a plan of the classrooms will be rebuilt": no question, the plan's own phrase
    words2 = ["a", "plan", "of", "the", "classrooms", "will", "be", "rebuilt"]
    heads2 = [1, 7, 1, 4, 2, 7, 7, 7]
    deps2 = ["det", "nsubjpass", "prep", "det", "pobj", "aux", "auxpass", "ROOT"]
    tags2 = ["DT", "NN", "IN", "DT", "NNS", "MD", "VB", "VBN"]
    assert not question_read_as_subject(_doc(nlp, words2, heads2, deps2, tags2)[7])


def test_an_embedded_question_keeps_the_row_of_the_verb_above(nlp):
    rows = _rows(nlp, "The board will hold a meeting on Monday to show parents a plan of which classrooms "
                      "will be rebuilt next summer.")
    assert any(r.time_expression == "Monday" for r in rows), [r.event for r in rows]
    assert "Classrooms will be rebuilt" in [r.event for r in rows]


def test_a_participle_keeps_the_nouns_later_conjuncts_out(nlp):
    rows = _rows(nlp, "The panel found that half of the report had been copied from other sources, including "
                      "two articles printed in the 1990s and an unpublished essay written by a colleague in 2011.")
    by_date = {r.time_expression: r.event for r in rows}
    assert by_date.get("the 1990s") == "Two articles were printed", by_date
    assert by_date.get("2011") == "An unpublished essay was written by a colleague", by_date
    rows = _rows(nlp, "Investigators said the money came from several accounts, including three loans taken "
                      "out in 2015 and a grant awarded by the ministry in 2018.")
    assert {r.time_expression: r.event for r in rows}.get("2015") == "Three loans were taken out"


def test_a_conjoined_subject_before_its_relative_clause_stays(nlp):
    rows = _rows(nlp, "Apple and Google, which settled the case in 2019, declined to comment.")
    assert "Apple and Google settled the case" in [r.event for r in rows]


def test_the_and_before_a_second_verb_stays(nlp):
    rows = _rows(nlp, 'The nurses\' union said the offer was "far too low" and asked to meet the health '
                      'minister next week.')
    events = [r.event for r in rows if r.time_expression == "next week"]
    assert events and "far too low and asked to meet the health minister" in events[0], events


def test_a_clause_since_a_named_time_keeps_its_row(nlp):
    # near-miss: "since the season opened" is a clause of its own, not a date read as a subject
    rows = _rows(nlp, "Rangers have rescued 14 climbers since the season opened on June 2.")
    assert any(r.time_expression == "June 2" for r in rows), [r.event for r in rows]


def test_a_participle_agrees_with_its_own_noun_only(nlp):
    rows = _rows(nlp, "The case rests on a knife found in March near the house and a coat seen by a neighbour.")
    events = [r.event for r in rows if r.time_expression == "March"]
    assert events == ["A knife was found near the house"], events
