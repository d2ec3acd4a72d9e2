"""Round 16: a subject "which" after a preposition's noun (events/relatives.py, events/antecedents.py,
docs/events.md "Subject resolution"): a named event is its own subject ("a place at the Open, which
starts on ..."); a place after an indefinite noun with a clause saying what is to be done to the noun
("a new bridge over the Kerr river, which is due to be finished") leaves the row out rather than give
the place the act. Sentences are this project's own, parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows
from timeline_cli.events.unresolved import drop_unresolved_openers
from timeline_cli.events.words import ENGLISH


def _kept(nlp, text, *expressions):
    return drop_unresolved_openers(rows(nlp, text, *expressions), ENGLISH)


def test_which_after_a_named_event_is_the_event_not_the_noun_before_it(nlp):
    text = "The ranking points should secure him a seeding at Wimbledon, which begins on June 28."
    found = _kept(nlp, text, expr(text, "June 28", "2027-06-28", "2027-06-28"))
    begins = [r.event for r in found if "begins" in r.event]
    assert begins and all(e.startswith("Wimbledon") for e in begins), found


def test_which_to_be_done_after_a_place_is_not_the_place(nlp):
    text = ("Engineers will speed up work on a new bridge over the Kerr river, which is due to be finished "
            "next year.")
    found = _kept(nlp, text, expr(text, "next year", "2026", "2026-01-01", "2026-12-31", granularity="year"))
    assert not any("river is due" in r.event or "River is due" in r.event for r in found), found


def test_which_after_a_place_with_an_act_of_its_own_stays_the_place(nlp):
    text = "Rebels seized a checkpoint near the town of Marvo, which voted on Sunday to join the federation."
    found = _kept(nlp, text, expr(text, "Sunday", "2025-03-02", "2025-03-02"))
    assert any(r.event.startswith(("Marvo voted", "The town of Marvo voted")) for r in found), found


def test_which_with_a_plain_passive_after_a_place_stays_the_place(nlp):
    text = ("The rebels want a federal parliament for East Ruritania, which has been governed directly from "
            "the capital since 1994.")
    found = _kept(nlp, text, expr(text, "1994", "1994", "1994-01-01", "1994-12-31", granularity="year"))
    assert any(r.event.startswith("East Ruritania has been governed") for r in found), found
