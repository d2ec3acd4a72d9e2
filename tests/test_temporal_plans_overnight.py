"""Round 3 of the temporal direction: "overnight" is the night before the day told of; a month a
past-perfect plan was for (not a deadline) is its nearest occurrence; a hope or aim ("hopes",
"hoped", which the small model lemmatizes as "hop") points ahead like any plan."""
import datetime as dt

import pytest

from timeline_cli.temporal import tag


def expressions(nlp, sentence, ref, with_doc=True):
    return [(e.text, e.type, e.value) for e in tag(sentence, ref, nlp(sentence) if with_doc else None)]


@pytest.mark.parametrize("with_doc", [True, False])
def test_overnight_is_the_night_before_the_reference(nlp, with_doc):
    sentence = "Forty passengers were lifted off the stranded ferry overnight, the coastguard said."
    assert expressions(nlp, sentence, dt.date(2026, 3, 10), with_doc) == [("overnight", "TIME", "2026-03-09TNI")]


def test_overnight_after_an_earlier_day_is_the_night_before_it(nlp):
    # a report of Monday on Friday's trading: the night before Friday
    text = ("Tokyo shares closed lower on Friday. Traders were unsettled by overnight losses in Europe "
            "and a weaker yen.")
    values = [(e.text, e.value) for e in tag(text, dt.date(2026, 3, 9), nlp(text))]
    assert ("overnight", "2026-03-05TNI") in values


def test_overnight_after_yesterday_is_that_night(nlp):
    text = "The dam gave way late on Monday. Hundreds of families left their homes overnight."
    values = [(e.text, e.value) for e in tag(text, dt.date(2026, 3, 10), nlp(text))]
    assert ("overnight", "2026-03-09TNI") in values


@pytest.mark.parametrize("sentence", ["The bank lifted its overnight lending rate.",
                                      "The band became an overnight success.",
                                      "Guests paid for an overnight stay at the lodge."])
def test_overnight_as_a_kind_of_thing_is_no_time(nlp, sentence):
    assert expressions(nlp, sentence, dt.date(2026, 3, 10)) == []


@pytest.mark.parametrize("with_doc", [True, False])
@pytest.mark.parametrize(
    "sentence, value",
    [
        # a month a plan in the past perfect was for: the nearest such month (reference January 2026)
        ("The strike will delay a night bus service, which the city had planned to launch in July.", "2026-07"),
        ("The carrier had planned to open the terminal in October, but work slipped.", "2025-10"),
        # a deadline of such a plan is still looked back on
        ("The firm had promised to settle the debt by November.", "2025-11"),
    ],
)
def test_month_of_a_plan_looked_back_on_is_the_nearest(nlp, sentence, value, with_doc):
    assert [e.value for e in tag(sentence, dt.date(2026, 1, 20), nlp(sentence) if with_doc else None)
            if e.granularity == "month"] == [value]


def test_month_of_a_long_plan_clause_by_the_parse(nlp):
    # more words between the plan and the month than the text cue reaches: the parse finds the plan
    sentence = "The ministry had intended to publish the new safety rules in May."
    assert [e.value for e in tag(sentence, dt.date(2026, 1, 20), nlp(sentence))] == ["2026-05"]


@pytest.mark.parametrize(
    "sentence, value",
    [
        # reference Tuesday 2026-03-10
        ("The crews hope to reopen the road by Friday.", "2026-03-13"),
        ("The team hopes to finish the repairs by Thursday evening.", "2026-03-12TEV"),
        ("He said his engineers hoped to restore power by Friday.", "2026-03-13"),
        ("Officials said they aimed to clear the wreckage by Thursday.", "2026-03-12"),
        # an infinitive of purpose under the plan's infinitive takes the plan's direction
        ("He said the crews hoped to dig a shaft to lower food to the men by Friday evening.", "2026-03-13TEV"),
        ("The firm plans to hire staff to run the plant by Friday.", "2026-03-13"),
    ],
)
def test_hope_or_aim_by_a_weekday_is_ahead(nlp, sentence, value):
    assert [e.value for e in tag(sentence, dt.date(2026, 3, 10), nlp(sentence))][-1] == value


def test_purpose_infinitive_of_a_past_act_stays_past(nlp):
    sentence = "Police used a crane to lift the car on Friday."
    assert [e.value for e in tag(sentence, dt.date(2026, 3, 10), nlp(sentence))] == ["2026-03-06"]


def test_hope_in_the_past_perfect_is_looked_back_on(nlp):
    sentence = "The crews had hoped to reopen the road by Friday, but the rain went on."
    assert [e.value for e in tag(sentence, dt.date(2026, 3, 10), nlp(sentence))][0] == "2026-03-06"
