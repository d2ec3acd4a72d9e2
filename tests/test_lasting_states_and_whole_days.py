"""A verb of a lasting state keeps its participle ("remained closed on Friday" is never "closed"), and
"all of Saturday" after a verb that already has its object, or after a passive participle, is when,
not what: the whole phrase leaves the description (events/describe.py `_copula_group`,
events/fragments.py `_misread_object`). Sentences are this project's own."""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows


def told(nlp, text, when):
    found = timeline_rows(nlp, text, datetime.date(2026, 7, 19))
    return [r.event for r in found if r.time_expression == when]


def test_a_road_that_remained_closed_did_not_close_that_day(nlp):
    assert told(nlp, "The coast road remained closed on Friday.", "Friday") == ["The coast road remained closed"]


def test_a_road_that_stayed_closed_keeps_stayed(nlp):
    assert told(nlp, "The mountain pass stayed closed on Thursday.", "Thursday") == [
        "The mountain pass stayed closed"]


def test_all_of_a_day_after_the_verbs_object_leaves_the_description(nlp):
    assert told(nlp, "Police divers searched the lake all of Saturday.", "Saturday") == [
        "Police divers searched the lake"]


def test_all_of_a_day_after_a_passive_participle_leaves_the_description(nlp):
    assert told(nlp, "All flights from the island were grounded all of Friday.", "Friday") == [
        "All flights from the island were grounded"]
    assert told(nlp, "The ferries had been kept in port all of Sunday.", "Sunday") == [
        "The ferries had been kept in port"]


def test_a_day_spent_is_still_the_verbs_object(nlp):
    assert told(nlp, "The minister spent all of Monday in talks.", "Monday") == [
        "The minister spent all of Monday in talks"]
