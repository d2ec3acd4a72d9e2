"""Round 18 (r18c): "N of them" and object "it" after a plural subject (events/plural_objects.py,
events/small_clauses.py), hopes and "is due to" plans (events/wishes.py), and days counted from a
month (temporal/relative.py). Sentences are this project's own, parsed with the real model."""
from __future__ import annotations

from test_events import expr, rows
from test_temporal_tagger import values


def _rows(nlp, text, phrase, value, date, end=None, **kw):
    return rows(nlp, text, expr(text, phrase, value, date, end, **kw))


def test_n_of_them_is_counted_out_of_the_counted_object_before(nlp):
    text = ("Police arrested five guards in the weeks that followed, and two of them were jailed in "
            "June 2023.")
    found = [r.event for r in _rows(nlp, text, "June 2023", "2023-06", "2023-06-01", "2023-06-30",
                                    granularity="month")]
    assert any(e.startswith("Two of the five guards were jailed") for e in found), found


def test_n_of_them_in_the_next_sentence(nlp):
    text = "Officials arrested five men on Monday. Two of them were charged on Tuesday."
    found = [r.event for r in _rows(nlp, text, "on Tuesday", "2024-06-25", "2024-06-25")]
    assert any(e.startswith("Two of the five men were charged") for e in found), found


def test_object_it_of_a_small_clause_is_what_the_plural_subject_acted_on(nlp):
    text = "Divers cleared the channel in January, and the navy declared it open on Monday."
    found = [r.event for r in _rows(nlp, text, "on Monday", "2024-06-24", "2024-06-24")]
    assert any("declared the channel open" in e for e in found), found


def test_it_before_an_extraposed_clause_is_no_object(nlp):
    text = "Divers cleared the channel in January, and the navy made it clear on Monday that ships could pass."
    found = [r.event for r in _rows(nlp, text, "on Monday", "2024-06-24", "2024-06-24")]
    assert not any("the channel clear" in e for e in found), found


def test_a_hope_is_expected_not_occurred(nlp):
    text = "The minister said she hoped to reach a deal with the unions before the end of the year."
    # dated by the year (as a coarse "before the end of the year" is), which covers the story's day
    found = _rows(nlp, text, "the end of the year", "2024", "2024-01-01", "2024-12-31", granularity="year")
    assert found and all(r.status == "expected" for r in found), [(r.event, r.status) for r in found]


def test_is_due_to_with_a_bare_verb_is_planned(nlp):
    text = "She is due to land at the air base outside Madrid at about 6 p.m. on Saturday."
    found = _rows(nlp, text, "about 6 p.m. on Saturday", "2024-06-29T18:00", "2024-06-29", granularity="time")
    assert found and all(r.status == "planned" for r in found), [(r.event, r.status) for r in found]


def test_due_to_a_noun_phrase_is_a_cause_not_a_plan(nlp):
    text = "The delay on Monday is due to the weather."
    found = _rows(nlp, text, "Monday", "2024-06-24", "2024-06-24")
    assert all(r.status != "planned" for r in found), [(r.event, r.status) for r in found]


def test_days_later_after_a_month_is_that_month():
    text = "The reporter was seized in October 2023 near the border. Her driver was released three days later."
    assert ("three days later", "2023-10") in values(text, ranges=True)


def test_weeks_later_after_a_month_is_left_unresolved():
    text = "The reporter was seized in October 2023 near the border. Her driver was released three weeks later."
    found = values(text, ranges=True)
    assert ("October 2023", "2023-10") in found and not any(v.startswith("2024") for _, v in found), found
