"""Round 51b: a clock time or a weekday of a habit is each day's or each week's, no one date, so it gets
no dated row (events/habits.py, season_habit with clock_or_weekday): a set on the time itself ("at 6
a.m. and 6 p.m. every day", "on the last Friday of each month"), an adverb of a habit just before the
time ("usually between 1 a.m. and 4 a.m.") or on the time's own verb ("typically lock the doors at 6
p.m."). A time with its own day, and an adverb on another conjunct, keep their rows."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows, values_of

REF = datetime.date(2026, 3, 10)


@pytest.mark.parametrize(("text", "expression"), [
    # a set on the clock time itself (the tagger reads "6 p.m. every day" as the set)
    ("The lighthouse keeper retired on Friday after 30 years. She climbed the tower at 6 a.m. and 6 p.m. "
     "every day to log the weather.", "6 a.m."),
    # a set on the weekday, however the preposition hangs
    ("The library reopened on Monday after a fire. It will host a free chess club for children on the "
     "last Friday of each month.", "last Friday"),
    ("The council met on Monday. The hall will open for a repair café on the second Sunday of every "
     "month.", "Sunday"),
    # an adverb of a habit just before the time
    ("Police arrested three men on Tuesday over a string of bike thefts. Detectives said the men had cut "
     "locks outside stations, usually between 1 a.m. and 4 a.m., and sold the bikes online.",
     "between 1 a.m. and 4 a.m."),
    # an adverb of a habit on the time's own verb
    ("The museum reopened on Tuesday. Guards typically lock the doors at 6 p.m., the director said.", "6 p.m."),
    ("The beach group marked its tenth year on Monday. Volunteers normally clean the sand on Sunday, its "
     "founder said.", "Sunday"),
])
def test_clock_or_weekday_of_a_habit_dates_no_row(nlp, text, expression):
    assert not values_of(timeline_rows(nlp, text, REF), expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a time of one day keeps its date
    ("The lighthouse keeper climbed the tower at 6 a.m. on Friday to log the storm, officials said.",
     "6 a.m. on Friday", "2026-03-06T06:00"),
    ("The library will host a chess tournament on Saturday, the council said on Monday.", "Saturday",
     "2026-03-14"),
    ("Police said the men had cut the locks between 1 a.m. and 4 a.m. on Tuesday.",
     "between 1 a.m. and 4 a.m. on Tuesday", "2026-03-10T01:00/2026-03-10T04:00"),
    # the habit's adverb on another conjunct: this night against the habit keeps its time
    ("The fire broke out at 3 a.m., the brigade said on Monday. Crews usually arrive within minutes, but "
     "they reached the site at 3:40 a.m.", "3:40 a.m.", "2026-03-10T03:40"),
    ("The storm hit the coast on Sunday. Residents said the wind picked up at 9 p.m. and the power failed "
     "on Saturday.", "9 p.m.", "2026-03-08T21:00"),
])
def test_time_of_one_day_keeps_its_row(nlp, text, expression, value):
    assert values_of(timeline_rows(nlp, text, REF), expression) == {value}
