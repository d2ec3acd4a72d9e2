"""Possessive determiners inside a description (issue 10, item 3; events/possessives.py): "her
department" is written as the one person it may stand for, and left alone when another may be meant.
Sentences written for these tests."""
from __future__ import annotations

from test_events import expr, only


def test_her_in_a_reported_clause_is_the_one_person_in_sight(nlp):
    text = ("Health minister Ana Ruiz resigned on Wednesday. On Tuesday, an audit found that her office "
            "had misspent funds.")
    row = only(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert row.event == "An audit found that Ana Ruiz's office had misspent funds"


def test_her_with_two_people_in_sight_is_left_alone(nlp):
    text = ("Ana Ruiz met Eva Soler in Madrid. On Tuesday, an audit found that her office had misspent "
            "funds.")
    row = only(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"))
    assert row.event == "An audit found that her office had misspent funds"


def test_her_after_a_subject_who_may_be_her_is_left_alone_unless_a_title_says_otherwise(nlp):
    text = ("Health minister Ana Ruiz resigned on Wednesday. Prime Minister Tom Hale praised her work. "
            "On Thursday, Hale accepted her resignation.")
    row = only(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    assert row.event == "Hale accepted her resignation"  # Hale may be "her": no word tells
    text = ("Health minister Ana Ruiz resigned on Wednesday. Prime Minister Tom Hale praised her work. "
            "On Thursday, Mr. Hale accepted her resignation.")
    row = only(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    assert row.event == "Mr. Hale accepted Ana Ruiz's resignation"


def test_its_own_subject_s_possessive_stays(nlp):
    text = "Kestrel Air cut its fares on Monday."
    row = only(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"))
    assert row.event == "Kestrel Air cut its fares"


def test_the_same_person_s_possessives_are_named_once(nlp):
    text = ("Judge Ana Ruiz ruled on the case. On Friday, a stone broke through her kitchen window and "
            "into her car.")
    row = only(nlp, text, expr(text, "Friday", "2024-06-28", "2024-06-28"))
    assert row.event == "A stone broke through Ana Ruiz's kitchen window and into her car"
