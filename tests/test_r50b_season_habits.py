"""Round 50b: a bare season or holiday on a verb of a habit is every year's, no one date, so it gets no
row (events/habits.py, season_habit): an adverb of a habit on the verb or the conjunct it joins, a set
on the verb or its object, a decade on the verb, a limit ("only in winter") not under "will"."""
from __future__ import annotations

import datetime

import pytest

from timeline_rows import timeline_rows, values_of

REF = datetime.date(2026, 3, 10)


@pytest.mark.parametrize(("text", "expression"), [
    # an adverb of a habit on the first conjunct
    ("The fishermen said on Monday that they had mended nets regularly and sailed at Easter, before the "
     "harbour closed in 2019.", "Easter"),
    # a set on the object, a decade on the verb
    ("In the 1970s the ferry carried 2,000 cars a day in summer.", "summer"),
    # a limit of use
    ("The council ruled on Tuesday that the car park may be used only in winter.", "winter"),
    ("The court ordered in January that the footpath be opened only in summer.", "summer"),
])
def test_season_of_a_habit_dates_no_row(nlp, text, expression):
    assert not values_of(timeline_rows(nlp, text, REF), expression)


@pytest.mark.parametrize(("text", "expression", "value"), [
    # a single season or holiday keeps its date
    ("The band toured Europe in summer, its manager said on Monday.", "summer", "2025-SU"),
    ("The family visited the farm at Christmas 2019, the lawyer said.", "Christmas 2019", "2019-12-25"),
    ("The mayor opened the fair in the summer of 2021.", "the summer of 2021", "2021-SU"),
    # "will ... only in spring": not before spring, one date
    ("The museum will reopen only in spring, the mayor said on Monday.", "spring", "2026-SP"),
])
def test_single_season_keeps_its_row(nlp, text, expression, value):
    assert values_of(timeline_rows(nlp, text, REF), expression) == {value}


def test_other_rows_of_the_sentence_stay(nlp):
    rows = timeline_rows(nlp, "The council ruled on Tuesday that the car park may be used only in winter.", REF)
    assert values_of(rows, "Tuesday") == {"2026-03-10"}


# A later conjunct that tells its own span of life ("for most of its history") does not share the first
# conjunct's date (events/attach.py, own_time), and it is no day's news in a lead (events/lead.py)
def test_conjunct_over_its_history_takes_no_founding_date(nlp):
    text = ("The mayor said on Monday that the club was founded in 1961, and for most of its history it "
            "played only friendlies.")
    rows = timeline_rows(nlp, text, REF)
    assert not [r for r in rows if "friendlies" in r.event]
    assert values_of(rows, "1961") == {"1961"}


def test_lead_conjunct_over_its_history_gets_no_publication_date(nlp):
    text = ("The club was founded in 1961 by dockers who played on Sundays, and for most of its history it "
            "played only friendlies.")
    assert not [r for r in timeline_rows(nlp, text, REF) if "friendlies" in r.event]


def test_conjunct_with_a_plain_date_still_has_its_own(nlp):
    rows = timeline_rows(nlp, "The firm was founded in 1990 and listed its shares in 2001.", REF)
    assert values_of(rows, "2001") == {"2001"}


# A date hung on a noun of the verb's phrase, when the verb has its own date, is the noun's
# (events/attach.py, phrase_noun_date)
def test_date_of_a_phrase_noun_is_not_the_verbs(nlp):
    text = ("Environment Canada had issued a warning on Thursday for westerly gusts of up to 70 kilometres "
            "an hour on Friday, and the municipality had posted signs.")
    rows = timeline_rows(nlp, text, REF)
    assert not [r for r in rows if r.time_expression == "Friday" and "issued" in r.event]
    assert values_of(rows, "Thursday") == {"2026-03-05"}


def test_verb_without_a_date_of_its_own_keeps_the_nouns(nlp):
    rows = timeline_rows(nlp, "The agency issued a warning for heavy rain on Friday.", REF)
    assert values_of(rows, "Friday") == {"2026-03-06"}


@pytest.mark.parametrize(("text", "expression", "value"), [
    # an event noun's date is the verb's too
    ("Police said on Monday they had arrested the leader of a smuggling ring in a raid on a farm near Lyon "
     "on Saturday.", "Saturday", "2026-03-07"),
    # a time's noun: the date bounds the verb's own period
    ("The mountain road was closed by snow for several months in 2019 and again in 2023.", "2019", "2019"),
])
def test_date_on_an_event_or_time_noun_stays(nlp, text, expression, value):
    assert values_of(timeline_rows(nlp, text, REF), expression) == {value}
