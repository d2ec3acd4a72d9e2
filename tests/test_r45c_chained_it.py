"""Round 45c: an opening "its" whose sentence before has the subject "it" stands for what that "it"
stood for, the subject of the sentence before it ("The vault opened in 2008. It now holds ... Its
only large withdrawals came in 2015": the vault's); the row was left out with "Its" unresolved (the
thirty-eighth blind sample). One step only, and only through a subject "it"."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

DAY = datetime.date(2026, 5, 8)


def _on(rows, expression):
    return [r for r in rows if r.time_expression == expression]


def test_its_through_a_subject_it_names_the_thing(nlp):
    rows = timeline_rows(nlp, "The bridge was closed in 2019 after cracks were found. It reopened in 2022. "
                              "Its repair bill rose to 40 million euros last year.", DAY)
    assert [r.event for r in _on(rows, "last year")] == ["The bridge's repair bill rose to 40 million euros"], rows


def test_its_through_it_with_no_subject_before_stays_out(nlp):
    rows = timeline_rows(nlp, "Inspectors were worried. It reopened in 2022. Its repair bill rose to 40 million euros "
                              "last year.", DAY)
    assert not [r for r in _on(rows, "last year") if r.event.startswith(("Its ", "Inspectors"))], rows
