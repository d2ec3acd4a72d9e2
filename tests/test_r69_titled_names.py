"""Round 69: a name after a person's title ("union delegate Odile Parmentier said") is a person even
when the entity tagger calls it a company, so a later "the company" does not stand for it
(docs/events.md, "Round 69"; events/actors.py titled_name)."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2025, 6, 12)
TEXT = ("Workers at Lyon soap factory walk out over night shifts\n\n"
        "LYON, France, Jun. 12, 2025 (Wire) - About 300 workers at the Savonnerie Dauvergne plant east of Lyon "
        "went on strike on Thursday, halting production in a dispute over new night shifts.\n\n"
        "The walkout began at 5 a.m. when the morning shift refused to start the lines, union delegate "
        "Odile Parmentier said. The strike is expected to last until Monday.\n\n"
        "The company announced last month that it would add a night shift from July 1.")


def test_the_company_is_not_the_titled_delegate(nlp):
    rows = [r for r in timeline_rows(nlp, TEXT, DAY) if r.time_expression in ("last month", "July 1")]
    assert rows
    for row in rows:
        assert "Parmentier" not in row.event
        assert "Odile Parmentier" not in row.actors
