"""Round 20: a date stays with the expression it belongs to: a subject's relative clause before the
main verb, an open question's infinitive ("whether to"), a noun's participle in a clause dated by
another expression, an inquiry's finding the lead's act followed; and "for Thursday" of a meeting
someone said they had called lies ahead. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from test_events import expr, rows
from test_lead import by_basis
from test_lead import rows as all_rows
from timeline_cli.temporal import tag


def test_a_date_after_the_subjects_relative_clause_dates_that_clause(nlp):
    text = "A blaze that broke out in a warehouse near the port overnight was still burning on Friday morning."
    found = rows(nlp, text, expr(text, "overnight", "2024-06-24TNI", "2024-06-24"),
                 expr(text, "Friday morning", "2024-06-28TMO", "2024-06-28"))
    assert [(r.trigger, r.time_expression) for r in found] == [("break", "overnight"), ("burn", "Friday morning")]
    assert "broke out in a warehouse" in found[0].event


def test_an_open_questions_infinitive_gets_no_row_of_its_date(nlp):
    text = "The mayor said she would decide next spring whether to keep the scheme beyond 2028."
    found = rows(nlp, text, expr(text, "next spring", "2025-SP", "2025-03-20", "2025-06-20", granularity="season"),
                 expr(text, "2028", "2028", "2028-01-01", "2028-12-31", granularity="year"))
    assert [r.time_expression for r in found] == ["next spring"]
    assert "whether" in found[0].event


def test_a_participles_date_tells_the_participle_when_its_clause_has_its_own(nlp):
    text = "The new limit will take effect next month under a law passed in 2019."
    found = rows(nlp, text, expr(text, "next month", "2024-07", "2024-07-01", "2024-07-31", granularity="month"),
                 expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"))
    year = next(r for r in found if r.time_expression == "2019")
    assert year.event == "A law was passed" and year.status == "occurred"


def test_a_participle_alone_in_its_clause_still_tells_the_clause(nlp):
    text = "Rivera said in a letter published on Monday that he would appeal."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert found and found[0].event.startswith("Rivera said")


def test_an_inquirys_finding_after_the_lead_is_not_given_its_day(nlp):
    text = ("The city council on Wednesday fired its finance director after an inspection found that "
            "2 million pounds in grants could not be accounted for.")
    found = all_rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert by_basis(found, "context") == []
    text = "Kessel Bank's stock plummeted on Wednesday after management recommended a suspension of dividends."
    found = all_rows(nlp, text, expr(text, "Wednesday", "2024-06-26", "2024-06-26"))
    assert [r.trigger for r in by_basis(found, "context")] == ["recommend"]


def test_a_meeting_she_said_she_had_called_for_a_weekday_lies_ahead(nlp):
    # a report of Wednesday 2026-03-11: her "have called ... for Friday" is put in the past by the saying
    text = "Councillor Ann Hale said she had called an emergency session for Friday."
    assert ("Friday", "2026-03-13") in [(e.text, e.value) for e in tag(text, dt.date(2026, 3, 11), nlp(text))]
    text = "Councillor Ann Hale said the session had been scheduled for Friday."
    assert ("Friday", "2026-03-06") in [(e.text, e.value) for e in tag(text, dt.date(2026, 3, 11), nlp(text))]


def test_a_compound_noun_read_as_a_participle_leaves_the_date_to_its_verb(nlp):
    text = "The agency issued a storm warning for the coast on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert [r.trigger for r in found] == ["issue"] and found[0].event.startswith("The agency issued")
