"""A clause opened by "on condition that", "provided (that)", "providing" or "as long as" says what may
happen, not what did: it gives no row of its own, like an "if" clause (docs/events.md, "A condition
given as a fact"); the main clause keeps its row, and a clause that such words do not open is untouched."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 3, 2)  # a Monday


def _events(nlp, text: str) -> list[str]:
    return [row.event for row in timeline_rows(nlp, text, DAY)]


def test_on_condition_that_clause_is_no_row(nlp):
    rows = timeline_rows(nlp, "The club was allowed to stay one more season only on condition that building "
                              "work on the new stadium started before the end of the year.", DAY)
    assert not any("work on the new stadium started" in row.event and row.time_expression == "the end of the year"
                   for row in rows)


def test_on_the_condition_that_keeps_the_main_row(nlp):
    rows = timeline_rows(nlp, "The mayor approved the plan on Tuesday on the condition that the road "
                              "reopened in May.", DAY)
    assert not any(row.time_expression == "May" for row in rows)
    approved = [row for row in rows if row.time_expression == "Tuesday"]
    assert approved and approved[0].status == "occurred" and approved[0].value == "2026-02-24"
    assert approved[0].event.startswith("The mayor approved the plan")


def test_provided_that_clause_is_no_row(nlp):
    rows = timeline_rows(nlp, "The bank agreed on Friday to lend the money provided that the farm was sold "
                              "by March.", DAY)
    assert not any(row.time_expression == "March" for row in rows)
    assert any(row.time_expression == "Friday" and row.event.startswith("The bank agreed") for row in rows)


def test_providing_and_as_long_as_clauses_are_no_rows(nlp):
    assert not any("approved the deal" in e for e in _events(
        nlp, "She would sign, providing the board approved the deal in January."))
    assert not any("pays the bonus" in e for e in _events(
        nlp, "The union will call off the strike as long as the company pays the bonus in June."))


def test_opener_at_the_sentence_start_keeps_the_main_clause(nlp):
    rows = timeline_rows(nlp, "Provided that the weather holds, the race will start on Sunday.", DAY)
    assert any(row.event == "The race will start" and row.value == "2026-03-08" and row.status == "expected"
               for row in rows)


def test_provided_as_a_verb_or_participle_is_untouched(nlp):
    rows = timeline_rows(nlp, "The firm provided the police with records in January.", DAY)
    assert any(row.event == "The firm provided the police with records" and row.value == "2026-01" for row in rows)
    rows = timeline_rows(nlp, "The documents provided by the council showed that rents rose in 2024.", DAY)
    assert any(row.event == "Rents rose" and row.value == "2024" for row in rows)
