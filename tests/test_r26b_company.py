"""Round 26: a lead that calls its subject a company by a predicate noun ("..., becoming the fourth
company to offer such flights") makes that subject the story's company, so a later "the company" names
it. Sentences are this project's own."""
from __future__ import annotations

from test_events import expr
from test_story_company import YEAR, tagged, text_rows
from timeline_cli.events.story_company import story_company
from timeline_cli.events.words import ENGLISH


def test_a_lead_subject_called_a_company_is_the_company_later_sentences_mean(nlp):
    text = ("Orvix Aerospace flew two paying passengers to the edge of space on Tuesday, becoming the fourth "
            "company to offer such flights. The company plans to fly twice a month in 2025.")
    doc = tagged(nlp, text)  # the tagger knows nothing of "Orvix Aerospace"
    assert story_company(doc, ENGLISH) == ("Orvix", "Aerospace")
    found = text_rows(doc, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                      expr(text, "2025", "2025", "2025-01-01", "2025-12-31", **YEAR))
    assert found["2025"].event.startswith("Orvix Aerospace plans to fly")


def test_a_lead_subject_called_something_else_is_no_company(nlp):
    text = ("Mara Holt flew to the edge of space on Tuesday, becoming the fourth woman to do so. "
            "The company plans to fly twice a month in 2025.")
    doc = tagged(nlp, text)
    assert story_company(doc, ENGLISH) is None
