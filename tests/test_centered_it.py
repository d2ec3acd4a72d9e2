""""it" after a sentence whose subject is a person (events/centered.py): the company that person acted
on, when it is the only one in sight. Sentences written for these tests; the tagger's entities are
set by hand so that the tests do not depend on one model's guesses."""
from __future__ import annotations

from test_events import expr
from test_story_company import tagged, text_rows

MONTH = {"granularity": "month"}
OPENING = ("Wool prices rose on Tuesday in Leeds, where Harlow Textiles Inc. and Denbury Corp. run mills. "
           "Such gains are welcome to Mr. Pike, who owns 30% of Harlow. ")


def _may_row(nlp, text, *ents):
    doc = tagged(nlp, text, *ents)
    return text_rows(doc, expr(text, "In May", "2024-05", "2024-05-01", "2024-05-31", **MONTH))["In May"]


def test_it_after_a_person_who_took_an_untagged_company_is_that_company(nlp):
    text = OPENING + ("He took Harlow, once a small wool trader, and used it as a base for a wider group. "
                      "In May, it announced plans to buy the dye business of Kenmore Foods Inc.")
    # the tagger knows "Harlow" in neither form: its full name's "Inc." says it is a company
    row = _may_row(nlp, text, ("Mr. Pike", "PERSON"), ("Kenmore Foods Inc.", "ORG"))
    assert row.event.startswith("Harlow announced plans to buy the dye business")
    assert row.actors[0] == "Harlow"


def test_it_after_a_person_who_sold_a_tagged_company_is_that_company(nlp):
    text = OPENING + "He sold Harlow to a rival group. In May, it closed its mill in Leeds."
    row = _may_row(nlp, text, ("Mr. Pike", "PERSON"), ("Harlow", "ORG", 1), ("Leeds", "GPE", 1))
    assert row.event.startswith("Harlow closed its mill")


def test_it_stays_unresolved_when_the_person_only_spoke_to_the_company(nlp):
    text = OPENING + "He told Harlow that the offer was too low. In May, it announced a new offer."
    row = _may_row(nlp, text, ("Mr. Pike", "PERSON"), ("Harlow", "ORG", 1))
    assert row.event.startswith("It announced a new offer")


def test_it_stays_unresolved_when_two_companies_are_in_sight(nlp):
    text = OPENING + "He left Harlow for Denbury. In May, it announced a new offer."
    row = _may_row(nlp, text, ("Mr. Pike", "PERSON"), ("Harlow", "ORG", 1), ("Denbury", "ORG", 1))
    assert row.event.startswith("It announced a new offer")


def test_it_of_a_copula_is_no_company(nlp):
    text = OPENING + "He joined Harlow in 1990. In May, it was the best month for the wool trade."
    row = _may_row(nlp, text, ("Mr. Pike", "PERSON"), ("Harlow", "ORG", 1))
    assert "Harlow" not in row.event
