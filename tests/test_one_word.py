"""A description of one common word ("Losses", "Transactions") is no row (docs/events.md, "One-word
descriptions"). Sentences are this project's own (no corpus text), parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows


def test_a_noun_split_from_its_negated_pair_gives_no_one_word_row(nlp):
    text = "There were no gains or losses in the second quarter of 2025."
    found = [r.event for r in rows(nlp, text, expr(text, "the second quarter of 2025", "2025-Q2", "2025-04-01",
                                                   "2025-06-30", granularity="quarter"))]
    assert "Losses" not in found, found
    assert "No gains or losses" in found, found


def test_a_bare_noun_the_date_modifies_gives_no_row(nlp):
    text = "Brokers took many orders to begin the first day for March transactions."
    found = [r.event for r in rows(nlp, text, expr(text, "March", "2026-03", "2026-03-01", "2026-03-31",
                                                   granularity="month"))]
    assert "Transactions" not in found, found
