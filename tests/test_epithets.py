"""An age used as a noun and the "he" after it (issue 10, item 3; events/epithets.py). Sentences
written for these tests; the entities are set by hand so that the tests do not depend on one model's
guesses."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events

SIGNING = ("Leeds United have signed Danish defender Lars Holm from Ajax for 20 million euros, the club "
           "said. ")


def tagged(nlp, text, *ents):
    """The parsed text with exactly these entities: (phrase, label)."""
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(phrase), text.index(phrase) + len(phrase), label=label)
                for phrase, label in ents]
    return doc


def monday_row(doc, text):
    found = [row for row in extract_events(doc, [expr(text, "Monday", "2024-06-24", "2024-06-24")],
                                           source="a.txt", reference_date=REF, reference_source="option")
             if row.date_basis == "text"]
    assert len(found) == 1, found
    return found[0]


def test_he_after_an_age_epithet_is_the_person_the_epithet_recalls(nlp):
    text = SIGNING + "The 26-year-old, who played 40 games last season, has agreed a four-year deal. " \
        "He passed a medical on Monday."
    doc = tagged(nlp, text, ("Leeds United", "ORG"), ("Lars Holm", "PERSON"), ("Ajax", "ORG"))
    row = monday_row(doc, text)
    assert row.event == "Lars Holm passed a medical"
    assert row.actors[0] == "Lars Holm"


def test_he_after_an_age_epithet_with_two_people_before_it_is_left_alone(nlp):
    text = SIGNING.replace("Lars Holm", "Lars Holm and Piet Vos") + \
        "The 26-year-old has agreed a four-year deal. He passed a medical on Monday."
    doc = tagged(nlp, text, ("Leeds United", "ORG"), ("Lars Holm", "PERSON"), ("Piet Vos", "PERSON"),
                 ("Ajax", "ORG"))
    assert monday_row(doc, text).event == "He passed a medical"
