"""Round 37a: a pronoun given to the wrong antecedent (docs/events.md, "Subject resolution")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2025, 5, 2)


def _events(nlp, text):
    return [r.event for r in timeline_rows(nlp, text, REF)]


def test_campaign_that_acted_on_it_is_not_it(nlp):
    text = ("The old lighthouse was nearly demolished in 1990, but a fund set up by fishermen raised the money "
            "to repair it, and it reopened in 1994. It was listed as a monument in 2001.")
    events = _events(nlp, text)
    assert not any(e.lower().startswith("a fund") and "reopened" in e for e in events)
    assert not any(e.lower().startswith("a fund") and "listed" in e for e in events)


def test_near_miss_subject_that_acts_is_kept(nlp):
    text = "A campaign by residents was launched in March. It raised 20,000 pounds in April."
    events = _events(nlp, text)
    assert any(e.startswith("A campaign") and "raised 20,000 pounds" in e for e in events), events


def test_company_is_no_persons_title(nlp):
    text = ("Harbor Ferries Ltd said in May it would sell two boats. \"We will miss them,\" said its chairman, "
            "Ingrid Solberg. The company's other four ferries will be sold in 2026.")
    events = _events(nlp, text)
    assert not any("Solberg's" in e for e in events), events
    assert any(e.startswith("Harbor Ferries Ltd's other four ferries") for e in events), events


def test_named_thing_with_article_is_no_person_for_it(nlp):
    text = ("The tug Korsholm was sold to a museum in 2019. Built in 1931 in Turku, the Korsholm was towed "
            "to Vaasa in 1932. It towed timber barges for decades, and in 1955 it rescued a crew of nine. "
            "Nordic Marine Ltd runs the museum.")
    events = _events(nlp, text)
    assert not any(e.startswith("Nordic Marine") and "rescued" in e for e in events), events
    assert "Korsholm rescued a crew of nine" in events, events


def test_which_after_place_of_named_body_is_not_the_place(nlp):
    text = "He mailed the files to the Minor Planet Center in the United States, which confirmed the discovery on Friday."
    events = _events(nlp, text)
    assert not any(e.startswith("The United States") for e in events), events
    near = "The farmer posted the sample to the Pirbright Institute in Britain, which confirmed the virus on Friday."
    assert "The Pirbright Institute in Britain confirmed the virus" in _events(nlp, near)


def test_which_on_a_place_stays_without_named_body(nlp):
    text = "Voters in Ohio, which held its primary on Tuesday, backed the measure."
    events = _events(nlp, text)
    assert not any(e.lower().startswith("which") for e in events), events


def test_passive_it_after_subject_that_won_a_thing(nlp):
    text = ("It was the third time a local club had won the trophy since 2001, and the first time since "
            "it was first awarded in 1950.")
    events = _events(nlp, text)
    assert not any(e.startswith("A local club") and "awarded" in e for e in events), events


def test_its_after_reflexive_keeps_the_subject(nlp):
    text = "The council granted itself wide powers in 2003, until its dissolution in June 2004."
    events = _events(nlp, text)
    assert not any(e.startswith("A ") for e in events), events
