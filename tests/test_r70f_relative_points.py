"""Round 70f: relative dates counted the wrong way or from the wrong point.

- A weekday in the infinitive of a verb of foreseeing in a present passive ("is forecast to reach the
  coast on Thursday", "are projected to peak on Sunday") is the coming one; a past "was forecast to" is
  left to its clause.
- "over the weekend" in a past clause told on a Sunday is the weekend ending that day, not the one a
  week before; told on a Monday it is the weekend just gone, as before.
- "the same day" / "the next day" after a year (or quarter, season) still ahead ("by 2031") counts from
  the day told before that year, not from the year's first day.
- In a backgrounder (a narrative), a date after the document's own ("will close at the end of March")
  is a prospect, not the time the story has reached: a weekday or a partial date after it is not counted
  from it; and a partial date in a clause under "will" or a present plan or forecast ("is expected to
  decide by June") is the document's, not the year the history last reached.
"""
from __future__ import annotations

import datetime as dt

from timeline_rows import timeline_rows, values_of

MONDAY = dt.date(2026, 2, 9)
SUNDAY = dt.date(2025, 9, 14)


def test_present_passive_forecast_weekday_is_ahead(nlp):
    rows = timeline_rows(nlp, "Another gale is forecast to reach the coast on Thursday, the weather office "
                              "said on Monday.", MONDAY)
    assert values_of(rows, "Thursday") == {"2026-02-12"}


def test_projected_until_weekday_is_ahead(nlp):
    rows = timeline_rows(nlp, "Heavy rain is forecast to continue across the north until Friday, "
                              "forecasters said.", dt.date(2025, 11, 4))
    assert values_of(rows, "Friday") == {"2025-11-07"}


def test_past_forecast_weekday_left_to_its_clause(nlp):
    # near miss: a simple past "was forecast to" may be a forecast the text looks back on
    rows = timeline_rows(nlp, "The storm was forecast to reach the coast on Thursday, but it turned north "
                              "instead.", MONDAY)
    assert values_of(rows, "Thursday") == {"2026-02-05"}


def test_weekend_told_on_a_sunday_is_its_own(nlp):
    rows = timeline_rows(nlp, "Some 31,000 fans attended over the weekend, the organisers said.", SUNDAY)
    assert values_of(rows, "the weekend") == {"2025-W37-WE"}


def test_weekend_told_on_a_monday_is_the_one_just_gone(nlp):
    # near miss: on a Monday the weekend just gone is the one before the reference's week
    rows = timeline_rows(nlp, "Some 31,000 fans attended over the weekend, the organisers said.",
                         SUNDAY + dt.timedelta(days=1))
    assert values_of(rows, "the weekend") == {"2025-W37-WE"}


def test_same_day_after_a_year_ahead_counts_from_the_told_day(nlp):
    rows = timeline_rows(nlp, "A study released on Tuesday by the Alpine Bakers' Guild said the region will "
                              "need about 900 more bakers by 2031. On the same day, the Kessler bakery said it "
                              "would open a training kitchen in Chur.", dt.date(2026, 9, 10))
    assert values_of(rows, "the same day") == {"2026-09-08"}


def test_next_day_after_a_told_day_unchanged(nlp):
    # near miss: no year ahead between the day and "the next day"
    rows = timeline_rows(nlp, "The plant was opened on Monday. The next day, workers walked out.",
                         dt.date(2026, 9, 10))
    assert values_of(rows, "The next day") == {"2026-09-08"}


BACKGROUNDER = (
    "Backgrounder: Lund's old tram depot, which served a university city for 118 years, to be rebuilt\n\n"
    "LUND, Sweden, Jan. 20, 2026 (Wire) - The Spartorget tram depot, where the city has kept its trams, "
    "buses and snow ploughs since the days of the sugar refineries and the first electric lines, will "
    "close at the end of March for a rebuilding that will take four years, its owner, the city-owned "
    "company Lunds Spar, said on Tuesday.\n\n"
    "The depot was built between 1905 and 1907, when the city was growing fast. It was extended in 1931 "
    "and again in 1952. During the war, from 1940 to 1945, it stored grain. A fire damaged the roof in "
    "May 1961, and the depot reopened in 1963.\n\n"
    "The trams stopped in 1973. The depot was last repaired between 1998 and 2000, and parts of it have "
    "been closed since 2019.\n\n"
    "The drivers will move to a temporary yard by the harbour, which is due to open on April 14. The "
    "planning board is expected to decide on the design by June.\n")


def test_backgrounder_weekday_not_counted_from_a_prospect(nlp):
    rows = timeline_rows(nlp, BACKGROUNDER, dt.date(2026, 1, 20))
    assert values_of(rows, "Tuesday") == {"2026-01-20"}
    assert values_of(rows, "April 14") == {"2026-04-14"}
    assert values_of(rows, "June") == {"2026-06"}  # "is expected to decide by June": not 2019's June


def test_backgrounder_past_story_point_still_anchors(nlp):
    # near miss: a month of the story's own past years keeps the year the story has reached
    rows = timeline_rows(nlp, BACKGROUNDER, dt.date(2026, 1, 20))
    assert values_of(rows, "May 1961") == {"1961-05"}
    assert values_of(rows, "1963") == {"1963"}


def test_misparsed_present_verb_weekday_is_ahead(nlp):
    # "end" parsed a noun with its own subject: the clause's present verb, a day ahead
    rows = timeline_rows(nlp, "The winter holidays in Tyrol end on Sunday.", dt.date(2025, 3, 4))
    assert values_of(rows, "Sunday") == {"2025-03-09"}


def test_noun_without_subject_weekday_left(nlp):
    # near miss: a real noun ("the end on Sunday of the talks") is left to its clause
    rows = timeline_rows(nlp, "Delegates welcomed the end on Sunday of the long talks.", dt.date(2025, 3, 4))
    assert values_of(rows, "Sunday") == {"2025-03-02"}
