"""Which way a relative date points when the clause around it does not say it plainly: a weekday in an
infinitive that completes a noun, in a present tense the tagger reads as a base form, after "forecast
for"; a month in a plan the text looks back on. And "quarter" as a fraction, not three months."""
import datetime as dt

import pytest

from timeline_cli.temporal import tag

REF = dt.date(2024, 6, 25)  # a Tuesday


def days(text, doc=None, ref=REF):
    return [e.value for e in tag(text, ref, doc) if e.granularity in ("day", "month")]


@pytest.mark.parametrize(
    "sentence, value",
    [
        # the infinitive completes a noun ("proposal to close"); the clause around the noun is future
        ("The board will review the mayor's proposal to close the library on Friday.", "2024-06-28"),
        # a plural present the parser tags as a base form still has its own subject: a fixture ahead
        ("The Lakers, who lost to Boston last night, host the Suns on Friday.", "2024-06-28"),
        ("Leicester, who sacked their coach on Monday, visit Burnley on Saturday.", "2024-06-29"),
        # set or foreseen for a day, whatever the tense of the verb that set it
        ("The agency forecast heavy snow for Friday.", "2024-06-28"),
        ("The union called a strike for Monday.", "2024-07-01"),
        # the object of a plan is an event set on the day it names
        ("Farmers planned a march through the capital on Friday.", "2024-06-28"),
    ],
)
def test_weekday_ahead_from_the_parse(nlp, sentence, value):
    assert days(sentence, nlp(sentence))[-1] == value


@pytest.mark.parametrize("with_doc", [True, False])
@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Heavy snow was forecast for Friday, the agency said.", "2024-06-28"),
        ("Storms are expected for Thursday across the north.", "2024-06-27"),
        # the schedule is looked back on
        ("The vote had been scheduled for Friday but was postponed.", "2024-06-21"),
    ],
)
def test_forecast_for_a_weekday(nlp, sentence, value, with_doc):
    assert days(sentence, nlp(sentence) if with_doc else None) == [value]


def test_past_weekdays_stay_past(nlp):
    for sentence, value in [("The court rejected the request to lift the ban on Friday.", "2024-06-21"),
                            ("The committee met on Friday.", "2024-06-21"),
                            # a base form after "made", "saw": the tense of the making, the seeing
                            ("The coach made the players train on Friday.", "2024-06-21"),
                            ("Witnesses saw the men leave on Friday.", "2024-06-21"),
                            # a plan in the past perfect is looked back on
                            ("The minister had promised to publish the report on Friday.", "2024-06-21")]:
        assert days(sentence, nlp(sentence)) == [value]


@pytest.mark.parametrize("with_doc", [True, False])
@pytest.mark.parametrize(
    "sentence, value",
    [
        # a deadline set in the past perfect is one the text looks back on (reference in January)
        ("Nurses walked out after the ministry failed to pay bonuses it had pledged to settle by the end of "
         "December.", "2025-12"),
        ("The firm had promised to repay the loan by December.", "2025-12"),
    ],
)
def test_deadline_in_a_plan_looked_back_on(nlp, sentence, value, with_doc):
    ref = dt.date(2026, 1, 20)
    assert days(sentence, nlp(sentence) if with_doc else None, ref)[-1] == value


def test_deadline_of_a_plan_in_the_simple_past_is_ahead(nlp):
    sentence = "The firm agreed to repay the loan by December."
    assert days(sentence, nlp(sentence), dt.date(2026, 1, 20)) == ["2026-12"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bank raised its rate by a quarter point.", []),
        ("The bank cut rates by a quarter percentage point.", []),
        ("Output fell by a quarter in June.", [("June", "DATE", "2024-06")]),
        ("He ran a quarter mile.", []),
        ("A quarter of the staff left.", []),
        ("Three quarters of voters backed the plan.", []),
        # stretches of time
        ("The plant was shut for a quarter.", [("a quarter", "DURATION", "P1Q")]),
        ("It will take more than a quarter to recover.", [("more than a quarter", "DURATION", "P1Q")]),
        ("The firm recently returned to profit after several quarters of losses.",
         [("recently", "DATE", "PAST_REF"), ("several quarters", "DURATION", "PXQ")]),
        ("Sales rose over three quarters.", [("over three quarters", "DURATION", "P3Q")]),
    ],
)
def test_quarter_as_fraction_or_duration(text, expected):
    assert [(e.text, e.type, e.value) for e in tag(text, REF)] == expected


@pytest.mark.parametrize(
    "sentence, value",
    [
        # a finite past verb cannot tell of a month that has not begun (reference in October)
        ("The retailer changed its accounting year in December.", "2025-12"),
        # a participle alone is no such past: a summit set for a month ahead
        ("Leaders prepared for a summit set for Geneva in December.", "2026-12"),
        # what is agreed or decided to be done comes after the agreement
        ("The group agreed to buy the plant in February.", "2027-02"),
        ("The council decided to close the pool in March.", "2027-03"),
        # a deadline moved through a month lies ahead
        ("Lenders have extended the company $40 million in loans through January.", "2027-01"),
        # a participle takes the tense of the clause it hangs from
        ("Two ferries will sail from June, with a third running from April.", "2027-04"),
    ],
)
def test_month_direction_from_the_parse(nlp, sentence, value):
    assert days(sentence, nlp(sentence), dt.date(2026, 10, 20))[-1] == value


@pytest.mark.parametrize(
    "sentence, value",
    [
        # after "N, who ...," the parser reads the present-tense verb as a noun ("host" a compound of
        # "Wigan"); it is N's verb, and its fixture lies ahead
        ("Rovers, who sold their captain last month, host Wigan on Saturday, but their new signing is "
         "injured, the club said.", "2024-06-29"),
        # a verb the parse does find in that clause keeps its tense
        ("The firm, which cut jobs in May, spokeswoman Ann Lee said on Saturday, is for sale.", "2024-06-22"),
    ],
)
def test_present_verb_read_as_a_noun_after_a_relative_clause(nlp, sentence, value):
    assert days(sentence, nlp(sentence))[-1] == value
