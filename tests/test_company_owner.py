"""A subject's "Its" that only a company can own (events/company_owner.py): after a sentence whose
subject is a bill or a decree, "Its majority shareholder" is the company named in that sentence's
object, not the bill's; with no such company, or two, it stays. Sentences written for these tests."""
from __future__ import annotations

from test_events import expr, only


def test_its_shareholder_after_a_decree_is_the_company_it_transfers(nlp):
    text = ("The decree, approved by 61 votes to 30, transfers the port's operator, Baltic Terminals Ltd, "
            "to the state. Its German parent, Hafen Group, will receive compensation on Friday.")
    row = only(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert row.event.startswith("Baltic Terminals Ltd's German parent")
    assert not row.event.startswith("The decree's")


def test_its_shareholder_with_no_company_named_stays(nlp):
    text = ("The ruling, handed down by three judges, orders the operator to sell the port. Its majority "
            "shareholder will appeal on Friday.")
    row = only(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert row.event.startswith("Its majority shareholder")


def test_its_shares_after_a_company_subject_stay_the_company_s(nlp):
    text = "Velora Mining Ltd sold the smelter to Ostrava Steel Corp. Its shares rose 4% on Friday."
    row = only(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert not row.event.startswith("Ostrava")


def test_the_owner_written_for_its_is_no_actor(nlp):
    text = ("The decree, approved by 61 votes to 30, transfers the port's operator, Baltic Terminals Ltd, "
            "to the state. Its German parent, Hafen Group, will receive compensation on Friday.")
    row = only(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert "Baltic Terminals Ltd" not in row.actors
