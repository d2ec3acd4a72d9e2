"""Round 53a: a verb of saying with a hearer and a setting of its own keeps its row when what it says
is a quotation with "we" (docs/events.md, "Finite verbs and quotations").

'"We have looked at every option," Helen Oakes told staff at a meeting on Friday morning' gave no row:
the description took the quotation in, and its "we", a group no row can name, took the row with it.
The telling ("told staff at a meeting") is an event of its own: the quotation is left out of it. A
bare "told reporters on Sunday" or "said at a rally on Sunday" tells nothing but the saying and stays
without a row; "we" told as its own row's subject stays without one too.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 9, 12)


def _dated(nlp, text: str) -> dict[str, tuple[str, str]]:
    """{time expression: (description, status)} of the text's dated rows."""
    return {r.time_expression: (r.event, r.status) for r in timeline_rows(nlp, text, DAY) if r.time_expression}


def test_quote_before_the_tag(nlp):
    rows = _dated(nlp, '"We are closing two wards," hospital director Sam Ode told nurses at a briefing on Monday.')
    assert rows == {"Monday": ("Hospital director Sam Ode told nurses at a briefing", "occurred")}


def test_actors_of_the_teller(nlp):
    rows = timeline_rows(nlp, '"We found the leak within hours," engineer Paula Voss told the council at a '
                              'hearing on Wednesday.', DAY)
    assert [(r.event, r.value, r.actors) for r in rows] == \
        [("Engineer Paula Voss told the council at a hearing", "2025-09-10", ["Paula Voss"])]


def test_that_clause_with_we(nlp):
    rows = _dated(nlp, "Coach Ivan Petrov told players at a training session on Thursday that we would not travel.")
    assert rows == {"Thursday": ("Coach Ivan Petrov told players at a training session", "occurred")}


def test_no_setting_no_row(nlp):
    assert _dated(nlp, '"We will win this seat," Marta Lima told reporters on Sunday.') == {}


def test_no_hearer_no_row(nlp):
    assert _dated(nlp, '"We will win this seat," Marta Lima said at a rally on Sunday.') == {}


def test_we_as_the_rows_subject_stays_out(nlp):
    rows = _dated(nlp, '"We signed the lease in March," said Karen Holt, chief executive of Northwind Air.')
    assert "March" not in rows

