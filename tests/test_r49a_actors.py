"""Round 49a: persons in `actors` who did not act (docs/events.md, "Subject resolution").

* A "he"/"she" left in the description gets the last-named person as its actor only when the subject
  before it is that person: "A year ago Hakon Tveit [a name the tagger did not call a person] ... On
  Sunday he became champion" is Tveit's, not that of the rival named in the headline; "Lindqvist's
  coach took him to a club when he was nine, and he won a junior title" is no act of the beaten
  finalist named last (a wrong person is worse than none).
* The agent of a participle or relative clause on the subject is no actor of the main verb:
  "Velora, founded in 1952 by the mechanic Anton Ruud, issued a profit warning" is not Ruud's, even
  when the parser hangs "Anton Ruud" on "issued" as a second subject.
"""
from __future__ import annotations

import datetime

import pytest
from spacy.tokens import Doc, Span

from timeline_cli.events.actors import Entities, actors_of
from timeline_cli.events.words import ENGLISH
from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 2)

CHESS = """Former nurse Okafor beats Lindqvist to win national chess title

OSLO, March 2, 2026 (Wire) - A year ago Tunde Okafor was working night shifts at a hospital in Bergen. \
On Sunday, at 31, he became national chess champion.

Okafor beat the Swedish grandmaster Erik Lindqvist in the final round."""

COACH = """Chess final

OSLO, March 2, 2026 (Wire) - Magnus Lindqvist beat Erik Okafor in the final round on Sunday. \
Lindqvist's coach took him to a club when he was nine, and he won a junior title in 2015. \
He turned professional last April."""

MAYOR = """Kowalski wins mayoral race

WARSAW, May 4, 2026 (Wire) - Piotr Kowalski was elected mayor on Sunday, defeating Adam Nowak.

Nowak conceded late on Sunday. He said on Monday that he would return to his law practice in June."""


def _row(rows, words):
    found = [r for r in rows if words in r.event]
    assert found, [r.event for r in rows]
    return found[0]


def test_pronoun_after_the_subject_is_that_subject_not_the_headline_rival(nlp):
    row = _row(timeline_rows(nlp, CHESS, DAY), "became national chess champion")
    assert "Lindqvist" not in row.actors
    assert row.actors[:1] == ["Tunde Okafor"]


def test_pronoun_after_a_possessor_subject_names_no_other_person(nlp):
    rows = timeline_rows(nlp, COACH, DAY)
    assert not any("Erik Okafor" in r.actors for r in rows if r.event.startswith("He "))
    assert "Erik Okafor" in _row(rows, "beat Erik Okafor").actors  # the final itself keeps both


def test_pronoun_after_the_same_person_keeps_that_person(nlp):
    rows = timeline_rows(nlp, MAYOR, datetime.date(2026, 5, 4))
    assert any("Nowak" in r.actors for r in rows if r.time_expression == "Monday")
    assert any("Nowak" in r.actors for r in rows if r.time_expression == "June")


WORDS = ["Velora", ",", "founded", "in", "1952", "by", "the", "mechanic", "Anton", "Ruud", ",", "issued",
         "a", "profit", "warning", "in", "March", "."]
HEADS = [11, 0, 0, 2, 3, 2, 7, 5, 9, 11, 9, 11, 14, 14, 11, 11, 15, 11]
DEPS = ["nsubj", "punct", "acl", "prep", "pobj", "agent", "det", "pobj", "compound", "nsubj", "punct", "ROOT",
        "det", "compound", "dobj", "prep", "pobj", "punct"]
POS = ["PROPN", "PUNCT", "VERB", "ADP", "NUM", "ADP", "DET", "NOUN", "PROPN", "PROPN", "PUNCT", "VERB",
       "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
TAGS = ["NNP", ",", "VBN", "IN", "CD", "IN", "DT", "NN", "NNP", "NNP", ",", "VBD", "DT", "NN", "NN", "IN",
        "NNP", "."]


@pytest.fixture()
def misparsed(nlp):
    """The parse the small model gives such a sentence: the agent's name a second subject of "issued"."""
    doc = Doc(nlp.vocab, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS)
    doc.ents = [Span(doc, 8, 10, label="PERSON")]
    return doc


def test_agent_of_a_participle_on_the_subject_is_no_actor_of_the_main_verb(misparsed):
    doc = misparsed
    entities = Entities(doc)
    subject = [doc[i] for i in range(0, 11) if doc[i].text != ","]
    told = [*subject, *doc[11:15]]
    assert actors_of(subject, told, entities, ENGLISH, doc[11]) == []


def test_agent_of_a_participle_is_the_actor_of_its_own_row(misparsed):
    doc = misparsed
    entities = Entities(doc)
    told = [doc[0], doc[2], doc[5], doc[6], doc[7], doc[8], doc[9]]
    assert actors_of([doc[0]], told, entities, ENGLISH, doc[2]) == ["Anton Ruud"]
    # without the row's verb (other callers), nothing changes
    subject = [doc[i] for i in range(0, 11) if doc[i].text != ","]
    assert actors_of(subject, [*subject, *doc[11:15]], entities, ENGLISH) == ["Anton Ruud"]
