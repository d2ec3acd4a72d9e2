"""A reported clause's row that names nobody says who reported it (events/attributed.py). Sentences
written for these tests; the tagger's entities are set by hand so that the tests do not depend on
one model's guesses."""
from __future__ import annotations

from test_events import expr
from test_story_company import tagged, text_rows

MONTH = {"granularity": "month"}
OPENING = "Shares of textile makers rose on Tuesday in Leeds. "


def _june(nlp, text, *ents):
    doc = tagged(nlp, text, *ents)
    dated = [expr(text, "in June", "2024-06", "2024-06-01", "2024-06-30", **MONTH)]
    if "on Monday" in text:
        dated.append(expr(text, "on Monday", "2024-06-24", "2024-06-24"))
    return text_rows(doc, *dated)["in June"]


def test_a_clause_before_its_named_reporter_says_who_reported_it(nlp):
    text = OPENING + "The new plant will open in June, Harlow Textiles announced on Monday."
    row = _june(nlp, text, ("Leeds", "GPE"), ("Harlow Textiles", "ORG"))
    assert row.event == "Harlow Textiles announced the new plant will open"
    assert row.trigger == "open" and row.status == "expected"  # still the reported clause's row
    assert row.actors == []  # the reporter says so; it does not open anything


def test_a_quotation_before_an_inverted_reporter_reads_in_the_reporters_words(nlp):
    # "I" (not "we": a group the row cannot name, events/finite.py) is the named speaker
    text = OPENING + "\"I will close the old mill in June,\" said Anna Pike, who runs the group."
    row = _june(nlp, text, ("Leeds", "GPE"), ("Anna Pike", "PERSON"))
    assert row.event == "Anna Pike said I will close the old mill"


def test_an_unnamed_reporter_is_not_added(nlp):
    text = OPENING + "The new plant will open in June, officials said on Monday."
    row = _june(nlp, text, ("Leeds", "GPE"))
    assert row.event == "The new plant will open"


def test_a_reported_clause_that_names_its_actor_keeps_its_own_words(nlp):
    text = OPENING + "Kenmore Foods said on Monday that Harlow Textiles will open a plant in June."
    row = _june(nlp, text, ("Leeds", "GPE"), ("Kenmore Foods", "ORG"), ("Harlow Textiles", "ORG"))
    assert row.event == "Harlow Textiles will open a plant"


def test_a_verb_of_saying_with_an_object_of_its_own_reports_something_else(nlp):
    text = OPENING + "The new plant will open in June; Harlow Textiles announced no new jobs."
    row = _june(nlp, text, ("Leeds", "GPE"), ("Harlow Textiles", "ORG"))
    assert "announced" not in row.event
