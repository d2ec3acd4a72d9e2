"""A thing moved to a new date (issue 10, item 4; events/postponed.py): the date after "until"/"to" is
the postponed thing's, and the postponing, told in the past, is dated by the publication date.
Sentences are this project's own, parsed with the real model; time expressions written by hand."""
from __future__ import annotations

from test_events import REF, expr
from timeline_cli.events import extract_events


def rows(nlp, text, *expressions):
    return extract_events(nlp(text), list(expressions), source="a.txt", reference_date=REF,
                          reference_source="option")


def test_a_postponing_is_dated_by_the_publication_and_the_thing_by_its_new_date(nlp):
    text = "The city council postponed the stadium vote until next Monday."
    found = rows(nlp, text, expr(text, "next Monday", "2024-07-01", "2024-07-01"))
    by_basis = {r.date_basis: r for r in found}
    assert (by_basis["publication"].date, by_basis["publication"].end_date) == ("2024-06-26", "2024-06-27")
    assert by_basis["publication"].trigger == "postpone"
    assert by_basis["publication"].status == "occurred"
    assert (by_basis["text"].date, by_basis["text"].status) == ("2024-07-01", "planned"), found
    assert by_basis["text"].event == "The stadium vote is now set for next Monday", found


def test_a_suspension_until_a_day_is_no_row_of_that_day(nlp):
    text = "The hospital suspended elective surgery until Wednesday."
    found = rows(nlp, text, expr(text, "Wednesday", "2024-07-03", "2024-07-03"))
    assert [(r.trigger, r.date_basis) for r in found] == [("suspend", "publication")], found
    assert "2024-07-03" not in [r.date for r in found]


def test_a_new_date_already_past_or_a_plan_keeps_its_date(nlp):
    # the launch may well have happened on June 3; a postponing still to come is no past deed
    text = "The launch was delayed until June 3."
    found = rows(nlp, text, expr(text, "June 3", "2024-06-03", "2024-06-03"))
    assert [(r.date, r.date_basis) for r in found if r.trigger == "delay"] == [("2024-06-03", "text")], found
    text = "The board will postpone the vote until next Monday."
    found = rows(nlp, text, expr(text, "next Monday", "2024-07-01", "2024-07-01"))
    assert [r.date_basis for r in found if r.trigger == "postpone"] == ["text"], found
