"""Round 43b: an early, late or mid part of a season under a habit ("usually peak in summer and early
autumn", "are most active in late spring") is every year's, like the bare season (round 42c): no row
dated to this year's season, for the clause or its "when" clause. A season part told once keeps its year."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows

MAY = datetime.date(2025, 5, 13)


def _dated(rows, expression):
    return [r for r in rows if r.time_expression == expression]


def test_a_season_part_joined_to_a_habitual_season_dates_no_row(nlp):
    rows = timeline_rows(nlp, "Tourist numbers usually peak in summer and early autumn, officials said.", MAY)
    assert not _dated(rows, "early autumn"), rows


def test_a_season_part_with_a_when_clause_under_a_habit_dates_neither_clause(nlp):
    rows = timeline_rows(nlp, "Ticks are most active in late spring, when hikers return to the trails.", MAY)
    assert not _dated(rows, "late spring"), rows


def test_a_season_part_under_a_habit_adverb_dates_no_row(nlp):
    rows = timeline_rows(nlp, "Ferries usually run less often in late autumn.", MAY)
    assert not _dated(rows, "late autumn"), rows


def test_a_season_part_told_once_keeps_its_year(nlp):
    rows = timeline_rows(nlp, "The ferry will resume in late autumn.", MAY)
    assert [r.value for r in _dated(rows, "late autumn")] == ["2025-FA"], rows
    rows = timeline_rows(nlp, "The ferry resumed in late autumn, the company said.", MAY)
    assert [r.value for r in _dated(rows, "late autumn")] == ["2024-FA"], rows
