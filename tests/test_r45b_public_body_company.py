"""Round 45b: a generic "the company" or "the firm" never stands for a public body named between it and
the company: an inspectorate, a directorate, a league, a municipality or an ombudsman is passed over
as a ministry or a court is, and the company named before (or the words as they are) is told."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

JUNE = datetime.date(2025, 6, 11)


def _event(rows, expression):
    return [r.event for r in rows if r.time_expression == expression]


def test_the_company_is_not_a_directorate(nlp):
    rows = timeline_rows(nlp, "Norvik Foods recalled 2,000 jars of honey on Tuesday. The State Food Directorate "
                              "ordered tests on Wednesday. Retailers will return the jars to the company by Friday.",
                         JUNE)
    assert _event(rows, "Friday") == ["Retailers will return the jars to Norvik Foods"], rows


def test_the_firm_is_not_an_inspectorate(nlp):
    rows = timeline_rows(nlp, "Baltic Ferries cancelled 12 sailings on Monday. The Maritime Inspectorate began "
                              "checks on Tuesday. Unions will meet the firm on Thursday.", JUNE)
    assert _event(rows, "Thursday") == ["Unions will meet Baltic Ferries"], rows


def test_the_company_is_not_a_league(nlp):
    rows = timeline_rows(nlp, "Torvald Chess Club lost its title in March. The National Chess League fined the "
                              "club in April. The league sued the company on Monday.", JUNE)
    assert not any("National Chess League" in e for e in _event(rows, "Monday")), rows


def test_a_public_body_keeps_its_own_name_as_subject(nlp):
    rows = timeline_rows(nlp, "The Maritime Inspectorate began checks on Tuesday.", JUNE)
    assert _event(rows, "Tuesday") == ["The Maritime Inspectorate began checks"], rows
