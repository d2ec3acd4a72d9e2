"""A "for"/"until" period of one verb is not its conjunct's date (docs/events.md, "A covered period is
not a conjunct's date", `events/period_share.py`). Sentences are this project's own, parsed with the
real model."""
from __future__ import annotations

from test_events import expr, rows


def test_a_suspension_s_weekend_does_not_date_the_coordinated_order(nlp):
    text = "The league has suspended all matches for next weekend and ordered checks of every ground."
    found = rows(nlp, text, expr(text, "next weekend", "2024-W27-WE", "2024-07-06", "2024-07-07", granularity="week"))
    assert [r.trigger for r in found] == ["suspend"], found


def test_a_shared_scene_date_still_dates_both_conjuncts(nlp):
    text = "On Monday officials closed the stand and opened an inquiry."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert sorted(r.trigger for r in found) == ["close", "open"], found


def test_a_scheduled_year_still_dates_the_conjunct_that_put_it_off(nlp):
    text = "A new vote was scheduled for 2016 but was put off for lack of money."
    found = rows(nlp, text, expr(text, "2016", "2016", "2016-01-01", "2016-12-31", granularity="year"))
    assert sorted(r.trigger for r in found) == ["put", "vote"], found
