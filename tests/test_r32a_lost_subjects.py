"""Round 32a: a verbless noun row told with the conjunct verb that shares its subject, and a date
that is its clause's subject kept (docs/events.md, "Round 32a")."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

REF = datetime.date(2025, 3, 16)  # a Sunday


def _by_expression(nlp, text):
    return {e.time_expression: e for e in timeline_rows(nlp, text, REF)}


def test_support_verb_of_a_second_conjunct_tells_the_noun_row(nlp):
    rows = _by_expression(nlp, "The club said it was searching for a new coach and would announce a decision by Friday.")
    assert rows["Friday"].event == "The club would announce a decision"


def test_support_verb_with_its_own_subject_unchanged(nlp):
    rows = _by_expression(nlp, "The firm posted a loss and announced a restructuring on Monday.")
    assert rows["Monday"].event == "The firm announced a restructuring"


def test_date_subject_kept_in_a_reporter_row(nlp):
    text = ('Hoteliers said the closure would cost the town dearly. "December is already empty. '
            'Now January will be empty too," said Maria Hofer, who runs a hotel near the slope.')
    rows = _by_expression(nlp, text)
    assert "Hofer said will be" not in " ".join(e.event for e in rows.values())
    if "January" in rows:
        assert "January will be empty" in rows["January"].event


def test_date_read_as_adverb_of_a_subjectless_clause_gives_no_fragment(nlp):
    for text in ("Next year will be harder for farmers, the minister said on Monday.",
                 "Next month should bring relief, the forecaster said."):
        events = [e.event for e in timeline_rows(nlp, text, REF)]
        assert not any(e.startswith(("Will ", "Should ")) or " said will " in e or " said should " in e
                       for e in events), events


def test_date_before_a_subject_unchanged(nlp):
    rows = _by_expression(nlp, "Last year, sales rose 5 percent, the company said.")
    assert rows["Last year"].event == "Sales rose 5 percent"
    rows = _by_expression(nlp, "On Monday, the council will vote on the plan.")
    assert rows["Monday"].event == "The council will vote on the plan"
