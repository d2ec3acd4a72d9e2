"""Narrative time, second round (issue 11): where the story's time is taken from, parts of dated days,
ranges of years and days, anaphora of the same unit, seasons as modifiers.

Every text here is made up for the test; none comes from WikiWars or TempEval-3.
"""
import datetime as dt

import pytest

from timeline_cli.temporal import tag

REF = dt.date(2021, 3, 15)


def found(text, kind="narrative"):
    return {e.text: (e.type, e.value) for e in tag(text, REF, kind=kind)}


def values(text, kind="narrative"):
    return {extent: value for extent, (_, value) in found(text, kind).items()}


# --- the story's time ----------------------------------------------------------------------------------

def test_a_paragraph_that_states_no_date_is_told_in_the_dates_it_mentions():
    text = ("On 3 May 1871 the guild struck.\n"
            "The owners gave in, and the last mills reopened in early February 1872. "
            "In March the guild met again.")
    assert values(text)["March"] == "1872-03"


def test_a_date_in_passing_in_the_same_paragraph_still_does_not_move_the_story():
    text = "On 3 November 1871 the guild struck; the mills had reopened in early February 1872. In December it met."
    assert values(text)["December"] == "1871-12"


def test_a_year_far_from_the_story_does_not_move_it_even_in_a_new_paragraph():
    text = ("In 1871 the guild struck in May.\n"
            "A study published in 1990 found the records. In June the guild marched.")
    assert values(text)["June"] == "1871-06"


def test_a_partial_date_takes_the_month_mentioned_in_passing_in_its_own_sentence():
    text = "In 1871 the guild was founded. The truce collapsed in June 1873, and fighting began on June 26."
    assert values(text)["June 26"] == "1873-06-26"


def test_a_season_of_a_year_mentioned_in_passing_does_not_move_the_story():
    text = "In 1917 losses fell to a tenth of the peak in summer 1915. In March the offensive resumed."
    assert values(text)["March"] == "1917-03"


def test_the_following_year_counts_from_the_story_not_from_a_year_in_passing():
    text = "In 1650 the fort, which had stood since 1590, was rebuilt. The following year it was besieged."
    assert values(text)["The following year"] == "1651"


def test_two_decades_earlier_is_known_to_the_decade_and_a_decade_earlier_to_the_year():
    text = "In 1965 the envoy came back. He had made the same offer almost two decades earlier."
    assert values(text)["almost two decades earlier"] == "194"
    assert values("In 1965 the envoy came back. He had left a decade earlier.")["a decade earlier"] == "1955"


# --- parts of dated days ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, extent, value",
    [
        ("In 1801 the fleet waited. On the night of 4 March 1801 it sailed.", "the night of 4 March 1801",
         "1801-03-04TNI"),
        ("In 1801 the fleet waited. It sailed in the early morning hours of 5 March.",
         "the early morning hours of 5 March", "1801-03-05TMO"),
        ("In 1801 the fleet waited. It sailed early in the morning of March 6.", "early in the morning of March 6",
         "1801-03-06TMO"),
        ("In 1801 the fleet waited. The raid on the night of 7-8 March failed.", "the night of 7", "1801-03-07TNI"),
    ],
)
def test_a_part_of_a_dated_day_is_one_time_in_a_narrative(text, extent, value):
    assert found(text).get(extent) == ("TIME", value), found(text)


def test_news_keeps_the_date_alone_as_timeml_annotates_it():
    text = "The council met on Monday. The fire broke out on the night of March 4."
    assert values(text, "news").get("March 4") == "2021-03-04"
    assert "the night of March 4" not in values(text, "news")


def test_a_range_of_days_after_a_part_of_day_keeps_both_days():
    text = "In 1801 the fleet waited. On the night of May 13 and 14 it sailed."
    for kind in ("news", "narrative"):
        assert values(text, kind).get("May 13") == "1801-05-13", kind


# --- ranges of years and days (every kind) ------------------------------------------------------------

@pytest.mark.parametrize(
    "text, extent, value",
    [
        ("Prices rose in 1923-24 across the region.", "24", "1924"),
        ("The strike of 1898-1902 closed the port.", "1898", "1898"),
        ("The revolt lasted from 512 to 508 BC in all.", "512", "BC0512"),
        ("There was a stalemate for the rest of 301 and 300 BC.", "the rest of 301", "BC0301"),
        ("The congress sat on 6-7 March 1850 in the capital.", "6", "1850-03-06"),
        ("Sales fell in the latter half of 1999 everywhere.", "the latter half of 1999", "1999-H2"),
        ("The fair was held in August/September 1956 in the city.", "August", "1956-08"),
    ],
)
def test_ranges_of_years_and_days(text, extent, value):
    assert values(text, "news").get(extent) == value, values(text, "news")


def test_a_two_digit_number_after_a_dash_is_not_a_year_without_a_year_before_it():
    assert "24" not in values("Seats 12-24 were sold out.", "news")


# --- anaphora and stretches --------------------------------------------------------------------------

def test_the_same_month_is_the_month_the_text_was_telling():
    text = "The truce was signed on June 17, 1962. In the same month, thousands left the city."
    assert values(text, "news")["the same month"] == "1962-06"
    assert values(text)["the same month"] == "1962-06"


def test_for_the_next_year_is_a_stretch_of_time():
    text = "In 1920 the war ended. Fighting went on for the next year in the hills."
    assert found(text)["the next year"] == ("DURATION", "P1Y")
    assert found("Rents will stay frozen for the next year, the mayor said.", "news")["the next year"] == (
        "DURATION", "P1Y")


def test_the_following_year_after_for_is_still_a_date():
    text = "In 1920 the army planned a campaign for the following year."
    assert found(text)["the following year"] == ("DATE", "1921")


# --- seasons as modifiers ----------------------------------------------------------------------------

def test_a_bare_season_in_a_story_is_the_story_year():
    text = "In 1916 the army prepared its summer offensive and began it in June."
    assert values(text)["summer"] == "1916-SU"


def test_a_bare_season_in_news_is_not_a_date():
    assert "summer" not in values("The army prepared its summer offensive, officials said Monday.", "news")


def test_fall_the_verb_is_not_a_season():
    assert "fall" not in values("In 1916 the city began to fall apart in May.")


def test_a_season_takes_the_year_of_the_season_joined_to_it():
    text = "In 1871 the guild struck. Both sides spent the spring and early summer of 1869 arming."
    assert values(text)["the spring"] == "1869-SP"
    assert values(text, "news")["the spring"] == "1869-SP"
