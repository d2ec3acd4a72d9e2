"""Round 9 of the right day on each row: a bare clock time in past narration takes the day the
narration is on, not the day a report was made, and is never later than the report; a clock time
joined to a date by "on" and a day with "last year" are one expression; "shortly before midnight" is
the night of its day; a quarter, a half, a season or a month in a future clause that would otherwise
lie in the past is next year's; the day of talks someone "has invited" others to lies ahead. Sentences
are this project's own."""
from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli.temporal import tag


def values(nlp, text, ref, with_doc=True):
    return [(e.text, e.value) for e in tag(text, ref, nlp(text) if with_doc else None)]


SATURDAY = dt.date(2025, 3, 8)
FERRY = ("A ferry carrying 140 people sank off the coast of Crete late on Friday, the coast guard said on "
         "Saturday. The ferry struck rocks at about 10:15 p.m. and began to list. The last of the "
         "passengers was lifted from the water shortly before 4 a.m., officials said.")


@pytest.mark.parametrize("with_doc", [True, False])
def test_a_bare_clock_time_takes_the_narrated_day_not_the_report_day(nlp, with_doc):
    found = values(nlp, FERRY, SATURDAY, with_doc)
    assert ("about 10:15 p.m.", "2025-03-07T22:15") in found
    # the small hours of that night are Saturday's, not Sunday's
    assert ("shortly before 4 a.m.", "2025-03-08T04:00") in found


def test_a_report_day_alone_still_dates_a_clock_time(nlp):
    text = "Police said on Friday that the men entered the bank at 9 a.m."
    assert ("9 a.m.", "2025-03-07T09:00") in values(nlp, text, SATURDAY)


def test_a_report_day_in_the_clock_times_own_sentence_is_kept(nlp):
    text = ("The storm hit the coast late on Friday. Police said on Saturday that a man was arrested at "
            "7 a.m. for looting.")
    assert ("7 a.m.", "2025-03-08T07:00") in values(nlp, text, SATURDAY)


def test_a_past_clock_time_is_not_after_the_report(nlp):
    # told after a late-evening time on the report's day, the small hours would fall on the next day;
    # in the past tense they cannot
    text = "Fire broke out at the depot at 11 p.m. on Saturday. The blaze was contained by 3 a.m."
    assert ("3 a.m.", "2025-03-08T03:00") in values(nlp, text, SATURDAY)
    # a coming clock time keeps the next day
    text = "Fire broke out at the depot at 11 p.m. on Saturday. Crews will return at 3 a.m."
    assert ("3 a.m.", "2025-03-09T03:00") in values(nlp, text, SATURDAY)


@pytest.mark.parametrize("with_doc", [True, False])
def test_a_clock_time_on_a_date_is_one_expression_and_takes_that_date(nlp, with_doc):
    text = "The captain was arrested shortly before midnight on March 6. The minister arrived at 8 p.m. on Thursday."
    found = values(nlp, text, SATURDAY, with_doc)
    assert ("shortly before midnight on March 6", "2025-03-06TNI") in found
    assert ("8 p.m. on Thursday", "2025-03-06T20:00") in found
    assert not any(t == "March 6" for t, _ in found)


def test_before_midnight_without_a_day_is_the_night_of_the_narrated_day(nlp):
    text = "The storm reached the coast on Thursday. The power failed shortly before midnight."
    assert ("shortly before midnight", "2025-03-06TNI") in values(nlp, text, SATURDAY)


@pytest.mark.parametrize("with_doc", [True, False])
def test_a_day_with_last_year_is_one_date_of_last_year(nlp, with_doc):
    text = "The owner was fined on July 9 last year. Its sister ship ran aground on 3 June last year."
    found = values(nlp, text, SATURDAY, with_doc)
    assert ("July 9 last year", "2024-07-09") in found
    assert ("3 June last year", "2024-06-03") in found
    assert not any(t == "last year" for t, _ in found)


NOVEMBER = dt.date(2026, 11, 12)


def test_a_period_in_a_future_clause_lies_ahead(nlp):
    text = ("The yard is expected to deliver the first vessel before the end of the first quarter. It will "
            "hire 200 workers in the spring and open a second dock in February. Two rivals are due to "
            "report results in the first half.")
    found = values(nlp, text, NOVEMBER)
    assert ("the first quarter", "2027-Q1") in found
    assert ("the spring", "2027-SP") in found
    assert ("February", "2027-02") in found
    assert ("the first half", "2027-H1") in found


def test_a_period_in_a_past_clause_stays_in_the_past(nlp):
    text = "Profit fell in the first quarter, and the yard cut 50 jobs in the spring. Sales rose in February."
    found = values(nlp, text, NOVEMBER)
    assert ("the first quarter", "2026-Q1") in found
    assert ("the spring", "2026-SP") in found
    assert ("February", "2026-02") in found


def test_the_day_of_talks_one_has_been_invited_to_lies_ahead(nlp):
    found = values(nlp, "The government has invited union leaders to talks on Sunday.", NOVEMBER)
    assert ("Sunday", "2026-11-15") in found
    # looked back on, the talks are past
    found = values(nlp, "The government had invited union leaders to talks on Sunday.", NOVEMBER)
    assert ("Sunday", "2026-11-08") in found
    # reported, "had invited" is the speaker's "have invited": the talks still lie ahead
    found = values(nlp, "The minister said she had invited union leaders to talks on Sunday.", NOVEMBER)
    assert ("Sunday", "2026-11-15") in found
    # the same when the parse hangs the day on "invited" right after "to talks"
    text = "Defence Minister Pieter Jansen said on Thursday he had invited the unions to talks on Monday."
    assert ("Monday", "2026-11-16") in values(nlp, text, NOVEMBER)


def test_a_race_time_is_no_clock_time_but_a_bare_clock_time_still_is(nlp):
    text = "Kiprop won in 2:09:56, ahead of Wanjiru in 2:11:05 after a halfway split of 1:04:40. The gun went at 8:30."
    found = values(nlp, text, dt.date(2026, 12, 6))
    assert found == [("8:30", "2026-12-06T08:30")], found


JANUARY = dt.date(2026, 1, 20)


@pytest.mark.parametrize("with_doc", [True, False])
def test_a_season_in_a_past_clause_not_yet_begun_is_last_years(nlp, with_doc):
    # told in January, a season that has not begun this year but is narrated as done is the one gone
    text = ("Auditors first flagged the payments in the autumn, and the board hired a lawyer during the "
            "summer. The firm will open a plant in the spring.")
    found = values(nlp, text, JANUARY, with_doc)
    assert ("the autumn", "2025-FA") in found
    assert ("the summer", "2025-SU") in found
    assert ("the spring", "2026-SP") in found


def test_the_rest_of_a_season_to_come_stays_ahead_after_a_past_verb(nlp):
    text = "The bank raised its rate on Tuesday and signalled that it may hold it for the rest of the summer."
    assert ("the summer", "2026-SU") in values(nlp, text, dt.date(2026, 5, 12))
