"""Round 59d: a "by <date>" deadline in an infinitive dates the infinitive's target, not the verb that
governs it (docs/events.md, "A deadline in an infinitive, an 'until' on a reduced relative"). The
gerund of an absolute clause ("ended in 2023 with Westway agreeing to finish the work by the end of
2025") takes its host verb's time; a past promise or agreement with a "by" deadline of its own is not
done on the deadline. Sentences are new ones of the same shapes as the judged rows, with near-misses
that must not change."""
from __future__ import annotations

import datetime

from timeline_rows import rows_by_expression

DAY = datetime.date(2026, 3, 3)


def test_absolute_gerund_deadline_is_no_row_of_the_agreeing(nlp):
    rows = rows_by_expression(nlp, "The talks ended in 2024 with the union agreeing to sign the deal by the end "
                                   "of June 2025.", DAY)
    assert "the end of June 2025" not in rows  # not "The union was agreeing to sign the deal", 2025-06
    assert [(r.event, r.value) for r in rows["2024"]] == [
        ("The talks ended with the union agreeing to sign the deal", "2024")]


def test_absolute_gerund_after_a_comma_and_a_passive_host(nlp):
    rows = rows_by_expression(nlp, "The dispute was settled in 2022, with the city agreeing to repair the bridge "
                                   "by 2024.", DAY)
    assert set(rows) == {"2022"}
    assert rows["2022"][0].status == "occurred"


def test_absolute_gerund_read_as_a_relative_clause(nlp):
    rows = rows_by_expression(nlp, "The strike ended last May with the owners promising to raise wages by "
                                   "January.", DAY)
    assert set(rows) == {"last May"}  # no row of January for the promising


def test_past_promise_is_not_dated_by_its_deadline(nlp):
    rows = rows_by_expression(nlp, "The council promised to build 500 homes by 2024.", DAY)
    assert "2024" not in rows  # not "The council promised to build 500 homes", 2024, occurred


def test_deadline_on_the_main_verb_keeps_its_row(nlp):
    rows = rows_by_expression(nlp, "The builder finished the work by the end of 2025.", DAY)
    assert [r.event for r in rows["the end of 2025"]] == ["The builder finished the work"]


def test_date_of_the_agreeing_itself_keeps_its_row(nlp):
    rows = rows_by_expression(nlp, "The mill owner agreed in May to repay the loan by the end of 2026.", DAY)
    assert [r.event for r in rows["May"]] == ["The mill owner agreed to repay the loan"]
    assert "the end of 2026" not in rows


def test_absolute_clause_with_its_own_day_is_not_a_deadline(nlp):
    rows = rows_by_expression(nlp, "The match ended with the visitors scoring twice in the last minute on "
                                   "Saturday.", DAY)
    assert [r.value for r in rows["Saturday"]] == ["2026-02-28"]


def test_deadline_ahead_keeps_the_expected_target(nlp):
    rows = rows_by_expression(nlp, "The agency hoped to reopen the bridge by the autumn.", DAY)
    assert [(r.event, r.status) for r in rows["the autumn"]] == [("The agency hoped to reopen the bridge", "expected")]


def test_passed_deadline_of_a_verb_that_is_no_undertaking_keeps_its_row(nlp):
    rows = rows_by_expression(nlp, "The rebel units effectively ceased to exist by December 2025.", DAY)
    assert [r.value for r in rows["December 2025"]] == ["2025-12"]
