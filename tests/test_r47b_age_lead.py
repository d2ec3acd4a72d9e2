"""Round 47b: a feature lead that gives a person's age at a "when" moment ("BERGEN, Norway, April 26, 2026 (Wire) - Tomas Berg was 19 when he
signed his first contract") gets no publication-dated row: the age is a state and the moment is
some undated past; a lead with a happening keeps its row."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

APRIL = datetime.date(2026, 4, 26)


def _lead_rows(rows):
    return [r for r in rows if r.date_basis == "publication"]


def test_age_when_lead_gives_no_publication_row(nlp):
    rows = timeline_rows(nlp, "BERGEN, Norway, April 26, 2026 (Wire) - Tomas Berg was 19 when he signed his first contract with the harbour club. "
                              "On Saturday he played his 500th match for it.", APRIL)
    assert not any("was 19" in r.event or "signed" in r.event for r in _lead_rows(rows)), rows
    assert any(r.time_expression == "Saturday" for r in rows), rows


def test_age_with_a_second_name(nlp):
    rows = timeline_rows(nlp, "LEEDS, England, April 26, 2026 (Wire) - Margaret Hale was 64 when she ran her first marathon. Her club gave her an award on "
                              "Friday.", APRIL)
    assert not any("was 64" in r.event or "Hale" in r.event or "ran" in r.event for r in _lead_rows(rows)), rows


def test_lead_with_a_happening_keeps_its_row(nlp):
    rows = timeline_rows(nlp, "LEEDS, England, April 26, 2026 (Wire) - Margaret Hale, 64, ran her first "
                              "marathon on a rainy morning, finishing in under five hours.", APRIL)
    assert any("ran" in r.event for r in rows), rows
