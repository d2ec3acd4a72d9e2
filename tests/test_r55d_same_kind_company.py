"""Round 55d: "the chain", "the airline" is the company the story called by that kind (docs/events.md,
"Subject resolution"; events/kind_named.same_kind_named).

"Nordwind, a regional airline ..., is owned by the shipping group Skarv Holdings. Skarv said ... The
airline cancelled 40 flights": the airline is Nordwind, not the owner named last. Only a specific kind
("chain", "airline", "bank"), not "the company"; and only when one company was given that kind.
"""
from __future__ import annotations

import datetime

from timeline_cli.events.kind_named import same_kind_named
from timeline_cli.events.words import ENGLISH
from timeline_rows import timeline_rows

DAY = datetime.date(2025, 9, 3)


def _rows(nlp, story: str):
    return timeline_rows(nlp, f"Headline here\n\nLEEDS, Sept. 3, 2025 (Wire) - {story}", DAY)


def _row(nlp, story: str, expression: str):
    return next(r for r in _rows(nlp, story) if r.time_expression == expression)


def test_airline_is_the_one_called_an_airline(nlp):
    row = _row(nlp, "Nordwind, a regional airline based in Bergen, is owned by the shipping group Skarv Holdings.\n\n"
                    "Skarv said on Monday that it was reviewing its investments.\n\n"
                    "The airline cancelled 40 flights on Tuesday because of a pilot shortage.", "Tuesday")
    assert row.event.startswith("Nordwind cancelled 40 flights")
    assert row.actors[0] == "Nordwind"


def test_chain_named_short_in_the_headline_too(nlp):
    text = ("Bakery chain Pinewood sold\n\nLEEDS, Sept. 3, 2025 (Wire) - Pinewood Bakeries, a chain of 80 cafes, "
            "was sold in 2019 to the investment firm Halden Partners.\n\nHalden began talks with a buyer in May.\n\n"
            "The chain closed 12 cafes in June, the union said.")
    row = next(r for r in timeline_rows(nlp, text, DAY) if r.time_expression == "June")
    assert row.actors[0] == "Pinewood Bakeries"


def _token(nlp, text: str, word: str, nth: int = -1):
    doc = nlp(text)
    return [t for t in doc if t.lower_ == word][nth]


def test_two_chains_name_no_one(nlp):
    token = _token(nlp, "Pinewood Bakeries, a chain of 80 cafes, competes with Greenway, a chain of 60 coffee shops. "
                        "The chain closed 12 cafes in June.", "chain")
    assert same_kind_named(token, ENGLISH) is None


def test_the_company_is_not_a_kind_of_its_own(nlp):
    token = _token(nlp, "Pinewood, a company that bakes bread, is owned by Halden. Halden met buyers in May. "
                        "The company closed 12 cafes in June.", "company")
    assert same_kind_named(token, ENGLISH) is None
