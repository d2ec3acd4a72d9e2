"""Round 70a: wrong antecedents of relative clauses.

- A restrictive "that" (no comma) hung on a name that ends another noun's phrase ("wage talks with
  Halvard Ferries that are due to start") is that noun's: a name takes no restrictive clause.
- A "which" hung on the "by" doer of a participle ("a small gallery run by the Ardmore Arts Trust,
  which is expected to open") is the thing's when the clause has no object and no doer's verb; a
  passive there ("which will be heard") is unsure, and the row goes.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import row_by_event

THURSDAY = dt.date(2025, 6, 5)


def test_restrictive_that_after_a_name_is_the_talks(nlp):
    rows = row_by_event(nlp, "The union said it would raise the matter in wage talks with Halvard Ferries "
                             "that are due to start in March.", THURSDAY)
    row = rows["Wage talks with Halvard Ferries are due to start"]
    assert (row.value, row.status) == ("2026-03", "planned")
    assert "Halvard Ferries are due to start" not in rows


def test_restrictive_that_after_a_place_is_the_club(nlp):
    rows = row_by_event(nlp, "Glenmoor Rovers, a club from the Lowlands that was founded in 1902, won the cup "
                             "on Saturday.", THURSDAY)
    assert rows["A club from the Lowlands was founded"].value == "1902"
    assert "The Lowlands was founded" not in rows


def test_comma_which_after_a_name_keeps_the_name(nlp):
    # near miss: a comma's "which" with an object of its own is the company's deed
    rows = row_by_event(nlp, "Investors bought shares in Orvell, which closed a plant in May.", THURSDAY)
    assert rows["Orvell closed a plant"].value == "2025-05"


def test_which_after_a_participle_doer_is_the_thing(nlp):
    rows = row_by_event(nlp, "The council will lease the old pump house to a small gallery run by the Ardmore "
                             "Arts Trust, which is expected to open in 2030.", THURSDAY)
    row = rows["A small gallery run by the Ardmore Arts Trust is expected to open"]
    assert (row.value, row.status) == ("2030", "expected")
    assert "The Ardmore Arts Trust is expected to open" not in rows


def test_passive_after_a_participle_doer_is_unsure(nlp):
    rows = row_by_event(nlp, "The judge did not rule on a claim brought by the county, which will be heard "
                             "separately in July.", THURSDAY)
    assert "The county will be heard separately" not in rows


def test_doer_verb_after_a_participle_keeps_the_doer(nlp):
    # near miss: voting needs a doer, so the foundation voted
    rows = row_by_event(nlp, "Farmers welcomed a scheme backed by the Brenner Foundation, which voted on Monday "
                             "to fund it.", THURSDAY)
    assert rows["The Brenner Foundation voted to fund the scheme"].value == "2025-06-02"


def test_object_after_a_participle_doer_keeps_the_doer(nlp):
    # near miss: a clause with an object of its own is the doer's deed
    rows = row_by_event(nlp, "Residents praised a garden kept by the Osier Society, which celebrated its "
                             "centenary in May.", THURSDAY)
    assert rows["The Osier Society celebrated its centenary"].value == "2025-05"



def _name_token(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


def test_kin_before_names_is_no_company(nlp):
    # "the brothers X and Y": people, whatever the tagger calls the names, so no company "the company"
    # may stand for (the rule reads the parse, not the tagger's kind)
    from timeline_cli.events.actors import titled_name
    from timeline_cli.events.words import ENGLISH
    name = _name_token(nlp, "The factory was founded in 1858 by the brothers Lars and Nils Brannqvist.", "Brannqvist")
    assert titled_name(name, ENGLISH)


def test_rivals_before_names_are_no_kin(nlp):
    # near miss: a plural noun that names no kin leaves the name as the tagger has it
    from timeline_cli.events.actors import titled_name
    from timeline_cli.events.words import ENGLISH
    name = _name_token(nlp, "The depot was bought in 1990 by the hauliers Brannqvist Freight.", "Freight")
    assert not titled_name(name, ENGLISH)
