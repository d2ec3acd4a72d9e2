"""Who acted, when the subject's own words do not name them (issue 10, item 3, round 2: a headline run
into the lead, a company named again by its description, products brought out, aims, bodies and names
given elsewhere in the sentence; docs/events.md "Subject resolution" and "Implied agent"), on
sentences written for these tests."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events

JUNE = ("June 24", "2024-06-24", "2024-06-24")


def rows(nlp, text, *expressions):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source="metadata")


def row_of(nlp, text, trigger, *expressions):
    found = [r for r in rows(nlp, text, *expressions) if r.trigger == trigger]
    assert len(found) == 1, [(r.trigger, r.event) for r in rows(nlp, text, *expressions)]
    return found[0]


# ------------------------------------------------------------------ a headline run into the lead
def test_the_lead_after_a_run_in_headline_names_its_subject(nlp):
    text = "The new drone On June 24, Skyward Labs unveiled a delivery drone.\n\nIt flies far."
    row = row_of(nlp, text, "unveil", expr(text, *JUNE))
    assert row.event.startswith("Skyward Labs unveiled")
    assert row.actors[0] == "Skyward Labs"


# ------------------------------------------------------------------ a company named again by its description
def test_a_description_given_beside_a_name_names_the_company_again(nlp):
    text = ("The Norwegian shipping company Halvorsen Lines has doubled its profit.\n\n"
            "On June 24, the shares of the Norwegian shipping company rose by 5 percent.")
    row = row_of(nlp, text, "rise", expr(text, *JUNE))
    assert "Halvorsen Lines" in row.actors


def test_a_description_two_companies_share_names_no_one(nlp):
    text = ("The Norwegian shipping company Halvorsen Lines sued the Norwegian shipping company Fjord Cargo.\n\n"
            "On June 24, the shares of the Norwegian shipping company rose by 5 percent.")
    row = row_of(nlp, text, "rise", expr(text, *JUNE))
    assert not {"Halvorsen Lines", "Fjord Cargo"} & set(row.actors)


# ------------------------------------------------------------------ products brought out, prices
def test_a_product_that_ships_and_a_price_cut_are_the_lead_organisations(nlp):
    lead = "Nordwind Motors today unveiled its first electric truck.\n\n"
    for follow, trigger in (("The truck will ship to dealers on June 24.", "ship"),
                            ("The price of the truck was cut to $50,000 on June 24.", "cut")):
        text = lead + follow
        assert "Nordwind Motors" in row_of(nlp, text, trigger, expr(text, *JUNE)).actors, follow
    text = lead + "The tanks rolled into Oslo on June 24."  # "roll" brings out only with "out"
    assert "Nordwind Motors" not in row_of(nlp, text, "roll", expr(text, *JUNE)).actors


def test_a_title_owned_by_the_company_speaks_for_the_one_organisation_of_the_lead(nlp):
    text = ("Yesterday, at a Nordwind Motors event in Oslo, company CEO John Miller unveiled an electric truck.\n\n"
            "The truck will be available on June 24.")
    assert "Nordwind Motors" in row_of(nlp, text, "available", expr(text, *JUNE)).actors


def test_a_lead_without_an_organisation_takes_the_maker_named_just_before(nlp):
    text = ("Pre-orders of the new truck began on Tuesday, overwhelming dealers.\n\n"
            "The truck was introduced by Nordwind Motors CEO John Miller in May. "
            "It is slated for a U.S. release on June 24.")
    row = row_of(nlp, text, "release", expr(text, *JUNE))
    assert "Nordwind Motors" in row.actors


# ------------------------------------------------------------------ subjects named elsewhere in the sentence
def test_a_subordinate_clause_read_as_a_conjunct_keeps_its_own_subject(nlp):
    text = ("Acme has been under pressure to cut costs since takeover speculators -- including "
            "Australian financier Kerry Packer -- surfaced holding small stakes on June 24.")
    row = row_of(nlp, text, "surface", expr(text, *JUNE))
    assert not row.event.startswith("Acme")
    assert row.actors[0] == "Kerry Packer"


def test_an_aim_is_its_reporters(nlp):
    text = "Pentagon officials say the goal is to put 40,000 troops in the region by June 24."
    assert "Pentagon" in row_of(nlp, text, "put", expr(text, *JUNE)).actors
    text = "Officials say the goal is to put 40,000 troops in the region by June 24."
    assert row_of(nlp, text, "put", expr(text, *JUNE)).actors == []


def test_management_is_the_one_company_its_sentence_names(nlp):
    text = ("Halvorsen Lines' stock plummeted on June 24 after management recommended a suspension "
            "of dividend payments.")
    assert "Halvorsen Lines" in row_of(nlp, text, "recommend", expr(text, *JUNE)).actors
    text = ("Halvorsen Lines' stock fell and Fjord Cargo's rose on June 24 after management "
            "recommended a suspension of dividend payments.")
    actors = row_of(nlp, text, "recommend", expr(text, *JUNE)).actors
    assert not {"Halvorsen Lines", "Fjord Cargo"} & set(actors)


def test_a_thing_named_by_to_be_called_is_an_actor(nlp):
    text = ("The establishment of the separate company, to be called Nordwind Energy, could be "
            "effective on June 24.")
    assert "Nordwind Energy" in row_of(nlp, text, "effective", expr(text, *JUNE)).actors
