"""Round 15: a day, an hour or "tonight" counted from the scene the text has just told, not from the
publication day; and a condition's clause is no row. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

from test_events import REF, rows
from timeline_cli.temporal import tag


def values(nlp, text, ref, ranges=True):
    return [(e.text, e.value) for e in tag(text, ref, nlp(text), ranges=ranges)]


MONDAY = dt.date(2025, 3, 3)
CRANE = ("The crane was damaged in June 2022, when a barge that had lost steering hit its base during a gale. "
         "Inspectors found a crack in the frame the next day, and the port closed the quay that evening.")


def test_the_next_day_after_a_past_month_is_a_day_of_that_month(nlp):
    found = values(nlp, CRANE, MONDAY)
    assert ("the next day", "2022-06") in found
    assert ("that evening", "2022-06") in found


def test_timeml_gives_an_unknown_day_of_that_month(nlp):
    found = values(nlp, CRANE, MONDAY, ranges=False)
    assert ("the next day", "2022-06-XX") in found


def test_the_next_day_after_a_named_day_still_counts_from_it(nlp):
    text = "The crane was damaged in June 2022. It was hit on June 3, 2022. Inspectors found a crack the next day."
    assert ("the next day", "2022-06-04") in values(nlp, text, MONDAY)


def test_the_next_day_in_a_new_paragraph_is_not_the_months(nlp):
    text = "The crane was damaged in June 2022.\n\nThe port said it found a crack the next day."
    assert ("the next day", "2022-06") not in values(nlp, text, MONDAY)


SATURDAY = dt.date(2026, 4, 4)


def test_hours_later_count_from_the_clock_time_told(nlp):
    text = ("A container ship reached Hamburg on Saturday. The ship tied up at 5:20 a.m., the port said. "
            "The crew came ashore about three hours later.")
    assert ("about three hours later", "2026-04-04T08:20") in values(nlp, text, SATURDAY)


def test_hours_later_after_a_day_without_clock_is_that_day(nlp):
    text = "The ship tied up in Hamburg on Thursday. The crew came ashore two hours later."
    assert ("two hours later", "2026-04-02") in values(nlp, text, SATURDAY)


def test_a_clock_time_after_an_aside_takes_the_stories_day(nlp):
    text = ("A supply ship reached the research base on Saturday. The ship, which left Stanley on Tuesday "
            "with fuel, anchored off the base at 7:05 a.m., the survey said.")
    assert ("7:05 a.m.", "2026-04-04T07:05") in values(nlp, text, SATURDAY)


def test_quoted_tonight_in_a_story_of_last_night_is_that_night(nlp):
    text = ("A rocket carried a weather satellite into orbit late on Friday. It lifted off at 9:40 p.m. on "
            'Friday.\n\n"Tonight we have shown that Europe can do this alone," the director said.')
    assert ("Tonight", "2026-04-03TNI") in values(nlp, text, SATURDAY)


def test_tonight_outside_a_quotation_is_the_publication_days(nlp):
    text = "A rocket lifted off at 9:40 p.m. on Friday. A second rocket will fly tonight."
    assert ("tonight", "2026-04-04TNI") in values(nlp, text, SATURDAY)


def test_the_clause_of_a_condition_is_no_row(nlp):
    text = ("Reid led a strike in 2021. He campaigned on a promise to call a strike if employers did not "
            "raise their offer by the summer.")
    found = rows(nlp, text, *tag(text, dt.date.fromisoformat(REF), nlp(text), ranges=True))
    assert not any("raise" in r.event for r in found)
    assert any("led a strike" in r.event for r in found)


def test_a_clock_time_before_every_morning_is_a_habit_no_day(nlp):
    text = "For two years, the baker left her house at 5:30 every morning. On Tuesday she walked in eight."
    found = [(e.text, e.type, e.date) for e in tag(text, SATURDAY, nlp(text), ranges=True)]
    assert ("5:30", "SET", None) in found
    assert not rows(nlp, text, *[e for e in tag(text, dt.date.fromisoformat(REF), nlp(text), ranges=True)
                                 if e.text == "5:30"])


def test_a_clock_time_with_its_day_stays_a_time(nlp):
    text = "The ferry left at 6 a.m. on Tuesday, and it sails every day."
    assert ("6 a.m. on Tuesday", "TIME") in [(e.text, e.type) for e in tag(text, SATURDAY, nlp(text), ranges=True)]


def test_a_clock_time_near_the_scenes_is_the_scenes_day(nlp):
    text = ("At 7:15 a.m. on Saturday the rover sent a signal from the crater floor. The rover reached orbit "
            "last Sunday. It began its descent at about 7:02 a.m., and the first pictures came about two "
            "hours later.")
    found = values(nlp, text, SATURDAY)
    assert ("about 7:02 a.m.", "2026-04-04T07:02") in found or ("7:02 a.m.", "2026-04-04T07:02") in found
    assert ("about two hours later", "2026-04-04T09:02") in found


def test_a_clock_time_far_from_the_scenes_keeps_the_day_told(nlp):
    text = ("At 7:15 a.m. on Saturday the rover sent a signal from the crater floor. The rover reached orbit "
            "last Sunday. It fired its engine at about 4 p.m.")
    assert ("about 4 p.m.", "2026-03-29T16:00") in values(nlp, text, SATURDAY) or \
        ("4 p.m.", "2026-03-29T16:00") in values(nlp, text, SATURDAY)


def test_a_lead_habit_gets_no_publication_row(nlp):
    from timeline_cli.events import extract_events
    text = ("For two years, Ana Lopes left her house at 5:30 every morning to reach the bakery she runs. On "
            "Tuesday she walked the route in eight minutes.")
    found = extract_events(nlp(text), tag(text, dt.date.fromisoformat(REF), nlp(text), ranges=True), source="a.txt",
                           reference_date=REF, reference_source="dateline")
    assert not any("left her house" in r.event for r in found)
    assert any("walked" in r.event for r in found)


def test_a_set_on_the_object_is_no_habit_of_the_lead(nlp):
    from timeline_cli.events import extract_events
    text = "The central bank has capped daily cash withdrawals at a small lender after a run on its deposits."
    found = extract_events(nlp(text), tag(text, dt.date.fromisoformat(REF), nlp(text), ranges=True), source="a.txt",
                           reference_date=REF, reference_source="dateline")
    assert any("capped" in r.event and r.date_basis == "publication" for r in found)


def test_a_past_perfect_is_not_dated_by_its_conjuncts_next_week(nlp):
    text = ("Opposition councillors had called on her to step down and planned to hold a vote on a "
            "referendum to remove her next week.")
    found = rows(nlp, text, *tag(text, dt.date.fromisoformat(REF), nlp(text), ranges=True))
    assert not any("called" in r.event for r in found)


def test_a_plan_in_the_past_perfect_keeps_its_date(nlp):
    text = "The vote had been scheduled for next Tuesday."
    found = rows(nlp, text, *tag(text, dt.date.fromisoformat(REF), nlp(text), ranges=True))
    assert any("scheduled" in r.event for r in found)


def _rows_of(nlp, text):
    return rows(nlp, text, *tag(text, dt.date.fromisoformat(REF), nlp(text), ranges=True))


def test_a_conjuncts_present_state_is_not_dated_by_the_other_conjunct(nlp):
    found = _rows_of(nlp, "Netflix has opened more than 40 offices since 2015 and has millions of subscribers.")
    assert not any("subscribers" in r.event for r in found)
    assert any("opened" in r.event for r in found)


def test_a_verb_whose_duration_was_cut_is_no_row(nlp):
    found = _rows_of(nlp, "The last major strike at the mine, in 2016, lasted four weeks and led to coal "
                          "shortages in several regions.")
    assert not any(r.event.rstrip(".").endswith("lasted") for r in found)
    assert any("led to coal shortages" in r.event for r in found)
