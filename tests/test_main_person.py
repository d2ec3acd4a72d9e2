"""Pronouns inside a description that the nearest-subject rules leave open (events/main_person.py,
events/possessives.py; docs/events.md, "Subject resolution"): "his"/"him" written as the story's
main person, or as the person whose clause the pronoun is in, only when no one else may be meant.
Sentences written for these tests."""
from __future__ import annotations

from test_events import expr, only

STORY = ("Belgian cyclist Tom Aerts was banned for four years on Tuesday. The court upheld an appeal by "
         "the agency. Aerts tested positive at his home in May. \"I never cheated,\" Aerts said. {between} "
         "The Anti-Doping Agency said the ruling was clear. His team suspended him in June.")


def _june_row(nlp, text):
    return only(nlp, text, expr(text, "in June", "2024-06", "2024-06-01", "2024-06-30", granularity="month"))


def test_his_and_him_are_the_story_s_main_person(nlp):
    text = STORY.format(between="His lawyer, Eva Wils, said they would appeal.")
    assert _june_row(nlp, text).event == "Aerts's team suspended Aerts"


def test_another_person_named_in_between_leaves_the_pronouns(nlp):
    text = STORY.format(between="A rival, Jan Wils, said the ban was fair.")
    assert _june_row(nlp, text).event == "His team suspended him"


def test_a_main_person_of_the_other_gender_leaves_the_pronouns(nlp):
    text = STORY.replace("cyclist Tom Aerts", "cyclist Ms. Anna Aerts").replace("his home", "her home")
    text = text.format(between="The federation said it would not comment.")
    assert _june_row(nlp, text).event == "His team suspended him"


def test_his_inside_what_the_speaker_says_is_the_speaker_s(nlp):
    text = ("For the first time in his life, Driss Alaoui did not plant barley. The rains never came to "
            "Agadir either. Alaoui, who has sold 20 of his 50 goats to pay his loans, said three of his "
            "sons left for Rabat last winter.")
    row = only(nlp, text, expr(text, "last winter", "2023-WI", "2023-12-01", "2024-02-29", granularity="season"))
    assert row.event.startswith("Three of Alaoui's sons left for Rabat")


def test_another_man_in_the_speaker_s_sentence_leaves_his(nlp):
    text = ("For the first time in his life, Driss Alaoui did not plant barley. Omar Benali lost his crop "
            "too. Alaoui, who has sold 20 of his 50 goats to pay his loans, said Benali and three of his "
            "sons left for Rabat last winter.")
    row = only(nlp, text, expr(text, "last winter", "2023-WI", "2023-12-01", "2024-02-29", granularity="season"))
    assert "three of his sons" in row.event
