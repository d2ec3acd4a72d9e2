"""Round 53f: coming dates read as past, a relative date in apposition, phrases that are no date
(docs/events.md, "Round 53f").

- "is due to finish in November" (the parser reads "to" as a preposition and "finish" as its object),
  told in July, is this November, as "is due to open in December" already was;
- a present participle that picks out its noun ("an exhibition opening in October") under a clause
  that looks ahead is ahead too;
- a weekday the verb's own day under an affirmative "could" in what someone said ("said more rain could
  fall on Tuesday") is the coming one;
- "on Nov. 6, three days later" restates Nov. 6, not three days after it;
- "for most of the day" in a present clause and "The winter coat" (a season naming a kind of thing)
  date nothing.
"""
from __future__ import annotations

import datetime

from timeline_rows import timeline_rows, values_of


def _rows(nlp, sentence: str, day: datetime.date):
    text = f"Headline here\n\nOSLO, {day:%b}. {day.day}, {day.year} (Wire) - {sentence}"
    return timeline_rows(nlp, text, day)


def _values(nlp, sentence: str, expression: str, day: datetime.date) -> set[str]:
    return values_of(_rows(nlp, sentence, day), expression)


JULY = datetime.date(2026, 7, 13)


def test_due_to_misparsed_is_ahead(nlp):
    assert _values(nlp, "The repair of the harbour wall is due to finish in November.", "November", JULY) == {"2026-11"}


def test_due_to_other_verb_is_ahead(nlp):
    assert _values(nlp, "The new pool is due to open in December, the council said.", "December", JULY) == {"2026-12"}


def test_past_verb_keeps_last_month(nlp):
    assert _values(nlp, "The refinery finished its overhaul in December.", "December", JULY) == {"2025-12"}


FEBRUARY = datetime.date(2025, 2, 19)


def test_participle_under_a_plan_is_ahead(nlp):
    sentence = "The gallery plans to show the paintings in an exhibition opening in October."
    assert _values(nlp, sentence, "October", FEBRUARY) == {"2025-10"}


def test_participle_under_a_past_verb_stays(nlp):
    sentence = "The gallery showed the paintings in an exhibition opening in October."
    assert _values(nlp, sentence, "October", FEBRUARY) == {"2024-10"}


SUNDAY = datetime.date(2025, 9, 21)


def test_reported_could_weekday_is_coming(nlp):
    rows = _rows(nlp, "The union said its members could walk out on Friday over the pay offer.", SUNDAY)
    assert {r.value for r in rows if r.time_expression == "Friday"} == {"2025-09-26"}


def test_reported_could_not_stays(nlp):
    rows = _rows(nlp, "She said she could not attend the hearing on Tuesday.", SUNDAY)
    assert "2025-09-23" not in {r.value for r in rows}


def test_could_have_stays(nlp):
    rows = _rows(nlp, "Police said the fire could have started on Thursday.", SUNDAY)
    assert "2025-09-25" not in {r.value for r in rows}


MAY = datetime.date(2025, 5, 6)


def test_apposed_count_restates_the_day(nlp):
    sentence = "The ship left Oslo on March 2 and docked in Reykjavik on March 9, a week later."
    rows = _rows(nlp, sentence, MAY)
    assert "2025-03-16" not in {r.value for r in rows}
    assert any(r.value == "2025-03-09" and "docked" in r.event for r in rows)


def test_count_in_a_new_sentence_still_counts(nlp):
    rows = _rows(nlp, "The mayor resigned on March 4. Two days later, the council met.", MAY)
    assert any(r.value == "2025-03-06" for r in rows)


def test_share_of_the_day_in_a_present_clause_is_no_date(nlp):
    sentence = "The plant was shut on Monday. The lobby is closed for part of the day while cleaners work."
    assert _values(nlp, sentence, "the day", MAY) == set()


def test_share_of_the_day_in_a_past_clause_is_that_day(nlp):
    sentence = "The plant was shut on Monday. Rain fell for most of the day, the weather service said."
    assert _values(nlp, sentence, "the day", MAY) == {"2025-05-05"}


DECEMBER = datetime.date(2025, 12, 30)


def test_season_naming_a_thing_is_no_date(nlp):
    sentence = "The winter jacket she had bought for her daughter was taken from the locker by somebody else."
    assert _values(nlp, sentence, "The winter", DECEMBER) == set()


def test_season_after_a_preposition_stays(nlp):
    sentence = "Prices rose sharply in the autumn, the bank said."
    assert _values(nlp, sentence, "the autumn", DECEMBER) == {"2025-FA"}


def test_later_with_no_day_told_is_not_counted_from_the_report(nlp):
    sentence = ("The leak was found by a neighbour, the inspector said. The pipe had been fitted by a "
                "contractor but the fault was not reported until two days later, the court heard.")
    assert "2025-05-08" not in {r.value for r in _rows(nlp, sentence, MAY)}


def test_reported_could_passive_stays(nlp):
    rows = _rows(nlp, "Rescuers said the hikers could be reached on Friday.", SUNDAY)
    assert "2025-09-26" not in {r.value for r in rows}
