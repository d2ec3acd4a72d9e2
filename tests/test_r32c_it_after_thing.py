"""Round 32c: a subject "it" of an "after"/"when" clause with no object, after a singular thing the
main clause acts on, may be that thing as well as the main subject: the row is not given the main
subject's name ("Solenta moved the case to the new court after it opened in June 2023" is no
"Solenta opened"; docs/events.md, "Round 32c")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 9, 1)


def _rows_at(nlp, text, expression):
    return [r for r in timeline_rows(nlp, text, DAY) if r.time_expression == expression]


def test_it_after_a_thing_sold_is_not_the_seller(nlp):
    text = "Harlow Mining sold the smelter to a rival when it closed in 2019.\n"
    for row in _rows_at(nlp, text, "2019"):
        assert not row.event.startswith("Harlow Mining closed"), row


def test_it_after_a_pipeline_leased_is_not_the_company(nlp):
    text = "Castor Energy leased the pipeline to a trader before it opened in 2022.\n"
    for row in _rows_at(nlp, text, "2022"):
        assert not row.event.startswith("Castor Energy opened"), row


def test_clause_with_an_argument_keeps_the_subject(nlp):
    # near-miss: "merged with a rival" is no thing's happening: "it" is the main subject as before
    text = "The airline moved its base to the new terminal after it merged with a rival in 2021.\n"
    rows = _rows_at(nlp, text, "2021")
    assert any(r.event.startswith("The airline merged with a rival") for r in rows), rows


def test_verb_with_an_object_keeps_the_subject(nlp):
    text = "Siemens moved the plant to Poland after it lost a major contract in 2021.\n"
    rows = _rows_at(nlp, text, "2021")
    assert any(r.event.startswith("Siemens lost a major contract") for r in rows), rows
