"""Round 4 of "the date goes on the event it modifies" (issue 10, item 4) and of date direction: a
deadline someone has until a weekday; a weekday that a possibility or a forward "when" clause looks to;
the small hours after a night; an earlier conjunct that keeps its own tense; a count of occasions
("for the last time this year"); a date before an event noun in a phrase that is not its clause's
scene; a lasting state beside its dated start. Sentences are this project's own."""
from __future__ import annotations

import datetime as dt

import pytest

from test_events import expr, rows
from timeline_cli import extract_timeline
from timeline_cli.records import Document
from timeline_cli.temporal import tag

WEDNESDAY = dt.date(2027, 3, 10)


def weekdays(nlp, sentence, ref=WEDNESDAY, with_doc=True):
    return [e.value for e in tag(sentence, ref, nlp(sentence) if with_doc else None) if e.granularity == "day"]


@pytest.mark.parametrize("with_doc", [True, False])
@pytest.mark.parametrize("sentence, value", [
    # a time left to someone is a deadline ahead of the report
    ("The union has until Friday to accept the offer.", "2027-03-12"),
    ("Bidders have only until Monday to file their papers.", "2027-03-15"),
])
def test_a_deadline_someone_has_until_lies_ahead(nlp, with_doc, sentence, value):
    assert weekdays(nlp, sentence, with_doc=with_doc) == [value]


@pytest.mark.parametrize("sentence, value", [
    # what may yet happen
    ("Forecasters said the storm may reach the coast on Sunday.", "2027-03-14"),
    ("The council might vote on the plan on Monday.", "2027-03-15"),
    # a day whose own "when" clause looks forward
    ("Forecasters said the river could crest on Saturday, when the rain is expected to stop.", "2027-03-13"),
    ("The worst of the storm is on Saturday, when winds are expected to peak.", "2027-03-13"),
])
def test_a_day_a_possibility_looks_to_lies_ahead(nlp, sentence, value):
    assert weekdays(nlp, sentence) == [value]


@pytest.mark.parametrize("sentence, value", [
    ("The minister may not have seen the letter on Monday.", "2027-03-08"),  # negated and perfect
    ("Rescuers said the family could be located on Monday.", "2027-03-08"),  # "could": the past of "can"
    ("The parcel may have arrived on Monday.", "2027-03-08"),  # a perfect: looked back on
    ("The firm had until Friday to respond.", "2027-03-05"),  # "had until": maybe long gone
    ("The hardest day was on Saturday, when the river peaked.", "2027-03-06"),  # a "when" clause in the past
])
def test_negated_perfect_or_past_deadlines_keep_the_past_day(nlp, sentence, value):
    assert weekdays(nlp, sentence) == [value]


def test_the_small_hours_after_a_night_are_the_next_day(nlp):
    text = ("The army said on Friday that gunmen had attacked a base overnight. The attackers breached "
            "the fence shortly after midnight and fled at about 3 a.m.")
    values = [(e.text, e.value) for e in tag(text, dt.date(2026, 8, 14), nlp(text))]
    assert ("overnight", "2026-08-13TNI") in values
    assert ("shortly after midnight", "2026-08-14T00:00") in values
    assert ("about 3 a.m.", "2026-08-14T03:00") in values


def test_a_clock_time_after_a_day_stays_on_that_day(nlp):
    text = "Fire crews were called on Thursday. The blaze was out by 2 a.m., and the road reopened at 9 p.m."
    values = [(e.text, e.value) for e in tag(text, dt.date(2026, 8, 14), nlp(text))]
    assert ("2 a.m.", "2026-08-13T02:00") in values
    assert ("9 p.m.", "2026-08-13T21:00") in values


def test_an_earlier_conjunct_in_another_tense_does_not_share_a_later_date(nlp):
    text = "Police arrested two men and will charge them on Thursday."
    found = rows(nlp, text, expr(text, "Thursday", "2024-06-27", "2024-06-27"))
    assert [(r.trigger, r.status) for r in found] == [("charge", "expected")], found
    text = "The company closed the plant and would reopen it by May."
    found = rows(nlp, text, expr(text, "May", "2024-05", "2024-05-01", "2024-05-31", granularity="month"))
    assert [r.trigger for r in found] == ["reopen"], found
    # an earlier conjunct in the same tense still shares
    text = "The storm flattened 40 houses and damaged the harbour on Friday."
    found = rows(nlp, text, expr(text, "Friday", "2024-06-21", "2024-06-21"))
    assert sorted(r.trigger for r in found) == ["damage", "flatten"], found


def test_a_count_of_occasions_frames_the_date_and_makes_no_second_row(nlp):
    text = "The committee meets on July 9 for the last time this year."
    found = rows(nlp, text, expr(text, "July 9", "2024-07-09", "2024-07-09"),
                 expr(text, "this year", "2024", "2024-01-01", "2024-12-31", granularity="year"))
    assert [(r.value, r.status) for r in found] == [("2024-07-09", "expected")], found
    text = "Prices rose on Monday for the first time this month."
    found = rows(nlp, text, expr(text, "Monday", "2024-06-24", "2024-06-24"),
                 expr(text, "this month", "2024-06", "2024-06-01", "2024-06-30", granularity="month"))
    assert [r.value for r in found] == ["2024-06-24"], found


def test_a_framing_period_that_is_the_only_date_keeps_its_row(nlp):
    text = "The board met for the final time this season."
    found = rows(nlp, text, expr(text, "this season", "2024-SU", "2024-06-01", "2024-08-31", granularity="season"))
    assert [r.trigger for r in found] == ["meet"], found


@pytest.mark.parametrize("text, phrase, value, event", [
    ("Voters rejected the plan on Tuesday, reversing the outcome of the 2019 referendum.", "2019", "2019",
     "The referendum"),
    ("The mayor conceded on Tuesday, ending a long fight over the Jan. 12 vote.", "Jan. 12", "2024-01-12",
     "The vote"),
])
def test_a_date_before_an_event_noun_dates_the_noun_not_the_clause(nlp, text, phrase, value, event):
    year = value[:4]
    found = rows(nlp, text, expr(text, phrase, value, f"{value}-01-01"[:10] if len(value) == 4 else value,
                                 f"{year}-12-31" if len(value) == 4 else value,
                                 granularity="year" if len(value) == 4 else "day"))
    assert [r.event for r in found] == [event], found


def test_a_date_before_the_event_noun_of_a_scene_still_dates_the_clause(nlp):
    text = "The minister was killed in a 2019 bombing."
    found = rows(nlp, text, expr(text, "2019", "2019", "2019-01-01", "2019-12-31", granularity="year"))
    assert [r.event for r in found] == ["The minister was killed in a bombing"], found


def _events(nlp, text):
    return [(r.time_expression, r.event) for r in
            extract_timeline([Document(id="a", text=text, reference_date=dt.date(2026, 7, 16))], nlp=nlp, merge=False)]


def test_a_lasting_state_beside_its_dated_start_is_one_row(nlp):
    text = ("The harbour's depth beat a record that had stood since 1962, the port said on Thursday. "
            "The old record was set in August 1962.")
    found = _events(nlp, text)
    assert ("August 1962", "The old record was set") in found, found
    assert not any(expression == "1962" for expression, _ in found), found


def test_a_lasting_state_with_no_dated_start_keeps_its_row(nlp):
    text = "The ban, which has remained in force since 2019, was lifted on Thursday."
    found = _events(nlp, text)
    assert any(expression == "2019" for expression, _ in found), found


def test_a_deal_reached_between_the_two_companies_names_the_two_the_story_opened_with(nlp):
    # the noun row of a dated deal ("an agreement reached between the two companies in 2015") names
    # its parties, as "the agreement between the two companies" did
    text = ("Acme Brewing Co. has sued Widget Beverages Inc. over a beer label, saying its rival broke an "
            "agreement reached between the two companies in 2015.")
    found = [r for r in extract_timeline([Document(id="a", text=text, reference_date=dt.date(2027, 3, 10))],
                                         nlp=nlp, merge=False) if r.time_expression == "2015"]
    assert [r.actors[:2] for r in found] == [["Acme Brewing Co.", "Widget Beverages Inc."]], found


@pytest.mark.parametrize("text, phrase, value, date, end, granularity", [
    ("Police raided a 1960s apartment block in the port.", "1960s", "196", "1960-01-01", "1969-12-31", "decade"),
    ("The bishop restored an 18th-century chapel near the river.", "18th-century", "17", "1700-01-01",
     "1799-12-31", "century"),
])
def test_a_century_or_decade_before_a_noun_is_its_era_and_dates_no_row(nlp, text, phrase, value, date, end,
                                                                       granularity):
    found = rows(nlp, text, expr(text, phrase, value, date, end, granularity=granularity))
    assert found == [], found


def test_a_conjunct_whose_only_date_is_a_nouns_era_shares_the_clause_date(nlp):
    text = ("Thieves broke into a gallery in Lille early on Tuesday and stole two portraits by the "
            "18th-century painter Jean Marais.")
    found = rows(nlp, text, expr(text, "Tuesday", "2024-06-25", "2024-06-25"),
                 expr(text, "18th-century", "17", "1700-01-01", "1799-12-31", granularity="century"))
    assert [(r.trigger, r.value) for r in found] == [("break", "2024-06-25"), ("steal", "2024-06-25")], found
    assert "18th-century painter" in found[1].event


@pytest.mark.parametrize("text, phrase, value, date, end, granularity", [
    ("The city council approved a $90 million budget for next year.", "next year", "2025", "2025-01-01",
     "2025-12-31", "year"),
    ("The regulator set new emission targets for 2030.", "2030", "2030", "2030-01-01", "2030-12-31", "year"),
    ("The union called a strike for Monday.", "Monday", "2024-07-01", "2024-07-01", "2024-07-01", "day"),
    # a headline's present, and the conjunct beside it: the vote's month, not the calling's or the firing's
    ("Premier calls early vote for October", "October", "2024-10", "2024-10-01", "2024-10-31", "month"),
    ("Mayor fires police chief, calls new election for October", "October", "2024-10", "2024-10-01",
     "2024-10-31", "month"),
])
def test_a_period_ahead_that_a_past_verbs_object_is_for_dates_no_row(nlp, text, phrase, value, date, end,
                                                                     granularity):
    found = rows(nlp, text, expr(text, phrase, value, date, end, granularity=granularity))
    assert found == [], found


def test_a_scheduled_event_and_a_past_period_keep_their_rows(nlp):
    text = "Judge Ellen Park set a retrial for July 15."  # the retrial's date (attach.scheduled_object)
    found = rows(nlp, text, expr(text, "July 15", "2024-07-15", "2024-07-15"))
    assert [(r.trigger, r.status) for r in found] == [("retrial", "planned")], found
    text = "The council approved funds for the first quarter."  # a period that is over
    found = rows(nlp, text, expr(text, "the first quarter", "2024-Q1", "2024-01-01", "2024-03-31",
                                 granularity="quarter"))
    assert len(found) == 1, found


def test_a_dated_deal_noun_reached_between_the_two_parties_names_them(nlp):
    text = ("Acme Brewing Co. has sued Widget Beverages Inc. over a beer label. Acme said the label was a "
            "breach of the 2015 settlement reached between the two parties.")
    found = [r for r in extract_timeline([Document(id="a", text=text, reference_date=dt.date(2027, 3, 10))],
                                         nlp=nlp, merge=False) if r.time_expression == "2015"]
    assert [(r.trigger, r.actors[:2]) for r in found] == [("settlement", ["Acme Brewing Co.", "Widget Beverages Inc."])], found


def test_two_days_running_joined_by_and_are_one_stretch_in_a_timeline(nlp):
    text = "Police arrested twelve people in the raids on Saturday and Sunday."
    ref = dt.date(2025, 9, 15)
    assert [(e.text, e.value) for e in tag(text, ref, nlp(text), ranges=True)] == [
        ("Saturday and Sunday", "2025-09-13/2025-09-14")]
    # TimeML (dates, eval) keeps two DATEs; days that are not consecutive stay two
    assert [e.value for e in tag(text, ref, nlp(text))] == ["2025-09-13", "2025-09-14"]
    text = "The minister met union leaders on Tuesday and Thursday."
    assert [e.value for e in tag(text, ref, nlp(text), ranges=True)] == ["2025-09-09", "2025-09-11"]


@pytest.mark.parametrize("text, phrase, value, verb", [
    # a possessive day is the news the clause reacts to: the clause keeps the date
    ("Shareholders responded coolly to Monday's announcement.", "Monday", "2024-06-24", "responded"),
    # an event noun after "on" is the clause's scene
    ("On his June 4 trip, the president appealed for calm.", "June 4", "2024-06-04", "appealed"),
])
def test_a_possessive_date_or_a_scene_noun_keeps_the_clause(nlp, text, phrase, value, verb):
    found = rows(nlp, text, expr(text, phrase, value, value))
    assert len(found) == 1 and verb in found[0].event.split(), found


def test_two_days_of_two_clauses_are_not_one_stretch(nlp):
    text = "The general surrendered his brigade the next day and the day following saw the fall of the city."
    found = tag("On May 10, the rebels gave up. " + text, dt.date(1865, 6, 1), ranges=True)
    assert "the next day and the day following" not in [e.text for e in found]
