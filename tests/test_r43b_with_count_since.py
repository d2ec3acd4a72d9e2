"""Round 43b: a "since" date on the noun of a "with" phrase ("had spread to 14 schools, with 312 cases
since Jan. 12") dates the count, not the clause's verb: no row from it; the clause keeps its own date.
A "since" on the verb itself keeps its row."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2026, 2, 2)


def _expressions(rows):
    return {r.time_expression for r in rows}


def test_a_count_since_a_date_in_a_with_phrase_dates_no_row(nlp):
    rows = timeline_rows(nlp, "The flu has reached 30 care homes, with 540 cases since Nov. 3.", REF)
    assert "Nov. 3" not in _expressions(rows), rows


def test_a_count_since_a_date_leaves_the_report_its_day(nlp):
    rows = timeline_rows(nlp, "Officials said on Monday the measles outbreak had reached 9 towns, with 85 cases "
                              "since Dec. 1.", REF)
    assert "Dec. 1" not in _expressions(rows), rows
    assert "Monday" in _expressions(rows), rows


def test_a_since_date_on_the_verb_keeps_its_row(nlp):
    rows = timeline_rows(nlp, "The virus has spread to six farms since Nov. 3.", REF)
    assert [r.value for r in rows if r.time_expression == "Nov. 3"] == ["2025-11-03"], rows
