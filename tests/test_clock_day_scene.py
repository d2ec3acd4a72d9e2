"""Round 14 of the right day on each row: a bare clock time does not take the day of a night counted
back in a backgrounder ("the night before"); with no day near it, it takes the story's first day, not the
publication day; the start or deadline of what is declared, asked or ordered lies ahead; "the year"
apposed to a year is that year. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli import extract_timeline
from timeline_cli.records import Document
from timeline_cli.temporal import tag


def values(nlp, text, ref, with_doc=True):
    return [(e.text, e.value) for e in tag(text, ref, nlp(text) if with_doc else None)]


SUNDAY = dt.date(2025, 3, 9)


@pytest.mark.parametrize("with_doc", [True, False])
def test_a_night_counted_back_in_a_backgrounder_does_not_date_a_later_clock_time(nlp, with_doc):
    text = ("A fisherman on the pier at Brighton on Sunday spotted a seal that had swum into the harbour the "
            "night before. Rescuers lifted the animal into a van at about 9:20 a.m.")
    assert ("about 9:20 a.m.", "2025-03-09T09:20") in values(nlp, text, SUNDAY, with_doc)


def test_a_night_the_story_moves_on_to_still_dates_a_clock_time(nlp):
    text = ("The storm reached the coast on Friday. Crews worked through the next night. The last of the "
            "roads was cleared at 11:30 p.m.")
    assert ("11:30 p.m.", "2025-03-08T23:30") in values(nlp, text, SUNDAY)


def test_a_clock_time_far_from_any_day_takes_the_storys_day_not_the_publication_day(nlp):
    filler = "The group has fought the government for years and holds large parts of the countryside. " * 8
    text = ("Officials said on Sunday that a raid carried out late on Friday near the border had killed a "
            "commander. " + filler + "Villagers said the raid began at about 11 p.m.")
    assert ("about 11 p.m.", "2025-03-07T23:00") in values(nlp, text, SUNDAY)


@pytest.mark.parametrize("text, day, value", [
    ("The president declared a week of mourning starting on Wednesday.", "Wednesday", "2025-03-12"),
    ("The regulator said it had asked the bank to explain the losses by Friday.", "Friday", "2025-03-14"),
    ("The ministry ordered all schools closed beginning Tuesday.", "Tuesday", "2025-03-11"),
])
def test_the_start_or_deadline_of_an_order_or_request_lies_ahead(nlp, text, day, value):
    assert (day, value) in values(nlp, text, SUNDAY)


def test_a_weekday_after_by_in_a_plain_past_clause_stays_behind(nlp):
    assert ("Friday", "2025-03-07") in values(nlp, "The fire was put out by Friday, officials said.", SUNDAY)


@pytest.mark.parametrize("with_doc", [True, False])
def test_the_year_apposed_to_a_year_is_that_year(nlp, with_doc):
    text = "The court found that the village had farmed the valley since 1871, the year the railway arrived."
    assert ("the year", "1871") in values(nlp, text, SUNDAY, with_doc)


def test_the_year_alone_is_still_the_publication_year(nlp):
    assert ("the year", "2025") in values(nlp, "Sales rose 4% in the year, the company said.", SUNDAY)


def test_the_start_of_a_declared_plan_does_not_date_the_declaring(nlp):
    text = "Flooding killed 12 people in the valley. The governor declared a week of mourning starting on Friday."
    found = [r for r in extract_timeline([Document(id="a", text=text, reference_date=SUNDAY)], nlp=nlp, merge=False)
             if r.time_expression == "Friday"]
    assert not any("declared" in r.event for r in found), found


LANDSLIDE = ("A landslide buried a mountain road near the village of Arnes on Sunday, killing three drivers, "
             "police said.\n\nHeavy rain fell across the region all week, and forecasters issued a flood "
             "warning for the valley on Saturday.\n\n")


def test_a_clock_time_of_the_leads_scene_after_a_backgrounder_takes_the_leads_day(nlp):
    text = LANDSLIDE + "The road's operator said the road near Arnes had been inspected at 7:15 a.m."
    assert ("7:15 a.m.", "2025-03-09T07:15") in values(nlp, text, SUNDAY)


def test_a_clock_time_of_the_earlier_days_scene_keeps_that_day(nlp):
    text = LANDSLIDE + "Forecasters said the flood warning for the valley was issued at 7:15 a.m."
    assert ("7:15 a.m.", "2025-03-08T07:15") in values(nlp, text, SUNDAY)
