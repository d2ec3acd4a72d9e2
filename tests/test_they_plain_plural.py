""""They" for a plural common noun that is no group agent (issue 10, item 3; docs/events.md "Subject
resolution"): the one plural subject in sight, the reporter of a trailing attribution passed over.
Sentences are this project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_they_is_the_plural_subject_before_a_trailing_attribution(nlp):
    text = ("Vandals damaged six buses at a depot early on Monday, the operator said.\n\n"
            "They sprayed paint on the windows at about 2 a.m.")
    found = rows(nlp, text, expr(text, "about 2 a.m.", "2024-06-24T02:00", "2024-06-24", "2024-06-24",
                                 type="TIME", granularity="minute"))
    assert [r.event for r in found if r.trigger == "spray"] == ["Vandals sprayed paint on the windows"], found


def test_they_after_which_nouns_of_its_own_sentence(nlp):
    text = "The county board will meet on Thursday to decide which clinics merge; they are expected to close by June 30."
    found = rows(nlp, text, expr(text, "June 30", "2024-06-30", "2024-06-30", "2024-06-30"))
    assert any(r.event.startswith("The clinics are expected to close") for r in found), [r.event for r in found]


def test_they_stays_when_two_plurals_or_a_pronoun_are_in_sight(nlp):
    text = ("Shoppers crowded the stores on Friday, and analysts said sales rose.\n\n"
            "They expect more gains in July.")
    found = rows(nlp, text, expr(text, "July", "2024-07", "2024-07-01", "2024-07-31", granularity="month"))
    assert any(r.event.startswith("They expect") for r in found), found
    # an earlier "they" whose sentence names another plural ("two bikes") leaves it (events/chained.py)
    text = ("Vandals damaged six buses on Monday, the operator said. They stole two bikes.\n\n"
            "They were seen near the harbour on Tuesday.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25", "2024-06-25"))
    assert not any(r.event.startswith("Vandals were") for r in found), found


def test_it_after_a_name_with_a_which_clause_is_that_name_whatever_its_tag(nlp):
    # the small model tags this plural-looking company name a person; "which" says it is none
    text = "Dover Harbour Tugs, which runs most of the port's boats, said it found the fault early on Wednesday."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26", "2024-06-26"))
    assert any(r.event.startswith("Dover Harbour Tugs found the fault") for r in found), [r.event for r in found]
