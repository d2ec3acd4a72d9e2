"""The story's company (issue 10, item 3; events/story_company.py): a lead's subject named or described
as a company is the company "the company", "it" and "its" stand for, even when the entity tagger does
not know its name. Sentences written for these tests; the tagger's mistakes are set by hand so that
the tests do not depend on one model's guesses."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events
from timeline_cli.events.story_company import story_company, with_story_company
from timeline_cli.events.words import ENGLISH


def tagged(nlp, text, *ents):
    """The parsed text with exactly these entities: (phrase, label, occurrence)."""
    doc = nlp(text)
    spans = []
    for phrase, label, *nth in ents:
        start = -1
        for _ in range((nth[0] if nth else 0) + 1):
            start = text.index(phrase, start + 1)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = spans
    return doc


def text_rows(doc, *expressions):
    return {row.time_expression: row for row in extract_events(
        doc, list(expressions), source="a.txt", reference_date=REF, reference_source="option")
        if row.date_basis == "text"}


YEAR = {"granularity": "year"}


def test_an_untagged_company_name_in_the_lead_is_the_company_later_sentences_mean(nlp):
    text = ("Pellman Foods opened a bakery in Leeds on Tuesday. The company, which cut 200 jobs in May, "
            "plans to open a second bakery next year. It expects sales to rise in 2025.")
    doc = tagged(nlp, text, ("Leeds", "GPE"))  # the tagger knows nothing of "Pellman Foods"
    found = text_rows(doc, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                      expr(text, "next year", "2025", "2025-01-01", "2025-12-31", **YEAR),
                      expr(text, "in 2025", "2025", "2025-01-01", "2025-12-31", **YEAR))
    assert found["Tuesday"].actors[0] == "Pellman Foods"
    assert found["next year"].event == "Pellman Foods plans to open a second bakery"
    assert found["next year"].actors[0] == "Pellman Foods"
    assert found["in 2025"].event.startswith("Pellman Foods expects sales to rise")


def test_a_name_described_as_a_company_in_the_lead_stays_one_when_later_tagged_a_person(nlp):
    text = ("Insurer Tverrdal's profit falls\n\nNorwegian insurer Tverrdal reported a loss on Thursday. "
            "Tverrdal said it expected premiums to fall in 2025. Its shares fell 3 percent on Friday.")
    # a headline's "Insurer Tverrdal's" tagged a person makes every "Tverrdal" one for the resolver
    doc = tagged(nlp, text, ("Insurer Tverrdal's", "PERSON"), ("Tverrdal", "ORG", 1), ("Tverrdal", "PERSON", 2))
    found = text_rows(doc, expr(text, "Thursday", "2024-06-27", "2024-06-27"),
                      expr(text, "2025", "2025", "2025-01-01", "2025-12-31", **YEAR),
                      expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert found["2025"].event.startswith("Tverrdal expected premiums to fall")
    assert found["2025"].actors == ["Tverrdal"]
    assert found["Friday"].event == "Tverrdal's shares fell 3 percent"
    assert found["Friday"].actors == ["Tverrdal"]


def test_the_company_is_resolved_by_the_story_s_company_far_from_its_name(nlp):
    text = ("Danish brewer Tverrdal closed a brewery on Monday. Sales volumes dropped. Beer prices rose. "
            "Analysts expect more closures. The company will publish its results on July 4.")
    doc = tagged(nlp, text, ("Danish", "NORP"), ("Tverrdal", "PERSON"))
    row = text_rows(doc, expr(text, "July 4", "2024-07-04", "2024-07-04"))["July 4"]
    assert row.event == "Tverrdal will publish its results"


def test_a_person_with_a_first_name_or_a_title_is_no_company(nlp):
    text = "Brewer Jens Tverrdal opened a pub on Tuesday. The company plans to expand next year."
    doc = tagged(nlp, text, ("Jens Tverrdal", "PERSON"))
    assert story_company(doc, ENGLISH) is None
    row = text_rows(doc, expr(text, "next year", "2025", "2025-01-01", "2025-12-31", **YEAR))["next year"]
    assert row.event == "The company plans to expand"
    text = "Finance Minister Karl Motors resigned on Tuesday. He plans to write a book next year."
    assert story_company(tagged(nlp, text, ("Karl Motors", "PERSON")), ENGLISH) is None


def test_a_hyphen_or_possessive_inside_a_name_is_part_of_it(nlp):
    text = "Hollin's Bay Co. closed 12 stores on Monday. Hollin's Bay said it would cut 300 jobs."
    doc = tagged(nlp, text)
    assert story_company(doc, ENGLISH) == ("Hollin", "'s", "Bay", "Co.")
    spans = with_story_company(doc, [], ENGLISH)
    assert [s.text for s in spans] == ["Hollin's Bay Co.", "Hollin's Bay"]  # not "Bay" alone
    text = "Vestra-B Hotel Co. closed 12 hotels on Monday."
    assert story_company(tagged(nlp, text), ENGLISH) == ("Vestra", "-", "B", "Hotel", "Co.")


def test_a_place_name_is_no_company_unless_a_noun_says_it_is_one(nlp):
    text = "Kestrel Airways cancelled 40 flights on Monday."
    assert story_company(tagged(nlp, text), ENGLISH) == ("Kestrel", "Airways")
    assert story_company(tagged(nlp, text, ("Kestrel Airways", "GPE")), ENGLISH) is None
    text = "Dutch lender Kestrel cut 40 jobs on Monday."
    assert story_company(tagged(nlp, text, ("Kestrel", "GPE")), ENGLISH) == ("Kestrel",)


def test_a_person_who_bears_the_company_s_name_leaves_the_entities_alone(nlp):
    text = ("Danish brewer Tverrdal closed a brewery on Monday. Founder Jens Tverrdal said it was a sad "
            "day. Tverrdal said it would cut jobs.")
    doc = tagged(nlp, text, ("Tverrdal", "ORG"), ("Jens Tverrdal", "PERSON"), ("Tverrdal", "PERSON", 2))
    spans = [e for e in doc.ents]
    assert with_story_company(doc, spans, ENGLISH) == spans
