"""Key events dated through a linked clause or the lead (issue 10, recall round 6): the main clause of a
dated "when"/"shortly after" clause and a clause counted in months from a date (events/linked.py), a
later present perfect of the lead's subject (events/perfect.py), the context rule's scene actors, a
passive conjunct and a person acting for the scene's actor (events/lead.py), a caption run into a
first sentence (events/segments.py). Sentences are this project's own, parsed with the real model;
time expressions are written by hand, as in tests/test_recall_rules.py."""
from __future__ import annotations

import pytest

from timeline_cli.events import extract_events
from timeline_cli.records import TimeExpression

REF = "2024-06-27"  # a Thursday


@pytest.fixture(scope="session")
def nlp():
    from timeline_cli.nlp import load_model

    return load_model()


def expr(text: str, phrase: str, value: str, date: str, end: str | None = None,
         granularity: str = "day") -> TimeExpression:
    start = text.index(phrase)
    return TimeExpression(start, start + len(phrase), phrase, "DATE", value, date, end or date, granularity)


def rows(nlp, text, *expressions, source="metadata", **kw):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source=source, **kw)


def dated(found, trigger):
    return [(r.date, r.end_date, r.date_basis) for r in found if r.trigger == trigger]


# ----------------------------------------------------------------------------- "shortly after", "when"
def test_shortly_after_a_dated_clause_dates_the_main_clause_that_day(nlp):
    text = "Frost jammed two fuel valves shortly after the freighter left Bergen on June 9."
    found = rows(nlp, text, expr(text, "June 9", "2024-06-09", "2024-06-09"))
    assert dated(found, "jam") == [("2024-06-09", "2024-06-09", "text")]
    assert dated(found, "leave") == [("2024-06-09", "2024-06-09", "text")]


def test_a_when_clause_dates_the_main_clause_and_a_reported_one(nlp):
    text = ("Police detained the driver when the truck stopped at a checkpoint on Sunday.\n\n"
            "Investigators said ice blocked two sensors hours after the jet took off on June 17.")
    found = rows(nlp, text, expr(text, "Sunday", "2024-06-23", "2024-06-23"),
                 expr(text, "June 17", "2024-06-17", "2024-06-17"))
    assert dated(found, "detain") == [("2024-06-23", "2024-06-23", "text")]
    assert dated(found, "block") == [("2024-06-17", "2024-06-17", "text")]


def test_a_when_clause_hung_on_a_gapped_conjunct_dates_the_first_conjunct_too(nlp):
    # the parser hangs "when ..." on "injured"; the killing happened then too, not on the day it was told
    text = ("Six people were killed and more than 30 injured when a bus hit a wall near Zlin late on Friday, "
            "police said on Saturday.")
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"),
                 expr(text, "Saturday", "2024-06-22", "2024-06-22"))
    assert dated(found, "kill") == [("2024-06-21", "2024-06-21", "text")], found


def test_a_bare_after_a_future_or_a_main_clause_with_its_own_date_gets_nothing(nlp):
    text = ("The bank was fined after it misreported its capital on June 12.\n\n"
            "Ministers will meet when the report is published on Friday.\n\n"
            "In May, the firm sold the plant shortly after the union struck on April 3.")
    found = rows(nlp, text, expr(text, "June 12", "2024-06-12", "2024-06-12"),
                 expr(text, "Friday", "2024-06-28", "2024-06-28"),
                 expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", "month"),
                 expr(text, "April 3", "2024-04-03", "2024-04-03"))
    assert dated(found, "fine") == []
    assert dated(found, "meet") == []
    assert dated(found, "sell") == [("2024-05-01", "2024-05-31", "text")]


# ----------------------------------------------------------------------------- "eight months after"
def test_a_clause_counted_in_months_from_a_month_is_that_month(nlp):
    text = "The coalition fell apart in March 2024, eight months after Prime Minister Ada Varga took office."
    found = rows(nlp, text, expr(text, "March 2024", "2024-03", "2024-03-01", "2024-03-31", "month"))
    assert dated(found, "take") == [("2023-07-01", "2023-07-31", "context")]


def test_months_from_a_year_or_a_vague_count_give_nothing(nlp):
    text = ("The coalition fell apart in 2023, eight months after Ada Varga took office.\n\n"
            "The party split in March 2024, months after Ivo Rask took office.")
    found = rows(nlp, text, expr(text, "2023", "2023", "2023-01-01", "2023-12-31", "year"),
                 expr(text, "March 2024", "2024-03", "2024-03-01", "2024-03-31", "month"))
    assert dated(found, "take") == []


# ----------------------------------------------------------------------------- the lead's actor has done more
LEAD = "Norvik Motors on Monday unveiled its first electric truck at a show in Oslo.\n\n"


def test_a_later_present_perfect_of_the_leads_subject_takes_the_leads_date(nlp):
    text = LEAD + "The truck is quiet. Norvik Motors and Batteria have signed a supply deal for the cells."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert dated(found, "sign") == [("2024-06-24", "2024-06-24", "context")]


def test_no_perfect_row_in_a_quotation_with_since_another_subject_or_a_progressive(nlp):
    text = LEAD + ('The truck is quiet. "Norvik Motors has always built trucks," one analyst said. '
                   "Since then, Norvik Motors has doubled its workforce. Rival makers have cut prices. "
                   "Norvik Motors has been selling vans.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert {r.trigger for r in found} & {"build", "double", "cut", "sell"} == set()


# ----------------------------------------------------------------------------- context rows
def test_the_scene_actors_are_all_its_rows_and_a_passive_conjunct_shares_was(nlp):
    text = ("A court in Lyon on Monday acquitted the mayor Henri Doucet of three charges and ordered his release. "
            "Doucet was convicted of two other counts and taken into custody.")
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert dated(found, "convict") == [("2024-06-24", "2024-06-24", "context")]
    assert dated(found, "take") == [("2024-06-24", "2024-06-24", "context")]


def test_a_person_whose_title_names_the_scenes_actor_acts_for_it(nlp):
    text = LEAD + "Lena Holt, the Norvik Motors chief executive, said the company would build a plant."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert dated(found, "say") == [("2024-06-24", "2024-06-24", "context")]
    other = LEAD + "Pia Berg, a Norvik Motors critic, said the truck was late."
    found = rows(nlp, other, expr(other, "Monday", "2024-06-24", "2024-06-24"))
    assert dated(found, "say") == []


def test_a_verb_before_a_quotation_the_parser_made_root_is_the_main_verb(nlp):
    text = LEAD + ('Lena Holt, the Norvik Motors chief executive, announced the truck at a fair, where she '
                   'praised it by saying that, " just one year after launching the van, we \' re launching '
                   'the new truck that is twice as fast. "')
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert dated(found, "announce") == [("2024-06-24", "2024-06-24", "context")]


# ----------------------------------------------------------------------------- a caption run into the lead
def test_a_caption_run_into_the_first_sentence_is_not_its_subject(nlp):
    text = "The new tablet On Wednesday, Orbis introduced a tablet that folds in two."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert [r.event for r in found if r.trigger == "introduce"] == ["Orbis introduced a tablet"]
    title = "The Lord Of The Rings, a film by Peter Jackson, was shown on Wednesday."
    assert len(list(nlp(title).sents)) == 1
